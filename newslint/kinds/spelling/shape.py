"""What the way a word is written says about it: a capital in mid-sentence marks a name."""

from __future__ import annotations


def word_shape(word: str, start: int, doc) -> str:
    """ "acronym" (ALL CAPS), "name" (capitalised mid-sentence, CamelCase), "initial"
    (capitalised first word of a sentence: maybe a name, maybe not) or "lower"."""
    if len(word) > 1 and word.isupper():
        return "acronym"
    if any(c.isupper() for c in word[1:]):
        return "name"
    if not word[:1].isupper():
        return "lower"
    return "initial" if start in doc.sentence_initial else "name"

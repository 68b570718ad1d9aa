"""A writer's dialect voice: eye dialect written without apostrophes, g-dropping ("sellin",
"gettin") or a d for "th" ("dese", "dem"), is a slip once but a voice when the text does it
with several words."""

from __future__ import annotations

from newslint.kinds.spelling.dictionary import Dictionary

# Distinct dialect words that make the text's voice, not a slip.
VOICE_MIN_WORDS = 2


def dialect_form(word: str) -> bool:
    """Whether the (case-folded) word is a known word respelt as speech: its g dropped
    ("gettin") or its "th" said as d ("dese", "dat")."""
    frequencies = Dictionary.english().frequencies
    if word in frequencies:
        return False
    dropped_g = len(word) >= 4 and word.endswith("in") and word + "g" in frequencies
    stopped_th = len(word) >= 3 and word.startswith("d") and "th" + word[1:] in frequencies
    return dropped_g or stopped_th


def _dialect_words(doc) -> frozenset[str]:
    return frozenset(w for w in doc.word_counts if dialect_form(w))


def in_dialect_voice(doc, word: str) -> bool:
    """Whether the word is dialect in a text written in that voice: "sellin poison … gettin
    by", "dat dese people" are the writer's, not slips."""
    return dialect_form(word.casefold()) and len(doc.derived(_dialect_words)) >= VOICE_MIN_WORDS

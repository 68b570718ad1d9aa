"""A writer's dialect voice: eye dialect written without apostrophes, g-dropping ("sellin",
"gettin"), a d for "th" ("dese", "dem") or "a" run on to the word before ("whatsa", "lotsa"),
is a slip once but a voice when the text does it with several words. A noun's plural with its
g dropped ("all the fixins") is colloquial on its own: a slip seldom drops a g before an s."""

from __future__ import annotations

from newslint.kinds.spelling.dictionary import Dictionary

# Distinct dialect words that make the text's voice, not a slip.
VOICE_MIN_WORDS = 2
# The last letters of a word that "a" (of, a, to) runs on to in speech: "whatsa", "lotsa",
# "oughta".
RUN_ON_BEFORE_A = ("s", "t")


def dialect_form(word: str) -> bool:
    """Whether the (case-folded) word is a known word respelt as speech: its g dropped
    ("gettin", "fixins"), its "th" said as d ("dese", "dat") or an "a" run on to it
    ("whatsa")."""
    frequencies = Dictionary.english().frequencies
    if word in frequencies:
        return False
    stopped_th = len(word) >= 3 and word.startswith("d") and "th" + word[1:] in frequencies
    run_on_a = (
        len(word) >= 5
        and word.endswith("a")
        and word[:-1].endswith(RUN_ON_BEFORE_A)
        and word[:-1] in frequencies
    )
    return _dropped_g(word) or _dropped_g_plural(word) or stopped_th or run_on_a


def _dropped_g(word: str) -> bool:
    return len(word) >= 4 and word.endswith("in") and word + "g" in Dictionary.english().frequencies


def _dropped_g_plural(word: str) -> bool:
    """ "fixins", "trimmins": a plural in -ings with its g dropped."""
    return (
        len(word) >= 5
        and word.endswith("ins")
        and word[:-1] + "gs" in Dictionary.english().frequencies
    )


def _dialect_words(doc) -> frozenset[str]:
    return frozenset(w for w in doc.word_counts if dialect_form(w))


def in_dialect_voice(doc, word: str) -> bool:
    """Whether the word is dialect in a text written in that voice ("sellin poison … gettin
    by", "dat dese people" are the writer's, not slips), or a plural with its g dropped,
    colloquial anywhere ("salad and all the fixins")."""
    folded = word.casefold()
    if _dropped_g_plural(folded) and folded not in Dictionary.english().frequencies:
        return True
    return dialect_form(folded) and len(doc.derived(_dialect_words)) >= VOICE_MIN_WORDS

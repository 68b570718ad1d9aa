"""A writer's dialect voice: g-dropping written without the apostrophe ("sellin", "gettin")
is a slip once, but a voice when the text does it with several words."""

from __future__ import annotations

from newslint.kinds.spelling.dictionary import Dictionary

# Distinct g-dropped words that make the text's voice, not a slip.
VOICE_MIN_WORDS = 2


def dropped_g(word: str) -> bool:
    """Whether the (case-folded) word is a known -ing word with its g dropped ("gettin")."""
    frequencies = Dictionary.english().frequencies
    return (
        len(word) >= 4
        and word.endswith("in")
        and word not in frequencies
        and word + "g" in frequencies
    )


def _dropped_g_words(doc) -> frozenset[str]:
    return frozenset(w for w in doc.word_counts if dropped_g(w))


def in_dialect_voice(doc, word: str) -> bool:
    """Whether the word is g-dropped in a text that drops the g of several words: "sellin
    poison … gettin by" is the writer's voice, not two slips."""
    folded = word.casefold()
    return dropped_g(folded) and len(doc.derived(_dropped_g_words)) >= VOICE_MIN_WORDS

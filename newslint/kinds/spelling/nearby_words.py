"""The words of a document that an unknown word may be a slip of (`unknown_words`).

A document asks about a few of its words, so it keeps a sorted copy of them (made in C, once
per document): the words with a given first letter are a slice found by bisection, not a
look at every word.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

FIRST_LETTER = itemgetter(0)


def reach(word: str) -> int:
    """The most edits `unknown_words._document_evidence` lets any evidence for `word` be: one,
    two for a word of 9 letters or more; three only for scrambled letters ("Siusice"), which
    keep the letters and the length (within one)."""
    return 1 if len(word) < 9 else 2


def nearby_words(word: str, doc, edits: int):
    """The document's words (with their counts) that may be `edits` edits from `word` or
    fewer: those with the same first letter, and those a slip at the start would give
    ("Haold" / "Ahold", "Onday" / "Monday", "Ddubai" / "Dubai", "Fugby" / "Rugby"), in the
    order the text first uses them. Words the edits cannot reach are left out first, cheaply:
    each edit changes the length by one letter at most, and the set of letters used by two
    at most. Remembered for the document: a cheap test asks first (`Spelling._reportable`)."""
    asked = doc.derived(_asked)
    if (word, edits) not in asked:
        asked[word, edits] = _nearby(word, doc, edits)
    return asked[word, edits].items()


def _nearby(word: str, doc, edits: int) -> dict[str, int]:
    counts = doc.word_counts
    ordered = doc.derived(_sorted_words)
    letters = set(word)
    size = len(word)

    def reachable(other: str) -> bool:
        return (
            other != word
            and abs(len(other) - size) <= edits
            and len(letters.symmetric_difference(other)) <= 2 * edits
        )

    initial = word[:1]
    same_initial = []
    if initial:
        same_initial = ordered[bisect_left(ordered, initial) : _end_of(ordered, initial)]
    close = list(filter(reachable, same_initial))
    if len(close) > 1:  # few are in reach: their places in the text's order, one by one
        close.sort(key=list(counts).index)
    found = {other: counts[other] for other in close}
    for other in (word[1:2] + word[:1] + word[2:], word[1:]):
        if other in counts and reachable(other):
            found[other] = counts[other]
    # A first letter dropped or mistyped ("Cotland", "Fugby"): a word that is a letter and
    # this one, or a letter and its rest, holds the rest, as this one does. Seldom: first a
    # count in C of the rest in the text (which holds each word), then the letters.
    if doc.folded_text.count(word[1:]) > (word in counts):
        for first in doc.derived(_initials):
            for other in (first + word, first + word[1:]):
                if other in counts and reachable(other):
                    found[other] = counts[other]
    return found


def _asked(doc) -> dict[tuple[str, int], dict[str, int]]:
    """What `nearby_words` found in the document, by word and edits (for `Document.derived`)."""
    return {}


def _sorted_words(doc) -> list[str]:
    """The document's (case-folded) words sorted (for `Document.derived`)."""
    return sorted(doc.word_counts)


def _initials(doc) -> dict[str, None]:
    """The letters that start the document's words, in the order they first do (for
    `Document.derived`)."""
    return dict.fromkeys(map(FIRST_LETTER, doc.word_counts))


def _end_of(ordered: list[str], initial: str) -> int:
    """Where the words that start with `initial` end in the sorted words."""
    if ord(initial) == 0x10FFFF:  # no letter comes after it
        return len(ordered)
    return bisect_left(ordered, chr(ord(initial) + 1))

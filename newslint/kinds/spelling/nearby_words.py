"""The words of a document that an unknown word may be a slip of (`unknown_words`).

A document asks about a few of its words, so it keeps a sorted copy of them (made in C, once
per document): the words with a given first letter are a slice found by bisection, not a
look at every word.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

FIRST_LETTER = itemgetter(0)
WITHOUT_FIRST_LETTER = itemgetter(slice(1, None))


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
    at most."""
    counts = doc.word_counts
    ordered, in_text_order, initials, tails = doc.derived(_sorted_words)
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
    # Few are in reach: their places in the text's order are looked up one by one.
    close = sorted(filter(reachable, same_initial), key=in_text_order.index)
    found = {other: counts[other] for other in close}
    for other in (word[1:2] + word[:1] + word[2:], word[1:]):
        if other in counts and reachable(other):
            found[other] = counts[other]
    if word in tails or word[1:] in tails:  # a word is a letter and this one, or its rest
        for first in initials:  # a first letter dropped or mistyped: "Cotland", "Fugby"
            for other in (first + word, first + word[1:]):
                if other in counts and reachable(other):
                    found[other] = counts[other]
    return found.items()


def _sorted_words(doc) -> tuple[list[str], list[str], dict[str, None], set[str]]:
    """The document's (case-folded) words sorted and in the text's order, the letters that
    start them in the order they first do, and the words without their first letters (for
    `Document.derived`)."""
    counts = doc.word_counts
    return (
        sorted(counts),
        list(counts),
        dict.fromkeys(map(FIRST_LETTER, counts)),
        set(map(WITHOUT_FIRST_LETTER, counts)),
    )


def _end_of(ordered: list[str], initial: str) -> int:
    """Where the words that start with `initial` end in the sorted words."""
    if ord(initial) == 0x10FFFF:  # no letter comes after it
        return len(ordered)
    return bisect_left(ordered, chr(ord(initial) + 1))

"""newslint.kinds.spelling.nearby_words: the words of a text an unknown word may be a slip
of, found by bisection in the document's sorted words."""

from __future__ import annotations

import pytest

from newslint.document.model import Document
from newslint.kinds.spelling.nearby_words import nearby_words, reach

TEXT = (
    "Officials in Kazakhstan said Kazakhstan would vote on Monday. The Kazkahstan vote "
    "passed. Mr Howard met Mr Oward in Scotland and Cotland. Rugby fans met Fugby fans; "
    "Dubai and Ddubai, Ahold and Haold. Onday is no day. The government's goverment and "
    "govermnent met the governor."
)


def reference(word: str, doc, edits: int):
    """Every word of the text with the same first letter or a slip at the start away, in the
    text's order, that the edits could reach (length and letters), by a look at each."""
    counts = doc.word_counts

    def reachable(other: str) -> bool:
        return (
            other != word
            and abs(len(other) - len(word)) <= edits
            and len(set(word) ^ set(other)) <= 2 * edits
        )

    found = {o: c for o, c in counts.items() if o[:1] == word[:1] and reachable(o)}
    for other in (word[1:2] + word[:1] + word[2:], word[1:]):
        if other in counts and reachable(other):
            found[other] = counts[other]
    for initial in dict.fromkeys(o[:1] for o in counts):
        for other in (initial + word, initial + word[1:]):
            if other in counts and reachable(other):
                found[other] = counts[other]
    return list(found.items())


@pytest.mark.parametrize(
    "word",
    [
        *("kazkahstan", "oward", "cotland", "fugby", "ddubai", "haold", "onday", "goverment"),
        *("vote", "ugby", "otland", "old", "ate"),  # words the text lacks; short rests
    ],
)
def test_the_same_words_in_the_same_order_as_a_look_at_each(word):
    doc = Document(TEXT, "story.txt")
    for edits in (1, 2, 3):
        assert list(nearby_words(word, doc, edits)) == reference(word, doc, edits)


def test_slips_at_the_start_are_found():
    doc = Document(TEXT, "story.txt")
    assert dict(nearby_words("oward", doc, 1)) == {"howard": 1}
    assert dict(nearby_words("cotland", doc, 1)) == {"scotland": 1}
    assert dict(nearby_words("fugby", doc, 1)) == {"rugby": 1}


def test_a_cheap_bound_keeps_what_the_edits_may_reach():
    doc = Document(TEXT, "story.txt")
    # "governor" is three edits away but passes the bound: the caller measures the distance.
    assert dict(nearby_words("goverment", doc, 2)) == {
        "government": 1,
        "govermnent": 1,
        "governor": 1,
    }


def test_reach():
    assert reach("vote") == 1
    assert reach("goverment") == 2

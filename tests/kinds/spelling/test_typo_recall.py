"""Issue 13, recall: plain non-words in lower-case prose that a derivation once explained
away -- a function word with an ending, a short junk stem, a British rewrite of a slip, a
compound whose join doubles a letter, a plural with a further ending, and a rare long word
one slip away. Texts are invented; positions are 1-based (line, column, end_column
exclusive)."""

from __future__ import annotations

import pytest
from helpers import pack_rule, positions

from newslint.kinds.spelling.dictionary import Dictionary


def unknown_word():
    return pack_rule("typo/unknown-word")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A function word takes no -ed: no inflection of "because".
        (
            "The vote was delayed becaused the hall flooded.",
            (1, 22, 30, "becaused", ["because", "caused"]),
        ),
        # A three-letter stem must be a dictionary word, not a junk token of the lists.
        ("Nobody liked the tthing they built.", (1, 18, 24, "tthing", ["thing"])),
        # "pagre" is no British spelling of "pager": no listed word starts so.
        ("She printed three pagres of notes.", (1, 19, 25, "pagres", ["pages"])),
        ("The view was supoerb from the hill.", (1, 14, 21, "supoerb", ["superb"])),
        # A k typed twice at the join is no "attack" + "king".
        ("He is an attackking player.", (1, 10, 20, "attackking", ["attacking"])),
        # A plural takes no further ending: no "discuses" + "ed".
        ("The plan was discusesed at length.", (1, 14, 24, "discusesed", ["discussed"])),
        # A rare long word one slip away is evidence.
        (
            "The report listed many shrotcomings in the plan.",
            (1, 24, 36, "shrotcomings", ["shortcomings"]),
        ),
        ("The town was unaffecterd by the storm.", (1, 14, 25, "unaffecterd", ["unaffected"])),
    ],
)
def test_a_slip_no_derivation_explains_is_found(text, found):
    assert positions(unknown_word(), text, suggestions=True) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "There were no ifs and buts about it.",  # a function word's plural
        "The council organised a festival in the centre.",
        "The colourful theatres were full.",
        "He leant on the railing and watched.",  # a regular British rewrite
        "She hybridised two roses and fantasised about a prize.",
        "The bookkeeper checked the ledger.",
        "The gooey cake was linting-free.",
    ],
)
def test_real_words_and_british_spellings_stay_known(text):
    assert positions(unknown_word(), text) == []


def test_a_british_spelling_is_read_only_by_its_rewrite():
    dictionary = Dictionary.english()
    assert dictionary.british_letters("colourful") == ("colour",)
    assert dictionary.british_letters("pagre") == ("pagre",)
    assert dictionary.british_letters("organising") == ()  # a regular ending: -ise
    assert dictionary.british_letters("pages") == ()  # known as written

"""Issue 13, typo precision on a technical blog: names in lists of people, closed compounds
a team coins, adjectives in -ic from known nouns, censored words, and real but rarer words.
Texts are invented; positions are 1-based (line, column, end_column exclusive)."""

from __future__ import annotations

from helpers import findings, pack_rule, positions


def typo_pack():
    return [pack_rule("typo/unknown-word"), pack_rule("typo/misspelling")]


def matches(text: str, path: str = "story.txt") -> list[str]:
    return [f.match for f in findings(typo_pack(), text, path)]


# -- a capitalised word in a list of people ---------------------------------------------------


def test_a_capitalised_item_of_a_list_of_handles_is_a_name():
    text = (
        "Who did what this month:\n\n"
        "- @quillwright\n"
        "  - rewrote the parser\n"
        "- Tage\n"
        "  - kept the benchmarks running\n"
    )
    assert matches(text, "post.md") == []


def test_a_lone_capitalised_misspelling_outside_a_list_of_people_is_reported():
    # Nothing around it is a handle or a name: the item is the word.
    text = "Steps to take:\n\n- Tage\n- build the release\n"
    assert positions(pack_rule("typo/misspelling"), text) == [(3, 3, 7, "Tage")]

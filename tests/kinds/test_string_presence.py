"""StringPresence: which strings a text holds, the same whether the automaton or `in` tells."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.kinds import string_presence
from newslint.kinds.string_presence import StringPresence

STRINGS = ["said", "é(x", "a.b", "ß\\", "according to", "claimed", "sources", "reportedly"]


def by_in(strings: list[str], text: str) -> list[int]:
    return [index for index, string in enumerate(strings) if string in text]


@pytest.mark.parametrize(
    "text, held",
    [
        ("Critics said a.b was claimed", [0, 2, 5]),
        ("xxé(x, according to sources", [1, 4, 6]),
        ("nothing here", []),
        ("", []),
        ("ß\\ reportedly said", [0, 3, 7]),
    ],
)
def test_the_strings_held_in_order(text, held):
    presence = StringPresence(STRINGS)
    assert presence.held(text) == held
    assert presence._usable  # the automaton answered (the strings are literals, not regexes)


def test_a_text_no_utf_8_can_hold_is_looked_through_one_string_at_a_time():
    assert StringPresence(STRINGS).held("\ud800 said a.b") == [0, 2]


def test_few_strings_are_looked_for_one_by_one():
    presence = StringPresence(STRINGS[: string_presence.MIN_STRINGS - 1])
    assert not presence._usable
    assert presence.held("a.b said") == [0, 2]


def test_strings_whose_automaton_could_outgrow_its_memory_are_looked_for_one_by_one():
    long_strings = [f"{index:04d}" + "x" * 2000 for index in range(string_presence.MIN_STRINGS)]
    presence = StringPresence(long_strings)
    assert not presence._usable
    assert presence.held("0003" + "x" * 2000) == [3]


@given(
    st.lists(st.text(min_size=1, max_size=6), min_size=string_presence.MIN_STRINGS, max_size=20),
    st.text(max_size=200),
)
def test_the_automaton_agrees_with_in(strings, text):
    text += "".join(strings[::3])  # some strings held, some not
    assert StringPresence(strings).held(text) == by_in(strings, text)

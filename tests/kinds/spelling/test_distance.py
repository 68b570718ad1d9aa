"""newslint.kinds.spelling.distance: optimal-string-alignment distance."""

from __future__ import annotations

import itertools

import pytest

from newslint.kinds.spelling.distance import osa_distance, respelt


def reference_osa(a: str, b: str) -> int:
    """The textbook optimal-string-alignment table, without any cut-off."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


# -- osa_distance -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("", "", 0),
        ("sanctions", "sanctions", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("receive", "recieve", 1),  # adjacent transposition: one edit
        ("suicide", "siucide", 1),
        ("ca", "ac", 1),
        ("government", "goverment", 1),  # deletion
        ("until", "untill", 1),  # insertion
        ("Horan", "Horgan", 1),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("ca", "abc", 3),  # OSA, not full Damerau-Levenshtein (which gives 2)
        ("suicide", "siusice", 3),
    ],
)
def test_osa_values(a, b, expected):
    assert osa_distance(a, b) == expected
    assert osa_distance(b, a) == expected


def test_osa_is_case_sensitive():
    assert osa_distance("Kazakhstan", "kazakhstan") == 1


@pytest.mark.parametrize(
    "a, b, limit, expected",
    [
        ("kitten", "sitting", 3, 3),  # exactly at the limit: the real distance
        ("kitten", "sitting", 2, 3),  # over the limit: limit + 1
        ("kitten", "sitting", 1, 2),
        ("kitten", "sitting", 0, 1),
        ("abcdef", "ghijkl", 2, 3),  # cut off while filling the table
        ("a", "abcdefgh", 3, 4),  # cut off by the length difference alone
        ("", "abcd", 3, 4),
        ("same", "same", 0, 0),
        ("receive", "recieve", 1, 1),
    ],
)
def test_osa_limit_cut_off(a, b, limit, expected):
    assert osa_distance(a, b, limit) == expected
    assert osa_distance(b, a, limit) == expected


def test_osa_matches_reference_on_every_short_pair():
    words = ["".join(p) for n in range(5) for p in itertools.product("ab", repeat=n)]
    words += ["abc", "bca", "cab", "acb", "abcd", "badc", "dcba"]
    for a in words:
        for b in words:
            full = reference_osa(a, b)
            for limit in range(4):
                assert osa_distance(a, b, limit) == min(full, limit + 1), (a, b, limit)


# -- respelt ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, meant, expected",
    [
        ("Makro", "Macro", True),  # k for c: a brand's respelling
        ("Sention", "Section", True),
        ("Seperate", "Separate", False),  # a vowel: a speller's slip
        ("Gocernment", "Government", False),  # c beside v on the keyboard
        ("Goverment", "Government", False),  # a letter left out
        ("Becasue", "Because", False),  # swapped
        ("Mackro", "Macro", False),
    ],
)
def test_respelt_is_one_consonant_for_another_far_on_the_keyboard(typed, meant, expected):
    assert respelt(typed, meant) is expected

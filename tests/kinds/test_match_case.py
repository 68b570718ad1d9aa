"""A replacement takes the case of the text it replaces (kinds/base.py `match_case`)."""

from __future__ import annotations

import pytest

from newslint.kinds.base import match_case


@pytest.mark.parametrize(
    "template, replacement, expected",
    [
        ("GOVERMENT", "government", "GOVERNMENT"),
        ("Goverment", "government", "Government"),
        ("goverment", "government", "government"),
        ("Gavriel", "GABRIEL", "Gabriel"),  # a name the text sets in capitals
        ("Jean-Pual", "JEAN-PAUL", "Jean-Paul"),
        ("Nsaa", "NASA", "NASA"),  # an acronym stays one
        ("iphone", "iPhone", "iPhone"),
    ],
)
def test_match_case(template, replacement, expected):
    assert match_case(template, replacement) == expected

"""Required literals: strings one of which every match of a pattern holds (a pre-filter)."""

from __future__ import annotations

import pytest
import regex

from newslint.kinds.literals import required_strings


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"according\s+to", {"according"}),
        (r"(?:is|are)\s+(?:\w+ly\s+)?(?:said|believed)", {"said", "believed"}),
        (r"(?<=[,;:]\s|\bbut\s)(?:[\w-]+\s+)?(?:Critics|experts)\s+say", {"critics", "experts"}),
        (r"(?>some\s+\w+|many)", {"some", "many"}),
        (r":\s*[“\"]", {":"}),
        (r"(?:a|\w)bc", {"bc"}),
        # Of strings as long, those with a character beyond ASCII (rarer in text).
        ('"[^"“”]{1,500}”|“[^"“”]{1,500}"', {"”", "“"}),
    ],
)
def test_the_most_selective_required_strings(pattern, strings):
    assert required_strings(pattern) == strings


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # anything
        r"(?:said)?\s+",  # nothing required
        r"said|\w+",  # one branch requires nothing known
        r"\p{L}+said",  # regex-only syntax the standard parser reads differently
        r"[[:alpha:]]x",
        r"(?:foo){e<=1}",
        r"(",  # not a pattern at all
    ],
)
def test_no_prefilter_when_nothing_is_known(pattern):
    assert required_strings(pattern) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:is|are)\s+(?:\w+ly\s+)?(?:said|believed)",
        r"(?<=[,;:]\s|\bbut\s)(?:[\w-]+\s+)?(?:Critics|experts)\s+say",
        r"STRASSE|Straße",
    ],
)
def test_every_match_holds_a_required_string(pattern):
    text = "It is widely believed, but Critics say so; the STRASSE and the Straße are long."
    folded = text.lower()
    strings = required_strings(pattern)
    for match in regex.finditer(pattern, text, regex.IGNORECASE):
        assert any(s in folded[match.start() : match.end()] for s in strings)

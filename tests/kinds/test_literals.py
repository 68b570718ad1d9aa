"""Required literals: strings one of which every match of a pattern holds (a pre-filter)."""

from __future__ import annotations

import pytest
import regex

from newslint.kinds.literals import anchored_at_start, required_parts, required_strings


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
        # One string repeated: that many in a row (up to 8 characters).
        (r"(?<=\S) {2,}(?=\S)", {"  "}),
        (r"(?:ab){2,}", {"abab"}),
        (r"-{20,}", {"--------"}),
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


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        # Each mandatory part, most selective first.
        (r"it\s+(?:is|was)\s+(?:said|thought)", [{"said", "thought"}, {"it"}, {"is", "was"}]),
        (
            r"(?:some|many)\s+(?:critics|experts)\s+say",
            [{"critics", "experts"}, {"many", "some"}, {"say"}],
        ),
        # A run of parts with few strings, joined: a term list's prefix tree gives its words.
        (r"f(?:ear|eel)s?\s+that", [{"that"}, {"fear", "feel"}]),
        (r"(?:a(?:gree(?:d)?|rgue(?:s)?)|believe)", [{"agree", "argue", "believe"}]),
        # A string holding another of its set is left out ("she" holds "he").
        (r"(?:he|she|they)\s+said", [{"said"}, {"he"}]),
        (r"x?y?", []),
        (r"\w+", []),
    ],
)
def test_every_required_part(pattern, parts):
    assert required_parts(pattern) == [frozenset(part) for part in parts]


def test_a_branch_of_many_joined_words_keeps_its_fragments():
    # 26 x 5 words joined would be 130 strings to look for: the parts' fragments instead.
    words = "|".join(f"{letter}(?:a|b|c|d|e)" for letter in "abcdefghijklmnopqrstuvwxyz")
    assert required_parts(f"(?:{words})") == [frozenset("abcdefghijklmnopqrstuvwxyz")]


@pytest.mark.parametrize(
    "pattern",
    [
        r"it\s+(?:is|was)\s+(?:\w+ly\s+)?(?:said|thought)",
        r"(?:some|many)\s+(?:critics|experts)\s+(?:say|said)",
        r"f(?:ear|eel)s?\s+that",
        r"(?:he|she|they)\s+said",
    ],
)
def test_every_match_holds_a_string_of_each_part(pattern):
    text = (
        "It was widely thought so. Some critics said she said it; many experts say they "
        "feel that it is said. They fear that."
    )
    folded = text.lower()
    found = list(regex.finditer(pattern, text, regex.IGNORECASE))
    assert found
    for match in found:
        for part in required_parts(pattern):
            assert any(s in folded[match.start() : match.end()] for s in part)


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^some", True),
        (r"\Asome", True),
        (r"(?:(?<!\w)|(?!\w))(?P<r0>(?:^some))", True),  # the cue files' wrapping
        (r"(?=s)^some", True),
        (r"(?:^|(?<=,\s))some", False),  # may start after a comma
        (r"x?^some", False),
        (r"some^", False),
        (r"(?m)^some", False),  # `^` after every newline
        (r"(?m:^)some", False),
        (r"some", False),
    ],
)
def test_anchored_at_start(pattern, anchored):
    assert anchored_at_start(pattern) is anchored

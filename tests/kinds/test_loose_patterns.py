"""Loose RE2 forms: on ASCII text, wherever a pattern matches, its loose form matches too (the
filter `PatternSet` applies can drop no match)."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
import re2
import regex
from helpers import lint, pack_rules
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.kinds import pattern_set, string_presence
from newslint.kinds.loose_patterns import LooseSet, loose_pattern
from newslint.kinds.regex_search import compile_regex
from newslint.ruleset.paths import builtin_rules_dir

ASCII = "".join(map(chr, range(128)))
# Text that builds the attribution and style rules' pattern sets.
SAMPLE = "Critics said, according to sources, that it is thought $5m was paid. Its a lot."


@lru_cache(maxsize=1)
def builtin_sets() -> list[tuple[list[str], bool]]:
    """The (sources, ignorecase) of every pattern set the attribution and style rules make."""
    made: list[tuple[list[str], bool]] = []

    class Recorded(LooseSet):
        def __init__(self, sources: list[str], ignorecase: bool):
            made.append((sources, ignorecase))
            super().__init__(sources, ignorecase)

    saved, pattern_set.LooseSet = pattern_set.LooseSet, Recorded
    try:
        lint([rule for pack in ("attribution", "style") for rule in _pack(pack)], SAMPLE)
    finally:
        pattern_set.LooseSet = saved
    return made


def _pack(folder: str) -> list:
    root = builtin_rules_dir()
    return [
        rule
        for path in sorted((root / folder).glob("*.yaml"))
        for rule in pack_rules(str(path.relative_to(root).with_suffix("")))
    ]


def loose_matches(source: str, ignorecase: bool, text: str) -> bool:
    loose = loose_pattern(source, ignorecase)
    assert loose is not None
    return re2.compile(loose).search(text) is not None


def test_the_builtin_sets_are_found_and_most_patterns_have_a_loose_form():
    sets = builtin_sets()
    sources = [(source, ignorecase) for found, ignorecase in sets for source in found]
    assert len(sets) >= 10 and len(sources) >= 100
    assert sum(loose_pattern(*each) is None for each in sources) <= len(sources) // 10


@st.composite
def texts_for(draw, sources: list[str]) -> str:
    """ASCII text of runs of a pattern's own words and punctuation in order (to make matches
    likely), with random ASCII and line breaks."""
    tokens = [re.findall(r"[A-Za-z]+|[0-9,.;:$'\"]", source) for source in sources]
    pieces = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["words", "words", "ascii", "break"]))
        if kind == "words":
            words = draw(st.sampled_from(tokens))
            start = draw(st.integers(0, len(words)))
            pieces.append(" ".join(words[start : start + draw(st.integers(1, 6))]))
        else:
            pieces.append(draw(st.text(ASCII, max_size=3)) if kind == "ascii" else "\n")
    return " ".join(pieces)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_wherever_a_builtin_pattern_matches_its_set_finds_it_possible(data):
    sources, ignorecase = data.draw(st.sampled_from(builtin_sets()))
    text = data.draw(texts_for(sources))
    loose = LooseSet(sources, ignorecase)
    everything = list(range(len(sources)))
    possible = loose.possible(text, everything)
    for index, source in enumerate(sources):
        if compile_regex(source, ignorecase).search(text, timeout=1) is not None:
            assert index in possible, (source, text)


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize(
    "element",
    [
        r"[^a-z]",
        r"[^\s\d]",
        r"\W",
        r"\w",
        r"\s",
        r"\S",
        r".",
        r"[^k]",
        "K",
        "\u212a",
        "\u017f",
        r"[\x00-\x1f]",
        r"[^\u212a]",
        "é",
        r"[^\W\d_]",
    ],
)
def test_one_character_elements_match_exactly_the_ascii_characters_they_match(element, ignorecase):
    loose = re2.compile(loose_pattern(element, ignorecase))
    element_regex = compile_regex(element, ignorecase)
    for character in ASCII:
        assert bool(loose.fullmatch(character)) == bool(element_regex.fullmatch(character))


def test_whitespace_is_what_the_regex_module_calls_whitespace():
    # `re` takes \x1c for whitespace, `regex` does not; both take \x0b.
    assert re.match(r"\s", "\x1c") and not regex.match(r"\s", "\x1c")
    assert loose_matches(r"a\sb", False, "a\x0bb")
    assert not loose_matches(r"a\sb", False, "a\x1cb")


def test_a_kelvin_sign_matches_k_only_ignoring_case():
    assert loose_matches("\u212a", True, "k") and loose_matches("\u212a", True, "K")
    assert not loose_matches("\u212a", False, "k") and not loose_matches("\u212a", False, "K")


def test_scoped_flags_are_followed():
    assert loose_matches(r"(?-i:I)\s+said", True, "I SAID")
    assert not loose_matches(r"(?-i:I)\s+said", True, "i said")
    assert loose_matches(r"(?i:x)y", False, "Xy") and not loose_matches(r"(?i:x)y", False, "XY")


@pytest.mark.parametrize(
    "source, text",
    [
        (r"(?<=, )critics", "critics say"),  # a lookbehind at a span's start: dropped
        (r"\bsaid\b", "unsaid"),  # boundaries dropped
        (r"^some", "awesome"),
        (r"foo$", "foo\n"),  # `$` before a final newline
        (r"(?!x)said", "xsaid"),
    ],
)
def test_zero_width_conditions_are_dropped(source, text):
    assert loose_matches(source, False, text)


@pytest.mark.parametrize(
    "source, text", [(r"a++b", "aab"), (r"(?>a|ab)c", "abc"), (r"x*+y", "y"), (r"(?>ab)+", "ab")]
)
def test_possessive_repeats_and_atomic_groups_match_as_plain_ones(source, text):
    assert loose_matches(source, False, text)


@pytest.mark.parametrize(
    "source",
    [
        r"(a)\1",
        r"(?P<x>a)(?P=x)",
        r"(a)?(?(1)b|c)",
        r"x{1001}",
        r"\p{L}",
        r"[[:alpha:]]",
        "(?s).",
        "(",
    ],
)
def test_what_has_no_loose_form_is_none(source):
    assert loose_pattern(source, True) is None


def test_a_pattern_with_no_loose_form_is_always_possible():
    loose = LooseSet([r"(a)\1", r"said"], True)
    assert loose.possible("nothing here", [0, 1]) == [0]
    assert loose.possible("he said", [0, 1]) == [0, 1]


def test_text_that_is_not_ascii_is_not_filtered():
    assert LooseSet(["said", "told"], True).possible("nothing here…", [0, 1]) == [0, 1]


def test_an_automaton_that_gives_up_filters_nothing(monkeypatch):
    loose = LooseSet(["said", "told"], True)
    loose.possible("warm up", [0, 1])

    class GivingUp:
        def Match(self, text):  # noqa: N802  (RE2's name)
            return []  # what RE2 answers when its automaton runs out of memory

    monkeypatch.setattr(loose, "_set", GivingUp())
    assert loose.possible("nothing here", [0, 1]) == [0, 1]


def test_a_set_that_does_not_compile_filters_nothing(monkeypatch):
    monkeypatch.setattr(string_presence, "MAX_MEMORY", 1 << 10)
    assert LooseSet(["said", "told"], True).possible("nothing here", [0, 1]) == [0, 1]

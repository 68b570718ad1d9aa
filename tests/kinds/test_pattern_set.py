"""PatternSet: patterns searched only where their required strings are, with the matches of
their alternation."""

from __future__ import annotations

import itertools

import pytest
from helpers import counted_searches

from newslint.document.model import fold_keeping_length
from newslint.document.segment import Span
from newslint.kinds.literals import required_parts, required_strings
from newslint.kinds.pattern_set import PatternSet
from newslint.kinds.regex_search import MatchTimeout, compile_regex, search, time_limit

# In order: which of two patterns matching at one place wins, lookbehinds and `^` at a span's
# start, a pattern with no required string (`\d+`), overlapping and nested phrases.
PATTERNS = [
    r"(?P<r0>it\s+is\s+(?:said|thought))",
    r"(?P<r0>is\s+said\s+to)",
    r"(?P<r1>(?<=,\s)critics\s+(?:say|argue))",
    r"(?P<r1>^some\s+(?:analysts|experts))",
    r"(?P<r2>\d+(?:,\d{3})*)",
    r"(?P<r2>said)",
    r"(?P<r3>critics)",
]
SENTENCES = [
    "It is said to be the largest, critics say, at 10,000 tonnes.",
    "Some analysts said 300 were hurt; some experts disagree.",
    "He is said to have left. Critics argue it is thought unlikely.",
    "Nothing here at all.",
    "Critics, critics argue, said it is said to fall by 2,500.",
]


def matches(found) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in found]


def make_set(patterns: list[str], further: bool = False) -> PatternSet:
    """The patterns' set; `further`: with the further required sets of each."""
    parts = [required_parts(p) for p in patterns]
    required = [sorted(found[0]) if found else None for found in parts]
    more = [[sorted(part) for part in found[1:]] for found in parts] if further else None
    return PatternSet(patterns, required, True, further=more)


def test_required_strings_of_the_examples_are_known_but_for_the_figure():
    assert [required_strings(p) is None for p in PATTERNS] == [False] * 4 + [True] + [False] * 2


@pytest.mark.parametrize("further", [False, True])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_matches_are_those_of_the_alternation(sentence, further):
    folded = fold_keeping_length(sentence)
    alternation = compile_regex("|".join(PATTERNS), True)
    # Every sub-list of the patterns, so that any of them may be the only one to match.
    for count in range(1, len(PATTERNS) + 1):
        for chosen in itertools.combinations(PATTERNS, count):
            patterns = list(chosen)
            alternation = compile_regex("|".join(patterns), True)
            spans = [Span(0, len(sentence)), Span(3, len(sentence) - 4), Span(13, 40)]
            for span in spans:
                found = make_set(patterns, further).finditer(sentence, folded, [span])
                assert matches(found) == matches(search(alternation, sentence, [span]))


def test_only_the_patterns_whose_strings_a_span_holds_are_searched(monkeypatch):
    searched = counted_searches(monkeypatch)
    text = "It is thought that critics are wrong…"  # not ASCII: no loose forms tried
    found = make_set(PATTERNS).finditer(text, fold_keeping_length(text), [Span(0, len(text))])
    assert [m.group() for m in found] == ["It is thought", "critics"]
    # "said" and "is said to" need "said"; "^some …" needs "some"; ", critics say" finds
    # "critics", so it is searched; the figure needs nothing and is always searched.
    assert set(searched) == {PATTERNS[0], PATTERNS[2], PATTERNS[4], PATTERNS[6]}


def test_in_ascii_text_only_the_patterns_whose_loose_forms_match_are_searched(monkeypatch):
    searched = counted_searches(monkeypatch)
    text = "It is thought that critics are wrong."
    found = make_set(PATTERNS).finditer(text, fold_keeping_length(text), [Span(0, len(text))])
    assert [m.group() for m in found] == ["It is thought", "critics"]
    # "critics say" is not there, nor any digit.
    assert set(searched) == {PATTERNS[0], PATTERNS[6]}


def test_an_empty_match_is_given_as_the_alternation_gives_it():
    patterns = [r"(?P<r0>ab)", r"(?P<r1>x*)"]
    text = "ab ab x"
    folded = fold_keeping_length(text)
    alternation = compile_regex("|".join(patterns), True)
    span = [Span(0, len(text))]
    found = PatternSet(patterns, [["ab"], None], True).finditer(text, folded, span)
    assert matches(found) == matches(search(alternation, text, span))


def test_a_runaway_pattern_stops_at_the_time_limit():
    patterns = [r"(?P<r0>(?:x|xx)+(?=y))", r"(?P<r1>never)"]  # the loose form drops (?=y)
    text = "x" * 60 + " never"
    found = PatternSet(patterns, [None, ["never"]], False).finditer(
        text, text, [Span(0, len(text))]
    )
    with pytest.raises(MatchTimeout, match="time limit"), time_limit(0.1):
        list(found)


@pytest.mark.parametrize(
    "patterns",
    [
        # \2 is (a) in the alternation, (c) alone; "zebra" is not in the text (so not
        # every pattern is a candidate).
        [r"(?P<r0>(a)b)", r"(?P<r1>(c)\2)", r"(?P<r2>zebra)"],
        [r"(?P<r0>said)", r"(?P<r1>(?r)old)", r"(?P<r2>zebra)"],  # (?r) reverses them all
    ],
)
def test_patterns_that_mean_something_else_alone_are_searched_as_the_alternation(patterns):
    text = "He said said it was old old news: cc ab cc."
    span = [Span(0, len(text))]
    alternation = compile_regex("|".join(patterns), True)
    found = make_set(patterns).finditer(text, fold_keeping_length(text), span)
    assert matches(found) == matches(search(alternation, text, span))
    # Searched one by one, in text order, they would find something else.
    separately = sorted(
        (m.start(), m.end()) for p in patterns for m in compile_regex(p, True).finditer(text)
    )
    assert separately != [(m.start(), m.end()) for m in alternation.finditer(text)]


def test_a_span_without_a_further_required_string_is_not_searched(monkeypatch):
    searched = counted_searches(monkeypatch)
    text = "Critics are wrong, critics say."
    found = make_set(PATTERNS[2:4], further=True).finditer(
        text, fold_keeping_length(text), [Span(0, 17), Span(0, len(text))]
    )
    assert [m.group() for m in found] == ["critics say"]
    # In the second span: the one pattern it can match in, searched once; the first, with
    # "critics" but no "say" or "argue", not at all.
    assert searched == [PATTERNS[2]]


def test_a_span_without_a_further_string_of_a_set_of_one_is_not_searched(monkeypatch):
    searched = counted_searches(monkeypatch)
    text = "Was it said? It is said so."
    found = make_set(PATTERNS[:2], further=True).finditer(
        text, fold_keeping_length(text), [Span(0, 12), Span(13, len(text))]
    )
    assert [m.group() for m in found] == ["It is said"]
    # The first span holds "said" and "it" but not "is" (a set of one string): not searched;
    # nor, for want of "to", is the second pattern in the second.
    assert searched == [PATTERNS[0]]


def test_a_pattern_anchored_at_the_start_is_tried_there_alone(monkeypatch):
    searched = counted_searches(monkeypatch)
    patterns = [r"(?P<r0>^some\s+analysts)", r"(?P<r1>analysts)"]
    text = "Some analysts and some analysts."
    found = make_set(patterns).finditer(text, fold_keeping_length(text), [Span(0, len(text))])
    assert [(m.start(), m.lastgroup) for m in found] == [(0, "r0"), (23, "r1")]
    assert patterns[0] not in searched  # matched at the start, not searched for


@pytest.mark.parametrize("spans", [[Span(0, 20)], [Span(0, 20), Span(21, 40)] * 3])
def test_short_spans_are_looked_through_alone_and_many_in_the_whole_text(spans):
    text = "It is said to rain. Nothing here at all, said he." + " Nothing here." * 20
    patterns = make_set(PATTERNS)
    folded = fold_keeping_length(text)
    alternation = compile_regex("|".join(PATTERNS), True)
    found = patterns.finditer(text, folded, spans)
    assert matches(found) == matches(search(alternation, text, spans))
    holding = patterns._last
    assert holding is not None and (holding.needed is None) == (len(spans) == 1)

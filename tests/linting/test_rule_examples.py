"""Every built-in rule's examples hold: a rule whose examples fail cannot land."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newslint.linting.rule_examples import example_problems
from newslint.ruleset.examples import BadExample, MarkerError, bad_example, unmark
from newslint.ruleset.loading import load_rule_file
from newslint.ruleset.paths import builtin_rules_dir
from newslint.ruleset.selection import loaded_rules

BUILTIN = loaded_rules((builtin_rules_dir(),))


def test_there_are_builtin_rules():
    assert len(BUILTIN) >= 8
    assert len({rule.id for rule in BUILTIN}) == len(BUILTIN)


@pytest.mark.parametrize("rule", BUILTIN, ids=[rule.id for rule in BUILTIN])
def test_builtin_rule_examples(rule):
    assert example_problems(rule) == []


@pytest.mark.parametrize("rule", BUILTIN, ids=[rule.id for rule in BUILTIN])
def test_builtin_rule_pins_its_bad_examples(rule):
    """User packs may keep bad examples without markers (any finding passes); a built-in
    rule marks what each of its bad examples must report, in at least three of them."""
    examples = [bad_example(item) for item in rule.examples.get("bad", [])]
    assert len(examples) >= 3
    assert [example.marked for example in examples if not example.pinned] == []


@pytest.mark.parametrize("rule", BUILTIN, ids=[rule.id for rule in BUILTIN])
def test_builtin_rule_is_documented(rule):
    assert rule.description.strip()
    assert rule.summary().strip(". ")
    assert len(rule.examples.get("bad", [])) >= 1
    assert len(rule.examples.get("good", [])) >= 1
    for case in rule.examples.get("fix", []):
        assert case["before"] != case["after"]


# -- example_problems itself -------------------------------------------------------------

RULE = """\
id: news.usage
category: style
message: "Use '{{suggestion}}'"
description: Usage errors.
kind: substitution
ignorecase: true
fix: safe
swap: {{alot: a lot}}
examples:
{examples}
"""


def rule_with(tmp_path, examples: str, template: str = RULE):
    path = tmp_path / "rule.yaml"
    path.write_text(template.format(examples=examples), encoding="utf-8")
    [rule] = load_rule_file(path)
    return rule


def test_passing_examples(tmp_path):
    rule = rule_with(
        tmp_path,
        '  bad: ["Alot of rain."]\n  good: ["A lot of rain."]\n'
        '  fix: [{before: "It was alot.", after: "It was a lot."}]',
    )
    assert example_problems(rule) == []


def test_missing_examples(tmp_path):
    rule = rule_with(tmp_path, '  bad: ["It was alot."]')
    assert example_problems(rule) == ["news.usage: needs at least one bad and one good example"]


def test_failing_examples_are_each_reported(tmp_path):
    rule = rule_with(
        tmp_path,
        '  bad: ["A lot of rain.", "It was alot."]\n'
        '  good: ["Alot of rain."]\n'
        '  fix: [{before: "It was alot.", after: "It was a lot!"}]',
    )
    assert example_problems(rule) == [
        "news.usage: bad example gave no finding: 'A lot of rain.'",
        "news.usage: good example gave 1 finding(s) ('Alot'): 'Alot of rain.'",
        "news.usage: fix of 'It was alot.' gave 'It was a lot.', expected 'It was a lot!'",
    ]


def test_fix_examples_include_unsafe_fixes(tmp_path):
    rule = rule_with(
        tmp_path,
        '  bad: ["Alot."]\n  good: ["A lot."]\n  fix: [{before: "Alot.", after: "A lot."}]',
    )
    assert example_problems(replace(rule, fix="unsafe")) == []


def test_rule_that_times_out_on_an_example_fails(tmp_path):
    template = (
        RULE.replace("kind: substitution", "kind: existence")
        .replace("ignorecase: true\nfix: safe\nswap: {{alot: a lot}}", "raw: ['(x|xx)+y']")
        .replace("{{suggestion}}", "{{match}}")
    )
    rule = rule_with(tmp_path, '  bad: ["xxy"]\n  good: ["' + "x" * 60 + '"]', template)
    problems = example_problems(rule, timeout=0.2)
    assert problems == [
        "news.usage: rule news.usage stopped: a regular expression ran over its time limit "
        f"on example {'x' * 60!r}"
    ]


def test_examples_with_a_format_are_read_by_its_reader(tmp_path):
    rule = rule_with(
        tmp_path,
        "  format: html\n"
        '  bad: ["<p>It was alot.</p>"]\n'
        '  good: ["<p class=alot>It was a lot.</p>"]\n'
        '  fix: [{before: "<p>It was <b>alot</b>.</p>", after: "<p>It was <b>a lot</b>.</p>"}]',
    )
    assert example_problems(rule) == []
    # Read as plain text, the class attribute is text like any other.
    as_text = replace(rule, examples={k: v for k, v in rule.examples.items() if k != "format"})
    assert example_problems(as_text) == [
        "news.usage: good example gave 1 finding(s) ('alot'): '<p class=alot>It was a lot.</p>'"
    ]


# -- bad examples that pin their findings ---------------------------------------------------


def test_markers_are_removed_and_give_the_spans():
    assert unmark("No marker.") == ("No marker.", ())
    assert unmark(
        "<marker>Alot</marker> of rain, <marker>alot</marker>.\nAnd <marker></marker>"
    ) == (
        "Alot of rain, alot.\nAnd ",
        ((0, 4), (14, 18), (24, 24)),
    )
    assert bad_example({"text": "It was <marker>alot</marker>.", "suggestion": "a lot"}) == (
        BadExample("It was <marker>alot</marker>.", "It was alot.", ((7, 11),), None, "a lot")
    )
    assert bad_example("It <marker>was</marker> alot.").shown() == "It ⟦was⟧ alot."


@pytest.mark.parametrize(
    "marked, message",
    [
        ("It was\n  <marker>alot.", "<marker> not closed at 2:3 of the example"),
        (
            "<marker>It <marker>was</marker></marker>",
            "<marker> inside another <marker> at 1:12 of the example",
        ),
        ("It was</marker>", "</marker> with no <marker> before it at 1:7 of the example"),
    ],
)
def test_markers_that_do_not_pair_up(marked, message):
    with pytest.raises(MarkerError) as caught:
        unmark(marked)
    assert str(caught.value) == message


def test_pinned_examples_pass(tmp_path):
    rule = rule_with(
        tmp_path,
        '  bad:\n    - "<marker>Alot</marker> of rain, <marker>alot</marker> of wind."\n'
        "    - text: It was <marker>alot</marker>.\n"
        "      message: Use 'a lot'\n"
        "      suggestion: a lot\n"
        '  good: ["A lot of rain."]',
    )
    assert example_problems(rule) == []


def test_a_finding_outside_the_marked_spans_fails(tmp_path):
    rule = rule_with(
        tmp_path, '  bad: ["<marker>Alot</marker> of rain,\\nalot of wind."]\n  good: ["A lot."]'
    )
    assert example_problems(rule) == [
        "news.usage: bad example 1 found 'alot' at 2:1-2:5 outside the marked spans"
    ]


def test_a_marked_span_not_reported_fails(tmp_path):
    rule = rule_with(
        tmp_path,
        '  bad: ["It was <marker>alot</marker>.", "It <marker>was</marker> alot."]\n'
        '  good: ["A lot."]',
    )
    assert example_problems(rule) == [
        "news.usage: bad example 2 expected 'was' at 1:4-1:7, found nothing; "
        "found 'alot' at 1:8-1:12 outside the marked spans"
    ]


def test_a_different_span_fails(tmp_path):
    rule = rule_with(tmp_path, '  bad: ["It was <marker>alot.</marker>"]\n  good: ["A lot."]')
    assert example_problems(rule) == [
        "news.usage: bad example 1 expected 'alot.' at 1:8-1:13, found 'alot' at 1:8-1:12"
    ]


def test_a_different_message_or_suggestion_fails(tmp_path):
    rule = rule_with(
        tmp_path,
        "  bad:\n"
        "    - {text: 'It was <marker>alot</marker>.', message: \"Use 'a lot'\"}\n"
        "    - {text: 'It was <marker>alot</marker>.', message: Use a lot}\n"
        "    - {text: 'It was <marker>alot</marker>.', suggestion: a lot}\n"
        "    - {text: 'It was <marker>alot</marker>.', suggestion: allot}\n"
        '  good: ["A lot."]',
    )
    assert example_problems(rule) == [
        "news.usage: bad example 2 message at 1:8-1:12 is \"Use 'a lot'\", expected 'Use a lot'",
        "news.usage: bad example 4 suggestion at 1:8-1:12 is 'a lot', expected 'allot'",
    ]


def test_markers_in_markdown_and_html_examples_mark_the_source(tmp_path):
    markdown = rule_with(
        tmp_path,
        "  format: markdown\n"
        '  bad: ["# Title\\n\\nIt was *<marker>alot</marker>* and <marker>alot</marker>."]\n'
        '  good: ["It was `alot`."]',
    )
    assert example_problems(markdown) == []
    html = rule_with(
        tmp_path,
        "  format: html\n"
        '  bad: ["<p>It was <b><marker>alot</marker></b>.</p><p><marker>Alot</marker>.</p>"]\n'
        '  good: ["<p class=alot>It was a lot.</p>"]',
    )
    assert example_problems(html) == []
    # The span is where the source has it: here it takes in the markup, so it differs.
    shifted = rule_with(
        tmp_path,
        "  format: html\n"
        '  bad: ["<p>It was <marker><b>alot</b></marker>.</p>"]\n'
        '  good: ["<p>A lot.</p>"]',
    )
    assert example_problems(shifted) == [
        "news.usage: bad example 1 expected '<b>alot</b>' at 1:11-1:22, found 'alot' at 1:14-1:18"
    ]


def test_plain_bad_examples_still_pass_on_any_finding(tmp_path):
    rule = rule_with(tmp_path, '  bad: ["Alot of rain, alot of wind."]\n  good: ["A lot."]')
    assert example_problems(rule) == []

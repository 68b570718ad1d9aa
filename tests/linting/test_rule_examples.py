"""Every built-in rule's examples hold: a rule whose examples fail cannot land."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newslint.linting.rule_examples import example_problems
from newslint.ruleset.loading import builtin_rules_dir, load_rule_file
from newslint.ruleset.selection import loaded_rules

BUILTIN = loaded_rules((builtin_rules_dir(),))


def test_there_are_builtin_rules():
    assert len(BUILTIN) >= 8
    assert len({rule.id for rule in BUILTIN}) == len(BUILTIN)


@pytest.mark.parametrize("rule", BUILTIN, ids=[rule.id for rule in BUILTIN])
def test_builtin_rule_examples(rule):
    assert example_problems(rule) == []


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

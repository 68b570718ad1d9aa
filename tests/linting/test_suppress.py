"""Suppression comments: disable / enable regions, disable-next-line, selectors, unused ones."""

from __future__ import annotations

import pytest
from helpers import fields, findings, lint

from newslint.linting.fixes import fix_until_stable
from newslint.linting.lint import lint_document
from newslint.ruleset.loading import load_rule_file
from newslint.ruleset.meta_rules import UNUSED_RULE, UNUSED_SUPPRESSION

RULES = """\
- id: style.alpha
  category: style
  message: "alpha word"
  description: Finds alpha.
  kind: existence
  tokens: [alpha]
- id: style.beta
  category: style
  message: "beta word"
  description: Finds beta.
  kind: existence
  tokens: [beta]
- id: typo.gamma
  category: typo
  message: "gamma word"
  description: Finds gamma.
  kind: substitution
  fix: safe
  swap: {gamma: delta}
"""


@pytest.fixture
def rules(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    return load_rule_file(path) + [UNUSED_SUPPRESSION]


WHERE = ("rule", "line", "column")  # of each finding, by fields(findings(...), *WHERE)


def test_no_comments_no_change(rules):
    assert fields(findings(rules, "alpha beta gamma"), *WHERE) == [
        ("style.alpha", 1, 1),
        ("style.beta", 1, 7),
        ("typo.gamma", 1, 12),
    ]


def test_disable_region_for_one_rule(rules):
    text = (
        "alpha beta\n"
        "<!-- newslint-disable style.alpha -->\n"
        "alpha beta\n"
        "<!-- newslint-enable style.alpha -->\n"
        "alpha beta\n"
    )
    assert fields(findings(rules, text), *WHERE) == [
        ("style.alpha", 1, 1),
        ("style.beta", 1, 7),
        ("style.beta", 3, 7),
        ("style.alpha", 5, 1),
        ("style.beta", 5, 7),
    ]


def test_disable_without_rules_is_all_rules_until_the_end(rules):
    text = "gamma\n<!--newslint-disable-->\nalpha beta gamma\n\nalpha"
    assert fields(findings(rules, text), *WHERE) == [("typo.gamma", 1, 1)]


def test_several_rules_in_one_comment(rules):
    text = "<!-- newslint-disable style.alpha, typo.gamma -->\nalpha beta gamma\n"
    assert fields(findings(rules, text), *WHERE) == [("style.beta", 2, 7)]


@pytest.mark.parametrize(
    ("selector", "left"),
    [
        ("style.beta", ["style.alpha", "typo.gamma"]),  # rule id
        ("style", ["typo.gamma"]),  # id prefix
        ("typo", ["style.alpha", "style.beta"]),  # category (and prefix)
        ("all", []),
        ("sty", ["style.alpha", "style.beta", "typo.gamma"]),  # not a whole prefix
    ],
)
def test_selectors(rules, selector, left):
    text = f"<!-- newslint-disable {selector} -->\nalpha beta gamma\n"
    assert [
        rule for rule, _, _ in fields(findings(rules, text), *WHERE) if rule != UNUSED_RULE
    ] == left


def test_category_selector_that_is_no_id_prefix(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES.replace("category: typo", "category: readability"), encoding="utf-8")
    rules = load_rule_file(path)
    assert fields(
        findings(rules, "<!-- newslint-disable readability -->\ngamma alpha"), *WHERE
    ) == [("style.alpha", 2, 7)]


def test_disable_next_line(rules):
    text = "alpha\n<!-- newslint-disable-next-line style.alpha -->\nalpha beta\nalpha\n"
    assert fields(findings(rules, text), *WHERE) == [
        ("style.alpha", 1, 1),
        ("style.beta", 3, 7),
        ("style.alpha", 4, 1),
    ]


def test_disable_next_line_after_text_on_the_same_line(rules):
    text = "beta <!-- newslint-disable-next-line -->\nalpha beta gamma\nbeta"
    assert fields(findings(rules, text), *WHERE) == [("style.beta", 1, 1), ("style.beta", 3, 1)]


def test_enable_one_rule_after_disabling_all(rules):
    text = (
        "<!-- newslint-disable -->\n"
        "alpha beta gamma\n"
        "<!-- newslint-enable style.alpha -->\n"
        "alpha beta gamma\n"
    )
    assert fields(findings(rules, text), *WHERE) == [("style.alpha", 4, 1)]


def test_enable_one_of_two_disabled_rules(rules):
    text = (
        "<!-- newslint-disable style.alpha, style.beta -->\n"
        "alpha beta\n"
        "<!-- newslint-enable style.alpha -->\n"
        "alpha beta\n"
    )
    assert fields(findings(rules, text), *WHERE) == [("style.alpha", 4, 1)]


def test_enable_one_rule_of_a_disabled_prefix(rules):
    text = (
        "<!-- newslint-disable style -->\n"
        "alpha beta gamma\n"
        "<!-- newslint-enable style.beta -->\n"
        "alpha beta gamma\n"
    )
    assert fields(findings(rules, text), *WHERE) == [
        ("typo.gamma", 2, 12),
        ("style.beta", 4, 7),
        ("typo.gamma", 4, 12),
    ]


def test_enable_a_prefix_ends_disables_of_its_rules(rules):
    text = (
        "<!-- newslint-disable style.alpha -->\n"
        "<!-- newslint-disable style.beta -->\n"
        "alpha beta\n"
        "<!-- newslint-enable style -->\n"
        "alpha beta\n"
    )
    assert fields(findings(rules, text), *WHERE) == [("style.alpha", 5, 1), ("style.beta", 5, 7)]


def test_enable_without_rules_ends_every_disable(rules):
    text = (
        "<!-- newslint-disable style.alpha -->\n"
        "<!-- newslint-disable typo -->\n"
        "alpha gamma\n"
        "<!-- newslint-enable -->\n"
        "alpha gamma\n"
    )
    assert fields(findings(rules, text), *WHERE) == [("style.alpha", 5, 1), ("typo.gamma", 5, 7)]


def test_unused_suppression_is_reported_as_info(rules):
    text = "beta\n<!-- newslint-disable-next-line style.alpha -->\nbeta\n"
    result = lint(rules, text)
    assert [
        (f.rule, f.category, f.severity, f.line, f.column, f.end_column, f.match, f.message)
        for f in result.findings
    ] == [
        ("style.beta", "style", "warning", 1, 1, 5, "beta", "beta word"),
        (
            UNUSED_RULE,
            "meta",
            "info",
            2,
            1,
            48,
            "<!-- newslint-disable-next-line style.alpha -->",
            "Unused suppression: no finding here matches it",
        ),
        ("style.beta", "style", "warning", 3, 1, 5, "beta", "beta word"),
    ]


def test_unused_disable_all_is_reported(rules):
    assert fields(
        findings(rules, "beta\n<!-- newslint-disable -->\nNothing to see.\n"), *WHERE
    ) == [
        ("style.beta", 1, 1),
        (UNUSED_RULE, 2, 1),
    ]


def test_suppression_of_rules_that_do_not_run_is_not_reported(rules):
    text = (
        "<!-- newslint-disable other.rule -->\nbeta\n"
        "<!-- newslint-disable-next-line typo.unknown, readability -->\nbeta\n"
    )
    assert fields(findings(rules, text), *WHERE) == [("style.beta", 2, 1), ("style.beta", 4, 1)]
    # ... but it is once one of the rules it names runs.
    assert [
        f.rule for f in lint(rules, "<!-- newslint-disable other, typo -->\nbeta").findings
    ] == [UNUSED_RULE, "style.beta"]


def test_disable_split_by_an_enable_is_used_if_either_part_is(rules):
    used_before = "<!-- newslint-disable -->\nbeta\n<!-- newslint-enable style.alpha -->\nalpha\n"
    assert fields(findings(rules, used_before), *WHERE) == [("style.alpha", 4, 1)]
    used_after = "<!-- newslint-disable -->\nNothing.\n<!-- newslint-enable style.alpha -->\nbeta\n"
    assert fields(findings(rules, used_after), *WHERE) == []
    unused = "<!-- newslint-disable -->\nNothing.\n<!-- newslint-enable style.alpha -->\nalpha\n"
    assert fields(findings(rules, unused), *WHERE) == [(UNUSED_RULE, 1, 1), ("style.alpha", 4, 1)]


def test_comment_text_itself_is_not_linted(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(
        RULES.replace("tokens: [alpha]", "tokens: [alpha, newslint, disable]"), encoding="utf-8"
    )
    rules = load_rule_file(path)
    text = "<!-- newslint-disable-next-line style.alpha -->\nalpha\n"
    assert fields(findings(rules, text), *WHERE) == []


def test_suppressed_findings_are_not_fixed(rules):
    # "delta" is used too, so the respelling is no term's (see fix_safety): the fixes stay safe
    text = "gamma\n<!-- newslint-disable-next-line typo.gamma -->\ngamma\ngamma\ndelta\n"

    def lint_findings(doc):
        return lint_document(doc, rules).findings

    after, applied = fix_until_stable(text, "story.md", lint_findings, unsafe=False)
    assert after == "delta\n<!-- newslint-disable-next-line typo.gamma -->\ngamma\ndelta\ndelta\n"
    assert applied == 2


def test_suppressions_in_crlf_text(rules):
    text = "alpha\r\n<!-- newslint-disable-next-line -->\r\nalpha\r\nalpha\r\n"
    assert fields(findings(rules, text), *WHERE) == [("style.alpha", 1, 1), ("style.alpha", 4, 1)]


def test_unused_suppressions_are_not_reported_without_their_rule(rules):
    text = "<!-- newslint-disable style.alpha -->\nNothing here.\n"
    assert fields(findings(rules, text), *WHERE) == [(UNUSED_RULE, 1, 1)]
    assert fields(findings([r for r in rules if r.id != UNUSED_RULE], text), *WHERE) == []

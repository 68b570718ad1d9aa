"""Properties of the whole pipeline (reader, document model, built-in rules, suppression,
fixes) over generated hostile text in every input format. Profiles: tests/conftest.py."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import html_text, jsonl_text, markdown_text, plain_text

from newslint.config.settings import Config
from newslint.document.model import Document, _normalise_newlines
from newslint.errors import InputError
from newslint.input.dataset import records
from newslint.input.formats import reader_for
from newslint.linting.fixes import fix_until_stable
from newslint.linting.lint import gives_way_to, lint_document
from newslint.ruleset.meta_rules import UNUSED_RULE, UNUSED_SUPPRESSION
from newslint.ruleset.selection import loaded_rules, rule_paths

FORMATS = {"a.txt": plain_text, "a.md": markdown_text, "a.html": html_text}
any_document = st.sampled_from(sorted(FORMATS)).flatmap(
    lambda path: st.tuples(st.just(path), FORMATS[path])
)


@pytest.fixture(scope="session")
def rules():
    """Every built-in rule, those off by default included (loaded once per session)."""
    return [*loaded_rules(rule_paths(Config())), UNUSED_SUPPRESSION]


def lint(text: str, path: str, rules):
    """The findings of `rules` in `text`, or None when the reader refuses the text with a
    one-line InputError (malformed front matter or HTML), which is a clean outcome."""
    try:
        doc = Document(text, path, reader_for(path))
    except InputError as err:
        assert "\n" not in str(err)
        return None
    result = lint_document(doc, rules)
    assert result.errors == []
    return result.findings


def assert_spans_round_trip(text: str, findings) -> None:
    """(line, column) -> offset -> text of the original file gives each finding's match,
    and `offset` points at the same place in the text as read."""
    source, _ = _normalise_newlines(text)
    starts = [0] + [i + 1 for i, char in enumerate(source) if char == "\n"]
    for f in findings:
        assert 1 <= f.line <= len(starts) and 1 <= f.end_line <= len(starts), f
        start = starts[f.line - 1] + f.column - 1
        end = starts[f.end_line - 1] + f.end_column - 1
        assert 1 <= f.column and start <= end <= len(source), f
        assert source[start:end] == f.match, f
        assert len(_normalise_newlines(text[: f.offset])[0]) == start, f


def as_dicts(findings):
    return [f.to_dict() for f in findings]


@given(any_document)
def test_findings_point_at_their_match_in_the_file(rules, document):
    path, text = document
    findings = lint(text, path, rules)
    if findings is not None:
        assert_spans_round_trip(text, findings)


@given(any_document)
def test_findings_are_deterministic(rules, document):
    path, text = document
    first = lint(text, path, rules)
    second = lint(text, path, rules)
    assert (first is None) == (second is None)
    if first is not None:
        assert as_dicts(first) == as_dicts(second)


@given(any_document, st.booleans())
def test_fixing_leaves_nothing_fixable_and_is_idempotent(rules, document, unsafe):
    path, text = document
    if lint(text, path, rules) is None:
        return

    def findings(doc):
        return lint_document(doc, rules).findings

    reader = reader_for(path)
    fixed, _ = fix_until_stable(text, path, findings, unsafe, reader)
    again, applied = fix_until_stable(fixed, path, findings, unsafe, reader)
    assert (again, applied) == (fixed, 0)
    remaining = lint(fixed, path, rules)
    assert remaining is not None
    assert not [f for f in remaining if f.fix is not None and (f.fix.safe or unsafe)]
    assert_spans_round_trip(fixed, remaining)


@given(any_document, st.data())
def test_ignoring_a_rule_removes_exactly_its_findings(rules, document, data):
    path, text = document
    findings = lint(text, path, rules)
    if not findings:
        return
    ignored = data.draw(st.sampled_from(sorted({f.rule for f in findings})))
    # Rules deferring to the ignored one may now report, and a suppression comment naming no
    # rule may become unused: those are not the ignored rule's findings.
    ignored_rule = next(r for r in rules if r.id == ignored)
    affected = {r.id for r in rules if gives_way_to(ignored_rule, r.defer_to)} | {UNUSED_RULE}
    remaining = lint(text, path, [r for r in rules if r.id != ignored])
    expected = [f for f in findings if f.rule != ignored and f.rule not in affected]
    assert as_dicts([f for f in remaining if f.rule not in affected]) == as_dicts(expected)


@given(jsonl_text)
def test_dataset_records_round_trip_and_never_raise(rules, tmp_path_factory, content):
    path = tmp_path_factory.mktemp("jsonl") / "a.jsonl"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    for record in records(str(path), "a.jsonl", "text", "id"):
        if isinstance(record, InputError):
            assert "\n" not in str(record)
            continue
        findings = lint(record.text, "a.jsonl", rules)
        assert_spans_round_trip(record.text, findings)

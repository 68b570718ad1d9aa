"""Helpers shared by the rule-kind tests: lint a text with given rules and list findings."""

from __future__ import annotations

from newslint.document.model import Document
from newslint.linting.lint import lint_document


def findings(rule, text: str):
    result = lint_document(Document(text, "t.txt"), [rule])
    assert result.errors == []
    return result.findings


def found(rule, text: str) -> list[tuple]:
    """(line, column, end_column, match, suggestions) of every finding."""
    return [(f.line, f.column, f.end_column, f.match, f.suggestions) for f in findings(rule, text)]

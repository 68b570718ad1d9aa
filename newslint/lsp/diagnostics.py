"""Findings as LSP diagnostics: severity mapped, `code` the rule id, `source` "newslint",
`codeDescription` the rule's page, and in `data` what the code actions need (the fix as
text edits in the client's position encoding, the word a typo finding is on)."""

from __future__ import annotations

from lsprotocol.types import (
    CodeDescription,
    Diagnostic,
    DiagnosticSeverity,
    DiagnosticTag,
    Position,
    Range,
)

from newslint.errors import NewslintError
from newslint.findings import Finding, Fix
from newslint.lsp.linting import Linted
from newslint.lsp.positions import LineIndex
from newslint.ruleset.paths import builtin_rules_dir
from newslint.ruleset.rule import Rule

SOURCE = "newslint"
SEVERITY = {
    "error": DiagnosticSeverity.Error,
    "warning": DiagnosticSeverity.Warning,
    "info": DiagnosticSeverity.Information,
}
RULES_PAGE = "https://github.com/newslint/newslint/blob/main/docs/rules.md"
# Leftover interface text is not part of the article: editors fade it out.
FADED_CATEGORIES = ("boilerplate",)
# Findings whose word the "add to the vocabulary" action accepts.
VOCABULARY_CATEGORIES = ("typo",)


def diagnostics(linted: Linted, index: LineIndex) -> list[Diagnostic]:
    """The diagnostics of a linted document: one per finding, then one per error."""
    found = [finding_diagnostic(f, linted.rules.get(f.rule), index) for f in linted.findings]
    return found + [error_diagnostic(err, linted.name, index) for err in linted.errors]


def finding_diagnostic(finding: Finding, rule: Rule | None, index: LineIndex) -> Diagnostic:
    data: dict = {"rule": finding.rule, "fix": fix_data(finding.fix, index)}
    if finding.category in VOCABULARY_CATEGORIES:
        data["word"] = finding.match
    page = rule_page(rule)
    return Diagnostic(
        range=index.range(finding.line, finding.column, finding.end_line, finding.end_column),
        message=finding.message,
        severity=SEVERITY[finding.severity],
        code=finding.rule,
        code_description=CodeDescription(href=page) if page else None,
        source=SOURCE,
        tags=[DiagnosticTag.Unnecessary] if finding.category in FADED_CATEGORIES else None,
        data=data,
    )


def fix_data(fix: Fix | None, index: LineIndex) -> dict | None:
    """A fix as plain JSON: whether it is safe, and its edits as LSP TextEdits."""
    if fix is None:
        return None
    edits = []
    for edit in fix.edits:
        span = index.range(edit.line, edit.column, edit.end_line, edit.end_column)
        edits.append({"range": _plain(span), "newText": edit.content})
    return {"safe": fix.safe, "edits": edits}


def _plain(span: Range) -> dict:
    return {
        "start": {"line": span.start.line, "character": span.start.character},
        "end": {"line": span.end.line, "character": span.end.character},
    }


def rule_page(rule: Rule | None) -> str | None:
    """The rule's own link, else its entry in the built-in rules' reference."""
    if rule is None:
        return None
    if rule.link:
        return rule.link
    if rule.source.startswith(str(builtin_rules_dir())):
        return f"{RULES_PAGE}#{rule.id.replace('.', '').lower()}"  # GitHub's heading anchor
    return None


def error_diagnostic(err: NewslintError, name: str, index: LineIndex) -> Diagnostic:
    """An error as a diagnostic: at its place in this document, else on its first line."""
    here = err.path in (None, name) and err.line is not None
    start = index.position(err.line or 1, err.column or 1) if here else Position(0, 0)
    where = "" if here or not err.path else f"{err.where}: "
    return Diagnostic(
        range=Range(start=start, end=start),
        message=f"{where}{' '.join(err.message.split())}",
        severity=DiagnosticSeverity.Error,
        source=SOURCE,
    )

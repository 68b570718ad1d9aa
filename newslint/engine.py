"""Running rules over a document: findings located, filtered by the accept vocabulary and
suppression comments, sorted. A rule that fails (a regex over its time limit) is reported
once as an error and the other rules still run."""

from __future__ import annotations

from dataclasses import dataclass, field

from newslint import matcher, suppress
from newslint.document import Document
from newslint.errors import RuleError
from newslint.findings import Finding


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)


def lint_document(
    doc: Document,
    rules,
    accept: frozenset[str] = frozenset(),
    timeout: float = matcher.REGEX_TIMEOUT,
) -> LintResult:
    result = LintResult()
    findings: list[Finding] = []
    for rule in rules:
        try:
            with matcher.time_limit(timeout):
                findings.extend(rule.check(doc))
        except matcher.MatchTimeout as err:
            result.errors.append(RuleError(f"rule {rule.id} stopped: {err}", doc.path))
    if accept:
        findings = [f for f in findings if f.match.casefold() not in accept]
    for finding in findings:
        finding.locate(doc)
    findings = suppress.apply(doc, findings, rules)
    result.findings = sorted(findings, key=Finding.sort_key)
    return result

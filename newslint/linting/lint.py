"""Running rules over a document: findings located, filtered by the accept vocabulary and
suppression comments, given way where a rule defers to another (`defer_to`), their fixes
checked for safety (`fix_safety`), sorted. A rule that fails (a regex over its time limit)
is reported once as an error and the other rules still run."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from newslint.document import segment
from newslint.document.model import Document
from newslint.document.segment import Span
from newslint.errors import RuleError
from newslint.findings import Finding
from newslint.kinds import regex_search
from newslint.linting import fix_safety, suppression
from newslint.linting.timings import AFTER_RULES, Timings, stage

TIMEOUT_CHARACTERS = 1_000_000  # the time limit is per rule and per million characters


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)


def lint_document(
    doc: Document,
    rules,
    accept: frozenset[str] = frozenset(),
    timeout: float = regex_search.REGEX_TIMEOUT,
    timings: Timings | None = None,
) -> LintResult:
    """The findings of `rules` on `doc`; with `timings`, each rule's time and the time of
    what follows the rules are added there."""
    result = LintResult()
    findings: list[Finding] = []
    # The limit is there for patterns that backtrack without end, not for long texts: it
    # grows with the text, so a 10 MB document gets ten times a 1 MB one's.
    limit = timeout * max(1.0, len(doc.text) / TIMEOUT_CHARACTERS)
    for rule in rules:
        if timings is not None:
            started, parts = time.perf_counter(), doc.part_seconds
        try:
            with regex_search.time_limit(limit):
                findings.extend(rule.check(doc))
        except regex_search.MatchTimeout as err:
            result.errors.append(RuleError(f"rule {rule.id} stopped: {err}", doc.path))
        if timings is not None:
            timings.rule(rule.id, time.perf_counter() - started, doc.part_seconds - parts)
    with stage(timings, AFTER_RULES):
        if accept:
            findings = [f for f in findings if f.match.casefold() not in accept]
        findings = suppression.apply(doc, findings, rules)
        if findings:  # most documents have none: nothing to give way, downgrade or place
            findings = _deferred(findings, rules)
            fix_languages = {rule.id: rule.fix_languages for rule in rules if rule.fix_languages}
            fix_safety.downgrade(doc, findings, fix_languages)  # before fixes are applied
            for finding in findings:  # only the findings that are reported need their place
                finding.locate(doc)
            result.findings = sorted(findings, key=Finding.sort_key)
    return result


def gives_way_to(rule, targets: tuple[str, ...]) -> bool:
    """Whether `rule` is one of `targets`: rule ids, or categories ("boilerplate" names
    every rule of that category)."""
    return rule.id in targets or rule.category in targets


def _deferred(findings: list[Finding], rules) -> list[Finding]:
    """The findings without those of a rule that defers to other rules (by id or category)
    reporting text that overlaps theirs (after suppression: a suppressed finding is not
    reported, so the deferring rule's stands)."""
    deferring = {rule.id: rule.defer_to for rule in rules if rule.defer_to}
    if not deferring:
        return findings
    by_id = {rule.id: rule for rule in rules}
    spans: dict[str, list[Span]] = {}
    for finding in findings:
        spans.setdefault(finding.rule, []).append(Span(finding.start, finding.end))
    # For each deferring rule that reported something, the text its targets report, merged
    # for a binary search.
    reported = {
        rule_id: segment.union(
            span
            for other, found in spans.items()
            if other != rule_id and other in by_id and gives_way_to(by_id[other], targets)
            for span in found
        )
        for rule_id, targets in deferring.items()
        if rule_id in spans
    }
    return [
        f
        for f in findings
        if f.rule not in deferring or segment.outside(reported[f.rule], f.start, f.end)
    ]

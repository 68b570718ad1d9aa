"""Suppression comments, in any text format:

    <!-- newslint-disable RULE[, RULE] -->  ...  <!-- newslint-enable [RULE, ...] -->
    <!-- newslint-disable-next-line [RULE, ...] -->

Without rules they apply to all rules. Rules are selectors (id, id prefix or category). A
suppression that silences nothing is itself reported (`meta.unused-suppression`, info).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newslint.findings import Finding
from newslint.rules import META_CATEGORY
from newslint.selectors import matches

COMMENT = regex.compile(
    r"<!--\s*newslint-(?P<action>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->")
UNUSED_RULE = "meta.unused-suppression"


@dataclass
class Suppression:
    start: int  # offsets of the region it silences
    end: int
    selectors: tuple[str, ...]  # empty: all rules
    comment_start: int
    comment_end: int
    used: bool = field(default=False)

    def covers(self, finding: Finding) -> bool:
        return (self.start <= finding.start < self.end
                and (not self.selectors
                     or any(matches(s, finding.rule, finding.category) for s in self.selectors)))


def parse(doc) -> tuple[list[Suppression], list[tuple[int, int]]]:
    """The suppressions of a document, and the spans of every newslint comment."""
    suppressions: list[Suppression] = []
    open_ranges: list[Suppression] = []
    comments = []
    for comment in COMMENT.finditer(doc.text):
        comments.append((comment.start(), comment.end()))
        action = comment.group("action")
        selectors = tuple(s.strip() for s in comment.group("rules").split(",") if s.strip())
        if action == "disable-next-line":
            line, _ = doc.position(comment.end())
            if line < len(doc.lines):
                following = doc.lines[line]  # 0-based index of the next line
                suppressions.append(Suppression(following.start, following.end + 1, selectors,
                                                comment.start(), comment.end()))
        elif action == "disable":
            region = Suppression(comment.end(), len(doc.text), selectors,
                                 comment.start(), comment.end())
            suppressions.append(region)
            open_ranges.append(region)
        else:
            _close(open_ranges, selectors, comment.start())
    return suppressions, comments


def _close(open_ranges: list[Suppression], selectors: tuple[str, ...], at: int) -> None:
    """An enable closes the open disables it names (all of them when it names none)."""
    for region in list(open_ranges):
        if not selectors or set(region.selectors) & set(selectors) or not region.selectors:
            region.end = at
            open_ranges.remove(region)


def apply(doc, findings: list[Finding], rules) -> list[Finding]:
    """Drop silenced findings; report suppressions that silenced nothing (among `rules`)."""
    suppressions, comments = parse(doc)
    if not comments:
        return findings
    kept = []
    for finding in findings:
        if any(start <= finding.start < end or finding.start <= start < finding.end
               for start, end in comments):
            continue  # the comment's own text is not prose
        silencing = [s for s in suppressions if s.covers(finding)]
        for suppression in silencing:
            suppression.used = True
        if not silencing:
            kept.append(finding)
    kept += [_unused(doc, s) for s in suppressions if not s.used and _names_active(s, rules)]
    return kept


def _names_active(suppression: Suppression, rules) -> bool:
    """Only a suppression of rules that run can be unused; others may be for another config."""
    return not suppression.selectors or any(
        matches(s, rule.id, rule.category) for s in suppression.selectors for rule in rules)


def _unused(doc, suppression: Suppression) -> Finding:
    match = doc.text[suppression.comment_start:suppression.comment_end]
    return Finding(UNUSED_RULE, META_CATEGORY, "info",
                   "Unused suppression: no finding here matches it", suppression.comment_start,
                   suppression.comment_end, match).locate(doc)

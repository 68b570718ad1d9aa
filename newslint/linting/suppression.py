"""Suppression comments, in any text format:

    <!-- newslint-disable RULE[, RULE] -->  ...  <!-- newslint-enable [RULE, ...] -->
    <!-- newslint-disable-next-line [RULE, ...] -->

Without rules they apply to all rules. Rules are selectors (id, id prefix or category); an
enable that names rules turns only those back on. A suppression that silences nothing is
itself reported (`meta.unused-suppression`, info).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newslint.findings import Finding
from newslint.input.suppression_syntax import COMMENT
from newslint.ruleset.meta_rules import UNUSED_RULE
from newslint.ruleset.rule import Rule
from newslint.ruleset.selectors import matches


@dataclass
class Suppression:
    start: int  # offsets of the region it silences
    end: int
    selectors: tuple[str, ...]  # empty: all rules
    comment_start: int  # the comment that made it (one disable may give several regions)
    comment_end: int
    excluded: tuple[str, ...] = ()  # rules an enable comment turned back on
    used: bool = field(default=False)

    def covers(self, finding: Finding) -> bool:
        return (
            self.start <= finding.start < self.end
            and (not self.selectors or _selected(self.selectors, finding))
            and not _selected(self.excluded, finding)
        )


def _selected(selectors: tuple[str, ...], finding: Finding) -> bool:
    return any(matches(s, finding.rule, finding.category) for s in selectors)


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
                suppressions.append(
                    Suppression(
                        following.start,
                        following.end + 1,
                        selectors,
                        comment.start(),
                        comment.end(),
                    )
                )
        elif action == "disable":
            region = Suppression(
                comment.end(), len(doc.text), selectors, comment.start(), comment.end()
            )
            suppressions.append(region)
            open_ranges.append(region)
        else:
            rest = _enable(open_ranges, selectors, comment.start(), comment.end())
            suppressions += rest
            open_ranges += rest
    return suppressions, comments


def _enable(
    open_ranges: list[Suppression], selectors: tuple[str, ...], start: int, end: int
) -> list[Suppression]:
    """An enable ends the open disables at `start`. One that names rules ends only those: a
    disable that also covers other rules goes on after the comment, minus the rules named.
    Returns those continuations."""
    rest = []
    for region in list(open_ranges):
        open_ranges.remove(region)
        region_end, region.end = region.end, start
        if selectors and not _all_named(region.selectors, selectors):
            rest.append(
                Suppression(
                    end,
                    region_end,
                    region.selectors,
                    region.comment_start,
                    region.comment_end,
                    region.excluded + selectors,
                )
            )
    return rest


def _all_named(disabled: tuple[str, ...], enabled: tuple[str, ...]) -> bool:
    """Whether every rule `disabled` selects is one `enabled` selects (by id or id prefix)."""
    return bool(disabled) and all(
        any(e in ("all", d) or d.startswith(e + ".") for e in enabled) for d in disabled
    )


def apply(doc, findings: list[Finding], rules) -> list[Finding]:
    """Drop silenced findings; report suppressions that silenced nothing when `rules` holds
    UNUSED_SUPPRESSION (only suppressions naming one of `rules` can be unused)."""
    suppressions, comments = parse(doc)
    if not comments:
        return findings
    kept = []
    for finding in findings:
        if any(
            start <= finding.start < end or finding.start <= start < finding.end
            for start, end in comments
        ):
            continue  # the comment's own text is not prose
        silencing = [s for s in suppressions if s.covers(finding)]
        for suppression in silencing:
            suppression.used = True
        if not silencing:
            kept.append(finding)
    reporter = next((rule for rule in rules if rule.id == UNUSED_RULE), None)
    if reporter is None:
        return kept
    used = {s.comment_start for s in suppressions if s.used}
    unused = {
        s.comment_start: s
        for s in suppressions
        if s.comment_start not in used and _names_active(s, rules)
    }
    return kept + [_unused(doc, s, reporter) for s in unused.values()]


def _names_active(suppression: Suppression, rules) -> bool:
    """Only a suppression of rules that run can be unused; others may be for another config."""
    return not suppression.selectors or any(
        matches(s, rule.id, rule.category) for s in suppression.selectors for rule in rules
    )


def _unused(doc, suppression: Suppression, rule: Rule) -> Finding:
    return rule.finding(suppression.comment_start, suppression.comment_end, doc.text)

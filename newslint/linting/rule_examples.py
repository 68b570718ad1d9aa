"""Running the examples every rule carries: each `bad` example must give exactly the findings
it marks (`<marker>...</marker>` around each reported span, and the message and first
suggestion when it gives them; see newslint.ruleset.examples), `good` none, and each `fix`
must turn `before` into exactly `after`. A bad example with no marker (allowed in user packs)
passes when the rule reports anything in it. Examples are plain text unless the rule's
examples say `format: markdown` or `format: html`; then that format's reader reads them, as it
reads such files, after the markers are removed. A rule that judges a record among the
others of its dataset (`recurring-lines`) gives `records`: each example is read as one more
record of a dataset of those records, all of one source."""

from __future__ import annotations

from newslint.config.keys import REGEX_TIMEOUT
from newslint.document.line_counts import MIN_WIDTH, LineCounts
from newslint.document.model import Document
from newslint.input.formats import reader_of
from newslint.linting.fixes import fix_passes
from newslint.linting.lint import LintResult, lint_document
from newslint.ruleset.examples import BadExample, bad_example, line_column

EXAMPLE_PATH = "<example>"


def example_problems(rule, timeout: float = REGEX_TIMEOUT) -> list[str]:
    problems = []
    examples = rule.examples
    reader = reader_of(examples.get("format", "text"), EXAMPLE_PATH)
    if not examples.get("bad") or not examples.get("good"):
        problems.append(f"{rule.id}: needs at least one bad and one good example")

    def findings(doc: Document):
        result = lint_document(doc, [rule], timeout=timeout)
        # A rule that fails (a regex over its time limit) finds nothing: that is no pass.
        problems.extend(
            f"{rule.id}: {error.message} on example {doc.original!r}" for error in result.errors
        )
        return result.findings

    def findings_in(text: str):
        return findings(Document(text, EXAMPLE_PATH, reader, source_lines=among_records(text)))

    def among_records(text: str):
        if "records" not in examples:
            return None
        counts = LineCounts(MIN_WIDTH)
        for record in [*examples["records"], text]:
            counts.add_record("", record)
        return counts.of_source("")

    for number, item in enumerate(examples.get("bad", []), 1):
        example = bad_example(item)
        found = [f for f in findings_in(example.text) if f.rule == rule.id]
        if not example.pinned:
            if not found:
                problems.append(f"{rule.id}: bad example gave no finding: {example.text!r}")
            continue
        if mismatches := _mismatches(example, found):
            problems.append(f"{rule.id}: bad example {number} " + "; ".join(mismatches))
    for text in examples.get("good", []):
        found = [f for f in findings_in(text) if f.rule == rule.id]
        if found:
            problems.append(
                f"{rule.id}: good example gave {len(found)} finding(s) "
                f"({found[0].match!r}): {text!r}"
            )
    for case in examples.get("fix", []):
        lines = among_records(case["before"])  # counted before the fix, as in a dataset
        after, _, _ = fix_passes(
            case["before"],
            lambda text, lines=lines: Document(text, EXAMPLE_PATH, reader, source_lines=lines),
            lambda doc: LintResult(findings(doc)),
            unsafe=True,
        )
        if after != case["after"]:
            problems.append(
                f"{rule.id}: fix of {case['before']!r} gave {after!r}, expected {case['after']!r}"
            )
    return problems


def _mismatches(example: BadExample, found: list) -> list[str]:
    """What differs between the spans an example marks (and the message and suggestion it
    expects) and the rule's findings in it, one clause each; [] when they agree."""
    text = example.text
    expected = {
        (*line_column(text, start), *line_column(text, end)): text[start:end]
        for start, end in example.spans
    }

    def where(place) -> str:
        return f"{place[0]}:{place[1]}-{place[2]}:{place[3]}"

    def place_of(finding) -> tuple[int, int, int, int]:
        return finding.line, finding.column, finding.end_line, finding.end_column

    clauses = []
    unmatched = [f for f in found if place_of(f) not in expected]
    matched = {place_of(f) for f in found} & set(expected)
    for place, match in expected.items():
        if place in matched:
            continue
        near = [f for f in unmatched if _overlap(place_of(f), place)]
        got = ", ".join(f"{f.match!r} at {where(place_of(f))}" for f in near) or "nothing"
        clauses.append(f"expected {match!r} at {where(place)}, found {got}")
        unmatched = [f for f in unmatched if f not in near]
    clauses += [
        f"found {f.match!r} at {where(place_of(f))} outside the marked spans" for f in unmatched
    ]
    for finding in found:
        if place_of(finding) not in matched:
            continue
        if example.message is not None and finding.message != example.message:
            clauses.append(
                f"message at {where(place_of(finding))} is {finding.message!r}, "
                f"expected {example.message!r}"
            )
        first = finding.suggestions[0] if finding.suggestions else None
        if example.suggestion is not None and first != example.suggestion:
            clauses.append(
                f"suggestion at {where(place_of(finding))} is {first!r}, "
                f"expected {example.suggestion!r}"
            )
    return clauses


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether two (line, column, end line, end column) spans share text or start together."""
    return a[:2] == b[:2] or (a[:2] < b[2:] and b[:2] < a[2:])

"""Running the examples every rule carries: `bad` must give a finding of the rule, `good`
none, and each `fix` must turn `before` into exactly `after`. Examples are plain text unless
the rule's examples say `format: markdown` or `format: html`; then that format's reader
reads them, as it reads such files."""

from __future__ import annotations

from newslint.document.model import Document
from newslint.input.formats import reader_of
from newslint.kinds.matching import REGEX_TIMEOUT
from newslint.linting.fixes import fix_until_stable
from newslint.linting.lint import lint_document

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
        return findings(Document(text, EXAMPLE_PATH, reader))

    for text in examples.get("bad", []):
        if not any(f.rule == rule.id for f in findings_in(text)):
            problems.append(f"{rule.id}: bad example gave no finding: {text!r}")
    for text in examples.get("good", []):
        found = [f for f in findings_in(text) if f.rule == rule.id]
        if found:
            problems.append(
                f"{rule.id}: good example gave {len(found)} finding(s) "
                f"({found[0].match!r}): {text!r}"
            )
    for case in examples.get("fix", []):
        after, _ = fix_until_stable(
            case["before"], EXAMPLE_PATH, findings, unsafe=True, reader=reader
        )
        if after != case["after"]:
            problems.append(
                f"{rule.id}: fix of {case['before']!r} gave {after!r}, expected {case['after']!r}"
            )
    return problems

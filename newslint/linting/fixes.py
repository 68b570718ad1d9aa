"""Applying fixes: non-overlapping edits per pass, re-lint until stable, atomic writes.

Edits are made on the text as read (through the document's offset map), so line endings,
encoding and BOM stay as they were.
"""

from __future__ import annotations

from newslint.document.model import Document
from newslint.findings import Edit, Finding
from newslint.linting.lint import LintResult

MAX_PASSES = 10


def applicable(findings: list[Finding], unsafe: bool) -> list[Edit]:
    """Edits of the fixes allowed, skipping any that overlap an earlier one (next pass)."""
    chosen: list[Edit] = []
    last_end = -1
    fixes = [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
    for fix in sorted(fixes, key=lambda fx: (fx.edits[0].start, fx.edits[-1].end)):
        if fix.edits[0].start < last_end or (
            fix.edits[0].start == last_end
            and chosen
            and chosen[-1].start == chosen[-1].end == last_end
        ):
            continue
        chosen.extend(fix.edits)
        last_end = max(edit.end for edit in fix.edits)
    return chosen


def apply_edits(doc: Document, edits: list[Edit]) -> str:
    """The text as read with the edits made; edit offsets are in the document's text (only
    edits with an original range reach here: `Finding.locate` drops the others)."""
    text = doc.original
    newline = "\r\n" if "\r\n" in text else "\n"
    parts, last = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        found = doc.original_range(edit.start, edit.end)
        assert found is not None  # `Finding.locate` drops the edits without one
        start, end = found
        parts.append(text[last:start])
        parts.append(edit.content.replace("\n", newline) if newline != "\n" else edit.content)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def fix_until_stable(text: str, path: str, lint, unsafe: bool, reader=None) -> tuple[str, int]:
    """Lint and fix repeatedly (at most MAX_PASSES); returns the new text and edits applied.
    `lint(doc)` returns the findings of a document; `reader` is its format's (Document)."""
    text, applied, _ = fix_passes(
        text, lambda t: Document(t, path, reader), lambda doc: LintResult(lint(doc)), unsafe
    )
    return text, applied


def fix_passes(text: str, make_doc, lint, unsafe: bool, first=None):
    """`fix_until_stable` for a caller that keeps what the passes linted: `lint(doc)`
    returns a LintResult, `first` is (doc, result) for `text` when the caller linted it
    already. Returns the new text, the edits applied, and (doc, result) of the new text, or
    None when the passes ran out before linting it."""
    applied = 0
    last = first
    for _ in range(MAX_PASSES):
        if last is None:
            doc = make_doc(text)
            last = (doc, lint(doc))
        doc, result = last
        edits = applicable(result.findings, unsafe)
        if not edits:
            return text, applied, last
        text = apply_edits(doc, edits)
        applied += len(edits)
        last = None
    return text, applied, None

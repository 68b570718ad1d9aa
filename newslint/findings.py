"""Findings and fixes: what every rule produces and every reporter consumes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

SEVERITIES = ("info", "warning", "error")  # ascending
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] (offsets into the normalised document text) by `content`."""

    start: int
    end: int
    content: str
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def located(self, doc) -> "Edit | None":
        """The edit with its position in the original file; None when no single range of
        the file stands for its span (it crosses markup), so it can never be applied."""
        if doc.original_range(self.start, self.end) is None:
            return None
        line, column = doc.location(self.start)
        end_line, end_column = doc.location(self.end, end=True)
        return replace(self, line=line, column=column, end_line=end_line, end_column=end_column)

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "content": self.content,
        }


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    safe: bool

    @property
    def applicability(self) -> str:
        return "safe" if self.safe else "unsafe"


@dataclass
class Finding:
    """One problem at one span of one document. Positions are filled in by `locate`."""

    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    match: str
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    offset: int = 0  # into the text as read (original line endings)
    record: int | None = None  # 1-based record number in a dataset file
    record_id: str | None = None  # the record's id field

    def locate(self, doc) -> "Finding":
        """Positions in the original file; `match` becomes the file's text of the span (for
        Markdown and HTML, markup inside it included). A fix that cannot be applied to the
        file as one range per edit is dropped."""
        self.path = doc.path
        self.record, self.record_id = doc.record, doc.record_id
        self.line, self.column = doc.location(self.start)
        self.end_line, self.end_column = max((self.line, self.column), doc.location(self.end, True))
        self.offset = doc.original_offset(self.start)
        self.match = doc.source_text(self.start, self.end)
        if self.fix is not None:
            located = [edit.located(doc) for edit in self.fix.edits]
            edits = tuple(edit for edit in located if edit is not None)
            self.fix = Fix(edits, self.fix.safe) if len(edits) == len(located) else None
        return self

    def sort_key(self):
        return (self.path, self.record or 0, self.start, self.end, self.rule, self.message)

    def to_dict(self) -> dict:
        data: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            **({"record": self.record, "record_id": self.record_id} if self.record else {}),
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "match": self.match,
            "suggestions": list(self.suggestions),
        }
        if self.fix is not None:
            data["fix"] = {
                "applicability": self.fix.applicability,
                "edits": [edit.to_dict() for edit in self.fix.edits],
            }
        return data

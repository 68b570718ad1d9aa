"""What a dataset run writes besides findings: the cleaned copy and the per-record report."""

from __future__ import annotations

import csv
from collections import Counter

from newslint.errors import InputError
from newslint.input.dataset import Record, is_csv
from newslint.output.atomic import AtomicFile
from newslint.output.json_lines import json_line
from newslint.output.results import leftover_characters, leftover_share


class DatasetOutputs:
    """What a dataset run writes besides findings: the cleaned copy (`--fix --output`: the
    same records with the fixed text) and the per-record report (`--report`: id, findings
    per category, share of characters flagged as leftover interface)."""

    def __init__(self, output: str | None, report: str | None, text_field: str):
        self.text_field = text_field
        self.files: list[AtomicFile] = []
        self.copy = self._open(output)
        self.report = self._open(report)
        self._csv = (
            csv.writer(self.copy.handle, lineterminator="\n")
            if self.copy is not None and output and is_csv(output)
            else None
        )
        self._header_written = False

    def _open(self, path: str | None) -> AtomicFile | None:
        if path is None:
            return None
        try:
            opened = AtomicFile(path)
        except InputError:
            self.discard()
            raise
        self.files.append(opened)
        return opened

    def record(self, record: Record, text: str, checked) -> None:
        """One record: its (fixed) text to the copy, and unless it was skipped (`checked`
        None) its figures to the report."""
        if self.copy is not None:
            self._write_copy(record, text)
        if self.report is not None and checked is not None:
            doc, findings = checked
            row = {
                "record": record.number,
                "id": record.id,
                "findings": len(findings),
                "by_category": dict(sorted(Counter(f.category for f in findings).items())),
                "characters": len(doc.text),
                "leftover_share": leftover_share(leftover_characters(findings), len(doc.text)),
            }
            self.report.handle.write(json_line(row))

    def _write_copy(self, record: Record, text: str) -> None:
        if self._csv is not None:
            header, row = record.data
            if not self._header_written:
                self._csv.writerow(header)
                self._header_written = True
            row = list(row)
            row[header.index(self.text_field)] = text
            self._csv.writerow(row)
        else:
            assert self.copy is not None  # `record` writes a copy only when there is one
            data = dict(record.data)
            data[self.text_field] = text
            self.copy.handle.write(json_line(data))

    def commit(self) -> None:
        for opened in self.files:
            opened.commit()

    def discard(self) -> None:
        for opened in self.files:
            opened.discard()

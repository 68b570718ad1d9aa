"""Datasets of articles: JSON Lines (.jsonl, .jsonl.gz) and CSV, read one record at a time.

A record's article is its text field; its id field names it in findings. A bad record (a
line that is not JSON, a row with a missing column, no text field) is reported as an
InputError at its line and the next record is read: one bad line does not stop the file.
The cleaned copy `--fix` writes goes to a new file, written atomically.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import IO, Iterator, NamedTuple

from newslint.errors import InputError
from newslint.results import leftover_characters

EXTENSIONS = (".jsonl", ".jsonl.gz", ".csv")


class Record(NamedTuple):
    number: int  # 1-based, in file order
    line: int  # the file line it starts on
    id: str | None
    text: str
    data: object  # the parsed record (dict for JSON, row list for CSV), for the cleaned copy


def is_dataset(name: str) -> bool:
    return name.lower().endswith(EXTENSIONS)


def _open(path: str, name: str) -> IO[str]:
    binary = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    if name.lower().endswith(".gz"):
        binary = gzip.GzipFile(fileobj=binary, mode="rb")
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")


def records(path: str, name: str, text_field: str, id_field: str) -> Iterator[Record | InputError]:
    """The records of a dataset file in order, and an InputError in place of each bad one.
    Opening or decoding failures end the file with one InputError."""
    try:
        handle = _open(path, name)
    except OSError as err:
        yield InputError(f"cannot read: {err.strerror or err}", name)
        return
    reader = _csv_records if _is_csv(name) else _jsonl_records
    try:
        with handle:
            yield from reader(handle, name, text_field, id_field)
    except UnicodeDecodeError as err:
        yield InputError(f"not valid UTF-8 ({err.reason}); rest of the file skipped", name)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield InputError(f"cannot read: {getattr(err, 'strerror', None) or err}", name)


def _jsonl_records(handle, name, text_field, id_field):
    number = 0
    for line_number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        number += 1
        try:
            data = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as err:
            yield InputError(f"record {number}: bad JSON: {err.msg}", name, line_number, err.colno)
            continue
        if not isinstance(data, dict):
            yield InputError(f"record {number}: not a JSON object", name, line_number)
            continue
        text = data.get(text_field)
        if not isinstance(text, str):
            problem = "no" if text is None else "a non-string"
            yield InputError(f"record {number}: {problem} {text_field!r} field", name, line_number)
            continue
        yield Record(number, line_number, _id(data.get(id_field)), text, data)


def _id(value) -> str | None:
    return None if value is None else str(value)


def _csv_records(handle, name, text_field, id_field):
    rows = csv.reader(handle)
    try:
        header = next(rows)
    except StopIteration:
        return
    except csv.Error as err:
        yield InputError(f"bad CSV: {err}", name, 1)
        return
    if text_field not in header:
        yield InputError(f"no {text_field!r} column (columns: {', '.join(header)})", name, 1)
        return
    text_at = header.index(text_field)
    id_at = header.index(id_field) if id_field in header else None
    number, line = 0, rows.line_num + 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            number += 1
            yield InputError(f"record {number}: bad CSV: {err}", name, line)
            line = rows.line_num + 1
            continue
        start, line = line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        if len(row) != len(header):
            yield InputError(
                f"record {number}: {len(row)} columns, the header has {len(header)}",
                name,
                start,
            )
            continue
        record_id = row[id_at] if id_at is not None else None
        yield Record(number, start, record_id, row[text_at], (header, row))


class _AtomicFile:
    """A text file written to a temporary file beside its path and moved into place only
    when complete, so a failed run never leaves a half-written file."""

    def __init__(self, path: str):
        self.path = Path(path)
        try:
            self._raw = tempfile.NamedTemporaryFile(
                "wb", dir=self.path.parent, prefix=f".{self.path.name}.", delete=False
            )
        except OSError as err:
            raise InputError(f"cannot write: {err.strerror or err}", path) from None
        self._gzip = gzip.GzipFile(fileobj=self._raw, mode="wb") if path.endswith(".gz") else None
        self.handle = io.TextIOWrapper(self._gzip or self._raw, encoding="utf-8", newline="")

    def commit(self) -> None:
        try:
            self.handle.close()
            self._raw.close()
            os.replace(self._raw.name, self.path)
        except OSError as err:
            self.discard()
            raise InputError(f"cannot write: {err.strerror or err}", str(self.path)) from None

    def discard(self) -> None:
        for closing in (self.handle, self._raw):
            try:
                closing.close()
            except (OSError, ValueError):
                pass
        Path(self._raw.name).unlink(missing_ok=True)


class DatasetOutputs:
    """What a dataset run writes besides findings: the cleaned copy (`--fix --output`: the
    same records with the fixed text) and the per-record report (`--report`: id, findings
    per category, share of characters flagged as leftover interface)."""

    def __init__(self, output: str | None, report: str | None, text_field: str):
        self.text_field = text_field
        self.files: list[_AtomicFile] = []
        self.copy = self._open(output)
        self.report = self._open(report)
        self._csv = (
            csv.writer(self.copy.handle, lineterminator="\n")
            if output and _is_csv(output)
            else None
        )
        self._header_written = False

    def _open(self, path: str | None) -> _AtomicFile | None:
        if path is None:
            return None
        try:
            opened = _AtomicFile(path)
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
            leftover = leftover_characters(findings)
            row = {
                "record": record.number,
                "id": record.id,
                "findings": len(findings),
                "by_category": dict(sorted(Counter(f.category for f in findings).items())),
                "characters": len(doc.text),
                "leftover_share": round(leftover / len(doc.text), 4) if doc.text else 0.0,
            }
            self.report.handle.write(json.dumps(row, ensure_ascii=False) + "\n")

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
            data = dict(record.data)
            data[self.text_field] = text
            self.copy.handle.write(json.dumps(data, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        for opened in self.files:
            opened.commit()

    def discard(self) -> None:
        for opened in self.files:
            opened.discard()


def _is_csv(name: str) -> bool:
    return name.lower().endswith(".csv")

"""Datasets of articles: JSON Lines (.jsonl, .jsonl.gz) and CSV, read one record at a time.

A record's article is its text field; its id field names it in findings, and a `lang` or
`language` field (a JSON string, a CSV column) declares its language. A bad record (a
line that is not JSON, a row with a missing column, no text field) is reported as an
InputError at its line and the next record is read: one bad line does not stop the file.
A file none of whose records has the text field is one error naming the fields they have.
The cleaned copy `--fix` writes and the per-record report are `output.dataset_outputs`.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from typing import IO, Any, Iterator, NamedTuple
from urllib.parse import urlsplit

from newslint.config.file_formats import FORMAT_EXTENSIONS
from newslint.errors import InputError


class Record(NamedTuple):
    number: int  # 1-based, in file order
    line: int  # the file line it starts on
    id: str | None
    text: str
    data: Any  # the parsed record (dict for JSON, (header, row) for CSV), for the cleaned copy
    language: str | None = None  # as the record declares it


LANGUAGE_FIELDS = ("lang", "language")


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
    reader = _csv_records if is_csv(name) else _jsonl_records
    try:
        with handle:
            yield from reader(handle, name, text_field, id_field)
    except UnicodeDecodeError as err:
        yield InputError(f"not valid UTF-8 ({err.reason}); rest of the file skipped", name)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield InputError(f"cannot read: {getattr(err, 'strerror', None) or err}", name)


def _jsonl_records(handle, name, text_field, id_field):
    number = 0
    # Records without the text field, held back until one has it: a file none of whose
    # records has it is one error naming the fields they have, not one error a record.
    missing: list[tuple[int, int]] = []
    fields: dict[str, None] = {}
    has_field = False
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
        if text_field not in data and not has_field:
            missing.append((number, line_number))
            fields.update(dict.fromkeys(data))
            continue
        if not has_field:
            has_field = True
            for held_number, held_line in missing:
                yield _no_text(held_number, text_field, name, held_line)
            missing.clear()
        text = data.get(text_field)
        if not isinstance(text, str):
            if text_field in data:
                message = f"record {number}: a non-string {text_field!r} field"
                yield InputError(message, name, line_number)
            else:
                yield _no_text(number, text_field, name, line_number)
            continue
        yield Record(
            number, line_number, _id(data.get(id_field)), text, data, declared_language(data)
        )
    if missing:
        some = "its record" if len(missing) == 1 else f"any of its {len(missing)} records"
        yield InputError(
            f"no {text_field!r} field in {some} (fields: {', '.join(fields) or 'none'}; "
            "--text-field names the one to check)",
            name,
            missing[0][1],
        )


def _no_text(number: int, text_field: str, name: str, line: int) -> InputError:
    return InputError(f"record {number}: no {text_field!r} field", name, line)


def declared_language(data: dict) -> str | None:
    """The language a JSON record declares in its `lang` or `language` field."""
    return next((v for f in LANGUAGE_FIELDS if isinstance(v := data.get(f), str)), None)


def source_of(data, record_id: str | None, field: str, separator: str) -> str:
    """The source (a site) a record (its `Record.data`, or a dict) comes from: its `field`,
    else its id up to `separator`, else "" (the dataset's one source). A web address names
    its host."""
    if isinstance(data, dict):
        value = data.get(field)
    else:
        header, row = data
        value = row[header.index(field)] if field in header else None
    if value is not None and str(value).strip():
        return _host(str(value).strip())
    if record_id and separator and separator in record_id:
        return _host(record_id) if "://" in record_id else record_id.split(separator, 1)[0]
    return ""


def _host(name: str) -> str:
    """A web address's host without `www.`; any other name as it is."""
    if "://" not in name:
        return name
    try:
        host = urlsplit(name).hostname or name
    except ValueError:  # a malformed address ("http://[x"): the name as written
        return name
    return host.removeprefix("www.")


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
    language_at = next((header.index(f) for f in LANGUAGE_FIELDS if f in header), None)
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
        language = row[language_at] if language_at is not None else None
        yield Record(number, start, record_id, row[text_at], (header, row), language)


def is_csv(name: str) -> bool:
    return name.lower().endswith(FORMAT_EXTENSIONS["csv"])

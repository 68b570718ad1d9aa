"""Labelled documents: what a model learns from.

JSON Lines (gzip-compressed when the name ends in `.gz`), one document a line, its lines in
order so that a line's neighbours are its context:

    {"site": "example.com", "source": "zyte", "lines": [
        {"text": "Share this article", "label": "leftover"},
        {"text": "The council voted on Monday to close the library.", "label": "content"}]}

`label` is `leftover` (interface text: should be reported), `content` (the article's: must
not be), or anything else (`meta`, `ambiguous`: a byline, a caption, a line nobody could
tell), which is context but no example. A record whose lines are not in page order
(`"ordered": false`: snippets gathered from a page) has no context to learn from and is
left out. `site` keeps a site's pages together in
cross-validation (pages of one site share their furniture: a model must be judged on sites
it did not see); a record without one is its own group.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from newslint.errors import InputError

Parsed = TypeVar("Parsed")

POSITIVE, NEGATIVE = "leftover", "content"


@dataclass(frozen=True)
class LabelledDocument:
    group: str
    source: str
    lines: tuple[str, ...]
    labels: tuple[str, ...]
    ordered: bool = True


def read_labelled(path: Path) -> list[LabelledDocument]:
    """The documents of a labelled file; a line that is not one is an InputError naming the
    file and the line."""
    return read_records(path, _document)


def read_records(path: Path, parse: Callable[[Any, str], Parsed]) -> list[Parsed]:
    """`parse(record, "file:line")` of each record of a JSON Lines file (gzip-compressed when
    it ends in `.gz`); a line that is not JSON is an InputError naming the file and line."""
    opener = gzip.open if path.suffix == ".gz" else open
    records = []
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    records.append(parse(json.loads(line), f"{path}:{number}"))
    except (OSError, EOFError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read it: {err}") from None
    except json.JSONDecodeError as err:
        raise InputError(f"{path}:{number}: not JSON: {err.msg}") from None
    return records


def _document(record, where: str) -> LabelledDocument:
    lines = record.get("lines") if isinstance(record, dict) else None
    if not isinstance(lines, list) or not all(
        isinstance(line, dict) and isinstance(line.get("text"), str) for line in lines
    ):
        raise InputError(f"{where}: a record needs `lines`, a list of {{text, label}} objects")
    group = record.get("site") or f"{record.get('source', '')}/{record.get('page', where)}"
    return LabelledDocument(
        group=str(group),
        source=str(record.get("source", "")),
        lines=tuple(" ".join(line["text"].split()) for line in lines),
        labels=tuple(str(line.get("label", "")) for line in lines),
        ordered=record.get("ordered", True) is not False,
    )

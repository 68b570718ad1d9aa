"""Template markup read as prose: counts the findings of a `check --format json` report
that look like markup (their `match` holds `{{`, `{%`, `{:` or an HTML comment other than
newslint's) or that start inside a template tag of the file, and the report's errors.

    python -m newslint check --no-cache --format json CORPUS > /tmp/report.json
    python benchmarks/eval_templates.py /tmp/report.json

Prints counts only (no corpus text)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

TAG = regex.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{:[^}\n]*\}|<!--(?!\s*newslint-).*?-->", regex.S)
MARKUP = ("{{", "{%", "{:")


def main(report_path: str) -> None:
    report = json.loads(Path(report_path).read_text())
    tags: dict[str, list[tuple[int, int]]] = {}
    looks, inside = 0, 0
    for finding in report["findings"]:
        match = finding["match"]
        if any(mark in match for mark in MARKUP) or regex.search(r"<!--(?!\s*newslint-)", match):
            looks += 1
        path = finding["path"]
        if path not in tags:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
            tags[path] = [found.span() for found in TAG.finditer(text.replace("\r\n", "\n"))]
        offset = finding["offset"]
        if any(start < offset < end for start, end in tags[path]):
            inside += 1
    print(f"findings: {len(report['findings'])}")
    print(f"match looks like markup: {looks}")
    print(f"start inside a tag: {inside}")
    print(f"errors: {len(report.get('errors', []))}")


if __name__ == "__main__":
    main(sys.argv[1])

"""jsonl: one finding per line, the same fields as in json; streams well into data tools."""

from __future__ import annotations

from newslint.output.json_lines import json_line


def render(run, options) -> str:
    return "".join(json_line(f.to_dict()) for f in run.findings)

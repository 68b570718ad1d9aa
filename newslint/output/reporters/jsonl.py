"""jsonl: one finding per line, the same fields as in json; streams well into data tools."""

from __future__ import annotations

import json


def render(run, options) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in run.findings)

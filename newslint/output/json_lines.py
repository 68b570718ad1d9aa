"""JSON Lines, as every JSON Lines file newslint writes has it: one JSON value a line,
non-ASCII text as is (the files are UTF-8)."""

from __future__ import annotations

import json
from typing import Any


def json_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) + "\n"

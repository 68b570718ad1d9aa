"""json: {"version", "findings", "summary", "errors"}: the contract tests pin."""

from __future__ import annotations

import json

from newslint.version import __version__


def render(run, options) -> str:
    return (
        json.dumps(
            {
                "version": __version__,
                "findings": [f.to_dict() for f in run.findings],
                "summary": run.summary(),
                "errors": [error_dict(e) for e in run.errors],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def error_dict(error) -> dict:
    return {
        "path": error.path,
        "line": error.line,
        "column": error.column,
        "message": error.message,
    }

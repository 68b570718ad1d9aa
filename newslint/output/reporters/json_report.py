"""json: {"version", "findings", "summary", "errors"}: the contract tests pin."""

from __future__ import annotations

import json

from newslint.version import __version__


def render(run, options) -> str:
    return json.dumps(report(run), ensure_ascii=False, indent=2) + "\n"


def report(run) -> dict:
    """The report as data (the HTTP API answers with it too)."""
    return {
        "version": __version__,
        "findings": [f.to_dict() for f in run.findings],
        "summary": run.summary(),
        "errors": [error_dict(e) for e in run.errors],
    }


def error_dict(error) -> dict:
    return {
        "path": error.path,
        "line": error.line,
        "column": error.column,
        "message": error.message,
    }

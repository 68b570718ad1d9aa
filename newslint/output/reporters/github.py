"""github: GitHub Actions workflow commands, shown as inline annotations on pull requests."""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(run, options) -> str:
    lines = []
    for f in run.findings:
        if f.record is None:
            props = (
                f"file={_escape_property(f.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_escape_property(f.rule)}"
            )
            message = f.message
        else:  # a dataset record's lines are not the file's: annotate the file
            props = f"file={_escape_property(f.path)},title={_escape_property(f.rule)}"
            named = f" ({f.record_id})" if f.record_id is not None else ""
            message = f"record {f.record}{named}, {f.line}:{f.column}: {f.message}"
        lines.append(f"::{LEVELS[f.severity]} {props}::{_escape_data(message)}")
    for error in run.errors:
        parts = []
        if error.path:
            parts.append(f"file={_escape_property(str(error.path))}")
            parts += [
                f"{name}={value}"
                for name, value in (("line", error.line), ("col", error.column))
                if value
            ]
        lines.append(
            f"::error{' ' if parts else ''}{','.join(parts)}::{_escape_data(error.message)}"
        )
    return "".join(line + "\n" for line in lines)

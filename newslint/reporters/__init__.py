"""Output formats: one module each, all rendering the same RunResult."""

from newslint.reporters import github, json_report, jsonl, sarif, text

REPORTERS = {
    "text": text.render,
    "json": json_report.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["REPORTERS"]

"""Output formats: one module each, all rendering the same RunResult with the same options."""

from dataclasses import dataclass

from newslint.output.reporters import github, json_report, jsonl, sarif, text


@dataclass(frozen=True)
class ReportOptions:
    """What a reporter is asked for besides the results (only `text` uses them today)."""

    color: bool = False
    quiet: bool = False  # findings only: no excerpts, no summary
    statistics: bool = False  # the counts per rule


REPORTERS = {
    "text": text.render,
    "json": json_report.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["REPORTERS", "ReportOptions"]

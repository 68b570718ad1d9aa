"""The Python API: lint a string or a file without the command line.

>>> from newslint import lint_text
>>> [f.rule for f in lint_text("The the vote was held.")]
['style.doubled-word']
"""

from __future__ import annotations

from pathlib import Path

from newslint.config.settings import Config, ConfigFinder, resolve_config
from newslint.document.model import Document
from newslint.errors import InputError
from newslint.findings import Finding
from newslint.input.decode import Source, decode_bytes, read_source
from newslint.input.formats import format_of, reader_for
from newslint.linting.fixes import apply_edits
from newslint.output.reporters import json_report
from newslint.output.results import RunResult
from newslint.running.check import CheckOptions, FileOutcome, Task, check_source, linter
from newslint.running.run_vocabulary import drop_vocabulary


def lint_text(
    text: str,
    path: str = "<text>",
    config: Config | str | Path | None = None,
    select=None,
    ignore=(),
) -> list[Finding]:
    """Findings of the rules `config` selects in `text`, sorted by position. The path's
    extension picks the format (Markdown, HTML; anything else is plain text)."""
    resolved = resolve_config(config, select, ignore)
    doc = Document(text, path, reader_for(path, resolved), default_language=resolved.language)
    result = linter(resolved, path)(doc)
    if result.errors:
        raise result.errors[0]
    return result.findings


def lint_file(
    path: str | Path, config: Config | str | Path | None = None, select=None, ignore=()
) -> list[Finding]:
    """Like lint_text on a file's decoded text; without `config`, the configuration found by
    walking up from the file applies."""
    path = str(path)
    if config is None:
        config = ConfigFinder().for_path(path)
    return lint_text(read_source(path).text, path, config, select, ignore)


def check_report(text: str, filename: str, config: Config | None = None) -> dict:
    """What `newslint check --format json FILENAME` prints for `text` saved (as UTF-8) under
    `filename`: the same findings, summary and errors. Without `config`, the configuration
    found by walking up from `filename` applies."""
    config = config or ConfigFinder().for_path(filename)
    run = RunResult()
    outcome = FileOutcome()
    check_source(Task(filename, filename, config), _source(text, filename), CheckOptions(), outcome)
    run.ran_rules_of(config, filename)
    run.errors.extend(outcome.errors)
    if outcome.result is not None:
        run.files.append(outcome.result)
    drop_vocabulary(run, [config.vocabulary_min_files])
    return json_report.report(run)


def fixed_text(
    text: str, filename: str, config: Config | None = None, unsafe: bool = False
) -> tuple[str, int]:
    """`text` with its fixes applied as `newslint check --fix` applies them (safe ones; unsafe
    too when asked), and the number of edits made."""
    config = config or ConfigFinder().for_path(filename)
    outcome = FileOutcome()
    options = CheckOptions(fix=True, unsafe_fixes=unsafe)
    # As standard input: the fixed text comes back in `stdout`, no file is written.
    check_source(Task("-", filename, config), _source(text, filename), options, outcome)
    if outcome.errors:
        raise outcome.errors[0]
    applied = outcome.result.fixed if outcome.result is not None else 0
    return (outcome.stdout if applied else _source(text, filename).text), applied


def fix_one(text: str, filename: str, rule: str, offset: int, config: Config | None = None) -> str:
    """`text` with the fix of one finding applied: the finding of `rule` at `offset` (as
    `check_report` gives them); InputError when no such finding has a fix."""
    config = config or ConfigFinder().for_path(filename)
    source = _source(text, filename)
    reader = reader_for(filename, config)
    doc = Document(source.text, filename, reader, default_language=config.language)
    for finding in linter(config, filename)(doc).findings:
        if finding.rule == rule and finding.offset == offset and finding.fix is not None:
            return apply_edits(doc, list(finding.fix.edits))
    raise InputError(f"no fix of {rule} at offset {offset} (has the text changed?)", filename)


def rule_info(rule) -> dict:
    """A rule as the page shows it: what it reports and why it matters (`newslint explain`)."""
    return {
        "id": rule.id,
        "category": rule.category,
        "severity": rule.severity,
        "kind": rule.kind,
        "fix": rule.fix,
        "summary": rule.summary(),
        "description": rule.description.strip(),
        "link": rule.link,
    }


def _source(text: str, filename: str) -> Source:
    """The text as the command line would read it from a UTF-8 file of that name."""
    if format_of(filename) == "dataset" or filename.lower().endswith(".gz"):
        raise InputError(
            "datasets and compressed files are checked with `newslint check`", filename
        )
    try:
        return decode_bytes(text.encode("utf-8"), filename)
    except UnicodeEncodeError as err:
        raise InputError(f"not valid Unicode text (character {err.start})", filename) from None


__all__ = [
    "lint_text",
    "lint_file",
    "check_report",
    "fixed_text",
    "fix_one",
    "rule_info",
    "resolve_config",
    "Finding",
    "Config",
]

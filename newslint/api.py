"""The Python API: lint a string or a file without the command line.

>>> from newslint import lint_text
>>> [f.rule for f in lint_text("The the vote was held.")]
['style.doubled-word']
"""

from __future__ import annotations

from pathlib import Path

from newslint.config.settings import Config, ConfigFinder, resolve_config
from newslint.document.model import Document
from newslint.findings import Finding
from newslint.input.decode import read_source
from newslint.input.formats import reader_for
from newslint.running.check import linter


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


__all__ = ["lint_text", "lint_file", "resolve_config", "Finding", "Config"]

"""An open document linted as `newslint check` lints that file: the configuration found for
its path, the reader its name's extension picks, the rules the configuration selects. Only
Markdown, plain text and HTML are read; datasets and other files are left to the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from newslint.config.file_formats import FORMAT_EXTENSIONS
from newslint.config.settings import Config, ConfigFinder
from newslint.errors import NewslintError
from newslint.findings import Finding
from newslint.ruleset.rule import Rule

EDITED_FORMATS = ("text", "markdown", "html")
# Editors' language ids for a buffer with no file name yet: the name it is read under.
UNTITLED_NAMES = {"plaintext": "untitled.txt", "markdown": "untitled.md", "html": "untitled.html"}


def checked_name(path: str | None, language_id: str | None) -> str | None:
    """The name an open document is checked under (its extension picks the reader), or None
    when newslint does not read it: a dataset, a compressed file, another extension. A buffer
    with no extension (untitled) is read by its language id."""
    name = path or ""
    lower = name.lower()
    if any(lower.endswith(ends) for kind in EDITED_FORMATS for ends in FORMAT_EXTENSIONS[kind]):
        return None if lower.endswith(".gz") else name
    if os.path.splitext(os.path.basename(name))[1]:
        return None
    untitled = UNTITLED_NAMES.get(language_id or "")
    return untitled and os.path.join(os.path.dirname(name), untitled)


@dataclass
class Linted:
    """One version of a document, linted: its findings (positions in the file), the errors
    met on the way (a broken front matter, a rule that failed) and the rules that ran."""

    text: str
    name: str
    config: Config = field(default_factory=Config)
    findings: list[Finding] = field(default_factory=list)
    errors: list[NewslintError] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    document: Any = None  # the Document checked (None when the check could not start)

    def make_document(self, text: str):
        from newslint.document.model import Document
        from newslint.input.formats import reader_for

        reader = reader_for(self.name, self.config)
        return Document(text, self.name, reader, default_language=self.config.language)

    def linter(self):
        from newslint.running.check import linter

        return linter(self.config, self.name)

    def block_line(self, finding: Finding) -> int:
        """The first line of the paragraph (or Markdown or HTML block) the finding is in."""
        doc = self.document
        for block in doc.paragraphs if doc is not None else ():
            if block.start <= finding.start < max(block.end, block.start + 1):
                return min(finding.line, doc.location(block.start)[0])
        return finding.line

    def safely_fixed(self) -> str:
        """The text with every safe fix applied, pass after pass, as `newslint check --fix`."""
        from newslint.linting.fixes import fix_passes

        fixed, _, _ = fix_passes(self.text, self.make_document, self.linter(), unsafe=False)
        return fixed


def lint(text: str, name: str, configs: ConfigFinder) -> Linted:
    """`text` checked as the file `name` with the configuration found for it; an error that
    stops the check (a broken configuration or rule file) is kept in `errors`, never raised."""
    from newslint.ruleset.selection import rules_for

    linted = Linted(text, name)
    try:
        config = linted.config = configs.for_path(name)
        linted.rules = {rule.id: rule for rule in rules_for(config, name)}
        doc = linted.document = linted.make_document(text)
        result = linted.linter()(doc)
    except NewslintError as err:
        linted.errors.append(err)
        return linted
    except Exception as err:  # a bug: reported on the document, as the command line does
        linted.errors.append(NewslintError(f"internal error: {type(err).__name__}: {err}"))
        return linted
    linted.findings = result.findings
    linted.errors = [*doc.errors, *result.errors]
    return linted

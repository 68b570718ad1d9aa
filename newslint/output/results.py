"""The outcome of a run, as every reporter receives it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from newslint.errors import NewslintError
from newslint.findings import Finding

LEFTOVER = "boilerplate"


@dataclass
class FileResult:
    """One file's findings. Only the lines findings point at are kept (for excerpts), so a
    dataset's result does not grow with its records' text."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    excerpts: dict = field(default_factory=dict)  # (record, line) -> that line's text
    characters: int = 0  # of the text the rules read
    words: int = 0  # of the same text (`Document.counted_words`)
    leftover_characters: int = 0
    fixed: int = 0  # edits applied by --fix
    languages: dict = field(default_factory=dict)  # document language -> its characters
    # The rules whose findings a run's vocabulary may drop (`running.run_vocabulary`); none
    # for datasets and standard input, which are not files of a repository.
    vocabulary_rules: tuple[str, ...] = ()
    # The stems of the file's code words that no dictionary knows (`run_vocabulary.code_terms`):
    # a term the run writes in code is no typo in its prose.
    code_terms: tuple[str, ...] = ()

    def add(self, doc, findings: list[Finding]) -> None:
        """The findings of one document (a file, or one record of a dataset)."""
        self.findings.extend(findings)
        self.characters += len(doc.text)
        self.words += doc.counted_words()
        self.leftover_characters += leftover_characters(findings)
        self.languages[doc.language] = self.languages.get(doc.language, 0) + len(doc.text)
        for f in findings:
            key = (f.record, f.line)
            if key not in self.excerpts:
                self.excerpts[key] = doc.source_line(f.line)

    @property
    def language(self) -> str | None:
        """The file's language: of most of its text, for a dataset of many records."""
        return max(self.languages, key=self.languages.__getitem__) if self.languages else None

    def document_figures(self) -> dict:
        leftover = self.leftover_characters
        return {
            "path": self.path,
            "language": self.language,
            "characters": self.characters,
            "leftover_characters": leftover,
            "leftover_share": leftover_share(leftover, self.characters),
        }


def per_thousand(count: int, words: int) -> float:
    return round(1000 * count / words, 3) if words else 0.0


def leftover_share(leftover: int, characters: int) -> float:
    """The share of a text's characters flagged as leftover interface, as every output
    reports it (to four decimals; 0.0 for an empty text)."""
    return round(leftover / characters, 4) if characters else 0.0


def leftover_characters(findings: list[Finding]) -> int:
    """Characters inside leftover-interface findings (overlaps counted once)."""
    covered, last_end = 0, 0
    spans = sorted((f.start, f.end) for f in findings if f.category == LEFTOVER)
    for start, end in spans:
        start = max(start, last_end)
        if end > start:
            covered += end - start
            last_end = end
    return covered


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[NewslintError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # (configuration's id, overrides) -> (configuration, a path they apply to), most recently
    # used last: the rule sets that ran, resolved only if a reporter asks for the rules (a run
    # answered from the result cache never loads them otherwise).
    rule_sets: dict = field(default_factory=dict)
    # Findings dropped as the run's vocabulary (words flagged in many files), and the words.
    vocabulary_dropped: int = 0
    vocabulary_words: list[str] = field(default_factory=list)
    # With a baseline: {"baselined": findings it held, "stale": its entries that matched none}.
    baseline: dict | None = None

    def ran_rules_of(self, config, path: str) -> None:
        key = (id(config), config.overrides_for(path))
        self.rule_sets.pop(key, None)
        self.rule_sets[key] = (config, path)

    @cached_property
    def rules(self) -> dict:
        """id -> Rule, every rule that ran (for a rule that ran at several severities, the
        last)."""
        from newslint.ruleset.selection import rules_for

        return {
            rule.id: rule
            for config, path in self.rule_sets.values()
            for rule in rules_for(config, path)
        }

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    def summary(self) -> dict:
        findings = self.findings
        return {
            "files": len(self.files),
            "findings": len(findings),
            "fixed": sum(r.fixed for r in self.files),
            "errors": len(self.errors),
            "by_severity": dict(sorted(Counter(f.severity for f in findings).items())),
            "by_category": dict(sorted(Counter(f.category for f in findings).items())),
            "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
            # Possible typos left out because many of the run's files have the same word.
            "vocabulary": {"dropped": self.vocabulary_dropped, "words": self.vocabulary_words},
            # Per document, for corpus cleaning: how much of it is leftover interface text.
            "documents": [result.document_figures() for result in self.files],
        } | ({"baseline": self.baseline} if self.baseline is not None else {})

"""The result cache: a file checked before, unchanged since, with unchanged rules and
configuration, is not checked again; its findings are read back.

A result is keyed by the file's content digest and by the rule set's key: a hash of the
newslint version and code, the versions of the libraries that shape results, every rule file
that applies with every data file it names, and the configuration values that change what is
found (every key `config.keys.KEYS` does not mark as leaving findings unchanged).

One index file per working folder holds every entry (reading one file is far cheaper than
10,000): marshal with a checksum, written atomically, once per run and only when something
changed. A damaged or foreign index is ignored and rebuilt. A file whose size, modification
time and inode are those recorded is taken as unchanged without being read; otherwise its
content is hashed. A stamp recorded less than two seconds after the file was modified is not
trusted (the file may change again within the same clock tick), so that file is hashed on
the next run.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import fields, replace
from functools import lru_cache
from pathlib import Path

from newslint.config.keys import findings_settings
from newslint.config.settings import Config
from newslint.disk_cache import code_stamp, package_stamp, read_entry, write_entry
from newslint.errors import RuleError
from newslint.findings import Edit, Finding, Fix
from newslint.output.results import FileResult
from newslint.running.check import CheckOptions, FileOutcome, Task, file_digest, stamp
from newslint.version import __version__

INDEX_VERSION = 5
RACY_NS = 2_000_000_000
# Libraries whose data or behaviour changes findings (the dictionary, scores, parsing).
DEPENDENCIES = ("regex", "spellchecker", "textstat", "markdown_it")
FINDING_FIELDS = tuple(f.name for f in fields(Finding))


class ResultCache:
    def __init__(self, folder: Path):
        # One index per working folder: the paths it holds are as written from there.
        working = hashlib.sha256(os.path.abspath(os.getcwd()).encode()).hexdigest()
        self.path = folder / f"results-{working[:20]}.bin"
        index = read_entry(self.path)
        if not (isinstance(index, dict) and index.get("version") == INDEX_VERSION):
            index = {}
        # path -> (name, rule set key, stamp, stamp trusted, digest, outcome as plain data)
        self.entries: dict = index.get("entries", {})
        self.digests: dict = index.get("digests", {})  # rule, data files: path -> stamp, digest
        self.references: dict = index.get("references", {})  # rule file + digest -> data files
        self.changed = False
        self.now = time.time_ns()
        self._keys: dict = {}
        self._configs: list = []
        self._rule_digests: dict = {}

    # -- keys ----------------------------------------------------------------------------

    def key(self, config: Config, name: str, options: CheckOptions) -> str:
        """The rule set's key for `name` under `config` (overrides are per path)."""
        overrides = config.overrides_for(name)
        # By identity: a run's configurations are few and live as long as the run, and
        # hashing a whole Config for every file would cost more than the lookup.
        memo = (id(config), overrides, options.text_field, options.id_field)
        if memo not in self._keys:
            self._configs.append(config)  # keeps the id taken
            from newslint.ruleset.paths import rule_paths

            digest = hashlib.sha256(_environment().encode())
            for path in rule_paths(config):
                digest.update(self._rules_digest(Path(path)).encode())
            # The command line's field names stand in for the configuration's.
            effective = replace(
                config,
                text_field=options.text_field or config.text_field,
                id_field=options.id_field or config.id_field,
            )
            settings = (config.cli_select, findings_settings(effective, name))
            digest.update(repr(settings).encode())
            self._keys[memo] = digest.hexdigest()
        return self._keys[memo]

    def _rules_digest(self, path: Path) -> str:
        if path not in self._rule_digests:
            self._rule_digests[path] = self._read_rules_digest(path)
        return self._rule_digests[path]

    def _read_rules_digest(self, path: Path) -> str:
        from newslint.ruleset.paths import rule_files

        try:
            files = rule_files(path)
        except RuleError:
            return f"missing {path}\n"  # loading the rules reports it
        lines = []
        for file in files:
            digest = self._file_digest(file)
            lines.append(f"{file}\0{digest}")
            for data in self._data_files(file, digest):
                lines.append(f"{data}\0{self._file_digest(Path(data))}")
        return "\n".join(lines) + "\n"

    def _file_digest(self, path: Path) -> str | None:
        """A rule or data file's digest, read again only when its stamp changed."""
        current, known = stamp(str(path)), self.digests.get(str(path))
        if current is not None and known is not None and known[0] == current:
            return known[1]
        digest = file_digest(str(path))
        self.digests[str(path)] = (current if self._trusted(current) else None, digest)
        self.changed = True
        return digest

    def _data_files(self, rule_file: Path, digest: str | None) -> list[str]:
        """The data files a rule file names (its kinds' file-list fields), parsed once per
        version of the rule file."""
        memo = f"{rule_file}\0{digest}"
        if memo not in self.references:
            self.references[memo] = _named_data_files(rule_file)
            self.changed = True
        return self.references[memo]

    def _trusted(self, current: tuple | None) -> bool:
        return current is not None and self.now - current[1] > RACY_NS

    # -- entries ---------------------------------------------------------------------------

    def lookup(self, task: Task, key: str) -> FileOutcome | None:
        """The stored outcome of an unchanged file, or None."""
        entry = self.entries.get(os.path.abspath(task.path))
        if entry is None or entry[0] != task.name or entry[1] != key:
            return None
        name, key, recorded, trusted, digest, data = entry
        current = stamp(task.path)
        if current is None:
            return None
        if not (trusted and tuple(recorded) == current):
            if recorded[0] != current[0] or file_digest(task.path) != digest:
                return None
            self.entries[os.path.abspath(task.path)] = (
                name,
                key,
                current,
                self._trusted(current),
                digest,
                data,
            )
            self.changed = True
        return _decode(data, current, digest)

    def store(self, task: Task, key: str, outcome: FileOutcome) -> None:
        """Keep an outcome that stands for the file as it is: no errors (a rule stopped by
        its time limit may finish next time), nothing fixed, stamp and digest known."""
        if outcome.errors or outcome.stamp is None or outcome.digest is None:
            return
        if outcome.result is not None and outcome.result.fixed:
            return
        self.entries[os.path.abspath(task.path)] = (
            task.name,
            key,
            outcome.stamp,
            self._trusted(outcome.stamp),
            outcome.digest,
            _encode(outcome),
        )
        self.changed = True

    def save(self) -> None:
        if self.changed:
            index = {
                "version": INDEX_VERSION,
                "entries": self.entries,
                "digests": self.digests,
                "references": self.references,
            }
            write_entry(self.path, index)
            self.changed = False


@lru_cache(maxsize=1)
def _environment() -> str:
    """newslint's version and code (size and time of every module, so an edited checkout
    invalidates too), Python's version and the installations of the libraries results
    depend on."""
    parts = [__version__, sys.version, code_stamp()]
    parts += [package_stamp(dependency) for dependency in DEPENDENCIES]
    return "\n".join(parts)


def _named_data_files(rule_file: Path) -> list[str]:
    """Every path a rule file's file and file-list fields name, resolved as the loader
    resolves them; a rule file that does not parse names none (loading it reports the
    error)."""
    from newslint.kinds import KINDS
    from newslint.ruleset.loading import parsed_rule_file, rule_nodes

    file_fields = {
        name
        for kind in KINDS.values()
        for name, spec in kind.fields.items()
        if spec.type in ("file-list", "file")
    }
    try:
        data, _ = parsed_rule_file(rule_file)
    except RuleError:
        return []
    named = []
    for node in rule_nodes(data):
        if not isinstance(node, dict):
            continue
        for name in file_fields & set(node):
            values = node[name] if isinstance(node[name], list) else [node[name]]
            named += [str((rule_file.parent / v).resolve()) for v in values if isinstance(v, str)]
    return sorted(set(named))


# -- outcomes as plain data (marshal never runs code, unlike pickle) ----------------------


def _encode(outcome: FileOutcome) -> tuple:
    result = outcome.result
    if result is None:
        return (None, list(outcome.warnings))
    findings = [
        tuple(_encode_fix(f.fix) if name == "fix" else getattr(f, name) for name in FINDING_FIELDS)
        for f in result.findings
    ]
    excerpts = [(record, line, text) for (record, line), text in result.excerpts.items()]
    return (
        (
            result.path,
            result.characters,
            result.words,
            result.leftover_characters,
            findings,
            excerpts,
            result.languages,
            list(result.vocabulary_rules),
            list(result.code_terms),
        ),
        list(outcome.warnings),
    )


def _encode_fix(fix: Fix | None):
    if fix is None:
        return None
    return (
        fix.safe,
        [
            (e.start, e.end, e.content, e.line, e.column, e.end_line, e.end_column)
            for e in fix.edits
        ],
    )


def _decode(data: tuple, current: tuple, digest: str) -> FileOutcome:
    result_data, warnings = data
    outcome = FileOutcome(warnings=list(warnings), stamp=current, digest=digest)
    if result_data is None:
        return outcome
    path, characters, words, leftover, findings, excerpts, languages, vocabulary_rules, terms = (
        result_data
    )
    result = outcome.result = FileResult(
        path,
        characters=characters,
        words=words,
        languages=languages,
        vocabulary_rules=tuple(vocabulary_rules),
        code_terms=tuple(terms),
    )
    result.leftover_characters = leftover
    fix_index = FINDING_FIELDS.index("fix")
    for values in findings:
        values = list(values)
        fix = values[fix_index]
        if fix is not None:
            values[fix_index] = Fix(tuple(Edit(*edit) for edit in fix[1]), fix[0])
        result.findings.append(Finding(*values))
    result.excerpts = {(record, line): text for record, line, text in excerpts}
    return outcome

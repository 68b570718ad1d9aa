"""A baseline: the findings a repository already had, recorded so that a run reports only
new ones. A finding is recognised by what it is, not where it is: its rule, its file (from
the baseline file's folder), its record's id in a dataset, the text it matched and a few
words either side on its line; so moving lines or editing elsewhere keeps it baselined,
and editing what it matched makes it new. Each (file, rule, fingerprint) keeps a count:
N identical old findings in a file absorb N, and the N+1th is new."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path

from newslint.atomic_files import replacing
from newslint.errors import InputError
from newslint.findings import Finding

VERSION = 1
CONTEXT_WORDS = 2  # either side of the match: enough to tell findings apart, few to edit
SHOWN_MATCH = 60  # characters of the matched text kept in the file for a reader's diff
WORD = re.compile(r"\w+")

Key = tuple[str, str, str]  # (path from the baseline's folder, rule, fingerprint)


def fingerprint(finding: Finding, line: str | None) -> str:
    """The finding's identity apart from its file and rule: record id, matched text and the
    words around it on its line (whitespace and punctuation do not count)."""
    before, after = "", ""
    if line is not None:
        start = finding.column - 1
        end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
        before = " ".join(WORD.findall(line[:start])[-CONTEXT_WORDS:])
        after = " ".join(WORD.findall(line[end:])[:CONTEXT_WORDS])
    record = finding.record_id if finding.record_id is not None else str(finding.record or "")
    parts = (record, " ".join(finding.match.split()), before, after)
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


class Baseline:
    """The counts of one baseline file, matched against a run's findings."""

    def __init__(self, path: Path, counts: Counter, shown: dict[Key, str] | None = None):
        self.path, self.counts, self.shown = path, counts, shown or {}

    @classmethod
    def read(cls, path: Path) -> "Baseline":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["findings"]
            counts = Counter(
                {(e["path"], e["rule"], e["fingerprint"]): int(e["count"]) for e in entries}
            )
        except FileNotFoundError:
            message = "no such baseline file (write one with --write-baseline)"
            raise InputError(message, str(path)) from None
        except OSError as err:
            raise InputError(f"cannot read the baseline: {err.strerror}", str(path)) from None
        except (ValueError, TypeError, KeyError):  # UnicodeDecodeError is a ValueError
            raise InputError("not a baseline file written by --write-baseline", str(path)) from None
        return cls(path, counts)

    @classmethod
    def of_run(cls, path: Path, files) -> "Baseline":
        """The baseline recording every finding of `files` (FileResults)."""
        baseline = cls(path, Counter())
        for result, finding in _findings(files):
            key = baseline.key(finding, result)
            baseline.counts[key] += 1
            baseline.shown.setdefault(key, " ".join(finding.match.split())[:SHOWN_MATCH])
        return baseline

    def key(self, finding: Finding, result) -> Key:
        line = result.excerpts.get((finding.record, finding.line))
        return (self.relative(finding.path), finding.rule, fingerprint(finding, line))

    def relative(self, path: str) -> str:
        """A checked file's path from the baseline file's folder, "/"-separated."""
        folder = self.path.parent.absolute()
        return Path(os.path.relpath(os.path.abspath(path), folder)).as_posix()

    def write(self) -> None:
        """The file, sorted and indented so that its changes read well in a diff, replaced
        atomically."""
        entries = [
            {"path": path, "rule": rule, "fingerprint": mark, "count": count}
            | ({"match": self.shown[key]} if key in self.shown else {})
            for key, count in sorted(self.counts.items())
            for path, rule, mark in [key]
        ]
        text = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=1)
        try:
            with replacing(self.path, mode=_file_mode(self.path)) as handle:
                handle.write((text + "\n").encode("utf-8"))
        except OSError as err:
            raise InputError(f"cannot write the baseline: {err.strerror}", str(self.path)) from None

    def filter(self, files) -> tuple[int, int]:
        """Drop from `files` the findings the baseline holds (in order: the first N of a
        key); (findings dropped, entries of these files that matched nothing: stale)."""
        left = Counter(self.counts)
        checked, dropped = set(), 0
        for result in files:
            kept = []
            for finding in result.findings:
                key = self.key(finding, result)
                if left[key] > 0:
                    left[key] -= 1
                    dropped += 1
                else:
                    kept.append(finding)
            result.findings = kept
            checked.add(self.relative(result.path))
        # Entries of files this run did not check are not stale: they were not looked at.
        stale = sum(count for (path, _, _), count in left.items() if path in checked)
        return dropped, stale


def _file_mode(path: Path) -> int:
    """The baseline's permissions: kept when it is rewritten; a new one is readable as any
    new file is (the umask's), not private like the temporary file it is written as."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _findings(files):
    return ((result, finding) for result in files for finding in result.findings)

"""Changed lines: the lines of the checked files that git shows as added or changed since a
revision (working tree and index included, as `git diff REF` does), so that a run reports
only findings touching them. A file git does not track is new as a whole; a file renamed
without edits has no changed line. A finding with no span of its own (a document-wide
score, which points where the text starts) is kept when its document changed; a dataset's
finding is kept when its record's lines changed."""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter

from newslint.errors import ConfigError
from newslint.input.dataset import Record, records
from newslint.input.formats import format_of

# `@@ -a,b +c,d @@`: the new file's rows from line c on.
HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")
NEW_FILE = "+++ b/"
RENAMED = "rename to "
FILE_DIFF = re.compile(r"^diff --git ", re.MULTILINE)
BINARY = re.compile(r"^Binary files (?:a/.*|/dev/null) and b/(.*) differ$")
WHOLE = None  # a file whose every line counts as changed: untracked, or binary (.gz)


class ChangedLines:
    """The changed lines of every changed file, by real path: a set of 1-based line
    numbers, or WHOLE."""

    def __init__(self, ref: str, lines: dict[str, set[int] | None]):
        self.ref, self.lines = ref, lines

    @classmethod
    def since(cls, ref: str, paths: list[str]) -> "ChangedLines":
        files = [os.path.abspath(path) for path in paths if path != "-"]
        # git runs where the checked files are: the command may be run from elsewhere.
        where = _folder_of(files[0]) if files else os.getcwd()
        top = _git("rev-parse", "--show-toplevel", ref=ref, where=where).strip()
        verify = ("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        if _run_git(*verify, ref=ref, where=where).returncode:
            raise ConfigError(f"--changed-since: unknown git revision {ref!r}")
        pathspecs = ["--", *files]
        # The whole repository's diff: a pathspec would hide a renamed file's old name.
        diff = _git(
            "-c",
            "core.quotePath=false",
            "diff",
            "-U0",
            "--no-color",
            "--no-ext-diff",
            "-M",
            "--src-prefix=a/",
            "--dst-prefix=b/",
            ref,
            "--",
            ref=ref,
            where=where,
        )
        lines: dict[str, set[int] | None] = _parse_diff(diff, top)
        untracked = _git(
            "ls-files", "--others", "-z", "--full-name", *pathspecs, ref=ref, where=where
        )
        for name in filter(None, untracked.split("\0")):
            lines[os.path.realpath(os.path.join(top, name))] = WHOLE
        return cls(ref, lines)

    def filter(self, files, fields: list[tuple[str, str]]) -> None:
        """Drop from `files` (FileResults) the findings that touch no changed line.
        `fields`: each file's (text field, id field), to read a dataset's records' lines."""
        for result, (text_field, id_field) in zip(files, fields):
            changed = self.lines.get(os.path.realpath(result.path), set())
            if changed is WHOLE:
                continue
            if not changed:
                result.findings = []
                continue
            spans = _record_spans(result.path, text_field, id_field)
            result.findings = [f for f in result.findings if _touches(f, changed, spans)]


def _touches(finding, changed: set[int], spans: dict[int, range] | None) -> bool:
    if spans is not None:  # a dataset: the record's own lines in the file
        lines = spans.get(finding.record or 0)
        return lines is None or any(line in changed for line in lines)
    if finding.start == finding.end:  # no span of its own: the document as a whole
        return True
    return any(line in changed for line in range(finding.line, finding.end_line + 1))


def _record_spans(path: str, text_field: str, id_field: str) -> dict[int, range] | None:
    """A dataset's records' file lines (from one record's first line to the next one's),
    by record number; None for an article."""
    if format_of(path) != "dataset":
        return None
    starts = [r for r in records(path, path, text_field, id_field) if isinstance(r, Record)]
    ends = [r.line for r in starts[1:]] + [starts[-1].line + 1 if starts else 0]
    # A CSV record's quoted text can run over several lines: up to the next record's start.
    return {r.number: range(r.line, max(end, r.line + 1)) for r, end in zip(starts, ends)}


def _parse_diff(diff: str, top: str) -> dict[str, set[int] | None]:
    """The changed lines of each file in `git diff -U0` output. An added line whose text a
    removed line of the same file had is moved, not changed: git shows a paragraph moved
    up or down as removed and added again."""
    lines: dict[str, set[int] | None] = {}
    for name, header, rows in _file_diffs(diff):
        real = os.path.realpath(os.path.join(top, name)) if name else None
        if real is None:
            continue  # a deleted file
        if any(BINARY.match(row) for row in header):
            lines[real] = WHOLE
            continue
        removed = Counter(row[1:] for row in rows if row.startswith("-"))
        added = set()
        for number, text in _added(rows):
            if removed[text] > 0:
                removed[text] -= 1
            else:
                added.add(number)
        lines[real] = added
    return lines


def _file_diffs(diff: str):
    """(the new file's name or None, header rows, hunk rows) of each file in the diff."""
    for part in FILE_DIFF.split(diff)[1:]:
        rows = part.split("\n")  # git's lines: not splitlines(), which splits on more
        first_hunk = next((i for i, row in enumerate(rows) if row.startswith("@@")), len(rows))
        header = rows[:first_hunk]
        names = [row[len(NEW_FILE) :] for row in header if row.startswith(NEW_FILE)]
        binary = [match[1] for row in header if (match := BINARY.match(row))]
        renamed = [row[len(RENAMED) :] for row in header if row.startswith(RENAMED)]
        deleted = any(row.startswith("deleted file") for row in header)
        name = None if deleted else (names or binary or renamed or [None])[0]
        yield name, header, rows[first_hunk:]


def _added(rows: list[str]):
    """(line number in the new file, text) of each added row of a file's hunks."""
    number = 0
    for row in rows:
        if hunk := HUNK.match(row):
            number = int(hunk[1])
        elif row.startswith("+"):
            yield number, row[1:]
            number += 1


def _folder_of(path: str) -> str:
    """The folder a checked path names or is in (the nearest that exists)."""
    folder = path if os.path.isdir(path) else os.path.dirname(path)
    while folder and not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    return folder or os.getcwd()


def _git(*argv: str, ref: str, where: str) -> str:
    """git's output, run in the folder `where`; a one-line error when git cannot answer."""
    done = _run_git(*argv, ref=ref, where=where)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise ConfigError(f"--changed-since {ref}: {reason.removeprefix('fatal: ')}")
    return done.stdout


def _run_git(*argv: str, ref: str, where: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            ["git", *argv],
            cwd=where,
            capture_output=True,
            encoding="utf-8",
            errors="surrogateescape",  # a Latin-1 article's diff is bytes, not UTF-8
            check=False,
        )
    except OSError as err:
        raise ConfigError(f"--changed-since {ref}: cannot run git: {err.strerror}") from None

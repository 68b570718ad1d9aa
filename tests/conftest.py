"""Shared fixtures: a throw-away project with its own small rule pack, and the CLI run in-process.

The pack (not the built-in rules, which change as they are tuned) keeps positions and
messages in these tests exact and stable. The project folder has a `.git` folder so that
configuration discovery stops there and never reads anything above the test's tmp_path.
"""

from __future__ import annotations

import io
import json
import os
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newslint.cli.main import main

PACK = """\
rules:
  - id: news.usage
    category: style
    severity: warning
    kind: substitution
    ignorecase: true
    fix: safe
    message: "Use '{suggestion}' instead of '{match}'"
    description: Common slips. Each has one right form.
    swap:
      alot: a lot
      irregardless: regardless
    examples:
      bad:
        - "Prices rose <marker>alot</marker>."
        - text: "<marker>Irregardless</marker> of the cost."
          message: "Use 'Regardless' instead of 'Irregardless'"
          suggestion: Regardless
      good: ["Prices rose a lot."]
      fix:
        - {before: "Prices rose alot.", after: "Prices rose a lot."}
  - id: news.hedge
    category: attribution
    severity: info
    kind: existence
    message: "Unattributed claim: '{match}'"
    description: Hedge words that hide where a claim comes from.
    tokens: [якобы, reportedly, по слухам]
  - id: news.doubled
    category: typo
    severity: error
    kind: repetition
    scope: paragraph
    fix: safe
    message: "Doubled word '{word}'"
    description: The same word twice in a row.
  - id: news.promo
    category: boilerplate
    severity: warning
    kind: existence
    fix: none
    message: "Boilerplate, 100% promo: '{match}'"
    description: Text that belongs to the web page, not to the story.
    raw: ['(?i)click\\s+here|subscribe\\s+now']
  - id: news.draft
    category: typo
    severity: error
    kind: existence
    enabled: false
    message: "Draft marker '{match}'"
    description: Editing marks left in the copy.
    tokens: [TK]
"""

CONFIG = "builtin-rules: false\nrule-paths: [rules]\n"


class Project:
    """A folder to write articles, configurations and rule files into (and the cwd)."""

    def __init__(self, root: Path):
        self.root = root

    def write(self, name: str, content: str | bytes, dedent: bool = True) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes((textwrap.dedent(content) if dedent else content).encode("utf-8"))
        return path


def pytest_collection_modifyitems(items):
    """Dask tests last: a Dask client leaves threads in this process, and --jobs forks its
    workers only from a process without threads (the worker tests check the forked path)."""
    items.sort(key=lambda item: item.module.__name__.endswith("test_dask"))


@pytest.fixture(scope="session", autouse=True)
def cache_folder(tmp_path_factory):
    """One cache folder for the session (the dictionary index is built once), never the
    user's: every test project leaves its result-cache index there."""
    folder = tmp_path_factory.mktemp("newslint-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSLINT_CACHE_DIR", str(folder))
        patch.delenv("NEWSLINT_NO_CACHE", raising=False)
        yield folder


@pytest.fixture
def project(tmp_path, monkeypatch) -> Project:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    proj = Project(tmp_path)
    proj.write("rules/news.yaml", PACK, dedent=False)
    proj.write(".newslint.yaml", CONFIG)
    return proj


class Run:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def json(self):
        return json.loads(self.out)

    def __repr__(self):  # shown when an assertion fails
        return f"Run(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def run(capsys, monkeypatch):
    """run(*argv, stdin=None) -> Run: newslint.cli.main.main in-process, output captured."""

    def invoke(*argv: str, stdin: bytes | None = None) -> Run:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse usage errors, --version
            code = exit_.code
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return invoke


def span_text(text: str, finding: dict) -> str:
    """The text between (line, column) and (end_line, end_column): 1-based code points,
    end exclusive, lines split on any newline convention."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    flat = "\n".join(lines)
    start = offsets[finding["line"] - 1] + finding["column"] - 1
    end = offsets[finding["end_line"] - 1] + finding["end_column"] - 1
    return flat[start:end]


@pytest.fixture
def assert_spans():
    """assert_spans(findings, {path: text}): every finding's span is its match."""

    def check(findings, texts):
        assert findings
        for finding in findings:
            assert span_text(texts[finding["path"]], finding) == finding["match"], finding

    return check


# Hypothesis: CI runs the short profile; NEWSLINT_HYPOTHESIS=long searches much harder
# (see tests/README.md). No deadline: one example lints with every built-in rule, and a
# shared machine's pauses are not failures.
settings.register_profile("ci", max_examples=120, deadline=None, print_blob=True)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("NEWSLINT_HYPOTHESIS", "ci"))

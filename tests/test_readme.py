"""The README's promises: its sample output is what newslint prints, and CI runs its test
command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_sample_output_matches_newslint(monkeypatch):
    block = re.search(
        r"which prints \(exit status 1, since there are findings\):\n\n```\n(.*?)```", README, re.S
    )
    monkeypatch.chdir(ROOT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newslint",
            "check",
            "--color",
            "never",
            "examples/sample-article.txt",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stdout == block.group(1)


def test_ci_runs_the_readme_test_command():
    command = re.search(r"<!-- ci: test command -->\n```sh\n(python[^\n]*)\n```", README)
    assert command and "pytest" in command.group(1)
    assert "<!-- ci: test command -->" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

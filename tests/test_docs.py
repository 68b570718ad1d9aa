"""The reference pages generated from the code (docs/kinds.md, docs/rules.md) are the ones
committed, and the code documents what they show."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.document.model import SCOPE_DOCS, SCOPES
from newslint.kinds import KINDS
from newslint.ruleset.loading import COMMON_FIELDS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "generate_docs.py"


def _generator():
    spec = importlib.util.spec_from_file_location("generate_docs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate_docs = _generator()


@pytest.mark.parametrize(
    "path, build", generate_docs.PAGES, ids=[p for p, _ in generate_docs.PAGES]
)
def test_committed_page_is_what_the_script_writes(path, build):
    committed = (ROOT / path).read_text(encoding="utf-8")
    assert committed == build(), f"{path} is stale: run python tools/generate_docs.py"


def test_generating_twice_gives_the_same_text():
    for _, build in generate_docs.PAGES:
        assert build() == build()


def test_check_names_a_stale_page(tmp_path):
    for path, build in generate_docs.PAGES:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(build(), encoding="utf-8")
    assert generate_docs.stale(tmp_path) == []
    (tmp_path / "docs" / "rules.md").write_text("old\n", encoding="utf-8")
    assert generate_docs.stale(tmp_path) == ["docs/rules.md"]


def test_check_option_exits_0_when_the_pages_are_current():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr


def test_every_kind_and_field_is_documented():
    for name, kind in KINDS.items():
        assert (kind.__dict__.get("__doc__") or "").strip(), f"{name}: no class docstring"
        for field, spec in kind.fields.items():
            assert spec.doc.strip(), f"{name}.{field}: no doc"
    for field, spec in COMMON_FIELDS.items():
        assert spec.doc.strip(), f"{field}: no doc"
    assert tuple(SCOPE_DOCS) == SCOPES and all(SCOPE_DOCS.values())


@pytest.mark.parametrize(
    "item, expected",
    [
        ("The the dog.", "`The the dog.`"),
        ("<marker>The the</marker> dog.", "`⟦The the⟧ dog.`"),
        (
            {"text": "a <marker>could of</marker> b", "message": "Use it", "suggestion": "x"},
            "`a ⟦could of⟧ b` — message: `Use it` — suggestion: `x`",
        ),
        ({"text": "a <marker>b</marker>"}, "`a ⟦b⟧`"),
        ("two `ticks`", "`` two `ticks` ``"),
        ("one\n<marker>two</marker>", "```text\n  one\n  ⟦two⟧\n  ```"),
        (
            {"text": "one\n<marker>two</marker>", "message": "m"},
            "```text\n  one\n  ⟦two⟧\n  ```\n\n  message: `m`",
        ),
    ],
)
def test_example_rendering(item, expected):
    assert generate_docs.example_markdown(item) == expected

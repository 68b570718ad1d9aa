"""Fixes: choosing non-overlapping edits, re-linting until stable, and `check --fix` / `--diff`
writing files atomically in their own encoding, BOM and line endings."""

from __future__ import annotations

import os
import stat

import pytest
from helpers import check_project, pack_project

from newslint.document.model import Document
from newslint.errors import InputError
from newslint.findings import Edit, Finding, Fix
from newslint.linting import fixes as fixmod
from newslint.linting.fixes import applicable, fix_until_stable
from newslint.linting.lint import lint_document
from newslint.output import atomic
from newslint.output.atomic import write_atomic
from newslint.ruleset.loading import load_rule_file

RULES = """\
- id: news.usage
  category: style
  message: "Use '{suggestion}' instead of '{match}'"
  description: Usage errors.
  kind: substitution
  ignorecase: true
  fix: safe
  swap: {alot: a lot, irregardless: regardless}
- id: news.doubled
  category: style
  message: "Doubled '{word}'"
  description: Doubled words.
  kind: repetition
  scope: paragraph
  fix: safe
- id: news.spelling
  category: style
  message: "'{match}' here, '{suggestion}' first"
  description: One spelling per story.
  kind: consistency
  fix: unsafe
  sets: [[percent, per cent]]
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return pack_project(tmp_path, RULES)


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- choosing edits ----------------------------------------------------------------------


def finding(start: int, end: int, content: str, safe: bool = True, rule: str = "r") -> Finding:
    return Finding(
        rule, "style", "warning", "m", start, end, "x", fix=Fix((Edit(start, end, content),), safe)
    )


def test_applicable_skips_overlaps_and_unsafe():
    findings = [
        finding(10, 15, "b"),
        finding(0, 4, "a"),
        finding(3, 8, "overlaps"),
        finding(15, 18, "adjacent"),
        finding(20, 22, "unsafe", safe=False),
        Finding("r", "style", "warning", "no fix", 30, 31, "x"),
    ]
    assert [e.content for e in applicable(findings, unsafe=False)] == ["a", "b", "adjacent"]
    assert [e.content for e in applicable(findings, unsafe=True)] == [
        "a",
        "b",
        "adjacent",
        "unsafe",
    ]


def test_applicable_two_insertions_at_one_point_wait_for_the_next_pass():
    findings = [finding(5, 5, "x"), finding(5, 5, "y"), finding(5, 7, "z")]
    assert [e.content for e in applicable(findings, unsafe=False)] == ["x"]


def rules_from(tmp_path, text: str):
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    return load_rule_file(path)


OVERLAPPING = """\
- id: news.whole
  category: style
  message: m
  description: d
  kind: substitution
  fix: safe
  swap: {irregardless: regardless}
- id: news.inner
  category: style
  message: m
  description: d
  kind: substitution
  nonword: true
  fix: safe
  swap: {regardless: anyway}
"""


def test_overlapping_fixes_are_applied_in_later_passes(tmp_path):
    rules = rules_from(tmp_path, OVERLAPPING)
    passes = []

    def lint(doc):
        passes.append(doc.text)
        return lint_document(doc, rules).findings

    text = "They stayed irregardless, and left irregardless."
    # Pass 1: both rules match in "irregardless"; only the first (outer) fix is applied.
    assert [(f.rule, f.start, f.end) for f in lint(Document(text))] == [
        ("news.whole", 12, 24),
        ("news.inner", 14, 24),
        ("news.whole", 35, 47),
        ("news.inner", 37, 47),
    ]
    passes.clear()
    after, applied = fix_until_stable(text, "story.txt", lint, unsafe=False)
    assert passes == [
        text,
        "They stayed regardless, and left regardless.",
        "They stayed anyway, and left anyway.",
    ]
    assert (after, applied) == ("They stayed anyway, and left anyway.", 4)


def test_fixing_stops_after_ten_passes(tmp_path):
    rules = rules_from(
        tmp_path,
        OVERLAPPING.replace("{irregardless: regardless}", "{grey: gray}").replace(
            "{regardless: anyway}", "{gray: grey}"
        ),
    )
    passes = []

    def lint(doc):
        passes.append(doc.text)
        return lint_document(doc, rules).findings

    after, applied = fix_until_stable("A grey sky.", "story.txt", lint, unsafe=False)
    assert len(passes) == fixmod.MAX_PASSES == 10
    assert (after, applied) == ("A grey sky.", 10)


def test_edits_across_a_crlf_line_break(tmp_path):
    rules = [r for r in rules_from(tmp_path, RULES) if r.id == "news.doubled"]
    text = (
        "The council said that it would vote on the\r\n"
        "the budget on Monday, alot earlier than planned.\r\n"
    )

    def lint(doc):
        return lint_document(doc, rules).findings

    after, _ = fix_until_stable(text, "story.txt", lint, unsafe=False)
    assert after == (
        "The council said that it would vote on the budget on Monday, "
        "alot earlier than planned.\r\n"
    )


# -- check --fix -------------------------------------------------------------------------


def test_fix_applies_safe_fixes_and_exit_status_reflects_what_is_left(project, capsys):
    story = project / "story.txt"
    story.write_text(
        "Alot of voters came.\nIt rose 5 per cent, then 3 percent in the the end.\n",
        encoding="utf-8",
    )
    assert check_project("--fix", "story.txt") == 1  # the unsafe spelling finding is left
    assert story.read_text(encoding="utf-8") == (
        "A lot of voters came.\nIt rose 5 per cent, then 3 percent in the end.\n"
    )
    out = capsys.readouterr().out
    assert "news.spelling" in out and "news.usage" not in out and "news.doubled" not in out
    assert check_project("--fix", "--unsafe-fixes", "story.txt") == 0
    assert story.read_text(encoding="utf-8") == (
        "A lot of voters came.\nIt rose 5 per cent, then 3 per cent in the end.\n"
    )


def test_fix_exit_status_zero_when_everything_is_fixed(project):
    story = project / "story.txt"
    story.write_text("So irregardless, the the vote passed.\n", encoding="utf-8")
    assert check_project("story.txt") == 1
    assert check_project("--fix", "story.txt") == 0
    assert story.read_text(encoding="utf-8") == "So regardless, the vote passed.\n"


def test_fix_keeps_crlf(project):
    story = project / "story.txt"
    story.write_bytes(b"Alot of rain.\r\nThe the river rose.\r\n")
    assert check_project("--fix", "story.txt") == 0
    assert story.read_bytes() == b"A lot of rain.\r\nThe river rose.\r\n"


def test_fix_keeps_the_bom(project):
    story = project / "story.txt"
    story.write_bytes("\ufeffSo irregardless, café owners stayed.\n".encode("utf-8"))
    assert check_project("--fix", "story.txt") == 0
    assert story.read_bytes() == "\ufeffSo regardless, café owners stayed.\n".encode("utf-8")


@pytest.mark.parametrize(
    ("encoding", "raw", "fixed"),
    [
        # curly quotes (0x93/0x94) and é (0xe9)
        (
            "cp1252",
            b"Alot of caf\xe9 owners \x93stayed\x94.\r\n",
            b"A lot of caf\xe9 owners \x93stayed\x94.\r\n",
        ),
        # 0x81 is undefined in cp1252
        (
            "latin-1",
            b"Alot of caf\xe9 owners\x81 stayed.\n",
            b"A lot of caf\xe9 owners\x81 stayed.\n",
        ),
    ],
)
def test_fix_writes_a_single_byte_file_in_its_own_encoding(project, capsys, encoding, raw, fixed):
    story = project / "story.txt"
    story.write_bytes(raw)
    assert check_project("--fix", "story.txt") == 0
    assert story.read_bytes() == fixed
    assert encoding in capsys.readouterr().err  # the fallback decode is announced


def test_fix_leaves_no_temp_file_and_keeps_the_mode(project):
    story = project / "story.txt"
    story.write_text("Alot of rain.\n", encoding="utf-8")
    story.chmod(0o640)
    before = names(project)
    assert check_project("--fix", "story.txt") == 0
    assert story.read_text(encoding="utf-8") == "A lot of rain.\n"
    assert names(project) == before
    assert stat.S_IMODE(story.stat().st_mode) == 0o640


def test_fix_through_a_symbolic_link_keeps_the_link(project):
    real = project / "real.txt"
    real.write_text("Alot of rain.\n", encoding="utf-8")
    (project / "story.txt").symlink_to(real)
    assert check_project("--fix", "story.txt") == 0
    assert (project / "story.txt").is_symlink()
    assert real.read_text(encoding="utf-8") == "A lot of rain.\n"


def test_diff_prints_a_unified_diff_and_writes_nothing(project, capsys):
    story = project / "story.txt"
    story.write_text("Alot of rain.\nIt rose 5 per cent, then 3 percent.\n", encoding="utf-8")
    os.utime(story, (1_000_000_000, 1_000_000_000))
    before = names(project)
    assert check_project("--diff", "story.txt") == 1
    assert capsys.readouterr().out == (
        "--- a/story.txt\n+++ b/story.txt\n@@ -1,2 +1,2 @@\n"
        "-Alot of rain.\n+A lot of rain.\n"
        " It rose 5 per cent, then 3 percent.\n"
    )
    assert check_project("--diff", "--unsafe-fixes", "story.txt") == 1
    assert capsys.readouterr().out == (
        "--- a/story.txt\n+++ b/story.txt\n@@ -1,2 +1,2 @@\n"
        "-Alot of rain.\n-It rose 5 per cent, then 3 percent.\n"
        "+A lot of rain.\n+It rose 5 per cent, then 3 per cent.\n"
    )
    assert (
        story.read_text(encoding="utf-8") == "Alot of rain.\nIt rose 5 per cent, then 3 percent.\n"
    )
    assert story.stat().st_mtime == 1_000_000_000
    assert names(project) == before


def test_fix_refused_when_the_file_changed_since_it_was_read(project, monkeypatch, capsys):
    story = project / "story.txt"
    story.write_text("Alot of rain.\n", encoding="utf-8")
    real_write = atomic.write_atomic

    def edited_meanwhile(path, data, expected):
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("An editor added this line.\n")
        return real_write(path, data, expected)

    monkeypatch.setattr(atomic, "write_atomic", edited_meanwhile)
    before = names(project)
    assert check_project("--fix", "story.txt") == 2
    err = capsys.readouterr().err
    assert "story.txt: changed on disk since it was read; fix not written" in err
    assert story.read_text(encoding="utf-8") == "Alot of rain.\nAn editor added this line.\n"
    assert names(project) == before


def test_unsafe_fixes_needs_fix_or_diff(project, capsys):
    (project / "story.txt").write_text("Alot.\n", encoding="utf-8")
    assert check_project("--unsafe-fixes", "story.txt") == 2
    assert "--unsafe-fixes goes with --fix or --diff" in capsys.readouterr().err


# -- write_atomic ------------------------------------------------------------------------


def test_write_atomic_replaces_the_bytes(tmp_path):
    target = tmp_path / "story.txt"
    target.write_bytes(b"old")
    write_atomic(str(target), b"new", b"old")
    assert target.read_bytes() == b"new"
    assert names(tmp_path) == ["story.txt"]


def test_write_atomic_removes_its_temp_file_when_the_replace_fails(tmp_path, monkeypatch):
    target = tmp_path / "story.txt"
    target.write_bytes(b"old")

    def failing_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(InputError, match="cannot write fix: Permission denied"):
        write_atomic(str(target), b"new", b"old")
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["story.txt"]


def test_write_atomic_refuses_a_changed_file(tmp_path):
    target = tmp_path / "story.txt"
    target.write_bytes(b"changed")
    with pytest.raises(InputError, match="changed on disk"):
        write_atomic(str(target), b"new", b"old")
    assert target.read_bytes() == b"changed"


def test_document_round_trip_of_unchanged_text():
    text = "Line one\r\nLine two\r\n"
    assert fixmod.apply_edits(Document(text), []) == text

"""Faults while reading and writing: links that lead nowhere, folders named like files,
pipes, unreadable and vanishing files, a full disk while a fix is written, files over
--max-file-size. Each gives one line naming the file; the run goes on; exit status 2."""

from __future__ import annotations

import errno
import os

import pytest

import newslint.cli.check
from newslint.input import decode
from newslint.output.atomic import os as fix_os

STORY = "Prices rose alot.\n"
FIXED = "Prices rose a lot.\n"


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_links_that_lead_nowhere_are_reported_and_the_walk_goes_on(project, run):
    project.write("news/a.txt", STORY)
    (project.root / "news/broken.txt").symlink_to("nowhere.txt")
    (project.root / "news/loop1.txt").symlink_to("loop2.txt")
    (project.root / "news/loop2.txt").symlink_to("loop1.txt")
    (project.root / "news/folder").symlink_to(".")  # a folder link is not followed
    result = run("check", "--format", "json", "news")
    assert result.code == 2
    assert result.err == (
        "newslint: error: news/broken.txt: broken symbolic link\n"
        "newslint: error: news/loop1.txt: symbolic link loop\n"
        "newslint: error: news/loop2.txt: symbolic link loop\n"
    )
    assert [f["path"] for f in result.json["findings"]] == ["news/a.txt"]


def test_named_links_that_lead_nowhere(project, run):
    project.write("a.txt", STORY)
    (project.root / "broken.txt").symlink_to("nowhere.txt")
    (project.root / "loop.txt").symlink_to("loop.txt")
    result = run("check", "--quiet", "broken.txt", "loop.txt", "a.txt", "missing.txt")
    assert result.code == 2
    assert result.err == (
        "newslint: error: broken.txt: broken symbolic link\n"
        "newslint: error: loop.txt: symbolic link loop\n"
        "newslint: error: missing.txt: no such file or folder\n"
    )
    assert "a.txt:1:13" in result.out


def test_a_folder_named_like_a_file_is_walked(project, run):
    project.write("a.txt/inner.txt", STORY)
    result = run("check", "--format", "json", "a.txt")
    assert (result.code, result.err) == (1, "")
    assert [f["path"] for f in result.json["findings"]] == ["a.txt/inner.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_in_a_folder_is_never_opened(project, run):
    project.write("news/a.txt", STORY)
    os.mkfifo(project.root / "news/pipe.txt")  # opening it would wait for a writer for ever
    result = run("check", "--quiet", "news")
    assert result.code == 2
    assert result.err == (
        "newslint: error: news/pipe.txt: not a regular file (a pipe, socket or device), skipped\n"
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="as root (or without POSIX permissions) chmod 000 does not block reading",
)
def test_permission_denied(project, run):
    project.write("a.txt", STORY)
    secret = project.write("secret.txt", STORY)
    secret.chmod(0)
    try:
        result = run("check", "--quiet", "secret.txt", "a.txt")
    finally:
        secret.chmod(0o644)
    assert result.code == 2
    assert result.err == "newslint: error: secret.txt: permission denied\n"


def test_read_errors_are_reported_per_file(project, run, monkeypatch):
    project.write("a.txt", STORY)
    project.write("bad.txt", STORY)
    real_open = open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith("bad.txt"):
            raise OSError(errno.EIO, "Input/output error")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(decode, "open", failing_open, raising=False)
    result = run("check", "--quiet", "a.txt", "bad.txt")
    assert result.code == 2
    assert result.err == "newslint: error: bad.txt: cannot read: Input/output error\n"
    assert "a.txt:1:13" in result.out


def test_a_file_that_vanishes_mid_run(project, run, monkeypatch):
    project.write("news/a.txt", STORY)
    project.write("news/b.txt", STORY)
    discover = newslint.cli.check.discover

    def then_deleted(paths, configs):
        found = discover(paths, configs)
        (project.root / "news/a.txt").unlink()
        return found

    monkeypatch.setattr(newslint.cli.check, "discover", then_deleted)
    result = run("check", "--format", "json", "news")
    assert result.code == 2
    assert result.err == "newslint: error: news/a.txt: no such file\n"
    assert [f["path"] for f in result.json["findings"]] == ["news/b.txt"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_full_disk_while_writing_a_fix(project, run, monkeypatch, failing):
    first = project.write("a.txt", STORY)
    second = project.write("b.txt", STORY)
    real = getattr(fix_os, failing)
    calls = []

    def no_space(*args):
        calls.append(args)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args)

    monkeypatch.setattr(fix_os, failing, no_space)
    result = run("check", "--fix", "--format", "json", "a.txt", "b.txt")
    assert result.code == 2
    assert result.err == "newslint: error: a.txt: cannot write fix: No space left on device\n"
    assert first.read_text(encoding="utf-8") == STORY  # old bytes, no temporary file left
    assert second.read_text(encoding="utf-8") == FIXED
    assert names(project.root) == [".git", ".newslint.yaml", "a.txt", "b.txt", "rules"]
    # The file not written still has its findings; the other is clean.
    assert [(f["path"], f["rule"]) for f in result.json["findings"]] == [("a.txt", "news.usage")]


def test_files_over_max_file_size_are_skipped_with_a_warning(project, run):
    project.write("big.txt", STORY * 1000)
    project.write("a.txt", STORY)
    result = run("check", "--quiet", "--max-file-size", "10kB", "big.txt", "a.txt")
    assert result.code == 1
    assert result.err == (
        "newslint: warning: big.txt: 18,000 bytes, larger than --max-file-size "
        "(10,000 bytes), skipped\n"
    )
    assert result.out.splitlines() == [
        "a.txt:1:13: warning [news.usage] Use 'a lot' instead of 'alot'"
    ]
    assert run("check", "--quiet", "--max-file-size", "0", "big.txt").out.count("\n") == 1000


def test_standard_input_over_max_file_size(project, run):
    result = run("check", "--max-file-size", "10", "-", stdin=STORY.encode())
    assert result.code == 0
    assert result.err == ("newslint: warning: -: larger than --max-file-size (10 bytes), skipped\n")


@pytest.mark.parametrize(
    ("text", "size"), [("50MB", 50_000_000), ("200kB", 200_000), ("1.5g", 1_500_000_000), ("0", 0)]
)
def test_parse_size(text, size):
    assert decode.parse_size(text) == size


def test_a_bad_max_file_size(project, run):
    result = run("check", "--max-file-size", "lots", "a.txt")
    assert result.code == 2
    assert result.err == (
        "newslint: error: argument --max-file-size: expected a size such as 50MB, 200kB or 0 "
        "(no limit), got 'lots' (see newslint --help)\n"
    )

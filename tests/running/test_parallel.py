"""--jobs: worker processes give byte-identical output to --jobs 1 in every format, in input
order; a bad file does not stop the others; --fix writes each file once."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from newslint.running import workers
from newslint.running.check import Task

ARTICLES = 12  # three inputs per worker at least, so --jobs 2 does start workers
FORMATS = ("text", "json", "jsonl", "sarif", "github")


def write_articles(project) -> list[str]:
    names = []
    for number in range(ARTICLES):
        name = f"desk/story-{number:02d}.txt"
        body = "It rained alot.\n" if number % 3 else "The mayor reportedly left left early.\n"
        project.write(name, f"Story {number}.\n\n{body}")
        names.append(name)
    return names


def test_workers_are_used_only_when_worth_it():
    assert workers.workers_for(2, 12) == 2
    assert workers.workers_for(8, 12) == 3
    assert workers.workers_for(2, 7) == 0  # one worker's worth: checked in process
    assert workers.workers_for(1, 1000) == 0


def test_chunks_shrink_towards_the_end_and_hold_a_bounded_size(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "MAX_CHUNK", 4)
    monkeypatch.setattr(workers, "MAX_CHUNK_BYTES", 100)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("x" * 30)
    large.write_text("x" * 150)
    tasks = [Task(str(small), f"{n}", None) for n in range(40)]  # type: ignore[arg-type]
    chunks = list(workers.chunked(tasks, workers=2))
    # At most an eighth of what is left (2 workers), 4 files and 100 bytes (3 files).
    assert [len(c) for c in chunks] == [3] * 6 + [2] * 4 + [1] * 14
    assert [t for c in chunks for t in c] == tasks
    # A file over the bound is a chunk of its own; one that cannot be read counts nothing.
    monkeypatch.setattr(workers, "GUIDED_SHARE", 1)
    odd = [Task(str(large), "large", None), Task(str(tmp_path / "gone"), "gone", None)]  # type: ignore[arg-type]
    assert list(map(len, workers.chunked(odd + tasks[:2], workers=1))) == [1, 3]


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_identical_to_one_job(project, run, fmt):
    write_articles(project)
    serial = run("check", "--no-cache", "--jobs", "1", "--format", fmt, "desk")
    workers = run("check", "--no-cache", "--jobs", "2", "--format", fmt, "desk")
    assert serial.code == 1
    assert (workers.code, workers.out, workers.err) == (serial.code, serial.out, serial.err)


def test_files_are_checked_in_worker_processes(project, run, monkeypatch, tmp_path):
    if threading.active_count() > 1:
        pytest.skip("workers are spawned here (this process runs threads): patches don't reach")
    write_articles(project)
    log = tmp_path / "pids.log"
    real_check = workers.check

    def logged(task, options):
        with open(log, "a") as handle:
            handle.write(f"{os.getpid()}\n")
        return real_check(task, options)

    monkeypatch.setattr(workers, "check", logged)
    assert run("check", "--no-cache", "--jobs", "2", "desk").code == 1
    pids = log.read_text().split()
    assert len(pids) == ARTICLES
    assert pids[0] == str(os.getpid())  # the first input warms this process up
    assert len(set(pids) - {str(os.getpid())}) == 2


@pytest.mark.parametrize("threshold, frozen", [(ARTICLES - 1, 1), (ARTICLES, 0)])
def test_a_long_run_freezes_what_its_first_input_loaded(
    project, run, monkeypatch, threshold, frozen
):
    write_articles(project)
    freezes = []
    monkeypatch.setattr(workers, "FREEZE_AFTER_FIRST", threshold)
    monkeypatch.setattr(workers.gc, "freeze", lambda: freezes.append(len(checked)))
    checked: list[str] = []
    real_check = workers.check

    def logged(task, options):
        checked.append(task)
        return real_check(task, options)

    monkeypatch.setattr(workers, "check", logged)
    assert run("check", "--no-cache", "--jobs", "1", "desk").code == 1
    assert freezes == [1] * frozen  # after the first input, before the others


def test_a_bad_file_does_not_stop_the_others(project, run):
    write_articles(project)
    project.write("desk/story-05.txt", b"binary\x00data")
    project.write("desk/story-07.html", "<p>Unclosed <!-- comment\n")
    serial = run("check", "--no-cache", "--jobs", "1", "--format", "json", "desk", "gone.txt")
    workers = run("check", "--no-cache", "--jobs", "2", "--format", "json", "desk", "gone.txt")
    assert serial.code == 2
    assert (workers.code, workers.out, workers.err) == (serial.code, serial.out, serial.err)
    assert workers.err.splitlines()[0] == (
        "newslint: warning: desk/story-05.txt: binary file (NUL bytes), skipped"
    )
    assert "newslint: error: gone.txt: no such file or folder" in workers.err
    assert "desk/story-07.html:1:" in workers.err
    assert workers.json["summary"]["files"] == ARTICLES - 1  # not the binary, not the .html


def test_fix_with_workers_writes_what_one_job_writes(project, run):
    names = write_articles(project)
    serial = run("check", "--no-cache", "--jobs", "1", "--fix", "desk")
    fixed_serially = {name: (project.root / name).read_bytes() for name in names}
    write_articles(project)
    workers = run("check", "--no-cache", "--jobs", "2", "--fix", "desk")
    assert (workers.code, workers.out, workers.err) == (serial.code, serial.out, serial.err)
    assert {name: (project.root / name).read_bytes() for name in names} == fixed_serially
    assert fixed_serially["desk/story-01.txt"] == b"Story 1.\n\nIt rained a lot.\n"
    assert sorted(os.listdir(project.root / "desk")) == sorted(n.split("/")[1] for n in names)


def test_jobs_must_be_positive(project, run):
    result = run("check", "--jobs", "0", ".")
    assert (result.code, result.err) == (2, "newslint: error: --jobs must be at least 1\n")


def test_a_worker_that_dies_is_one_error_line(project, run, monkeypatch):
    if threading.active_count() > 1:
        pytest.skip("workers are spawned here (this process runs threads): patches don't reach")
    write_articles(project)
    real_check = workers.check

    def dies_in_a_worker(task, options):
        if os.getpid() != parent:
            os._exit(9)
        return real_check(task, options)

    parent = os.getpid()
    monkeypatch.setattr(workers, "check", dies_in_a_worker)
    result = run("check", "--no-cache", "--jobs", "2", "desk")
    assert (result.code, result.err) == (
        2,
        "newslint: error: a worker process ended unexpectedly (out of memory?); try --jobs 1\n",
    )


def test_engine_options_are_checked(project, run, monkeypatch):
    result = run("check", "--scheduler", "tcp://127.0.0.1:8786", ".")
    assert (result.code, result.err) == (
        2,
        "newslint: error: --scheduler goes with --engine dask\n",
    )
    monkeypatch.setitem(
        sys.modules, "newslint.running.dask_engine", None
    )  # as if Dask were not installed
    project.write("a.txt", "All quiet.\n")
    result = run("check", "--no-cache", "--engine", "dask", "a.txt")
    assert (result.code, result.err) == (
        2,
        "newslint: error: --engine dask needs Dask: pip install 'newslint[dask]'\n",
    )

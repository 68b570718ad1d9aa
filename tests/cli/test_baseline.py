"""Baselines: `check --write-baseline FILE` records a run's findings, `check --baseline FILE`
(or the `baseline` key) reports only new ones; fingerprints survive moved lines, counts
absorb identical findings, stale entries are counted and dropped on the next write."""

from __future__ import annotations

import json
import os

STORY = "Prices rose alot on Monday.\nTraders said little.\n"  # news.usage (warning) on alot


def entries(project, name: str = "baseline.json") -> list[dict]:
    return json.loads((project.root / name).read_text())["findings"]


def baselined(run, *paths: str, baseline: str = "baseline.json"):
    return run("check", "--format", "json", "--baseline", baseline, *paths)


def test_written_then_read_reports_nothing_new(project, run):
    project.write("story.txt", STORY)
    written = run("check", "--write-baseline", "baseline.json", "story.txt")
    assert (written.code, written.out) == (0, "No findings in 1 file.\n1 baselined, 0 stale.\n")
    again = baselined(run, "story.txt")
    assert again.code == 0
    assert again.json["findings"] == []
    assert again.json["summary"]["baseline"] == {"baselined": 1, "stale": 0}
    assert [(e["path"], e["rule"], e["count"], e["match"]) for e in entries(project)] == [
        ("story.txt", "news.usage", 1, "alot")
    ]


def test_a_new_file_has_the_umasks_permissions_and_a_rewritten_one_keeps_its_own(project, run):
    project.write("story.txt", STORY)
    umask = os.umask(0o022)
    try:
        run("check", "--write-baseline", "baseline.json", "story.txt")
        assert (project.root / "baseline.json").stat().st_mode & 0o777 == 0o644
        (project.root / "baseline.json").chmod(0o600)
        run("check", "--write-baseline", "baseline.json", "story.txt")
        assert (project.root / "baseline.json").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_file_is_sorted_and_stable(project, run):
    project.write("b.txt", STORY)
    project.write("a.txt", STORY + "It fell alot.\n")
    run("check", "--write-baseline", "baseline.json", "b.txt", "a.txt")
    first = (project.root / "baseline.json").read_bytes()
    run("check", "--write-baseline", "baseline.json", "a.txt", "b.txt")
    assert (project.root / "baseline.json").read_bytes() == first
    assert [e["path"] for e in entries(project)] == ["a.txt", "a.txt", "b.txt"]


def test_lines_inserted_above_keep_a_finding_baselined(project, run):
    project.write("story.txt", STORY)
    run("check", "--write-baseline", "baseline.json", "story.txt")
    project.write("story.txt", "A new first line.\n\nAnother one.\n" + STORY)
    result = baselined(run, "story.txt")
    assert (result.code, result.json["findings"]) == (0, [])
    assert result.json["summary"]["baseline"] == {"baselined": 1, "stale": 0}


def test_edits_beyond_the_nearby_words_keep_a_finding_baselined(project, run):
    project.write("story.txt", "Prices rose alot on Monday after the report.\n")
    run("check", "--write-baseline", "baseline.json", "story.txt")
    project.write("story.txt", "Prices rose alot on Monday, before the figures.\n")
    assert baselined(run, "story.txt").json["findings"] == []
    project.write("story.txt", "Prices fell alot on Monday, before the figures.\n")
    assert len(baselined(run, "story.txt").json["findings"]) == 1  # a word beside it changed


def test_editing_the_matched_text_makes_it_new_and_the_entry_stale(project, run):
    project.write("story.txt", STORY)
    run("check", "--write-baseline", "baseline.json", "story.txt")
    project.write("story.txt", STORY.replace("rose alot", "rose ALOT"))
    result = baselined(run, "story.txt")
    assert result.code == 1
    assert [(f["line"], f["match"]) for f in result.json["findings"]] == [(1, "ALOT")]
    assert result.json["summary"]["baseline"] == {"baselined": 0, "stale": 1}


def test_identical_findings_are_counted(project, run):
    project.write("story.txt", "It fell alot.\nIt fell alot.\n")
    run("check", "--write-baseline", "baseline.json", "story.txt")
    assert [e["count"] for e in entries(project)] == [2]
    project.write("story.txt", "It fell alot.\nIt fell alot.\nIt fell alot.\n")
    result = baselined(run, "story.txt")
    assert [f["line"] for f in result.json["findings"]] == [3]  # the third is new
    assert result.json["summary"]["baseline"] == {"baselined": 2, "stale": 0}


def test_stale_entries_are_reported_then_dropped_on_the_next_write(project, run):
    project.write("story.txt", STORY)
    project.write("other.txt", STORY)
    run("check", "--write-baseline", "baseline.json", "story.txt", "other.txt")
    project.write("story.txt", "Prices rose a lot on Monday.\n")
    result = run("check", "--baseline", "baseline.json", "story.txt")
    assert (result.code, result.out) == (0, "No findings in 1 file.\n0 baselined, 1 stale.\n")
    # other.txt was not checked: its entry is not stale
    run("check", "--write-baseline", "baseline.json", "story.txt", "other.txt")
    assert [e["path"] for e in entries(project)] == ["other.txt"]


def test_paths_are_relative_to_the_baseline_file(project, run):
    project.write("news/story.txt", STORY)
    missing_folder = run("check", "--write-baseline", "lint/baseline.json", "news")
    assert (missing_folder.code, missing_folder.err) == (
        2,
        "newslint: error: lint/baseline.json: cannot write the baseline: No such file or "
        "directory\n",
    )
    project.write("lint/.keep", "")
    run("check", "--write-baseline", "lint/baseline.json", "news")
    assert [e["path"] for e in entries(project, "lint/baseline.json")] == ["../news/story.txt"]


def test_configuration_key(project, run):
    project.write(
        ".newslint.yaml",
        "builtin-rules: false\nrule-paths: [rules]\nbaseline: lint/baseline.json\n",
    )
    project.write("story.txt", STORY + "It fell alot.\n")
    project.write("lint/.keep", "")
    run("check", "--write-baseline", "lint/baseline.json", "story.txt")
    result = run("check", "--format", "sarif", "story.txt")
    assert result.code == 0
    sarif_run = result.json["runs"][0]
    assert sarif_run["results"] == []
    assert sarif_run["properties"] == {"baseline": {"baselined": 2, "stale": 0}}


def test_dataset_records_are_told_apart_by_id(project, run):
    record = {"id": "a", "text": "It fell alot."}
    lines = [json.dumps(record), json.dumps(record | {"id": "b"})]
    project.write("data.jsonl", "\n".join(lines) + "\n")
    run("check", "--write-baseline", "baseline.json", "data.jsonl")
    project.write("data.jsonl", "\n".join(reversed(lines)) + "\n")  # order does not count
    assert baselined(run, "data.jsonl").json["findings"] == []
    project.write("data.jsonl", lines[0] + "\n" + json.dumps(record | {"id": "c"}) + "\n")
    result = baselined(run, "data.jsonl")
    assert [f["record_id"] for f in result.json["findings"]] == ["c"]
    assert result.json["summary"]["baseline"] == {"baselined": 1, "stale": 1}


def test_missing_or_corrupt_baseline_is_one_line_exit_2(project, run):
    project.write("story.txt", STORY)
    project.write("corrupt.json", '{"findings": [{"path": 1}')
    project.write("wrong.json", "[]")
    expected = {
        "missing.json": "newslint: error: missing.json: no such baseline file "
        "(write one with --write-baseline)\n",
        "corrupt.json": "newslint: error: corrupt.json: not a baseline file written by "
        "--write-baseline\n",
        "wrong.json": "newslint: error: wrong.json: not a baseline file written by "
        "--write-baseline\n",
    }
    for name, message in expected.items():
        result = run("check", "--baseline", name, "story.txt")
        assert (result.code, result.out, result.err) == (2, "", message), name


def test_baseline_and_write_baseline_exclude_each_other(project, run):
    result = run("check", "--baseline", "a.json", "--write-baseline", "b.json", "x.txt")
    assert result.code == 2
    assert result.err.count("\n") == 1

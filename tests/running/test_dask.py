"""Dask: on a real distributed cluster of two worker processes, `--engine dask` prints what
the local run prints, and `newslint.dask` gives the findings `lint_file` gives."""

from __future__ import annotations

import json

import pytest

distributed = pytest.importorskip(
    "distributed", reason="Dask is an optional extra: pip install 'newslint[dask]'"
)
import dask.bag as db  # noqa: E402

from newslint import lint_file  # noqa: E402
from newslint.running.dask_engine import lint_bag, write_findings  # noqa: E402

STORIES = {
    f"desk/story-{n}.txt": f"Story {n}.\n\nIt rained alot{', reportedly' if n % 2 else ''}.\n"
    for n in range(6)
}


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def client(scheduler):
    with distributed.Client(scheduler) as connected:
        yield connected


@pytest.fixture
def stories(project):
    for name, text in STORIES.items():
        project.write(name, text)
    project.write(
        "records.jsonl",
        "".join(
            json.dumps({"id": f"r{n}", "text": text}) + "\n"
            for n, text in enumerate(STORIES.values())
        ),
    )
    return project


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_engine_dask_prints_what_the_local_run_prints(stories, run, scheduler, fmt):
    local = run("check", "--no-cache", "--jobs", "1", "--format", fmt, "desk", "records.jsonl")
    remote = run(
        "check",
        "--no-cache",
        "--engine",
        "dask",
        "--scheduler",
        scheduler,
        "--format",
        fmt,
        "desk",
        "records.jsonl",
    )
    assert local.code == 1
    assert (remote.code, remote.out, remote.err) == (local.code, local.out, local.err)


def test_lint_bag_gives_lint_files_findings(stories, client):
    expected = [f.to_dict() for name in sorted(STORIES) for f in lint_file(stories.root / name)]
    found = lint_bag(str(stories.root / "desk"), npartitions=3).compute()
    assert found == expected
    assert [(f["line"], f["column"], f["rule"]) for f in found[:2]] == [
        (3, 11, "news.usage"),
        (3, 11, "news.usage"),
    ]


def test_a_bag_of_records_is_linted_with_record_ids(stories, client):
    records = db.read_text(str(stories.root / "records.jsonl"), blocksize=100).map(json.loads)
    found = lint_bag(records, config=stories.root / ".newslint.yaml").compute()
    assert [(f["record_id"], f["rule"], f["match"]) for f in found] == [
        (f"r{n}", rule, match)
        for n in range(6)
        for rule, match in [("news.usage", "alot")] + ([("news.hedge", "reportedly")] * (n % 2))
    ]


def test_findings_are_written_as_json_lines_partitions(stories, client, tmp_path):
    findings = lint_bag(str(stories.root / "desk"), npartitions=2)
    written = write_findings(findings, tmp_path / "out")
    assert [p.rsplit("/", 1)[1] for p in written] == ["part-00000.jsonl", "part-00001.jsonl"]
    rows = [json.loads(line) for p in written for line in open(p, encoding="utf-8")]
    assert rows == findings.compute()


def test_parquet_partitions(stories, client, tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow")
    findings = lint_bag(str(stories.root / "desk"), npartitions=2)
    written = write_findings(findings, tmp_path / "out", format="parquet")
    rows = [row for p in written for row in parquet.read_table(p).to_pylist()]
    assert [(r["path"], r["line"], r["rule"]) for r in rows] == [
        (f["path"], f["line"], f["rule"]) for f in findings.compute()
    ]


def test_records_lines_are_counted_over_every_partition_before_linting(project, client):
    # A footer in six records spread over three partitions: each partition holds two, too
    # few alone; the merged counts find it in all six, and not in the other site's record.
    footer = "The Valley Courier is printed by Ridge Media Group"
    records = [
        {"id": f"r{n}", "site": "riverside.example", "text": f"Story {'abcdef'[n]}\n{footer}"}
        for n in range(6)
    ] + [{"id": "h1", "site": "hilltop.example", "text": f"Story g\n{footer}"}]
    bag = db.from_sequence(records, npartitions=3)
    found = lint_bag(bag, select=["boilerplate.recurring-line"]).compute()
    assert [(f["record_id"], f["line"], f["column"], f["match"]) for f in found] == [
        (f"r{n}", 2, 1, footer) for n in range(6)
    ]

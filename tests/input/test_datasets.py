"""Datasets (JSON Lines, gzipped JSON Lines, CSV): findings per record with its number and id,
bad records reported at their line while the file goes on, cleaned copies never in place,
the per-record report, skipped ids, and record-by-record reading."""

from __future__ import annotations

import gzip
import json

import pytest

from newslint.input.dataset import Record, records, source_of

RECORDS = [
    {"id": "a1", "body": "Prices rose alot.", "lang": "en"},
    {"id": "a2", "body": "Nothing to see.\nShe reportedly left alot early."},
]


def jsonl(rows) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def test_findings_carry_record_and_id(project, run):
    project.write("news.jsonl", jsonl(RECORDS))
    result = run("check", "--format", "json", "--text-field", "body", "news.jsonl")
    found = [
        (f["record"], f["record_id"], f["line"], f["column"], f["rule"])
        for f in result.json["findings"]
    ]
    assert found == [
        (1, "a1", 1, 13, "news.usage"),
        (2, "a2", 2, 5, "news.hedge"),
        (2, "a2", 2, 21, "news.usage"),
    ]
    assert result.json["summary"]["documents"][0]["path"] == "news.jsonl"


def test_text_output_is_path_record_line_column(project, run):
    project.write("news.jsonl", jsonl(RECORDS))
    result = run("check", "--text-field", "body", "--select", "news.usage", "news.jsonl")
    assert result.out.splitlines()[:3] == [
        "news.jsonl:1:1:13: warning [news.usage] Use 'a lot' instead of 'alot'",
        "    1 | Prices rose alot.",
        "      |             ^^^^",
    ]


def test_config_keys_name_the_fields_and_skip_records(project, run):
    project.write(
        ".newslint.yaml",
        "builtin-rules: false\nrule-paths: [rules]\ntext-field: body\nid-field: id\n"
        "skip-records: [a1]\n",
    )
    project.write("news.jsonl.gz", gzip.compress(jsonl(RECORDS).encode()))
    result = run("check", "--format", "jsonl", "--select", "news.usage", "news.jsonl.gz")
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [(r["path"], r["record"], r["record_id"]) for r in rows] == [("news.jsonl.gz", 2, "a2")]


def test_csv_with_quoted_newlines(project, run):
    project.write("news.csv", 'id,text\nr1,"First line.\nPrices rose alot."\nr2,Fine.\n')
    result = run("check", "--format", "json", "news.csv")
    (finding,) = result.json["findings"]
    assert (finding["record"], finding["record_id"], finding["line"], finding["column"]) == (
        1,
        "r1",
        2,
        13,
    )


def test_bad_records_are_reported_and_the_file_goes_on(project, run):
    project.write(
        "news.jsonl",
        '{"id": 1, "text": "Rose alot."}\n{"id": 2, "text": \n[1]\n{"id": 4}\n'
        '{"id": 5, "text": "Fell alot."}\n',
    )
    project.write("news.csv", "id,text\nr1\nr2,Fell alot.\n")
    result = run("check", "-q", "news.jsonl", "news.csv")
    assert result.code == 2
    assert result.err.splitlines() == [
        "newslint: error: news.jsonl:2:19: record 2: bad JSON: Expecting value",
        "newslint: error: news.jsonl:3: record 3: not a JSON object",
        "newslint: error: news.jsonl:4: record 4: no 'text' field",
        "newslint: error: news.csv:2: record 1: 1 columns, the header has 2",
    ]
    assert [line.split(" ")[0] for line in result.out.splitlines()] == [
        "news.jsonl:1:1:6:",
        "news.jsonl:5:1:6:",
        "news.csv:2:1:6:",
    ]


def test_a_csv_without_the_text_column(project, run):
    project.write("news.csv", "id,body\nr1,Rose alot.\n")
    result = run("check", "news.csv")
    assert result.code == 2
    assert result.err == "newslint: error: news.csv:1: no 'text' column (columns: id, body)\n"


def test_a_json_lines_file_without_the_text_field_is_one_error_naming_its_fields(project, run):
    project.write("news.jsonl", jsonl({"id": n, "html": "<p>Rose alot.</p>"} for n in range(5)))
    result = run("check", "news.jsonl")
    assert (result.code, result.err) == (
        2,
        "newslint: error: news.jsonl:1: no 'text' field in any of its 5 records "
        "(fields: id, html; --text-field names the one to check)\n",
    )


def test_records_before_the_first_with_the_text_field_are_each_reported(project, run):
    project.write("news.jsonl", jsonl([{"id": 1}, {"id": 2, "text": "Rose alot."}, {"id": 3}]))
    result = run("check", "-q", "news.jsonl")
    assert result.err.splitlines() == [
        "newslint: error: news.jsonl:1: record 1: no 'text' field",
        "newslint: error: news.jsonl:3: record 3: no 'text' field",
    ]
    assert [line.split(" ")[0] for line in result.out.splitlines()] == ["news.jsonl:2:1:6:"]


def test_fix_needs_an_output_and_never_writes_in_place(project, run):
    project.write("news.jsonl", jsonl(RECORDS))
    result = run("check", "--fix", "news.jsonl")
    assert (result.code, result.err) == (
        2,
        "newslint: error: --fix on a dataset writes a cleaned copy: give --output PATH\n",
    )
    result = run("check", "--fix", "--output", "news.jsonl", "news.jsonl")
    assert result.code == 2 and "never in place" in result.err
    assert project.root.joinpath("news.jsonl").read_text() == jsonl(RECORDS)


def test_fix_writes_a_cleaned_copy_and_a_report(project, run):
    project.write("news.jsonl", jsonl(RECORDS))
    args = ["check", "--fix", "--text-field", "body", "news.jsonl"]
    result = run(*args, "--output", "clean.jsonl", "--report", "report.jsonl")
    assert result.code == 0  # only the info-level hedge is left
    cleaned = [json.loads(line) for line in project.root.joinpath("clean.jsonl").open()]
    assert cleaned == [
        {"id": "a1", "body": "Prices rose a lot.", "lang": "en"},
        {"id": "a2", "body": "Nothing to see.\nShe reportedly left a lot early."},
    ]
    report = [json.loads(line) for line in project.root.joinpath("report.jsonl").open()]
    assert report == [
        {
            "record": 1,
            "id": "a1",
            "findings": 0,
            "by_category": {},
            "characters": 18,
            "leftover_share": 0.0,
        },
        {
            "record": 2,
            "id": "a2",
            "findings": 1,
            "by_category": {"attribution": 1},
            "characters": 48,
            "leftover_share": 0.0,
        },
    ]
    assert project.root.joinpath("news.jsonl").read_text() == jsonl(RECORDS)


def test_cleaned_csv_keeps_the_header_and_other_columns(project, run):
    project.write("news.csv", "id,text,lang\nr1,Rose alot.,en\n")
    run("check", "--fix", "--output", "clean.csv", "news.csv")
    assert project.root.joinpath("clean.csv").read_text() == "id,text,lang\nr1,Rose a lot.,en\n"


def test_the_report_counts_leftover_interface_text(project, run):
    project.write("news.jsonl", jsonl([{"id": "x", "text": "Story.\nSubscribe now"}]))
    run("check", "--report", "report.jsonl", "news.jsonl")
    (row,) = [json.loads(line) for line in project.root.joinpath("report.jsonl").open()]
    assert (row["by_category"], row["leftover_share"]) == ({"boilerplate": 1}, round(13 / 20, 4))


def test_records_are_read_one_at_a_time(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(jsonl({"id": n, "text": f"Story {n}."} for n in range(3)))
    stream = records(str(path), "big.jsonl", "text", "id")
    assert next(stream) == Record(1, 1, "0", "Story 0.", {"id": 0, "text": "Story 0."})
    assert iter(stream) is stream  # a generator: nothing beyond the first record was parsed


@pytest.mark.parametrize(
    "data, record_id, source",
    [
        ({"site": "https://www.gazette.example/news/1"}, "g/1", "gazette.example"),
        ({"site": "Gazette"}, None, "Gazette"),
        ({"site": " "}, "desk/sport/4", "desk"),
        ({}, "https://post.example/a/b", "post.example"),
        ({}, "no-separator-here", ""),
        ({}, None, ""),
        ({"site": "http://[broken"}, None, "http://[broken"),
        ((["id", "site", "text"], ["1", "herald.example", "A story."]), "1", "herald.example"),
    ],
)
def test_the_source_of_a_record(data, record_id, source):
    assert source_of(data, record_id, "site", "/") == source

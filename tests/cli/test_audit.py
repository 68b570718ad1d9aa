"""`newslint audit RULE PATHS`: one rule's hits, files with hits, words and hits per 1,000
words, top matched texts, a seeded sample in context, and precision from a labels file."""

from __future__ import annotations

import json

# news.usage hits: alot (a.txt 1:13), ALOT (a.txt 2:9), alot (c.txt 1:11), irregardless
# (c.txt 1:17); news.hedge would report "reportedly", but only the audited rule runs.
ARTICLES = {
    "a.txt": "Prices rose alot today.\nIt fell ALOT later, reportedly.\n",  # 9 words
    "b.txt": "Nothing to see here.\n",  # 4 words
    "c.txt": "They said alot, irregardless.\n",  # 4 words
}


def write_articles(project) -> list[str]:
    for name, text in ARTICLES.items():
        project.write(name, text)
    return list(ARTICLES)


def audit_json(run, *argv: str):
    result = run("audit", "news.usage", *argv, "--format", "json")
    assert result.code == 0, result
    return result.json


def test_counts_rate_and_top_texts(project, run):
    report = audit_json(run, *write_articles(project))
    assert {key: report[key] for key in ("hits", "files", "files_with_hits", "words")} == {
        "hits": 4,
        "files": 3,
        "files_with_hits": 2,
        "words": 17,
    }
    assert report["per_1000_words"] == 235.294  # 4 hits in 17 words
    assert report["top_texts"] == [
        {"text": "alot", "count": 3},  # case ignored: ALOT counts as alot
        {"text": "irregardless", "count": 1},
    ]


def test_sample_in_context_is_chosen_by_the_seed(project, run):
    paths = write_articles(project)
    first = audit_json(run, *paths, "--sample", "2", "--seed", "7")["sample"]
    again = audit_json(run, *paths, "--sample", "2", "--seed", "7")["sample"]
    other = audit_json(run, *paths, "--sample", "2", "--seed", "6")["sample"]
    assert first == again
    assert [hit["where"] for hit in first] == ["a.txt:1:13", "c.txt:1:11"]
    assert [hit["where"] for hit in other] == ["a.txt:1:13", "a.txt:2:9"]
    assert [hit["excerpt"] for hit in first] == [
        "Prices rose [[alot]] today.",
        "They said [[alot]], irregardless.",
    ]
    everything = audit_json(run, *paths, "--sample", "10")["sample"]
    assert [hit["where"] for hit in everything] == [
        "a.txt:1:13",
        "a.txt:2:9",
        "c.txt:1:11",
        "c.txt:1:17",
    ]


def test_text_output(project, run):
    project.write("a.txt", "Prices rose alot today.\n")
    result = run("audit", "news.usage", "a.txt", "--sample", "1")
    mark = audit_json(run, "a.txt")["sample"][0]["fingerprint"]
    assert (result.code, result.err) == (0, "")
    assert result.out == (
        "news.usage: 1 hit in 1 of 1 file; 4 words checked, 250.0 per 1,000 words\n"
        "\n"
        "Top matched texts:\n"
        "       1  alot\n"
        "\n"
        "Sample (1 of 1, seed 0):\n"
        f"  a.txt:1:13  {mark}\n"
        "    Prices rose [[alot]] today.\n"
    )


def test_a_rule_off_by_default_runs_when_audited(project, run):
    project.write("a.txt", "TK check the figure.\n")
    assert run("check", "a.txt").code == 0  # news.draft is off
    report = run("audit", "news.draft", "a.txt", "--format", "json").json
    assert (report["hits"], report["top_texts"]) == (1, [{"text": "tk", "count": 1}])


def test_datasets_are_read_as_check_reads_them(project, run):
    records = [{"id": "r1", "text": "Fine copy."}, {"id": "r2", "text": "It rose alot."}]
    project.write("data.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    report = audit_json(run, "data.jsonl")
    assert (report["hits"], report["words"]) == (1, 5)
    hit = report["sample"][0]
    assert (hit["where"], hit["record"], hit["excerpt"]) == (
        "data.jsonl:2:1:9",
        "r2",
        "It rose [[alot]].",
    )


def test_precision_over_labelled_hits(project, run):
    paths = write_articles(project)
    marks = {hit["where"]: hit["fingerprint"] for hit in audit_json(run, *paths)["sample"]}
    labels = [
        {"fingerprint": marks["a.txt:1:13"], "verdict": "correct"},
        {"fingerprint": marks["a.txt:2:9"], "verdict": "correct"},
        {"fingerprint": marks["c.txt:1:17"], "verdict": "incorrect"},
        {"fingerprint": "0123456789abcdef", "verdict": "correct"},  # matches no hit
    ]
    project.write("labels.jsonl", "\n".join(map(json.dumps, labels)) + "\n\n")
    report = audit_json(run, *paths, "--labels", "labels.jsonl")
    assert report["labels"] == {
        "labelled_hits": 3,
        "correct": 2,
        "incorrect": 1,
        "precision": 0.667,
        "unlabelled_hits": 1,
        "labels_matching_nothing": 1,
    }
    assert [hit["verdict"] for hit in report["sample"]] == [
        "correct",
        "correct",
        None,
        "incorrect",
    ]
    text = run("audit", "news.usage", *paths, "--labels", "labels.jsonl", "--sample", "0")
    assert text.out.endswith(
        "\nPrecision: 0.667 (2 correct, 1 incorrect of 3 labelled hits); 1 hit unlabelled; "
        "1 label matched no hit\n"
    )


def test_labels_survive_an_edit_elsewhere_in_the_file(project, run):
    project.write("a.txt", "Prices rose alot today.\n")
    mark = audit_json(run, "a.txt")["sample"][0]["fingerprint"]
    project.write("labels.jsonl", json.dumps({"fingerprint": mark, "verdict": "correct"}))
    project.write("a.txt", "A new first paragraph.\n\nPrices rose alot today.\n")
    assert audit_json(run, "a.txt", "--labels", "labels.jsonl")["labels"]["correct"] == 1


def test_unknown_rule_suggests_the_full_id(project, run):
    project.write("a.txt", "Prices rose alot.\n")
    result = run("audit", "usage", "a.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err == "newslint: error: unknown rule 'usage' (did you mean 'news.usage'?)\n"


def test_bad_labels_file_is_one_line_naming_file_and_line(project, run):
    project.write("a.txt", "Prices rose alot.\n")
    cases = {
        '{"fingerprint": "ab", "verdict": "correct"}\n'
        '{"fingerprint": "cd", "verdict": "maybe"}\n': (
            "labels.jsonl:2: verdict 'maybe': expected 'correct' or 'incorrect'"
        ),
        "not json\n": "labels.jsonl:1: not a JSON object",
        '["ab", "correct"]\n': 'labels.jsonl:1: expected {"fingerprint": ..., "verdict": ...}',
        '{"fingerprint": "ab", "verdict": "correct"}\n{"fingerprint": "ab", "verdict": '
        '"incorrect"}\n': "labels.jsonl:2: fingerprint ab is labelled both correct and incorrect",
    }
    for content, message in cases.items():
        project.write("labels.jsonl", content)
        result = run("audit", "news.usage", "a.txt", "--labels", "labels.jsonl")
        assert (result.code, result.out, result.err) == (2, "", f"newslint: error: {message}\n")
    missing = run("audit", "news.usage", "a.txt", "--labels", "nowhere.jsonl")
    no_file = "newslint: error: nowhere.jsonl: no such labels file\n"
    assert (missing.code, missing.err) == (2, no_file)


def test_a_negative_sample_is_a_usage_error(project, run):
    result = run("audit", "news.usage", "a.txt", "--sample", "-1")
    assert result.code == 2
    assert result.err == (
        "newslint: error: argument --sample: expected a whole number of 0 or more, not '-1' "
        "(see newslint --help)\n"
    )

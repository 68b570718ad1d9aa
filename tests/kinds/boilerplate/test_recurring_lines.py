"""boilerplate.recurring-line on datasets: a line that many records of one source hold is
reported in each of them, with a fix that removes it; the source comes from a field, an id
prefix or the whole dataset; article files and standard input are not counted."""

from __future__ import annotations

import json

import pytest
from helpers import fields

FOOTER = "The Valley Courier is printed by Ridge Media Group"
MESSAGE = "Line repeated in {} of {} records from {}: the site's furniture, not this article"
WHERE = ("record_id", "line", "column", "end_column", "match")


def story(number: int) -> str:
    return f"Story {'abcdefgh'[number]}\nThe council met on day {'abcdefgh'[number]}."


def dataset(records) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


@pytest.fixture
def news(project):
    """Six records of riverside.example end with the footer; one of hilltop.example too."""
    project.write(".newslint.yaml", "select: [boilerplate.recurring-line]\n")
    records = [
        {
            "id": f"r{n}",
            "site": "https://www.riverside.example/news",
            "text": f"{story(n)}\n{FOOTER}",
        }
        for n in range(6)
    ]
    records.append({"id": "h1", "site": "hilltop.example", "text": f"{story(6)}\n{FOOTER}"})
    project.write("news.jsonl", dataset(records))
    return project


def test_a_line_in_six_records_of_a_site_is_reported_in_each(news, run):
    result = run("check", "--no-cache", "--format", "json", "news.jsonl")
    assert fields(result, *WHERE) == [(f"r{n}", 3, 1, 51, FOOTER) for n in range(6)]
    assert {f["message"] for f in result.json["findings"]} == {
        MESSAGE.format(6, 6, "riverside.example")
    }


def test_the_fix_removes_the_line_in_the_cleaned_copy(news, run):
    result = run(
        "check", "--no-cache", "--fix", "--unsafe-fixes", "--output", "clean.jsonl", "news.jsonl"
    )
    assert result.code == 0
    cleaned = [json.loads(line)["text"] for line in (news.root / "clean.jsonl").open()]
    assert cleaned == [story(n) for n in range(6)] + [f"{story(6)}\n{FOOTER}"]


def test_the_source_field_is_a_setting(news, run):
    news.write(".newslint.yaml", "select: [boilerplate.recurring-line]\nsource-field: desk\n")
    result = run("check", "--no-cache", "--format", "json", "news.jsonl")
    # No record has a desk, and their ids name none: the dataset is one source of 7.
    assert fields(result, "record_id") == [(f"r{n}",) for n in range(6)] + [("h1",)]
    assert result.json["findings"][0]["message"] == MESSAGE.format(7, 7, "this dataset")


def test_an_id_names_its_source_up_to_the_separator(project, run):
    project.write(".newslint.yaml", "select: [boilerplate.recurring-line]\nsource-separator: ':'\n")
    ids = [f"gazette:{n}" for n in range(5)] + ["post:1"]
    project.write(
        "news.jsonl", dataset({"id": i, "text": f"{story(n)}\n{FOOTER}"} for n, i in enumerate(ids))
    )
    result = run("check", "--no-cache", "--format", "json", "news.jsonl")
    assert fields(result, "record_id") == [(i,) for i in ids[:5]]
    assert result.json["findings"][0]["message"] == MESSAGE.format(5, 5, "gazette")


def test_too_few_records_short_lines_and_stock_sentences_are_left_alone(project, run):
    project.write(".newslint.yaml", "select: [boilerplate.recurring-line]\n")
    stock = "The council did not respond to a request for comment on the plans on Monday."
    texts = [f"{story(n)}\nRead more\n{stock}" for n in range(6)]  # a sentence in 6 of 14
    texts += [f"{story(n)}\n{FOOTER}" for n in range(4)]  # four records only
    texts += [story(n) for n in range(4)]
    project.write("news.jsonl", dataset({"id": f"r{n}", "text": t} for n, t in enumerate(texts)))
    assert run("check", "--no-cache", "--format", "json", "news.jsonl").json["findings"] == []


def test_article_files_and_standard_input_are_not_counted(news, run):
    for n in range(6):
        news.write(f"story-{n}.txt", f"{story(n)}\n{FOOTER}\n")
    assert run("check", "--no-cache", "-q", ".", "--exclude", "*.jsonl").code == 0
    piped = (news.root / "news.jsonl").read_bytes()
    assert run("check", "-q", "--stdin-filename", "news.jsonl", "-", stdin=piped).code == 0


def test_a_line_the_model_reports_too_is_reported_once_by_this_rule(project, run):
    """boilerplate.interface-model gives way to this rule, which does not give way to it: two
    rules that give way to each other would both drop the line."""
    project.write(".newslint.yaml", "select: [boilerplate, boilerplate.interface-model]\n")
    prompt = "Have some news to share? Send us your story"
    things = ["library", "bridge", "school", "museum", "station", "harbour"]
    records = [
        {
            "id": thing,
            "text": f"Council votes on the {thing}\n"
            f"The council voted on Monday to close the old {thing} after a long debate.\n"
            f"Residents of the {thing} ward said they would fight the decision in court.\n"
            f"The {thing} has served the town since 19{n}0 and it holds rare maps.\n{prompt}",
        }
        for n, thing in enumerate(things)
    ]
    project.write("news.jsonl", dataset(records))
    result = run("check", "--no-cache", "--format", "json", "news.jsonl")
    assert fields(result, "record_id", "line", "rule") == [
        (thing, 5, "boilerplate.recurring-line") for thing in things
    ]

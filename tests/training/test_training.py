"""Training learned-lines and learned-sentences models: reading labelled documents and
sentences (and refusing bad ones with the file and line), the operating point chosen for
precision, and `newslint train` end to end on invented pages and sentences (scikit-learn:
the train extra)."""

from __future__ import annotations

import gzip
import json

import pytest

from newslint.errors import InputError
from newslint.kinds.model_file import load
from newslint.training.fit import operating_point
from newslint.training.labelled import read_labelled
from newslint.training.labelled_sentences import read_sentences
from newslint.training.leftover_lines import examples, learned_rule


def jsonl(path, records, compress=False):
    text = "".join(json.dumps(record) + "\n" for record in records)
    path.write_bytes(gzip.compress(text.encode()) if compress else text.encode())
    return path


def test_labelled_documents_keep_their_lines_in_order_and_their_site(tmp_path):
    path = jsonl(
        tmp_path / "lines.jsonl.gz",
        [
            {
                "site": "a.example",
                "source": "s",
                "lines": [
                    {"text": "Share  this", "label": "leftover"},
                    {"text": "The council met.", "label": "content"},
                    {"text": "By Ana Lind", "label": "meta"},
                ],
            },
            {"page": "p2", "source": "s", "lines": []},
            {"site": "b.example", "ordered": False, "lines": []},
        ],
        compress=True,
    )
    first, second, third = read_labelled(path)
    assert first.group == "a.example" and first.source == "s"
    assert first.lines == ("Share this", "The council met.", "By Ana Lind")
    assert first.labels == ("leftover", "content", "meta")
    assert second.group == "s/p2"  # no site: the page is its own group
    assert first.ordered and not third.ordered  # snippets out of page order


@pytest.mark.parametrize(
    "content, message",
    [
        (
            '{"lines": []}\n{"lines": [1]}\n',
            ":2: a record needs `lines`, a list of {text, label} objects",
        ),
        ('{"lines": []}\n\n{oops\n', ":3: not JSON: "),
    ],
)
def test_a_bad_record_is_an_input_error_naming_file_and_line(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_labelled(path)
    assert str(err.value).startswith(f"{path}{message}")


def test_the_operating_point_is_the_lowest_score_that_keeps_the_precision():
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    labels = [1, 1, 0, 1, 1, 0]
    threshold, figures = operating_point(scores, labels, 0.8)
    assert threshold == 0.5  # 4 of 5 reported at 0.5 are right
    assert figures == {
        "precision": 0.8,
        "recall": 1.0,
        "reported": 5,
        "positives": 4,
        "examples": 6,
    }
    threshold, figures = operating_point(scores, labels, 1.0)
    assert (threshold, figures["reported"], figures["recall"]) == (0.8, 2, 0.5)


def test_with_lines_other_rules_report_the_goal_is_for_what_is_reported_together():
    threshold, figures = operating_point([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0], 0.9, (8, 0))
    assert threshold == 0.7  # (8 + 2) / (8 + 3) = 0.91; at 0.6, 10 / 12 = 0.83
    assert figures == {
        "precision": 0.9091,
        "recall": 1.0,
        "reported": 3,
        "positives": 10,
        "examples": 4,
        "model alone": {"precision": 0.6667, "recall": 0.2},
        "rules alone": {"precision": 1.0, "recall": 0.8, "reported": 8},
    }


def test_tied_scores_are_reported_together_or_not_at_all():
    threshold, figures = operating_point([0.9, 0.5, 0.5], [1, 1, 0], 1.0)
    assert (threshold, figures["reported"]) == (0.9, 1)


PROSE = [
    "The council voted on Monday to close the old library in the town centre.",
    "Residents said they would fight the decision in the courts this year.",
]
FURNITURE = ["Share this", "Most read", "Sign in", "Follow us", "Comments (3)"]


RULE = """\
id: boilerplate.learned-test
category: boilerplate
kind: learned-lines
model: model.json.gz
phrase_files: [share.txt]
message: "Leftover ({reason})"
description: A rule for tests.
"""


def page(site, number):
    lines = [{"text": f"Story {number} on {site}", "label": "content"}]
    lines += [{"text": text, "label": "content"} for text in PROSE]
    lines += [{"text": text, "label": "leftover"} for text in FURNITURE]
    return {"site": site, "source": "invented", "lines": lines}


def test_newslint_train_writes_a_model_the_rule_can_use(tmp_path, run):
    pytest.importorskip("sklearn")
    pages = [page(f"site{s}.example", n) for s in range(6) for n in range(3)]
    data = jsonl(tmp_path / "lines.jsonl", pages)
    (tmp_path / "share.txt").write_text("share this\nfollow us\n", encoding="utf-8")
    rule = tmp_path / "learned.yaml"
    rule.write_text(RULE, encoding="utf-8")  # its model does not exist yet
    model = tmp_path / "model.json.gz"
    result = run("train", str(data), "--rule", str(rule), "-o", str(model), "--precision", "0.9")
    assert result.code == 0, result.err
    card = json.loads(result.out)
    assert card["data"]["documents"] == 18 and card["data"]["groups"] == 6
    assert card["data"]["left out (not in page order)"] == 0
    assert card["cross-validation"]["precision"] >= 0.9
    trained = load(model)
    assert trained.card == card and trained.threshold > 0
    assert trained.weights["phrase:share"] > 0


def test_newslint_train_on_a_missing_file_is_one_line_exit_2(tmp_path, run):
    rule = tmp_path / "learned.yaml"
    rule.write_text(RULE, encoding="utf-8")
    result = run(
        "train", str(tmp_path / "none.jsonl"), "--rule", str(rule), "-o", str(tmp_path / "m.json")
    )
    assert result.code == 2
    missing = tmp_path / "none.jsonl"
    assert result.err == (
        f"newslint: error: {missing}: cannot read it: [Errno 2] No such file or directory: "
        f"'{missing}'\n"
    )
    assert not (tmp_path / "m.json").exists()


def test_labelled_sentences_keep_their_label_and_group(tmp_path):
    path = jsonl(
        tmp_path / "sentences.jsonl",
        [
            {"text": "Some  critics say so.", "label": "vague", "group": "a1"},
            {"text": "Ana Lind said so.", "label": "plain"},
        ],
    )
    first, second = read_sentences(path)
    assert (first.text, first.label, first.group) == ("Some critics say so.", "vague", "a1")
    assert second.group == f"{path}:2"  # no group: the sentence is its own


def test_a_sentence_without_text_is_an_input_error_naming_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Fine."}\n{"label": "vague"}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_sentences(path)
    assert str(err.value) == f"{path}:2: a record needs `text` (a string) and `label`"


SENTENCE_RULE = """\
id: attribution.learned-test
category: attribution
kind: learned-sentences
model: model.json
cue_files: [group.txt]
message: "Vague ({reason})"
description: A rule for tests.
"""
VAGUE = ["Some critics say the {} is unsafe.", "Many observers believe the {} will close."]
PLAIN = ["Ana Lind said the {} is unsafe.", "The {} opened in 1902 and cost $4m."]


def test_newslint_train_writes_a_sentence_model_the_rule_can_use(tmp_path, run):
    pytest.importorskip("sklearn")
    things = ["bridge", "library", "school", "museum", "station", "harbour"]
    records = [
        {"text": template.format(thing), "label": label, "group": thing}
        for thing in things
        for templates, label in ((VAGUE, "vague"), (PLAIN, "plain"))
        for template in templates
    ]
    data = jsonl(tmp_path / "sentences.jsonl", records)
    (tmp_path / "group.txt").write_text("critics|observers\n", encoding="utf-8")
    rule = tmp_path / "learned.yaml"
    rule.write_text(SENTENCE_RULE, encoding="utf-8")  # its model does not exist yet
    model = tmp_path / "model.json"
    result = run("train", str(data), "--rule", str(rule), "-o", str(model), "--min-sites", "1")
    assert result.code == 0, result.err
    card = json.loads(result.out)
    assert card["data"]["groups"] == 6
    assert card["data"]["sentences by label"] == {"plain": 12, "vague": 12}
    trained = load(model)
    assert trained.unit == "sentence" and trained.card == card
    assert trained.weights["cue:group"] > 0 > trained.weights["word:NAME said"]


TEASER = "Storm floods coastal villages overnight"


def test_lines_the_rules_deferred_to_report_are_no_examples_and_sources_weigh(tmp_path, run):
    pytest.importorskip("sklearn")
    pages = [page(f"site{s}.example", n) for s in range(6) for n in range(3)]
    for record in pages:
        record["lines"].append({"text": TEASER, "label": "leftover"})
        record["source"] = "hand" if record["site"] < "site2" else "matched"
    data = jsonl(tmp_path / "lines.jsonl", pages)
    (tmp_path / "share.txt").write_text("share this\nfollow us\n", encoding="utf-8")
    rule = tmp_path / "learned.yaml"
    rule.write_text(RULE + "defer_to: [boilerplate.interface]\n", encoding="utf-8")
    model = tmp_path / "model.json.gz"
    args = ["train", str(data), "--rule", str(rule), "-o", str(model), "--precision", "0.9"]
    result = run(*args, "--weight", "matched=0.5", "--tune-on", "hand")
    assert result.code == 0, result.err
    card = json.loads(result.out)
    # "Share this", "Most read", "Sign in", "Follow us", "Comments (3)" on each of 18 pages
    assert card["data"]["lines the rules deferred to report (left out)"] == 90
    assert card["data"]["lines by source and label"] == {
        "hand content": 18,
        "hand leftover": 6,
        "matched content": 36,
        "matched leftover": 12,
    }
    assert card["data"]["weights by source"] == {"matched": 0.5}
    assert card["cross-validation"]["threshold chosen on"] == "hand"
    assert card["cross-validation"]["examples"] == 24  # the threshold's: hand's lines only
    assert card["cross-validation"]["rules alone"]["reported"] == 30  # on hand's 6 pages


@pytest.mark.parametrize(
    "option, message",
    [
        (
            ["--weight", "matched"],
            "argument --weight: expected SOURCE=W with W above 0, not 'matched' "
            "(see newslint --help)",
        ),
        (
            ["--weight", "matched=-1"],
            "argument --weight: expected SOURCE=W with W above 0, not 'matched=-1' "
            "(see newslint --help)",
        ),
        (["--tune-on", "nowhere"], "--tune-on nowhere: no labelled line of that source"),
    ],
)
def test_bad_weights_and_an_unknown_source_to_tune_on_exit_2(tmp_path, run, option, message):
    pytest.importorskip("sklearn")
    data = jsonl(tmp_path / "lines.jsonl", [page("site0.example", 0)])
    (tmp_path / "share.txt").write_text("share this\n", encoding="utf-8")
    rule = tmp_path / "learned.yaml"
    rule.write_text(RULE, encoding="utf-8")
    model = tmp_path / "m.json"
    result = run("train", str(data), "--rule", str(rule), "-o", str(model), *option)
    assert (result.code, result.err) == (2, f"newslint: error: {message}\n")
    assert not model.exists()


def test_source_weights_are_for_line_models_only(tmp_path, run):
    data = jsonl(tmp_path / "sentences.jsonl", [{"text": "Some say so.", "label": "vague"}])
    rule = tmp_path / "learned.yaml"
    rule.write_text(SENTENCE_RULE, encoding="utf-8")
    model = tmp_path / "model.json"
    result = run("train", str(data), "--rule", str(rule), "-o", str(model), "--tune-on", "hand")
    assert (result.code, result.err) == (
        2,
        f"newslint: error: {rule}: --weight and --tune-on are for learned-lines rules\n",
    )
    assert not model.exists()


def test_examples_keep_each_lines_text_beside_its_label_also_without_the_reported(tmp_path):
    (tmp_path / "share.txt").write_text("share this\n", encoding="utf-8")
    rule_file = tmp_path / "learned.yaml"
    rule_file.write_text(RULE + "defer_to: [boilerplate.interface]\n", encoding="utf-8")
    record = page("site0.example", 1)
    record["lines"].insert(1, {"text": "By Ana Lind", "label": "meta"})  # context, no example
    documents = read_labelled(jsonl(tmp_path / "lines.jsonl", [record]))
    found = examples(documents, learned_rule(rule_file))
    assert found.texts == ["Story 1 on site0.example", *PROSE, *FURNITURE]
    assert found.labels == [0, 0, 0, 1, 1, 1, 1, 1]
    kept = found.without_reported()
    assert [found.texts[i] for i, r in enumerate(found.reported) if not r] == kept.texts
    assert "Share this" in found.texts and "Share this" not in kept.texts

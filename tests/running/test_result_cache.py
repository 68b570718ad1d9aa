"""The result cache: unchanged files are answered from it with the same output; a change to
a file, a rule, a rule's data file or the configuration re-checks exactly what it must; a
damaged index is ignored; --fix, stdin and dataset reports never take stale answers."""

from __future__ import annotations

import json
import os

import pytest

from newslint.kinds import wordlists
from newslint.kinds.boilerplate.line_features import FEATURE_SET
from newslint.kinds.model_file import FORMAT, VERSION
from newslint.ruleset import selection
from newslint.ruleset.paths import builtin_rules_dir
from newslint.running import workers
from newslint.running.result_cache import _named_data_files

DATA_RULE = """\
id: desk.swaps
category: style
kind: substitution
fix: safe
message: "Use '{suggestion}' instead of '{match}'"
description: House swaps, listed in a file beside the rule.
swap_files: [swaps.txt]
"""


@pytest.fixture
def checked(monkeypatch):
    """The names of the files actually checked (not answered from the cache) by a run."""
    names: list[str] = []
    real_check = workers.check

    def counting(task, options):
        names.append(task.name)
        return real_check(task, options)

    monkeypatch.setattr(workers, "check", counting)
    return names


@pytest.fixture
def desk(project):
    project.write("a.txt", "It rained alot.\n")
    project.write("b.txt", "The mayor reportedly left.\n")
    project.write("c.txt", "All quiet.\n")
    return project


def check(run, checked, *argv):
    checked.clear()
    return run("check", "--jobs", "1", *argv, "a.txt", "b.txt", "c.txt")


def new_process():
    """Rules are loaded once per process; each command-line run is a new process."""
    per_process = (wordlists.read_pairs, wordlists.list_digest)
    for loader in (selection.loaded_rules, selection._resolve, *per_process):
        loader.cache_clear()


def age(project, *names):
    """Files written long ago: their stamps are trusted without reading them."""
    for name in names:
        os.utime(project.root / name, ns=(1_000_000_000_000_000_000,) * 2)


def test_unchanged_files_are_answered_from_the_cache(desk, run, checked):
    first = check(run, checked, "--format", "json")
    assert checked == ["a.txt", "b.txt", "c.txt"]
    second = check(run, checked, "--format", "json")
    assert checked == []
    assert (second.code, second.out, second.err) == (first.code, first.out, first.err)
    text = check(run, checked)
    assert checked == []
    assert text.out.startswith("a.txt:1:11: warning [news.usage] Use 'a lot' instead of 'alot'")


def test_a_changed_file_alone_is_checked_again(desk, run, checked):
    check(run, checked)
    desk.write("b.txt", "The mayor left alot.\n")
    result = check(run, checked, "--format", "json")
    assert checked == ["b.txt"]
    assert [(f["path"], f["rule"]) for f in result.json["findings"]] == [
        ("a.txt", "news.usage"),
        ("b.txt", "news.usage"),
    ]


def test_a_touched_but_unchanged_file_is_read_not_checked(desk, run, checked):
    age(desk, "a.txt", "b.txt", "c.txt")
    check(run, checked)
    os.utime(desk.root / "a.txt")
    check(run, checked)
    assert checked == []


def test_a_file_changed_within_the_clock_tick_is_not_missed(desk, run, checked):
    """Same size, same modification time, other words: a stamp taken just after a write is
    not trusted, so the content is compared."""
    check(run, checked)
    before = os.stat(desk.root / "a.txt")
    desk.write("a.txt", "It rained alto.\n")
    os.utime(desk.root / "a.txt", ns=(before.st_atime_ns, before.st_mtime_ns))
    result = check(run, checked)
    assert checked == ["a.txt"]
    assert "alot" not in result.out


def test_a_rule_change_checks_everything_again(desk, run, checked):
    check(run, checked)
    pack = (desk.root / "rules/news.yaml").read_text(encoding="utf-8")
    desk.write("rules/news.yaml", pack.replace("alot: a lot", "alot: a great deal"), dedent=False)
    new_process()
    result = check(run, checked)
    assert checked == ["a.txt", "b.txt", "c.txt"]
    assert "Use 'a great deal' instead of 'alot'" in result.out


def test_a_change_to_a_data_file_a_rule_names_checks_everything_again(desk, run, checked):
    desk.write("rules/swaps.yaml", DATA_RULE, dedent=False)
    desk.write("rules/swaps.txt", "quiet->calm\n")
    assert "Use 'calm' instead of 'quiet'" in check(run, checked).out
    check(run, checked)
    assert checked == []
    desk.write("rules/swaps.txt", "quiet->still\n")
    new_process()
    result = check(run, checked)
    assert checked == ["a.txt", "b.txt", "c.txt"]
    assert "Use 'still' instead of 'quiet'" in result.out


LEARNED_RULE = """\
id: desk.leftover
category: boilerplate
kind: learned-lines
model: leftover.json
message: "Leftover? ({reason})"
description: A model of leftover lines, in a file beside the rule.
"""


def leftover_model(threshold: float) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "unit": "block",
            "features": FEATURE_SET,
            "bias": -3.0,
            "weights": {"word:share": 4.0},
            "threshold": threshold,
        }
    )


def test_a_retrained_model_a_rule_names_checks_everything_again(desk, run, checked):
    desk.write("rules/leftover.yaml", LEARNED_RULE, dedent=False)
    desk.write("rules/leftover.json", leftover_model(0.5))
    check(run, checked)
    check(run, checked)
    assert checked == []
    desk.write("rules/leftover.json", leftover_model(0.9))
    new_process()
    check(run, checked)
    assert checked == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize(
    "rule_file, model",
    [
        ("boilerplate/interface-model.yaml", "boilerplate/models/leftover-lines.json.gz"),
        ("attribution/vague-sourcing-model.yaml", "attribution/models/vague-sentences.json.gz"),
    ],
)
def test_a_builtin_model_is_one_of_the_data_files_of_the_key(rule_file, model):
    """Built-in rules are keyed like a pack's: a model trained again checks everything again."""
    root = builtin_rules_dir()
    assert str((root / model).resolve()) in _named_data_files(root / rule_file)


def test_a_configuration_change_checks_again(desk, run, checked):
    check(run, checked)
    desk.write(".newslint.yaml", "builtin-rules: false\nrule-paths: [rules]\naccept: [alot]\n")
    result = check(run, checked)
    assert checked == ["a.txt", "b.txt", "c.txt"]
    assert "alot" not in result.out
    check(run, checked, "--select", "news.hedge")
    assert checked == ["a.txt", "b.txt", "c.txt"]


def test_a_damaged_index_is_ignored_and_rebuilt(desk, run, checked, cache_folder):
    first = check(run, checked, "--cache-dir", "cache")
    (index,) = (desk.root / "cache").glob("results-*.bin")
    data = bytearray(index.read_bytes())
    data[len(data) // 2] ^= 0xFF
    index.write_bytes(bytes(data))
    again = check(run, checked, "--cache-dir", "cache")
    assert checked == ["a.txt", "b.txt", "c.txt"]
    assert (again.code, again.out, again.err) == (first.code, first.out, first.err)
    check(run, checked, "--cache-dir", "cache")
    assert checked == []


def test_no_cache_checks_every_time_and_writes_nothing(desk, run, checked):
    check(run, checked, "--no-cache", "--cache-dir", "cache")
    check(run, checked, "--no-cache", "--cache-dir", "cache")
    assert checked == ["a.txt", "b.txt", "c.txt"]
    assert not (desk.root / "cache").exists()


def test_fix_checks_cached_files_that_have_fixes(desk, run, checked):
    check(run, checked)
    result = check(run, checked, "--fix")
    assert checked == ["a.txt"]  # b.txt's finding has no fix, c.txt has none
    assert (desk.root / "a.txt").read_text(encoding="utf-8") == "It rained a lot.\n"
    assert result.code == 0
    check(run, checked)
    assert checked == ["a.txt"]  # changed by the fix


def test_standard_input_is_never_cached(desk, run, checked):
    for _ in range(2):
        checked.clear()
        result = run("check", "-", "--stdin-filename", "s.txt", stdin=b"It rained alot.\n")
        assert checked == ["s.txt"] and result.code == 1


def test_a_dataset_report_is_always_written(desk, run, checked):
    desk.write("d.jsonl", '{"id": "r1", "text": "It rained alot."}\n')
    run("check", "d.jsonl")
    checked.clear()
    run("check", "d.jsonl", "--report", "report.jsonl")
    assert checked == ["d.jsonl"]
    assert (desk.root / "report.jsonl").read_text(encoding="utf-8").startswith('{"record": 1')


def test_a_cached_result_keeps_its_word_count():
    from newslint.output.results import FileResult
    from newslint.running.check import FileOutcome
    from newslint.running.result_cache import _decode, _encode

    outcome = FileOutcome(result=FileResult("a.txt", characters=16, words=3))
    assert _decode(_encode(outcome), (), "digest").result.words == 3

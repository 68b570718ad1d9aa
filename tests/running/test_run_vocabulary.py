"""A run's vocabulary (newslint.running.run_vocabulary): a word the unknown-word rule flags
in `vocabulary-min-files` of a run's files is the repository's term, dropped and counted;
never fixed by `--fix --unsafe-fixes`; cached runs agree; datasets are left out."""

from __future__ import annotations

import pytest
from helpers import fields

SPELLING_PACK = """\
rules:
  - id: typo.unknown-word
    category: typo
    severity: warning
    kind: spelling
    fix: unsafe
    message: "Possible typo: '{match}' ({evidence})"
    description: Unknown words with evidence.
"""
WHERE = ("path", "line", "column", "end_column", "match")


@pytest.fixture
def repo(project):
    project.write("rules/news.yaml", SPELLING_PACK, dedent=False)
    return project


def write_posts(project, count: int) -> None:
    """`count` posts using the team's term "presidnet"; the first also has a slip."""
    for index in range(count):
        slip = " The electoin is near." if index == 0 else ""
        project.write(f"post{index}.txt", f"The presidnet tool ran today.{slip}\n")


def test_a_word_flagged_in_three_files_is_the_runs_vocabulary(repo, run):
    write_posts(repo, 3)
    result = run("check", "--no-cache", "--format", "json", ".")
    assert fields(result, *WHERE) == [("post0.txt", 1, 35, 43, "electoin")]
    assert result.json["summary"]["vocabulary"] == {"dropped": 3, "words": ["presidnet"]}
    assert result.json["summary"]["by_rule"] == {"typo.unknown-word": 1}


def test_a_word_flagged_in_two_files_is_still_reported(repo, run):
    write_posts(repo, 2)
    result = run("check", "--no-cache", "--format", "json", ".")
    assert fields(result, *WHERE) == [
        ("post0.txt", 1, 5, 14, "presidnet"),
        ("post0.txt", 1, 35, 43, "electoin"),
        ("post1.txt", 1, 5, 14, "presidnet"),
    ]
    assert result.json["summary"]["vocabulary"] == {"dropped": 0, "words": []}


def test_the_threshold_is_a_setting_and_zero_turns_it_off(repo, run):
    write_posts(repo, 3)
    repo.write(
        ".newslint.yaml", "builtin-rules: false\nrule-paths: [rules]\nvocabulary-min-files: 0\n"
    )
    assert len(run("check", "--no-cache", "--format", "json", ".").json["findings"]) == 4
    repo.write(
        ".newslint.yaml", "builtin-rules: false\nrule-paths: [rules]\nvocabulary-min-files: 2\n"
    )
    write_posts(repo, 2)
    (repo.root / "post2.txt").unlink()
    assert len(run("check", "--no-cache", "--format", "json", ".").json["findings"]) == 1


def test_one_file_is_no_vocabulary(repo, run):
    repo.write(
        ".newslint.yaml", "builtin-rules: false\nrule-paths: [rules]\nvocabulary-min-files: 1\n"
    )
    result = run("check", "--no-cache", ".")
    assert result.code == 2
    assert "`vocabulary-min-files` must be 0 (off) or at least 2" in result.err


def test_the_text_summary_says_what_was_left_out_and_the_exit_status_follows(repo, run):
    write_posts(repo, 3)
    (repo.root / "post0.txt").write_text("The presidnet tool ran today.\n", encoding="utf-8")
    result = run("check", "--no-cache", ".")
    assert result.code == 0
    assert result.out.endswith(
        "No findings in 3 files. Left out 3 possible typos on 1 word that many files use "
        "(the run's vocabulary: see vocabulary-min-files).\n"
    )


def test_cached_results_give_the_same_vocabulary(repo, run):
    write_posts(repo, 3)
    first = run("check", "--format", "json", ".").json
    again = run("check", "--format", "json", ".").json  # every file from the result cache
    assert again == first and first["summary"]["vocabulary"]["dropped"] == 3


def test_unsafe_fixes_never_touch_the_runs_vocabulary(repo, run):
    write_posts(repo, 3)
    result = run("check", "--no-cache", "--fix", "--unsafe-fixes", "--format", "json", ".")
    assert result.json["summary"]["fixed"] == 1
    assert (
        repo.root / "post0.txt"
    ).read_text() == "The presidnet tool ran today. The election is near.\n"
    assert (repo.root / "post1.txt").read_text() == "The presidnet tool ran today.\n"
    assert result.json["findings"] == []


def test_below_the_threshold_unsafe_fixes_apply(repo, run):
    write_posts(repo, 2)
    run("check", "--no-cache", "--fix", "--unsafe-fixes", ".")
    assert (repo.root / "post1.txt").read_text() == "The president tool ran today.\n"


def test_dataset_records_are_not_files_of_the_run(repo, run):
    lines = [f'{{"id": "{n}", "text": "The presidnet tool ran today."}}' for n in range(3)]
    repo.write("news.jsonl", "\n".join(lines) + "\n")
    result = run("check", "--no-cache", "--format", "json", "news.jsonl")
    assert len(result.json["findings"]) == 3
    assert result.json["summary"]["vocabulary"] == {"dropped": 0, "words": []}


def test_inflections_count_as_one_word(repo, run):
    for index, word in enumerate(("presidnet", "presidnets", "presidnet")):
        repo.write(f"post{index}.txt", f"The {word} tool ran today.\n")
    result = run("check", "--no-cache", "--format", "json", ".")
    assert result.json["findings"] == []
    assert result.json["summary"]["vocabulary"] == {
        "dropped": 3,
        "words": ["presidnet", "presidnets"],
    }


def test_a_word_the_runs_files_write_in_code_is_their_term_in_prose(repo, run):
    """Two posts call `presidnet` in code; a third names it only in prose."""
    for index in range(2):
        repo.write(f"code{index}.md", "Run `presidnet --all` first.\n")
    repo.write("prose.md", "The presidnet tool ran today. The electoin is near.\n")
    result = run("check", "--no-cache", "--format", "json", ".")
    assert fields(result, *WHERE) == [("prose.md", 1, 35, 43, "electoin")]
    assert result.json["summary"]["vocabulary"] == {"dropped": 1, "words": ["presidnet"]}


def test_a_word_in_the_code_of_too_few_files_is_still_reported(repo, run):
    repo.write("code0.md", "Run `presidnet --all` first.\n")
    repo.write("prose.md", "The presidnet tool ran today.\n")
    result = run("check", "--no-cache", "--format", "json", ".")
    assert fields(result, *WHERE) == [("prose.md", 1, 5, 14, "presidnet")]

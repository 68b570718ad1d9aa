"""`check --changed-since REF`: only findings touching lines added or changed since a git
revision (working tree and index included), in a real temporary git repository."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

STORY = "Prices rose alot on Monday.\n\nTraders said little.\n"  # news.usage on alot, line 1
DOCUMENT_RULE = """\
rules:
  - id: news.length
    category: readability
    severity: info
    kind: metric
    scope: document
    formula: words
    condition: "> 2"
    min_words: 1
    message: "{score} words"
    description: Every document of three words or more, as a whole.
"""


@pytest.fixture
def repo(project, monkeypatch):
    """The project as a git repository with one commit of STORY in story.txt."""
    shutil.rmtree(project.root / ".git")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.root.parent))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    git(project, "init", "-q", "-b", "main")
    git(project, "config", "user.name", "Test Editor")
    git(project, "config", "user.email", "editor@example.com")
    project.write("story.txt", STORY)
    commit(project)
    return project


def git(project, *argv: str) -> str:
    done = subprocess.run(["git", *argv], cwd=project.root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def commit(project) -> None:
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "articles")


def changed(run, *paths: str, ref: str = "HEAD"):
    result = run("check", "--format", "json", "--changed-since", ref, *paths)
    return [(f["path"], f["line"], f["rule"]) for f in result.json["findings"]]


def test_a_finding_on_an_unchanged_line_is_dropped(repo, run):
    repo.write("story.txt", STORY + "\nMarkets closed early.\n")
    assert changed(run, "story.txt") == []
    result = run("check", "--changed-since", "HEAD", "story.txt")
    assert (result.code, result.out) == (0, "No findings in 1 file.\n")


def test_findings_on_added_and_edited_lines_are_kept(repo, run):
    repo.write("story.txt", STORY.replace("little", "alot") + "It fell alot.\n")
    assert changed(run, "story.txt") == [
        ("story.txt", 3, "news.usage"),
        ("story.txt", 4, "news.usage"),
    ]


def test_staged_changes_count_and_an_older_ref_sees_committed_ones(repo, run):
    repo.write("story.txt", STORY + "It fell alot.\n")
    git(repo, "add", "story.txt")
    assert changed(run, "story.txt") == [("story.txt", 4, "news.usage")]
    commit(repo)
    assert changed(run, "story.txt") == []
    assert changed(run, "story.txt", ref="HEAD~1") == [("story.txt", 4, "news.usage")]


def test_a_moved_but_unchanged_paragraph_is_dropped(repo, run):
    repo.write("story.txt", "Traders said little.\n\nPrices rose alot on Monday.\n")
    commit(repo)
    repo.write("story.txt", STORY)  # swapped: git shows one as removed and added again
    assert changed(run, "story.txt") == []
    repo.write("story.txt", STORY + "\nPrices rose alot on Monday.\n")  # a copy is new
    assert changed(run, "story.txt") == [("story.txt", 1, "news.usage")]  # git's new one


def test_an_untracked_file_is_reported_whole(repo, run):
    repo.write("new.txt", "It fell alot.\n\nIt rose alot.\n")
    assert changed(run, ".") == [("new.txt", 1, "news.usage"), ("new.txt", 3, "news.usage")]


def test_a_renamed_file_keeps_only_its_edited_lines(repo, run):
    git(repo, "mv", "story.txt", "renamed.txt")
    assert changed(run, "renamed.txt") == []
    repo.write("renamed.txt", STORY + "It fell alot.\n")
    assert changed(run, "renamed.txt") == [("renamed.txt", 4, "news.usage")]


def test_a_document_level_finding_is_kept_when_the_document_changed(repo, run):
    repo.write("rules/length.yaml", DOCUMENT_RULE)
    repo.write("other.txt", "Nothing happened at all.\n")
    commit(repo)
    assert changed(run, "story.txt", "other.txt") == []
    repo.write("story.txt", STORY + "Markets closed early.\n")
    assert changed(run, "story.txt", "other.txt") == [("story.txt", 1, "news.length")]


def test_dataset_findings_are_kept_when_their_record_changed(repo, run):
    records = [{"id": "a", "text": "It fell alot."}, {"id": "b", "text": "It rose alot."}]
    repo.write("data.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    commit(repo)
    records[1]["text"] = "It rose alot today."
    records.append({"id": "c", "text": "Nothing happened."})
    repo.write("data.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = run("check", "--format", "json", "--changed-since", "HEAD", "data.jsonl")
    assert [f["record_id"] for f in result.json["findings"]] == ["b"]


def test_outside_a_git_repository_is_one_line_exit_2(project, run, monkeypatch):
    shutil.rmtree(project.root / ".git")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.root.parent))
    project.write("story.txt", STORY)
    result = run("check", "--changed-since", "HEAD", "story.txt")
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("newslint: error: --changed-since HEAD: not a git repository")
    assert result.err.count("\n") == 1


def test_an_unknown_ref_is_one_line_exit_2_naming_it(repo, run):
    result = run("check", "--changed-since", "no-such-branch", "story.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "newslint: error: --changed-since: unknown git revision 'no-such-branch'\n"
    )


def test_git_runs_where_the_checked_files_are(repo, run, monkeypatch, tmp_path_factory):
    repo.write("story.txt", STORY + "It fell alot.\n")
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))  # not in the repository
    path = str(repo.root / "story.txt")
    assert changed(run, path) == [(path, 4, "news.usage")]

"""Configuration: discovery (nested folders, pyproject.toml, --config), overrides by glob,
severity, accept and reject vocabularies, and errors that name file:line:column."""

from __future__ import annotations

import pytest
from helpers import fields

BASE = "builtin-rules: false\nrule-paths: [{rules}]\n"
STORY = "The mayor reportedly said it was alot.\n"  # news.hedge (info), news.usage (warning)
COMPARED = ("path", "rule", "severity")  # of each finding, by fields(run, *COMPARED)


def config(rules: str = "rules", extra: str = "") -> str:
    return BASE.format(rules=rules) + extra


# -- discovery -------------------------------------------------------------------------------


def test_nearest_configuration_applies_to_each_file(project, run):
    project.write("top.txt", STORY)
    project.write("desk/.newslint.yaml", config("../rules", "ignore: [attribution]\n"))
    project.write("desk/politics/deep/story.txt", STORY)
    project.write(
        "wire/pyproject.toml",
        """\
        [project]
        name = "wire"

        [tool.newslint]
        builtin-rules = false
        rule-paths = ["../rules"]
        severity = { "news.usage" = "error" }
        """,
    )
    project.write("wire/story.txt", STORY)
    project.write("blog/pyproject.toml", "[project]\nname = 'no newslint table here'\n")
    project.write("blog/story.txt", STORY)
    result = run("check", "--format", "json", ".")
    assert fields(result, *COMPARED) == [
        ("top.txt", "news.hedge", "info"),
        ("top.txt", "news.usage", "warning"),
        ("blog/story.txt", "news.hedge", "info"),  # pyproject without the table: look further up
        ("blog/story.txt", "news.usage", "warning"),
        ("desk/politics/deep/story.txt", "news.usage", "warning"),
        ("wire/story.txt", "news.hedge", "info"),
        ("wire/story.txt", "news.usage", "error"),
    ]


def test_discovery_stops_at_the_repository_root(project, run):
    # A configuration above the repository does not apply inside it.
    project.write("repo/.git/HEAD", "ref: refs/heads/main\n")
    project.write("repo/story.txt", "The the end.\n")
    result = run("check", "--format", "json", "repo/story.txt")
    assert [f["rule"] for f in result.json["findings"]] == ["style.doubled-word"]


def test_explicit_config_replaces_discovery(project, run):
    project.write("desk/.newslint.yaml", config("../rules", "ignore: [news.usage]\n"))
    project.write("desk/story.txt", STORY)
    project.write("strict.yaml", config("rules", "fail-on: info\nignore: [news.hedge]\n"))
    assert fields(run("check", "--format", "json", "desk/story.txt"), *COMPARED) == [
        ("desk/story.txt", "news.hedge", "info")
    ]
    strict = run("check", "--format", "json", "--config", "strict.yaml", "desk/story.txt")
    assert fields(strict, *COMPARED) == [("desk/story.txt", "news.usage", "warning")]
    assert strict.code == 1  # its fail-on: info
    before = run("--config", "strict.yaml", "check", "--format", "json", "desk/story.txt")
    assert (before.code, fields(before, *COMPARED)) == (strict.code, fields(strict, *COMPARED))
    missing = run("check", "--config", "nope.yaml", "desk/story.txt")
    assert (missing.code, missing.err) == (
        2,
        "newslint: error: nope.yaml: no such configuration file\n",
    )


def test_fail_on_from_the_configuration_and_the_command_line(project, run):
    project.write(".newslint.yaml", config(extra="fail-on: error\n"))
    project.write("s.txt", STORY)
    assert run("check", "-q", "s.txt").code == 0
    assert run("check", "-q", "--fail-on", "info", "s.txt").code == 1


def test_include_and_exclude(project, run):
    project.write(
        ".newslint.yaml", config(extra="include: ['*.text', 'wire/*.txt']\nexclude: [archive/]\n")
    )
    project.write("a.text", "It was alot.\n")
    project.write("b.txt", "It was alot.\n")
    project.write("archive/c.text", "It was alot.\n")
    project.write("wire/d.txt", "It was alot.\n")
    project.write("wire/sub/e.txt", "It was alot.\n")
    project.write("sub/wire/f.txt", "It was alot.\n")
    result = run("check", "--format", "json", ".")
    assert [f["path"] for f in result.json["findings"]] == ["a.text", "wire/d.txt"]
    # A file named on the command line is always checked.
    assert fields(run("check", "--format", "json", "b.txt"), *COMPARED) == [
        ("b.txt", "news.usage", "warning")
    ]


# -- overrides, severity ---------------------------------------------------------------------


def test_overrides_by_glob(project, run):
    project.write(
        ".newslint.yaml",
        config(
            extra="""\
overrides:
  - files: ["opinion/**"]
    ignore: [news.usage]
  - files: ["*.md"]
    severity: {attribution: error}
  - files: ["wire/*.txt"]
    select: [news.hedge]
"""
        ),
    )
    for name in ("opinion/2024/column.txt", "news/story.md", "news/story.txt", "wire/feed.txt"):
        project.write(name, "The the mayor reportedly said alot.\n")
    assert fields(run("check", "--format", "json", "."), *COMPARED) == [
        ("news/story.md", "news.doubled", "error"),
        ("news/story.md", "news.hedge", "error"),
        ("news/story.md", "news.usage", "warning"),
        ("news/story.txt", "news.doubled", "error"),
        ("news/story.txt", "news.hedge", "info"),
        ("news/story.txt", "news.usage", "warning"),
        ("opinion/2024/column.txt", "news.doubled", "error"),
        ("opinion/2024/column.txt", "news.hedge", "info"),
        ("wire/feed.txt", "news.hedge", "info"),
    ]
    # --select on the command line replaces the overrides' selects too.
    assert fields(
        run("check", "--format", "json", "--select", "news.usage", "wire"), *COMPARED
    ) == [("wire/feed.txt", "news.usage", "warning")]


def test_severity_override_most_specific_selector_wins(project, run):
    project.write(
        ".newslint.yaml",
        config(
            extra="""\
severity:
  news: error
  news.hedge: warning
  style: info
"""
        ),
    )
    project.write("s.txt", "The the mayor reportedly said alot.\n")
    assert fields(run("check", "--format", "json", "s.txt"), *COMPARED) == [
        ("s.txt", "news.doubled", "error"),
        ("s.txt", "news.hedge", "warning"),
        ("s.txt", "news.usage", "error"),
    ]


# -- vocabularies ----------------------------------------------------------------------------


def test_accept_vocabulary_drops_a_finding(project, run):
    project.write("s.txt", "Alot of readers and ALOT of viewers.\n")
    assert len(run("check", "--format", "json", "s.txt").json["findings"]) == 2
    project.write(".newslint.yaml", config(extra="accept: [alot]\n"))
    assert run("check", "--format", "json", "s.txt").json["findings"] == []


def test_accept_files_are_read_relative_to_the_configuration(project, run):
    project.write("desk/.newslint.yaml", config("../rules", "accept-files: [words.txt]\n"))
    project.write("desk/words.txt", "# house style\nreportedly\n\n")
    project.write("desk/s.txt", STORY)
    assert fields(run("check", "--format", "json", "desk/s.txt"), *COMPARED) == [
        ("desk/s.txt", "news.usage", "warning")
    ]


def test_reject_vocabulary_adds_findings(project, run):
    project.write(".newslint.yaml", config(extra="reject: ['Kiev -> Kyiv', U.S.]\n"))
    project.write("s.txt", "Officials in Kiev and the U.S. agreed; UaSb did not.\n")
    result = run("check", "--format", "json", "s.txt")
    assert result.code == 1
    kiev, us = result.json["findings"]
    assert (
        kiev["rule"],
        kiev["category"],
        kiev["severity"],
        kiev["column"],
        kiev["message"],
        kiev["suggestions"],
        kiev["fix"]["edits"][0]["content"],
    ) == ("vocab.reject", "typo", "error", 14, "Use 'Kyiv' instead of 'Kiev'", ["Kyiv"], "Kyiv")
    # A rejected word is literal text, not a pattern: "U.S." does not match "UaSb".
    assert (us["rule"], us["column"], us["match"], us["message"]) == (
        "vocab.reject",
        27,
        "U.S.",
        "'U.S.' is on the reject list",
    )


def test_house_names_from_the_configuration(project, run):
    project.write(".newslint.yaml", config(extra="names:\n  Gaddafi: [Qaddafi, Gadhafi]\n"))
    project.write("s.txt", "Colonel Qaddafi spoke; GADHAFI-era rules.\n")
    result = run("check", "--format", "json", "s.txt")
    assert [
        (f["rule"], f["category"], f["column"], f["match"], f["suggestions"], f["message"])
        for f in result.json["findings"]
    ] == [
        (
            "entity.house-name",
            "entity",
            9,
            "Qaddafi",
            ["Gaddafi"],
            "House style writes 'Gaddafi', not 'Qaddafi'",
        ),
        (
            "entity.house-name",
            "entity",
            24,
            "GADHAFI",
            ["GADDAFI"],
            "House style writes 'GADDAFI', not 'GADHAFI'",
        ),
    ]


def test_house_names_must_name_variants(project, run):
    project.write(".newslint.yaml", config(extra="names:\n  Gaddafi: [gaddafi]\n"))
    project.write("s.txt", "Colonel Gaddafi spoke.\n")
    result = run("check", "s.txt")
    assert (result.code, result.err) == (
        2,
        f"newslint: error: {project.root / '.newslint.yaml'}:4:12: `names`: give the variants "
        "of 'Gaddafi', other than itself\n",
    )


def test_reject_vocabulary_obeys_select_ignore_and_severity(project, run):
    project.write(
        ".newslint.yaml",
        config(extra="reject: ['Kiev -> Kyiv']\nseverity: {vocab.reject: warning}\n"),
    )
    project.write("s.txt", "Officials in Kiev said alot.\n")
    assert fields(run("check", "--format", "json", "s.txt"), *COMPARED) == [
        ("s.txt", "vocab.reject", "warning"),
        ("s.txt", "news.usage", "warning"),
    ]
    assert fields(run("check", "--format", "json", "--ignore", "vocab", "s.txt"), *COMPARED) == [
        ("s.txt", "news.usage", "warning")
    ]
    assert fields(
        run("check", "--format", "json", "--select", "news.usage", "s.txt"), *COMPARED
    ) == [("s.txt", "news.usage", "warning")]


# -- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, where, message",
    [
        (
            "selekt: [news]\n",
            "3:1",
            "unknown key 'selekt' in the configuration; known: select, "
            "ignore, severity, rule-paths, builtin-rules, accept, accept-files, reject, "
            "reject-files, names, overrides, fail-on, include, exclude, regex-timeout, "
            "vocabulary-min-files, front-matter-fields, language, baseline, text-field, id-field, "
            "skip-records, source-field, source-separator, recurring-sketch-width",
        ),
        ("select: news.usage\n", "3:9", "`select` must be a list of strings"),
        ("builtin-rules: false\n", "3:1", "duplicate key builtin-rules"),
        ("regex-timeout: fast\n", "3:16", "`regex-timeout` must be a number"),
        ("regex-timeout: 0\n", "3:16", "`regex-timeout` must be a positive number of seconds"),
        (
            "severity:\n  news.usage: fatal\n",
            "4:15",
            "severity for 'news.usage' must be one of info, warning, error, not 'fatal'",
        ),
        ("fail-on: always\n", "3:10", "`fail-on` must be one of info, warning, error, never"),
        ("ignore: [news.usage, newz]\n", "3:22", "'newz' names no rule, rule prefix or category"),
        (
            "severity: {politics: error}\n",
            "3:12",
            "'politics' names no rule, rule prefix or category",
        ),
        (
            "overrides:\n  - files: ['*.md']\n    ignore: [nosuch]\n",
            "5:14",
            "'nosuch' names no rule, rule prefix or category",
        ),
        (
            "overrides:\n  - files: ['*.md']\n    colour: red\n",
            "5:5",
            "unknown key 'colour' in overrides[0]; known: files, select, ignore, severity",
        ),
        ("overrides:\n  - ignore: [news]\n", "4:5", "overrides[0] needs `files` (a list of globs)"),
        ("overrides:\n  - '*.md'\n", "4:5", "overrides[0] must be a mapping"),
        (
            "overrides:\n  - files: ['*.md']\n    severity: {news: loud}\n",
            "5:22",
            "severity for 'news' must be one of info, warning, error, not 'loud'",
        ),
        (
            "accept-files: [missing.txt]\n",
            "3:16",
            "cannot read word list {root}/missing.txt: No such file or directory",
        ),
        ("select: [news\n", "4:1", "expected ',' or ']', but got '<stream end>'"),
        ("regex-timeout: .inf\n", "3:16", "`regex-timeout` must be a positive number of seconds"),
        (
            "reject: [Kyiv, '-> Kyiv']\n",
            "3:16",
            'reject entry \'-> Kyiv\' must be "wrong" or "wrong -> right"',
        ),
        (
            "reject: ['a -> b -> c']\n",
            "3:10",
            'reject entry \'a -> b -> c\' must be "wrong" or "wrong -> right"',
        ),
        (
            "exclude: [drafts/, '[z-a]']\n",
            "3:20",
            "bad glob '[z-a]': bad character range z-a (in `exclude`)",
        ),
        (
            "overrides:\n  - files: ['*.md', '[z-a]']\n",
            "4:21",
            "bad glob '[z-a]': bad character range z-a (in `files`)",
        ),
    ],
)
def test_configuration_errors_name_file_line_column(project, run, text, where, message):
    project.write(".newslint.yaml", config(extra=text))
    project.write("s.txt", STORY)
    result = run("check", "s.txt")
    assert result.code == 2
    path = project.root / ".newslint.yaml"
    assert result.err == f"newslint: error: {path}:{where}: {message.format(root=project.root)}\n"
    assert result.out == ""


def test_word_list_errors_name_the_word_file_line(project, run):
    project.write(".newslint.yaml", config(extra="reject-files: [reject.txt]\n"))
    project.write("reject.txt", "# wrong -> right\nKiev -> Kyiv\n  -> nothing\n")
    project.write("s.txt", STORY)
    result = run("check", "s.txt")
    assert (result.code, result.err) == (
        2,
        f"newslint: error: {project.root / 'reject.txt'}:3:3: reject entry '-> nothing' "
        'must be "wrong" or "wrong -> right"\n',
    )


def test_bad_exclude_glob_on_the_command_line(project, run):
    result = run("check", "--exclude", "[z-a]", ".")
    assert (result.code, result.err) == (
        2,
        "newslint: error: --exclude: bad glob '[z-a]': bad character range z-a\n",
    )


def test_configuration_must_be_a_mapping(project, run):
    project.write(".newslint.yaml", "- select\n")
    project.write("s.txt", STORY)
    result = run("check", "s.txt")
    assert (result.code, result.err) == (
        2,
        f"newslint: error: {project.root / '.newslint.yaml'}:1:1: "
        "the configuration must be a mapping\n",
    )


def test_pyproject_errors_name_the_file_and_key(project, run):
    (project.root / ".newslint.yaml").unlink()
    project.write("pyproject.toml", "[tool.newslint]\nselect = 'news'\n")
    project.write("s.txt", STORY)
    result = run("check", "s.txt")
    assert (result.code, result.err) == (
        2,
        f"newslint: error: {project.root / 'pyproject.toml'}: `select` must be a list of strings\n",
    )
    project.write("pyproject.toml", "[tool.newslint\n")
    broken = run("check", "s.txt")
    assert broken.code == 2 and broken.err.startswith(
        f"newslint: error: {project.root / 'pyproject.toml'}: invalid TOML: "
    )
    assert broken.err.count("\n") == 1


def test_empty_configuration_means_defaults(project, run):
    project.write(".newslint.yaml", "# nothing yet\n")
    project.write("s.txt", "They could of won.\n")
    result = run("check", "--format", "json", "s.txt")
    assert [f["rule"] for f in result.json["findings"]] == ["style.usage"]

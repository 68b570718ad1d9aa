"""The command line: exit codes, rule selection, global options, inputs (stdin, missing,
binary, Latin-1) and the rules / explain / config / test-rules commands."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys

import pytest
from helpers import fields

STORY = "The mayor reportedly said it was alot.\n"  # news.hedge (info), news.usage (warning)


def rules_of(result) -> list[str]:
    return [f["rule"] for f in result.json["findings"]]


# -- exit codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fail_on, info_only, with_warning, with_error",
    [
        ("info", 1, 1, 1),
        ("warning", 0, 1, 1),
        ("error", 0, 0, 1),
        ("never", 0, 0, 0),
    ],
)
def test_exit_code_for_each_fail_on(project, run, fail_on, info_only, with_warning, with_error):
    project.write("info.txt", "The mayor reportedly left.\n")
    project.write("warning.txt", "It was alot.\n")
    project.write("error.txt", "It was was late.\n")
    project.write("clean.txt", "All quiet.\n")
    for name, expected in (
        ("info.txt", info_only),
        ("warning.txt", with_warning),
        ("error.txt", with_error),
        ("clean.txt", 0),
    ):
        assert run("check", "-q", "--fail-on", fail_on, name).code == expected, (fail_on, name)


def test_default_fail_level_is_warning(project, run):
    project.write("info.txt", "The mayor reportedly left.\n")
    project.write("warning.txt", "It was alot.\n")
    assert run("check", "-q", "info.txt").code == 0
    assert run("check", "-q", "warning.txt").code == 1


def test_usage_errors_exit_2_with_one_line(project, run):
    for argv in (
        ["check", "--format", "xml", "x.txt"],
        ["check", "--fail-on", "sometimes"],
        ["frobnicate"],
        ["check", "--no-such-option"],
    ):
        result = run(*argv)
        assert result.code == 2, argv
        assert result.err.count("\n") == 1 and result.err.startswith("newslint: error: "), argv
    result = run("check", "--unsafe-fixes", "x.txt")
    assert (result.code, result.err) == (
        2,
        "newslint: error: --unsafe-fixes goes with --fix or --diff\n",
    )


def test_internal_error_is_one_line(project, run, monkeypatch):
    from newslint.cli import main

    def broken(args):
        raise RuntimeError("boom")

    monkeypatch.setitem(main.COMMANDS, "rules", broken)
    monkeypatch.delenv("NEWSLINT_DEBUG", raising=False)
    result = run("rules")
    assert (result.code, result.err) == (
        2,
        "newslint: internal error: RuntimeError: boom (set NEWSLINT_DEBUG=1 for the traceback)\n",
    )
    monkeypatch.setenv("NEWSLINT_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main.main(["rules"])


def test_no_command_prints_help_and_exits_2(project, run):
    result = run()
    assert result.code == 2
    assert result.out.startswith("usage: newslint")


# -- selection -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "option, value, expected",
    [
        ("--select", "news.usage", ["news.usage"]),  # id
        ("--select", "news", ["news.doubled", "news.hedge", "news.usage"]),  # id prefix
        ("--select", "attribution", ["news.hedge"]),  # category
        ("--select", "attribution,news.usage", ["news.hedge", "news.usage"]),
        ("--select", "news.draft", ["news.draft"]),  # exact id: off rule on
        ("--select", "typo", ["news.doubled"]),  # a category does not
        ("--ignore", "news.usage", ["news.doubled", "news.hedge"]),
        ("--ignore", "news", []),
        ("--ignore", "typo, attribution", ["news.usage"]),
    ],
)
def test_select_and_ignore(project, run, option, value, expected):
    project.write("s.txt", "TK: the the mayor reportedly said alot.\n")
    result = run("check", "--format", "json", option, value, "s.txt")
    assert sorted(set(rules_of(result))) == expected


def test_unused_suppressions_can_be_ignored_or_raised(project, run):
    project.write("s.txt", "<!-- newslint-disable news.usage -->\nThe mayor spoke.\n")
    assert rules_of(run("check", "--format", "json", "s.txt")) == ["meta.unused-suppression"]
    assert rules_of(run("check", "--format", "json", "--ignore", "meta", "s.txt")) == []
    project.write(
        ".newslint.yaml",
        "builtin-rules: false\nrule-paths: [rules]\nseverity: {meta.unused-suppression: error}\n",
    )
    raised = run("check", "--format", "json", "s.txt")
    assert [f["severity"] for f in raised.json["findings"]] == ["error"]


def test_select_and_ignore_together(project, run):
    project.write("s.txt", "TK: the the mayor reportedly said alot.\n")
    result = run("check", "--format", "json", "--select", "news", "--ignore", "typo", "s.txt")
    assert rules_of(result) == ["news.hedge", "news.usage"]


def test_a_category_selects_exactly_its_rules_not_ids_that_start_with_it(project, run):
    # Like the built-in readability rules, whose ids start with "style.".
    project.write(
        "rules/hype.yaml",
        "id: typo.hype\ncategory: style\nseverity: warning\nkind: existence\n"
        "message: Hype\ndescription: Hype words.\ntokens: [stunning]\n",
    )
    project.write("s.txt", "A stunning result, the the mayor said.\n")
    ignored = run("check", "--format", "json", "--ignore", "typo", "s.txt")
    assert rules_of(ignored) == ["typo.hype"]
    selected = run("check", "--format", "json", "--select", "typo", "s.txt")
    assert rules_of(selected) == ["news.doubled"]
    by_prefix = run("check", "--format", "json", "--select", "typo.hype", "s.txt")
    assert rules_of(by_prefix) == ["typo.hype"]


def test_unknown_selector_on_the_command_line(project, run):
    project.write("s.txt", STORY)
    result = run("check", "--select", "news.usage,nosuch", "s.txt")
    assert result.code == 2
    assert result.err == (
        "newslint: error: command line: 'nosuch' names no rule, rule prefix or category\n"
    )


# -- global options --------------------------------------------------------------------------


def test_global_options_before_the_subcommand(project, run):
    project.write("s.txt", STORY)
    before = run(
        "--format", "json", "--select", "news.usage", "--fail-on", "error", "check", "s.txt"
    )
    after = run(
        "check", "s.txt", "--format", "json", "--select", "news.usage", "--fail-on", "error"
    )
    assert before.code == after.code == 0
    assert rules_of(before) == rules_of(after) == ["news.usage"]
    quiet = run("-q", "check", "s.txt")
    assert quiet.out.splitlines() == [
        "s.txt:1:11: info [news.hedge] Unattributed claim: 'reportedly'",
        "s.txt:1:34: warning [news.usage] Use 'a lot' instead of 'alot'",
    ]


def test_subcommand_option_wins_and_rules_paths_add_up(project, run):
    project.write("s.txt", "The mayor fumbled the budget.\n")
    for word in ("mayor", "budget"):
        project.write(
            f"extra/{word}.yaml",
            f"""\
            id: extra.{word}
            category: style
            message: "Found {{match}}"
            description: A test rule.
            kind: existence
            tokens: [{word}]
            """,
        )
    result = run(
        "--format",
        "text",
        "--rules",
        "extra/mayor.yaml",
        "check",
        "--format",
        "json",
        "--rules",
        "extra/budget.yaml",
        "s.txt",
    )
    assert rules_of(result) == ["extra.mayor", "extra.budget"]


def test_version(project, run):
    result = run("--version")
    assert (result.code, result.out) == (0, "newslint 0.1.0\n")


# -- inputs ----------------------------------------------------------------------------------


def test_a_file_named_twice_is_checked_once(project, run):
    project.write("desk/s.txt", STORY)
    result = run("check", "--format", "json", "desk/s.txt", "./desk/s.txt", "desk")
    assert fields(result, "path", "rule") == [
        ("desk/s.txt", "news.hedge"),
        ("desk/s.txt", "news.usage"),
    ]
    assert result.json["summary"]["files"] == 1


def test_a_rule_file_under_two_rule_paths_is_loaded_once(project, run):
    project.write("s.txt", STORY)
    result = run("check", "--format", "json", "--rules", "rules/news.yaml", "s.txt")
    assert rules_of(result) == ["news.hedge", "news.usage"]


def test_stdin_with_stdin_filename(project, run):
    project.write(
        "desk/.newslint.yaml",
        "builtin-rules: false\nrule-paths: [../rules]\nseverity: {news.usage: error}\n",
    )
    result = run(
        "check",
        "--format",
        "json",
        "-",
        "--stdin-filename",
        "desk/story.txt",
        stdin="Сказал, что alot.\n".encode(),
    )
    assert result.code == 1
    (finding,) = result.json["findings"]
    # The name is reported, and the configuration is the one for that name.
    assert (finding["path"], finding["line"], finding["column"], finding["severity"]) == (
        "desk/story.txt",
        1,
        13,
        "error",
    )


def test_stdin_without_a_name(project, run):
    result = run("check", "-q", "-", stdin=b"It was alot.\n")
    assert (result.code, result.out) == (
        1,
        "-:1:8: warning [news.usage] Use 'a lot' instead of 'alot'\n",
    )


def test_missing_file_exits_2_with_one_line(project, run):
    project.write("s.txt", STORY)
    result = run("check", "-q", "s.txt", "nope.txt")
    assert result.code == 2
    assert result.err == "newslint: error: nope.txt: no such file or folder\n"
    assert "s.txt:1:34:" in result.out  # the other file is still checked


def test_binary_file_is_skipped_with_a_warning(project, run):
    project.write("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00alot")
    result = run("check", "--format", "json", "photo.txt")
    assert result.code == 0
    assert result.err == "newslint: warning: photo.txt: binary file (NUL bytes), skipped\n"
    assert result.json["findings"] == [] and result.json["summary"]["files"] == 0


def test_nothing_to_check_is_an_error_saying_what_was_passed_over(project, run):
    project.write("news/photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00alot")
    for name in ("scan.pdf", "notes.pdf", "archive.tar.gz", "LICENSE"):
        project.write(f"news/{name}", "It was alot.\n")
    result = run("check", "news")
    assert (result.code, result.err.splitlines()) == (
        2,
        [
            "newslint: warning: news/photo.txt: binary file (NUL bytes), skipped",
            "newslint: error: news: nothing to check: 1 skipped (see the warning above); "
            "4 not included by `include` (2 *.pdf, 1 *.tar.gz, 1 without an extension); "
            "--allow-empty lets such a run pass",
        ],
    )
    (project.root / "empty").mkdir()
    assert run("check", "empty").err == (
        "newslint: error: empty: nothing to check: no files; --allow-empty lets such a run pass\n"
    )
    assert run("check", "--allow-empty", "news").code == 0


def test_latin1_file_is_read_with_a_warning(project, run):
    project.write("old.txt", "Le café était alot.\n".encode("latin-1"))
    result = run("check", "--format", "json", "old.txt")
    assert result.code == 1
    assert result.err == "newslint: warning: old.txt: not valid UTF-8 (byte 6), read as cp1252\n"
    (finding,) = result.json["findings"]
    assert (finding["line"], finding["column"], finding["match"]) == (1, 15, "alot")


def test_folders_are_walked_for_text_files(project, run):
    project.write("news/a.txt", "It was alot.\n")
    project.write("news/b.md", "Irregardless.\n")
    project.write("news/c.json", '{"t": "alot"}\n')
    project.write("news/node_modules/d.txt", "alot\n")
    result = run("check", "--format", "json", "news")
    assert [(f["path"], f["match"]) for f in result.json["findings"]] == [
        (os.path.join("news", "a.txt"), "alot"),
        (os.path.join("news", "b.md"), "Irregardless"),
    ]
    excluded = run("check", "--format", "json", "--exclude", "b.md", "news")
    assert [f["path"] for f in excluded.json["findings"]] == [os.path.join("news", "a.txt")]


def test_compressed_html_and_markdown_are_read_as_html_and_markdown(project, run):
    project.write("news/a.html.gz", gzip.compress(b"<p>It was <b>alot</b>.</p>\n"))
    project.write("news/b.md.gz", gzip.compress(b"# Title\n\nIt was **alot**.\n"))
    result = run("check", "--format", "json", "news")
    assert fields(result, "path", "line", "column", "match") == [
        (os.path.join("news", "a.html.gz"), 1, 14, "alot"),
        (os.path.join("news", "b.md.gz"), 3, 10, "alot"),
    ]
    assert run("check", "--fix", "news/b.md.gz").code == 0
    fixed = gzip.decompress((project.root / "news/b.md.gz").read_bytes())
    assert fixed == b"# Title\n\nIt was **a lot**.\n"


def test_fix_on_stdin_prints_the_fixed_text(project, run):
    result = run("check", "--fix", "-", stdin=b"It was was alot.\n")
    assert (result.code, result.out) == (0, "It was a lot.\n")


# -- other commands --------------------------------------------------------------------------


def test_rules_lists_active_rules_and_all(project, run):
    result = run("rules")
    assert result.code == 0
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines] == [
        "news.usage",
        "news.hedge",
        "news.doubled",
        "news.promo",
    ]
    assert lines[0].split(None, 4) == [
        "news.usage",
        "style",
        "warning",
        "substitution",
        "Common slips.",
    ]
    every = run("rules", "--all").out.splitlines()
    assert every[-1].startswith("news.draft") and every[-1].endswith("(off)")
    listed = run("rules", "--all", "--format", "json").json
    assert listed[-1] == {
        "id": "news.draft",
        "category": "typo",
        "severity": "error",
        "kind": "existence",
        "enabled": False,
        "summary": "Editing marks left in the copy.",
    }
    assert [r["id"] for r in run("--select", "typo", "rules", "--format", "json").json] == [
        "news.doubled"
    ]


def test_builtin_rules_are_listed_without_a_configuration(project, run):
    (project.root / ".newslint.yaml").unlink()
    ids = [r["id"] for r in run("rules", "--format", "json").json]
    assert {i.split(".")[0] for i in ids} == {
        "style",
        "typo",
        "entity",
        "boilerplate",
        "attribution",
    }
    assert {"style.usage", "typo.unknown-word", "entity.variant"} <= set(ids)
    assert "entity.house-names" not in ids  # off by default


def test_explain(project, run):
    result = run("explain", "news.usage")
    assert result.code == 0
    assert result.out == (
        "news.usage  (style, warning, kind substitution, scope document, fix safe)\n"
        "\n"
        "Common slips. Each has one right form.\n"
        "\n"
        "Reported:\n"
        "  Prices rose ⟦alot⟧.\n"
        "  ⟦Irregardless⟧ of the cost.\n"
        "    message: Use 'Regardless' instead of 'Irregardless'\n"
        "    suggestion: Regardless\n"
        "\n"
        "Not reported:\n"
        "  Prices rose a lot.\n"
        "\n"
        "Fix: Prices rose alot.\n"
        "  -> Prices rose a lot.\n"
    )
    off = run("explain", "news.draft")
    assert off.out.splitlines()[0].endswith("fix unsafe, off by default)")
    unknown = run("explain", "news.nope")
    assert (unknown.code, unknown.err) == (
        2,
        "newslint: error: unknown rule 'news.nope' (see `newslint rules --all`)\n",
    )
    tail = run("explain", "usage")  # the last part of an id
    assert (tail.code, tail.err) == (
        2,
        "newslint: error: unknown rule 'usage' (did you mean 'news.usage'?)\n",
    )
    project.write("s.txt", STORY)
    typo = run("check", "--select", "news.usag", "s.txt")
    assert (typo.code, typo.err) == (
        2,
        "newslint: error: command line: 'news.usag' names no rule, rule prefix or category "
        "(did you mean 'news.usage'?)\n",
    )


def test_config_command(project, run):
    project.write(
        "desk/.newslint.yaml",
        "builtin-rules: false\nrule-paths: [../rules]\nignore: [attribution]\nfail-on: error\n",
    )
    top = run("config")
    assert top.code == 0
    assert f"source: {project.root / '.newslint.yaml'}\n" in top.out
    assert "builtin-rules: false\n" in top.out
    assert top.out.endswith(
        "rules:\n- news.usage (warning)\n- news.hedge (info)\n"
        "- news.doubled (error)\n- news.promo (warning)\n"
        "- meta.unused-suppression (info)\n"
    )
    desk = run("config", "desk")
    assert f"source: {project.root / 'desk' / '.newslint.yaml'}\n" in desk.out
    assert "ignore:\n- attribution\n" in desk.out and "fail-on: error\n" in desk.out
    assert "news.hedge" not in desk.out


def test_test_rules(project, run):
    rule = """\
        id: {id}
        category: style
        message: "Found {{match}}"
        description: A rule with examples.
        kind: existence
        tokens: [mayor]
        examples:
          bad: ["{bad}"]
          good: ["The council met."]
        """
    project.write("ok.yaml", rule.format(id="ok.example", bad="The mayor met."))
    ok = run("test-rules", "ok.yaml")
    assert (ok.code, ok.out) == (0, "1 passed, 0 failed\n")
    project.write("bad.yaml", rule.format(id="bad.example", bad="The council met."))
    failed = run("test-rules", "bad.yaml")
    assert failed.code == 1
    assert failed.out == (
        "FAIL bad.example: bad example gave no finding: 'The council met.'\n0 passed, 1 failed\n"
    )
    project.write(
        "pinned.yaml",
        rule.format(id="pinned.example", bad="The <marker>council</marker> met the mayor."),
    )
    pinned = run("test-rules", "pinned.yaml", "ok.yaml")
    assert pinned.code == 1
    assert pinned.out == (
        "FAIL pinned.example: bad example 1 expected 'council' at 1:5-1:12, found nothing; "
        "found 'mayor' at 1:21-1:26 outside the marked spans\n1 passed, 1 failed\n"
    )


# -- a real process: no traceback, the same exit codes ----------------------------------------


def newslint(*argv, cwd):
    return subprocess.run(
        [sys.executable, "-m", "newslint", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "GITHUB_ACTIONS": ""},
    )


def test_subprocess_exit_codes_and_no_traceback(project):
    project.write("s.txt", STORY)
    found = newslint("check", "-q", "s.txt", cwd=project.root)
    assert (found.returncode, found.stderr) == (1, "")
    assert (
        found.stdout.splitlines()[1]
        == "s.txt:1:34: warning [news.usage] Use 'a lot' instead of 'alot'"
    )
    missing = newslint("check", "s.txt", "nope.txt", "--fail-on", "never", cwd=project.root)
    assert (missing.returncode, missing.stderr) == (
        2,
        "newslint: error: nope.txt: no such file or folder\n",
    )


def test_subprocess_configuration_error(project):
    project.write(".newslint.yaml", "builtin-rules: false\nrule-paths: [rules]\nfail-on: 3\n")
    project.write("s.txt", STORY)
    result = newslint("check", "s.txt", cwd=project.root)
    assert result.returncode == 2
    assert result.stderr == (
        f"newslint: error: {project.root / '.newslint.yaml'}:3:10: `fail-on` must be a string\n"
    )
    assert result.stdout == ""

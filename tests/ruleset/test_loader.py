"""Rule files: every loading error names file:line:column of the YAML node at fault, exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.errors import RuleError
from newslint.ruleset.loading import load_rule_file, load_rules

RULE = """\
id: desk.mayor
category: style
message: "Found {match}"
description: A test rule.
kind: existence
tokens: [mayor]
"""


def test_a_rule_file_loads(project, run):
    project.write("extra.yaml", RULE)
    (rule,) = load_rule_file(Path("extra.yaml"))
    assert (
        rule.id,
        rule.category,
        rule.severity,
        rule.kind,
        rule.scope,
        rule.fix,
        rule.enabled,
    ) == ("desk.mayor", "style", "warning", "existence", "document", "unsafe", True)
    assert rule.source == "extra.yaml:1:1"
    result = run(
        "check",
        "--format",
        "json",
        "--rules",
        "extra.yaml",
        "--select",
        "desk",
        "-",
        stdin=b"The mayor spoke.\n",
    )
    assert [(f["rule"], f["column"], f["message"]) for f in result.json["findings"]] == [
        ("desk.mayor", 5, "Found mayor")
    ]


def test_rules_list_and_vale_style_fields(project):
    project.write(
        "pack.yaml",
        """\
        rules:
          - id: desk.a
            extends: existence
            level: suggestion
            category: style
            message: "Avoid '%s'"
            description: Vale names.
            tokens: [very]
          - id: desk.b
            category: style
            message: "Use '%s' instead of '%s'"
            description: Vale placeholders, in Vale's order.
            kind: substitution
            swap: {utilise: use}
        """,
    )
    first, second = load_rules([Path("pack.yaml")])
    assert (first.kind, first.severity, first.message) == ("existence", "info", "Avoid '{match}'")
    assert second.message == "Use '{suggestion}' instead of '{match}'"
    assert second.source == "pack.yaml:9:5"


def rule_with(*lines: str, drop: str = "") -> str:
    kept = [line for line in RULE.splitlines() if not drop or not line.startswith(drop)]
    return "\n".join(kept + list(lines)) + "\n"


@pytest.mark.parametrize(
    "text, where, message",
    [
        # YAML syntax
        (
            rule_with("tokens: [mayor", drop="tokens"),
            "7:1",
            "expected ',' or ']', but got '<stream end>'",
        ),
        (RULE + "tokens: [council]\n", "7:1", "duplicate key tokens"),
        # unknown key
        (rule_with("colour: red"), "7:1", "unknown key 'colour' for a rule of kind existence"),
        # wrong type
        (rule_with("tokens: mayor", drop="tokens"), "6:9", "`tokens` must be a list of strings"),
        (rule_with("enabled: sometimes"), "7:10", "`enabled` must be true or false"),
        (rule_with("kind: [existence]", drop="kind"), "6:7", "`kind` must be a string"),
        (RULE.replace("id: desk.mayor", "id: 42"), "1:5", "`id` must be a string"),
        (
            rule_with("examples:", "  bad: [1, 2]"),
            "8:9",
            "a bad example must be a string or a mapping with `text`",
        ),
        (rule_with("examples:", "  bad: x"), "8:8", "`bad` examples must be a list"),
        (rule_with("examples:", "  good: [1]"), "8:9", "`good` examples must be a list of strings"),
        # bad values
        (
            rule_with("raw: ['(mayor']", drop="tokens"),
            "6:6",
            "bad regular expression: missing ) at position 6",
        ),
        (
            rule_with("kind: teleport", drop="kind"),
            "6:7",
            "unknown kind 'teleport'; known: existence, substitution, consistency, occurrence, "
            "repetition, metric, brackets, spelling, name-variants, house-names, interface-lines, "
            "interface-region, foreign-script, duplicate-text, chrome-lines, learned-lines, "
            "sourcing-phrases, unattributed-quote, unattributed-claim, learned-sentences, "
            "page-chrome, recurring-lines",
        ),
        (
            rule_with("severity: fatal"),
            "7:11",
            "`severity` must be one of info, warning, error, not 'fatal'",
        ),
        (
            RULE.replace("category: style", "category: gossip"),
            "2:11",
            "`category` must be one of typo, entity, attribution, boilerplate, style, readability, "
            "not 'gossip'",
        ),
        (rule_with(drop="message"), "1:1", "rule has no `message`"),
        # message placeholders
        (
            RULE.replace("Found {match}", "Found {word}"),
            "3:10",
            "unknown placeholder {word}; this kind fills match, suggestion",
        ),
        (
            RULE.replace("Found {match}", "Found {match"),
            "3:10",
            "bad message template: expected '}' before end of string",
        ),
        (
            RULE.replace("Found {match}", "Found {match:d}"),
            "3:10",
            "bad message template: Unknown format code 'd' for object of type 'str'",
        ),
        # examples and deferral
        (
            RULE + "examples:\n  format: xml\n",
            "8:11",
            "`format` must be one of text, markdown, html, not 'xml'",
        ),
        (
            RULE + "examples:\n  ugly: [x]\n",
            "8:3",
            "unknown example key 'ugly'; use bad, good, fix, format, records",
        ),
        # bad examples that pin their findings
        (
            RULE + "examples:\n  bad:\n    - ok <marker>mayor</marker>\n"
            "    - 'The <marker>mayor spoke.'\n",
            "10:7",
            "<marker> not closed at 1:5 of the example",
        ),
        (
            RULE + 'examples:\n  bad: ["The mayor\\nand <marker>the <marker>mayor</marker>"]\n',
            "8:9",
            "<marker> inside another <marker> at 2:17 of the example",
        ),
        (
            RULE + "examples:\n  bad: [The mayor</marker> spoke.]\n",
            "8:9",
            "</marker> with no <marker> before it at 1:10 of the example",
        ),
        (
            RULE + "examples:\n  bad:\n    - message: Found mayor\n",
            "9:7",
            "a bad example given as a mapping needs `text`",
        ),
        (
            RULE + "examples:\n  bad:\n    - {text: <marker>mayor</marker>, hint: x}\n",
            "9:38",
            "unknown bad example key 'hint'; use text, message, suggestion",
        ),
        (
            RULE + "examples:\n  bad:\n    - {text: The <marker>mayor</marker>, message: [x]}\n",
            "9:51",
            "`message` of a bad example must be a string",
        ),
        (
            RULE + "examples:\n  bad:\n    - {text: The mayor, message: Found mayor}\n",
            "9:14",
            "a bad example given as a mapping must mark its spans with <marker>...</marker>",
        ),
        (
            RULE + "examples:\n  good: [ok, The <marker>council</marker>]\n",
            "8:14",
            "markers belong in bad examples, not in `good`",
        ),
        (
            RULE + "examples:\n  fix:\n    - {before: <marker>a</marker>, after: b}\n",
            "9:16",
            "markers belong in bad examples, not in `fix`",
        ),
        (RULE + "defer_to: desk.other\n", "7:11", "`defer_to` must be a list of strings"),
        # file shape
        ("rules: {id: x}\n", "1:8", "`rules` must be a list of rules"),
        ("rules: []\nextra: 1\n", "2:1", "unknown key 'extra' beside `rules`"),
        ("- just a string\n", "1:3", "a rule must be a mapping"),
    ],
)
def test_rule_errors_name_file_line_column(project, run, text, where, message):
    project.write("bad.yaml", text, dedent=False)
    project.write("s.txt", "The mayor spoke.\n")
    result = run("check", "--rules", "bad.yaml", "s.txt")
    assert result.code == 2
    expected = f"newslint: error: bad.yaml:{where}: {message}"
    if message.endswith("..."):
        assert result.err.startswith(expected[:-3]) and result.err.count("\n") == 1
    else:
        assert result.err == expected + "\n"
    assert result.out == ""


def test_duplicate_id_names_both_places(project, run):
    project.write("one.yaml", RULE)
    project.write("more/two.yaml", "# the same id again\n" + RULE.replace("mayor]", "council]"))
    project.write("s.txt", "The mayor spoke.\n")
    result = run("check", "--rules", "one.yaml", "--rules", "more", "s.txt")
    assert result.code == 2
    assert result.err == (
        "newslint: error: more/two.yaml:2:1: duplicate rule id 'desk.mayor' "
        "(first defined at one.yaml:1:1)\n"
    )


def test_duplicate_id_within_one_file(project):
    project.write(
        "pack.yaml",
        "rules:\n"
        + "".join("  - " + RULE.replace("\n", "\n    ").rstrip() + "\n" for _ in range(2)),
    )
    with pytest.raises(RuleError) as caught:
        load_rules([Path("pack.yaml")])
    assert str(caught.value) == (
        "pack.yaml:8:5: duplicate rule id 'desk.mayor' (first defined at pack.yaml:2:5)"
    )


def test_missing_rule_path_and_unreadable_file(project, run):
    project.write("s.txt", "The mayor spoke.\n")
    missing = run("check", "--rules", "nowhere", "s.txt")
    assert (missing.code, missing.err) == (
        2,
        "newslint: error: nowhere: no such rule file or folder\n",
    )
    project.write("latin.yaml", RULE.replace("mayor]", "maire é]").encode("latin-1"))
    bad = run("check", "--rules", "latin.yaml", "s.txt")
    assert (bad.code, bad.err) == (2, "newslint: error: latin.yaml: not valid UTF-8\n")


def test_rule_paths_in_the_configuration_are_relative_to_it(project, run):
    project.write("desk/.newslint.yaml", "builtin-rules: false\nrule-paths: [house]\n")
    project.write("desk/house/bad.yaml", rule_with("colour: red"))
    project.write("desk/s.txt", "The mayor spoke.\n")
    result = run("check", "desk/s.txt")
    assert result.code == 2
    assert result.err == (
        f"newslint: error: {project.root / 'desk/house/bad.yaml'}:7:1: "
        "unknown key 'colour' for a rule of kind existence\n"
    )


def test_a_cached_rule_file_still_reports_errors_at_their_position(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "words.txt").write_text("alpha->beta\n", encoding="utf-8")
    rule = tmp_path / "rule.yaml"
    rule.write_text(
        'id: test.words\ncategory: style\nkind: substitution\nmessage: "no"\ndescription: d\n'
        "swap_files: [words.txt]\n",
        encoding="utf-8",
    )
    [loaded] = load_rule_file(rule)  # parsed, and the parse cached
    assert loaded.source == f"{rule}:1:1"
    assert list((tmp_path / "cache").glob("rule-file-*"))
    [again] = load_rule_file(rule)  # from the cache
    assert again.source == loaded.source
    (tmp_path / "words.txt").unlink()
    with pytest.raises(RuleError) as err:
        load_rule_file(rule)
    assert str(err.value) == f"{rule}:6:13: no such file: words.txt"


# -- checkers built for the rules a run selects ----------------------------------------------

BROKEN_OFF = RULE.replace("id: desk.mayor", "id: desk.broken").replace(
    "tokens: [mayor]", "enabled: false\nraw: ['(mayor']"
)


def test_a_rule_not_selected_builds_nothing_and_reports_nothing(project, run):
    project.write("off.yaml", BROKEN_OFF)
    project.write("s.txt", "The mayor spoke.\n")
    result = run("check", "--rules", "off.yaml", "--select", "news", "s.txt")
    assert (result.code, result.err) == (0, "")


def test_a_broken_rule_is_reported_when_selected(project, run):
    project.write("off.yaml", BROKEN_OFF)
    project.write("s.txt", "The mayor spoke.\n")
    result = run("check", "--rules", "off.yaml", "--select", "desk.broken", "s.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "newslint: error: off.yaml:7:6: bad regular expression: missing ) at position 6\n"
    )


def test_every_builtin_rule_builds(project):
    from newslint.kinds.base import Kind
    from newslint.ruleset.paths import builtin_rules_dir
    from newslint.ruleset.rule import DeferredChecker

    rules = load_rules([builtin_rules_dir()], defer=True)
    assert all(isinstance(rule.checker, DeferredChecker) for rule in rules)
    assert all(isinstance(rule.built().checker.built(), Kind) for rule in rules)


def test_data_files_resolve_through_linked_folders_and_links(tmp_path):
    """Each folder is resolved once: a file keeps its name there, a link is followed."""
    from newslint.ruleset.loading import _rule_data_file

    real = tmp_path / "lists"
    real.mkdir()
    (real / "words.txt").write_text("alpha->beta\n", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real)
    (real / "alias.txt").symlink_to(real / "words.txt")
    rule = tmp_path / "rule.yaml"
    for name in ("linked/words.txt", "lists/alias.txt", "linked/../lists/words.txt"):
        assert _rule_data_file(rule, {}, "swap_files", name) == real.resolve() / "words.txt"
    for name in ("lists", "lists/", "linked/missing.txt", "lists/.."):
        with pytest.raises(RuleError, match=f"no such file: {name}"):
            _rule_data_file(rule, {}, "swap_files", name)

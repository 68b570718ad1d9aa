"""Hostile rule packs and configuration: patterns that backtrack catastrophically, YAML
alias bombs, hostile nesting, wrong types and duplicate keys. Each ends in one line naming
file:line:col (exit 2) in bounded time and memory; no rule pack can run code."""

from __future__ import annotations

import textwrap

import pytest

from newslint.config.yaml_files import MAX_DEPTH
from newslint.document.model import Document
from newslint.linting.lint import lint_document
from newslint.ruleset.loading import load_rule_file

BACKTRACKING = """\
rules:
  - id: desk.backtrack
    category: style
    message: "slow {match}"
    description: Catastrophic backtracking on a line of a's.
    kind: existence
    raw: ['(a+)+$']
  - id: desk.flood
    category: style
    message: "flood here"
    description: A fast rule.
    kind: existence
    tokens: [flood]
"""


def test_catastrophic_rule_is_stopped_per_file_and_other_rules_run(project, run):
    project.write("rules/desk.yaml", BACKTRACKING)
    project.write(
        ".newslint.yaml", "builtin-rules: false\nrule-paths: [rules]\nregex-timeout: 0.2\n"
    )
    project.write("a.txt", "The flood came.\n" + "a" * 5000 + "!\n")
    project.write("b.txt", "Another flood.\n")
    result = run("check", "--format", "json", "--select", "desk", "a.txt", "b.txt")
    assert result.code == 2
    assert result.err == (
        "newslint: error: a.txt: rule desk.backtrack stopped: "
        "a regular expression ran over its time limit\n"
    )
    assert [(f["path"], f["rule"], f["line"], f["column"]) for f in result.json["findings"]] == [
        ("a.txt", "desk.flood", 1, 5),
        ("b.txt", "desk.flood", 1, 9),
    ]


def test_catastrophic_line_pattern_is_stopped(tmp_path):
    # interface-lines matches whole lines against the rule's own patterns: under the limit too.
    (tmp_path / "share.txt").write_text("share\n", encoding="utf-8")
    path = tmp_path / "rule.yaml"
    path.write_text(
        textwrap.dedent("""\
        id: desk.lines
        category: boilerplate
        message: "interface ({reason})"
        description: A line pattern that backtracks.
        kind: interface-lines
        phrase_files: [share.txt]
        line_patterns:
          slow: '(a|aa)+'
        """),
        encoding="utf-8",
    )
    rules = load_rule_file(path)
    result = lint_document(Document("Share\n" + "a" * 100 + "!\n", "a.txt"), rules, timeout=0.2)
    assert [str(e) for e in result.errors] == [
        "a.txt: rule desk.lines stopped: a regular expression ran over its time limit"
    ]


def laughs(levels: int = 10, indent: str = "      ") -> str:
    """A "billion laughs": each anchored list holds nine aliases of the one before."""
    lines = [f"{indent}- &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        lines.append(f"{indent}- &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


RULE_HEAD = """\
rules:
  - id: desk.bomb
    category: style
    kind: existence
    message: m
    description: d
    tokens: [flood]
    examples:
      bad:
"""


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        (
            RULE_HEAD + laughs(),
            "16:9",
            "expands to more than 1,000,000 values (aliases of aliases?)",
        ),
        (
            "rules: " + "[" * 100_000 + "]" * 100_000 + "\n",
            f"1:{8 + MAX_DEPTH}",
            f"nested more than {MAX_DEPTH} levels deep",
        ),
        (
            "rules:\n  - " + "{a: " * 1000 + "1" + "}" * 1000 + "\n",
            f"2:{5 + 4 * MAX_DEPTH}",
            f"nested more than {MAX_DEPTH} levels deep",
        ),
        ("rules:\n  - id: a\n    id: b\n", "3:5", "duplicate key id"),
        ("rules: 5\n", "1:8", "`rules` must be a list of rules"),
        ("rules:\n  - [id]\n", "2:5", "a rule must be a mapping"),
        (RULE_HEAD.replace("tokens: [flood]", "tokens: {a: 1}"), "7:13", "`tokens` must be"),
        (RULE_HEAD.replace("tokens: [flood]", "tokens: *nowhere"), "7:13", "found undefined alias"),
    ],
)
def test_hostile_rule_files(project, run, content, where, message):
    project.write("rules/desk.yaml", content, dedent=False)
    project.write("a.txt", "The flood came.\n")
    result = run("check", "a.txt")
    assert result.code == 2
    where = f"{project.root / 'rules/desk.yaml'}:{where}"
    assert result.err.startswith(f"newslint: error: {where}: {message}")
    assert result.err.count("\n") == 1


def test_aliases_within_bounds_are_fine(project, run):
    shared = BACKTRACKING.replace("raw: ['(a+)+$']", "tokens: &words [flood, storm]").replace(
        "tokens: [flood]", "tokens: *words"
    )
    project.write("rules/desk.yaml", shared, dedent=False)
    project.write("a.txt", "The storm came.\n")
    result = run("check", "--format", "json", "--select", "desk", "a.txt")
    assert [f["rule"] for f in result.json["findings"]] == ["desk.backtrack", "desk.flood"]


@pytest.mark.parametrize(
    ("name", "content", "where", "message"),
    [
        (
            ".newslint.yaml",
            "accept:\n" + laughs(indent="  "),
            "8:5",
            "expands to more than 1,000,000 values (aliases of aliases?)",
        ),
        (
            ".newslint.yaml",
            "accept: " + "[" * 5000 + "\n",
            f"1:{9 + MAX_DEPTH}",
            f"nested more than {MAX_DEPTH} levels deep",
        ),
        (
            "pyproject.toml",
            "[tool.newslint]\naccept = " + "[" * 100_000 + "]" * 100_000 + "\n",
            f"2:{10 + MAX_DEPTH}",
            f"nested more than {MAX_DEPTH} levels deep",
        ),
        (".newslint.yaml", "fail-on: [error]\n", "1:10", "`fail-on` must be"),
        (".newslint.yaml", "accept: [a]\naccept: [b]\n", "2:1", "duplicate key accept"),
    ],
)
def test_hostile_configuration(project, run, name, content, where, message):
    (project.root / ".newslint.yaml").unlink()
    project.write(name, content, dedent=False)
    project.write("a.txt", "The flood came.\n")
    result = run("check", "a.txt")
    assert result.code == 2
    assert result.err.startswith(f"newslint: error: {project.root / name}:{where}: {message}")
    assert result.err.count("\n") == 1


@pytest.mark.parametrize("fence, key", [("---", "title: "), ("+++", "title = ")])
def test_hostile_front_matter_is_an_input_error_and_the_run_goes_on(project, run, fence, key):
    project.write("a.md", f"{fence}\n{key}" + "[" * 100_000 + f"\n{fence}\nBody.\n")
    project.write("b.txt", "Prices rose alot.\n")
    result = run("check", "--format", "json", "a.md", "b.txt")
    assert result.code == 2
    assert result.err == (
        f"newslint: error: a.md:2:{len(key) + MAX_DEPTH + 1}: "
        f"front matter nested more than {MAX_DEPTH} levels deep\n"
    )
    assert [f["path"] for f in result.json["findings"]] == ["b.txt"]

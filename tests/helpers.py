"""The shared test harness (fixtures are in conftest.py): a rule from YAML text, a text linted
with given rules, and findings reduced to tuples that an assertion compares exactly.

    rule = make_rule(tmp_path, "existence", "tokens: [cat]\\n")
    assert positions(rule, "The cat.") == [(1, 5, 8, "cat")]
    assert fields(findings(rule, "The cat."), "rule", "message") == [("news.test", "Found 'cat'")]
"""

from __future__ import annotations

import textwrap

from newslint.cli.main import main
from newslint.document.model import Document
from newslint.findings import Finding
from newslint.input.formats import reader_for
from newslint.kinds import pattern_set, regex_search
from newslint.linting.fixes import fix_until_stable
from newslint.linting.lint import lint_document
from newslint.ruleset.loading import load_rule_file
from newslint.ruleset.paths import builtin_rules_dir
from newslint.ruleset.rule import Rule


def make_rule(
    tmp_path,
    kind: str,
    body: str = "",
    *,
    message: str = "Found '{match}'",
    rule_id: str = "news.test",
    category: str = "style",
    **keys,
) -> Rule:
    """One rule of `kind` loaded from YAML text, as a user writes it, in tmp_path/<rule_id>.yaml
    (data files the rule names are found beside it). `body` is YAML (dedented) for the kind's
    fields; more top-level `keys` may be given as keywords (strings are written quoted)."""
    header = {
        "id": rule_id,
        "category": category,
        "message": message,
        "description": "A rule for tests.",
        "kind": kind,
        **keys,
    }
    lines = [
        f"{key}: {value!r}" if isinstance(value, str) else f"{key}: {value}"
        for key, value in header.items()
    ]
    path = tmp_path / f"{rule_id}.yaml"
    path.write_text("\n".join(lines) + "\n" + textwrap.dedent(body), encoding="utf-8")
    [rule] = load_rule_file(path)
    return rule


def pack_rules(name: str) -> list[Rule]:
    """Every rule of a built-in rule file: pack_rules("attribution/vague-source")."""
    return load_rule_file(builtin_rules_dir() / f"{name}.yaml")


def pack_rule(name: str) -> Rule:
    """The first rule of a built-in rule file: pack_rule("typo/misspelling")."""
    return pack_rules(name)[0]


def typo_pack() -> list[Rule]:
    """The built-in unknown-word and misspelling rules, with their word lists."""
    return [pack_rule("typo/unknown-word"), pack_rule("typo/misspelling")]


def _listed(rules) -> list[Rule]:
    return rules if isinstance(rules, list) else [rules]


def lint(rules, text: str, path: str = "story.txt", **options):
    """The lint result (findings and errors) of a plain text with one rule or a list."""
    return lint_document(Document(text, path), _listed(rules), **options)


def findings(rules, text: str, path: str = "story.txt") -> list[Finding]:
    """The findings of a plain text with one rule or a list; the lint must raise no error."""
    result = lint(rules, text, path)
    assert result.errors == []
    return result.findings


def fixed(rules, text: str, unsafe: bool = True) -> str:
    """The text after every fix of the rules, applied until nothing more changes."""
    rules = _listed(rules)
    after, _ = fix_until_stable(
        text, "story.txt", lambda doc: lint_document(doc, rules).findings, unsafe
    )
    return after


# -- finding extractors ------------------------------------------------------------------


def positions(rules, text: str, *, suggestions: bool = False) -> list[tuple]:
    """(line, column, end_column, match) of every finding of a plain text, in order; with
    `suggestions`, the finding's suggestions are a fifth item."""
    names = ("line", "column", "end_column", "match") + (("suggestions",) if suggestions else ())
    return fields(findings(rules, text), *names)


def formatted_positions(rules, source: str, path: str) -> list[tuple]:
    """(line, column, end_column, match, rule) of the findings in a file read as its name says
    (Markdown, HTML)."""
    found = lint_document(Document(source, path, reader_for(path)), _listed(rules)).findings
    return fields(found, "line", "column", "end_column", "match", "rule")


def fields(found, *names: str) -> list[tuple]:
    """The named fields of every finding, as one tuple each. `found`: Finding objects, the
    finding dicts of `--format json` output, or a `run` of the CLI with `--format json`."""
    if hasattr(found, "json"):  # conftest's Run
        found = found.json["findings"]
    return [
        tuple(f[name] if isinstance(f, dict) else getattr(f, name) for name in names) for f in found
    ]


def pack_project(folder, rules: str):
    """`folder` as a project whose only rules are `rules` (YAML text), for `check_project`
    run from inside it."""
    (folder / "rules.yaml").write_text(rules, encoding="utf-8")
    (folder / ".newslint.yaml").write_text(
        "builtin-rules: false\nrule-paths: [rules.yaml]\n", encoding="utf-8"
    )
    return folder


def check_project(*args: str) -> int:
    """`newslint check` in-process with the project's configuration; the exit status."""
    return main(["check", "--config", ".newslint.yaml", "--color", "never", *args])


def counted_searches(monkeypatch) -> list[str]:
    """The patterns a PatternSet searches from now on, one entry per search, in order."""
    searched: list[str] = []
    real = regex_search.searcher

    def counting():
        find = real()

        def counted(pattern, text, pos):
            searched.append(pattern.pattern)
            return find(pattern, text, pos)

        return counted

    def counted_search(pattern, text, spans):
        searched.extend(pattern.pattern for _ in spans)
        return real_search(pattern, text, spans)

    real_search = regex_search.search
    monkeypatch.setattr(pattern_set, "searcher", counting)
    monkeypatch.setattr(pattern_set, "search", counted_search)
    return searched

"""The table of configuration keys is the one source: every key is read, printed by
`newslint config`, documented, and either held by the result cache's key or marked as
leaving findings unchanged (with the reason); each findings-changing key changes the key."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest
from ruamel.yaml import YAML

from newslint.config.keys import FIELD_KEYS, KEYS, reference_markdown
from newslint.config.settings import Config, load_config
from newslint.config.yaml_files import TYPE_NAMES
from newslint.running.check import CheckOptions
from newslint.running.result_cache import ResultCache

# A value other than the default for every key, as a configuration file writes it.
EXAMPLES = {
    "select": ["style"],  # categories, named by the built-in rules and the project's alike
    "ignore": ["typo"],
    "severity": {"style": "error"},
    "rule-paths": ["rules"],
    "builtin-rules": False,
    "accept": ["Kusaynov"],
    "accept-files": ["accepted.txt"],
    "reject": ["Gadaffi -> Gaddafi"],
    "reject-files": ["rejected.txt"],
    "names": {"Gaddafi": ["Qaddafi"]},
    "overrides": [{"files": ["*.txt"], "ignore": ["typo"]}],
    "fail-on": "error",
    "include": ["*.md"],
    "exclude": ["drafts/"],
    "regex-timeout": 2,
    "vocabulary-min-files": 5,
    "front-matter-fields": ["title"],
    "language": "pt-BR",
    "baseline": "lint/baseline.json",
    "text-field": "body",
    "id-field": "slug",
    "skip-records": ["42"],
    "source-field": "desk",
    "source-separator": ":",
    "recurring-sketch-width": 4096,
}
# Config fields no key feeds: where the configuration came from, where its selectors were
# written (for errors), and whether --select replaced the overrides' selects (the command
# line's, held by the result cache's key by itself).
NOT_FROM_KEYS = {"source", "root", "selector_positions", "cli_select"}


def owner(key):
    """The key that owns the field `key` feeds (itself, or accept for accept-files)."""
    return next(k for k in FIELD_KEYS if k.field_name == key.field_name)


def load(project, settings: dict) -> Config:
    project.write("accepted.txt", "# house names\nTengrinews\n")
    project.write("rejected.txt", "irregardless\n")
    path = project.write("settings.yaml", json.dumps(settings))  # JSON is YAML
    return load_config(path)


def printed(run, project, settings: dict) -> dict:
    load(project, settings)
    result = run("config", "--config", "settings.yaml")
    assert result.code == 0, result.err
    return YAML(typ="safe").load(result.out)


def test_every_key_has_an_example_here():
    assert list(EXAMPLES) == [key.name for key in KEYS]


def test_every_config_field_is_fed_by_a_key_with_its_default():
    assert {f.name for f in fields(Config)} == {k.field_name for k in KEYS} | NOT_FROM_KEYS
    for key in FIELD_KEYS:
        assert getattr(Config(), key.field_name) == key.default, key.name


@pytest.mark.parametrize("key", KEYS, ids=lambda key: key.name)
def test_every_key_is_read_and_printed_by_newslint_config(project, run, key):
    default = Config(root=project.root)
    config = load(project, {key.name: EXAMPLES[key.name]})
    assert getattr(config, key.field_name) != getattr(default, key.field_name)
    shown = owner(key).name
    changed = printed(run, project, {key.name: EXAMPLES[key.name]})
    assert changed[shown] != printed(run, project, {})[shown]


def test_newslint_config_prints_every_key_that_owns_a_field(project, run):
    assert list(printed(run, project, EXAMPLES)) == [
        "source",
        "root",
        *(key.name for key in FIELD_KEYS),
        "rules",
    ]


def test_every_key_changes_findings_or_says_why_not():
    for key in KEYS:
        assert key.findings_unchanged is None or key.findings_unchanged.strip(), key.name
        # A key read with another one is held in the cache's key through that one.
        assert key.findings_unchanged == owner(key).findings_unchanged, key.name


def cache_key(project, settings: dict, options: CheckOptions | None = None) -> str:
    cache = ResultCache(project.root / "cache")
    return cache.key(load(project, settings), "story.txt", options or CheckOptions())


@pytest.mark.parametrize(
    "key", [k for k in KEYS if k.findings_unchanged is None], ids=lambda key: key.name
)
def test_every_findings_changing_key_changes_the_cache_key(project, key):
    assert cache_key(project, {key.name: EXAMPLES[key.name]}) != cache_key(project, {})


@pytest.mark.parametrize(
    "key", [k for k in KEYS if k.findings_unchanged is not None], ids=lambda key: key.name
)
def test_a_key_that_leaves_findings_unchanged_leaves_the_cache_key(project, key):
    assert cache_key(project, {key.name: EXAMPLES[key.name]}) == cache_key(project, {})


def test_the_command_lines_field_names_stand_in_for_the_configurations(project):
    as_option = cache_key(project, {}, CheckOptions(text_field="body", id_field="slug"))
    assert as_option == cache_key(project, {"text-field": "body", "id-field": "slug"})
    assert as_option != cache_key(project, {})


def test_the_reference_names_every_key_with_its_type_default_and_meaning():
    lines = reference_markdown().splitlines()
    assert len(lines) == len(KEYS)
    for line, key in zip(lines, KEYS, strict=True):
        assert line.startswith(f"- `{key.name}` ({TYPE_NAMES[key.type]}; default: ")
        assert line.endswith(f"): {key.doc}")
    assert "- `regex-timeout` (a number; default: `5.0`)" in reference_markdown()
    assert "- `ignore` (a list of strings; default: none)" in reference_markdown()

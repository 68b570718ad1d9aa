"""The rule a model is trained for: its kind and the data files it names, read from the rule
file without building the rule (its model file may not exist yet)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newslint.errors import ConfigError
from newslint.ruleset.loading import parsed_rule_file, rule_nodes

# The kinds whose rules decide with a trained model.
LEARNED_KINDS = ("learned-lines", "learned-sentences")


def learned_kind(rule_file: Path) -> str:
    """The model-backed kind of the first such rule in `rule_file`."""
    data, _ = parsed_rule_file(rule_file)
    for node in rule_nodes(data):
        if isinstance(node, dict) and node.get("kind") in LEARNED_KINDS:
            return node["kind"]
    raise ConfigError(f"{rule_file}: no rule of kind {' or '.join(LEARNED_KINDS)} in it")


def rule_node(rule_file: Path, kind: str) -> dict:
    """The first rule of `kind` in `rule_file`, as written."""
    data, _ = parsed_rule_file(rule_file)
    nodes = [n for n in rule_nodes(data) if isinstance(n, dict) and n.get("kind") == kind]
    if not nodes:
        raise ConfigError(f"{rule_file}: no {kind} rule in it")
    return nodes[0]


def rule_files(rule_file: Path, kind: str) -> Callable[[str], list[Path]]:
    """For the first rule of `kind` in `rule_file`: the files a file-list field names,
    resolved beside the rule file."""
    node = rule_node(rule_file, kind)

    def files(key: str) -> list[Path]:
        return [(rule_file.parent / name).resolve() for name in node.get(key, [])]

    return files

"""Loading rule files: YAML to validated `Rule` objects, errors at file:line:column.

A rule file holds one rule (a mapping with `id`), a list of rules, or a mapping with a
`rules:` list. Folders are walked for *.yaml and *.yml files in name order.
"""

from __future__ import annotations

import os
from functools import lru_cache, partial
from hashlib import sha256
from pathlib import Path
from stat import S_ISREG
from typing import Any

from newslint.config.language_codes import primary
from newslint.config.yaml_files import (
    TYPE_NAMES,
    fail,
    has_type,
    plain,
    position,
    read_text,
    read_yaml,
)
from newslint.disk_cache import cached, package_stamp
from newslint.document.model import SCOPES
from newslint.errors import RuleError
from newslint.findings import SEVERITIES
from newslint.input.formats import DOCUMENT_FORMATS
from newslint.kinds import KINDS, Field, FieldValueError
from newslint.ruleset.examples import BAD_FIELDS, CLOSE, OPEN, MarkerError, unmark
from newslint.ruleset.paths import rule_files
from newslint.ruleset.rule import (
    CATEGORIES,
    FIX_SAFETY,
    DeferredChecker,
    Rule,
    from_vale_message,
    placeholders,
)
from newslint.version import __version__

# The fields every rule has, whatever its kind (docs/kinds.md shows them). A default of None
# is worked out by the loader: the kind's default scope, `severity` from `level`.
COMMON_FIELDS: dict[str, Field] = {
    "id": Field("str", required=True, doc="The rule's stable, dotted name (`style.usage`)."),
    "category": Field("str", required=True, doc="One of: " + ", ".join(CATEGORIES) + "."),
    "severity": Field(
        "str", "warning", doc="One of: " + ", ".join(SEVERITIES) + " (`suggestion` means info)."
    ),
    "level": Field("str", doc="Vale's name for `severity`, used when `severity` is not given."),
    "message": Field(
        "str",
        required=True,
        doc="The finding's message, with {placeholders} (Vale's `%s` too) the kind fills.",
    ),
    "description": Field(
        "str",
        required=True,
        doc="Why the rule matters, for an editor; its first sentence is the rule's summary.",
    ),
    "link": Field("str", doc="A page that explains the rule (a style guide's entry)."),
    "scope": Field(
        "str",
        doc="The units the rule looks at, one of the scopes below; unset, the kind's default "
        "scope.",
    ),
    "kind": Field("str", doc="The rule kind (below); `kind` or `extends` is required."),
    "extends": Field("str", doc="Vale's name for `kind`."),
    "enabled": Field(
        "bool",
        True,
        doc="Whether the rule runs by default; a rule that is off runs only when selected by "
        "its exact id.",
    ),
    "fix": Field(
        "str",
        "unsafe",
        doc="How the rule's fixes are marked: " + ", ".join(FIX_SAFETY) + " (none: no fix).",
    ),
    "examples": Field(
        "map",
        doc="`bad` texts the rule reports, `good` texts it does not, `fix` pairs of `before` and "
        "`after`, and the `format` they are read as; run by `newslint test-rules`.",
    ),
    "languages": Field(
        "str-list",
        [],
        doc="The languages the rule applies to, as codes (`en`; `pt-BR` counts as `pt`): "
        'text in another language (see the README\'s "Languages") is not checked. Unset: '
        "every language.",
    ),
    "fix_languages": Field(
        "str-list",
        [],
        doc="The languages in whose text the rule's safe fixes stay safe; elsewhere they are "
        "unsafe (an idiom list of one language). Unset: `languages`.",
    ),
    "reader_comments": Field(
        "bool",
        True,
        doc="Whether the rule checks readers' comments printed under the article (signed "
        "with the reader's name, \"Anna, Paris\"): readers' words are published as sent, so "
        "rules on the writer's own spelling, style and names set it to false.",
    ),
    "defer_to": Field(
        "str-list",
        [],
        doc="Rule ids or categories this rule gives way to (`boilerplate`: every rule of "
        "the category): its finding is dropped where one of theirs overlaps it.",
    ),
}
REQUIRED = tuple(name for name, spec in COMMON_FIELDS.items() if spec.required)
CACHE_FORMAT = f"newslint {__version__} rules v1"
SEVERITY_ALIASES = {"suggestion": "info"}  # Vale's levels
EXAMPLE_FIELDS = ("bad", "good", "fix", "format", "records")


def load_rules(paths: list[Path], defer: bool = False) -> list[Rule]:
    """The rules of these files and folders. With `defer`, each rule's checker is built when
    first used (`Rule.built`): its fields are checked now, its data read and compiled then."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    # A file under two rule paths (a folder and a file in it) is loaded once.
    files: dict[Path, Path] = {}
    for path in paths:
        for file in rule_files(path):
            files.setdefault(file.resolve(), file)
    for file in files.values():
        for rule in load_rule_file(file, defer):
            if rule.id in seen:
                raise RuleError(
                    f"duplicate rule id {rule.id!r} (first defined at {seen[rule.id]})",
                    *_split(rule.source),
                )
            seen[rule.id] = rule.source
            rules.append(rule)
    return rules


def _split(source: str) -> tuple[str, int | None, int | None]:
    path, line, column = source.rsplit(":", 2)
    return path, int(line), int(column)


def load_rule_file(path: Path, defer: bool = False) -> list[Rule]:
    """The file's rules (their checkers built when first used, with `defer`). Its parsed
    YAML is kept in the disk cache (round-trip parsing is slow); without positions in that
    data, a file that fails is parsed again so that the error names its line and column."""
    data, rule_positions = parsed_rule_file(path)
    try:
        return _rules(path, data, rule_positions, defer)
    except RuleError:
        return _positioned_rules(path)


def _positioned_rules(path: Path) -> list[Rule]:
    """The file's rules from YAML parsed with positions, checkers built: the first error
    raised names its line and column."""
    return _rules(path, read_yaml(path, RuleError))


def parsed_rule_file(path: Path) -> tuple[Any, list]:
    """A rule file's YAML as plain data and its rules' positions, from the disk cache (keyed
    by the file's text) when it was parsed before. RuleError if it does not parse."""
    text = read_text(path, RuleError)
    return cached(
        "rule-file",
        f"{CACHE_FORMAT}, {package_stamp('ruamel.yaml')}, {sha256(text.encode()).hexdigest()}",
        lambda: _parse(path, text),
    )


def rule_nodes(data) -> list:
    """The rules of a rule file's data: one mapping, a list, or a `rules:` list."""
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    return data if isinstance(data, list) else [data]


def _parse(path: Path, text: str):
    data = read_yaml(path, RuleError, text)
    nodes = _rule_nodes(path, data) if isinstance(data, (dict, list)) else []
    return plain(data), [position(node) for node in nodes]


def _rules(path: Path, data, rule_positions=None, defer: bool = False) -> list[Rule]:
    nodes = _rule_nodes(path, data)
    return [
        build_rule(path, node, rule_positions[index] if rule_positions else position(node), defer)
        for index, node in enumerate(nodes)
    ]


def _rule_nodes(path: Path, data) -> list[dict]:
    if isinstance(data, dict) and "rules" in data:
        extra = [k for k in data if k != "rules"]
        if extra:
            _fail(path, data, extra[0], f"unknown key {extra[0]!r} beside `rules`")
        if not isinstance(data["rules"], list):
            _fail(path, data, "rules", "`rules` must be a list of rules", True)
        data = data["rules"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise RuleError(
            "expected a rule (a mapping) or a list of rules", str(path), *position(data)
        )
    for index, node in enumerate(data):
        if not isinstance(node, dict):
            raise RuleError("a rule must be a mapping", str(path), *position(data, index))
    return data


_fail = partial(fail, RuleError)  # _fail(path, node, key, message, value=False)


def build_rule(
    path: Path, node: dict, at: tuple[int | None, int | None], defer: bool = False
) -> Rule:
    kind_name = node.get("kind", node.get("extends"))
    if kind_name is None:
        _fail(path, node, None, "rule has no `kind`")
    key = "kind" if "kind" in node else "extends"
    if not isinstance(kind_name, str):
        _fail(path, node, key, f"`{key}` must be a string", True)
    if kind_name not in KINDS:
        _fail(path, node, key, f"unknown kind {kind_name!r}; known: {', '.join(KINDS)}", True)
    kind = KINDS[kind_name]
    for key, value in node.items():
        spec = COMMON_FIELDS.get(key) or kind.fields.get(key)
        type_name = spec.type if spec is not None else None
        if type_name is None:
            _fail(path, node, key, f"unknown key {key!r} for a rule of kind {kind_name}")
        if not has_type(value, type_name):
            _fail(path, node, key, f"`{key}` must be {TYPE_NAMES[type_name]}", True)
    for key in REQUIRED:
        if key not in node:
            _fail(path, node, None, f"rule has no `{key}`")
    rule_id = str(node["id"])
    severity = SEVERITY_ALIASES.get(
        node.get("severity", node.get("level", "warning")),
        node.get("severity", node.get("level", "warning")),
    )
    checks = [
        ("category", node["category"], CATEGORIES),
        ("severity" if "severity" in node else "level", severity, SEVERITIES),
        ("scope", node.get("scope", kind.default_scope), SCOPES),
        ("fix", node.get("fix", "unsafe"), FIX_SAFETY),
    ]
    for key, value, allowed in checks:
        if value not in allowed:
            _fail(
                path, node, key, f"`{key}` must be one of {', '.join(allowed)}, not {value!r}", True
            )
    options = {}
    for name, spec in kind.fields.items():
        if spec.required and name not in node:
            _fail(path, node, None, f"{kind_name} rule {rule_id!r} needs `{name}`")
        options[name] = plain(node.get(name, spec.default))
        if spec.type == "file-list":
            options[name] = [_rule_data_file(path, node, name, item) for item in options[name]]
        elif spec.type == "file" and options[name] is not None:
            options[name] = _rule_data_file(path, node, name, options[name])
    checker = DeferredChecker(partial(_checker, path, node, kind, options, defer))
    if not defer:
        checker = checker.built()
    languages = {key: _languages(path, node, key) for key in ("languages", "fix_languages")}
    message = from_vale_message(str(node["message"]), kind.vale_args)
    _check_message(path, node, message, kind)
    line, column = at
    return Rule(
        id=rule_id,
        category=str(node["category"]),
        severity=severity,
        message=message,
        description=str(node["description"]),
        kind=kind_name,
        scope=str(node.get("scope", kind.default_scope)),
        checker=checker,
        link=node.get("link"),
        enabled=node.get("enabled", True),
        fix=str(node.get("fix", "unsafe")),
        examples=_examples(path, node),
        defer_to=tuple(plain(node.get("defer_to", ()))),
        reader_comments=node.get("reader_comments", True),
        languages=languages["languages"],
        fix_languages=languages["fix_languages"] or languages["languages"],
        source=f"{path}:{line}:{column}",
    )


def _checker(path: Path, node: dict, kind, options: dict, deferred: bool):
    """The kind's instance for a rule; a bad value is a RuleError at the field. Built after
    loading (`deferred`), the file is parsed again for the field's position."""
    try:
        return kind(options)
    except FieldValueError as err:
        if deferred:
            _positioned_rules(path)  # raises the error, at its line and column
        _fail(path, node, err.field if err.field in node else None, str(err), True)


def _languages(path: Path, node: dict, key: str) -> tuple[str, ...]:
    """A rule's language codes as their primary subtags."""
    codes = []
    for written in node.get(key, ()):
        code = primary(written)
        if code is None:
            _fail(path, node, key, f"`{key}`: not a language code: {written!r}", True)
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def _rule_data_file(path: Path, node: dict, key: str, name: str) -> Path:
    """A data file (a word list, a model) named by a rule, relative to the rule's own file."""
    named = path.parent / name
    # The packs name some 300 files: their folders are resolved once each, and a file that
    # is no link keeps its name in the resolved folder (what resolving it would give).
    file = _resolved_folder(named.parent) / named.name
    try:
        plain_file = named.name not in ("", ".", "..") and S_ISREG(os.lstat(file).st_mode)
    except OSError:
        plain_file = False
    if not plain_file:
        file = named.resolve()
        if not file.is_file():
            _fail(path, node, key, f"no such file: {name}", True)
    return file


@lru_cache(maxsize=256)
def _resolved_folder(folder: Path) -> Path:
    return folder.resolve()


def _check_message(path: Path, node: dict, message: str, kind) -> None:
    """Every placeholder must be one the kind fills, and format with the kind's values."""
    samples = {"match": "text", "suggestion": "text", **kind.placeholders}
    try:
        names = placeholders(message)
    except ValueError as err:
        _fail(path, node, "message", f"bad message template: {err}", True)
    for name in names:
        if name not in samples:
            _fail(
                path,
                node,
                "message",
                f"unknown placeholder {{{name}}}; this kind fills {', '.join(sorted(samples))}",
                True,
            )
    try:
        message.format_map(samples)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        _fail(path, node, "message", f"bad message template: {err}", True)


def _examples(path: Path, node: dict) -> dict:
    examples = node.get("examples")
    if examples is None:
        return {}
    for key, value in examples.items():
        if key not in EXAMPLE_FIELDS:
            _fail(
                path, examples, key, f"unknown example key {key!r}; use {', '.join(EXAMPLE_FIELDS)}"
            )
        if key == "format":
            if value not in DOCUMENT_FORMATS:
                _fail(
                    path,
                    examples,
                    key,
                    f"`format` must be one of {', '.join(DOCUMENT_FORMATS)}, not {value!r}",
                    True,
                )
        elif key in ("good", "records") and not has_type(value, "str-list"):
            _fail(path, examples, key, f"`{key}` examples must be a list of strings", True)
        elif key == "bad" and not isinstance(value, list):
            _fail(path, examples, key, "`bad` examples must be a list", True)
    if not isinstance(examples.get("fix", []), list):
        _fail(path, examples, "fix", "`fix` examples must be a list of {before, after}", True)
    for index, item in enumerate(examples.get("fix", [])):
        if not (
            isinstance(item, dict)
            and set(item) == {"before", "after"}
            and has_type(item["before"], "str")
            and has_type(item["after"], "str")
        ):
            _fail(
                path, examples["fix"], index, "each fix example needs `before` and `after` strings"
            )
        for key in ("before", "after"):
            if OPEN in item[key] or CLOSE in item[key]:
                _fail(path, item, key, "markers belong in bad examples, not in `fix`", True)
    for index, text in enumerate(examples.get("good", [])):
        if OPEN in text or CLOSE in text:
            _fail(path, examples["good"], index, "markers belong in bad examples, not in `good`")
    for index, item in enumerate(examples.get("bad", [])):
        _check_bad_example(path, examples["bad"], index, item)
    return plain(examples)


def _check_bad_example(path: Path, items: list, index: int, item: Any) -> None:
    """A bad example is a string, its reported spans marked `<marker>...</marker>`, or a
    mapping {text, message, suggestion} whose `text` marks them."""
    node: dict | list  # where a marker error points: the mapping's text, or the list item
    key: str | int
    if isinstance(item, dict):
        for key, value in item.items():
            if key not in BAD_FIELDS:
                _fail(
                    path,
                    item,
                    key,
                    f"unknown bad example key {key!r}; use {', '.join(BAD_FIELDS)}",
                )
            if not has_type(value, "str"):
                _fail(path, item, key, f"`{key}` of a bad example must be a string", True)
        if "text" not in item:
            _fail(path, items, index, "a bad example given as a mapping needs `text`")
        text, node, key, value = item["text"], item, "text", True
    elif has_type(item, "str"):
        text, node, key, value = item, items, index, False
    else:
        _fail(path, items, index, "a bad example must be a string or a mapping with `text`")
    try:
        _, spans = unmark(text)
    except MarkerError as err:
        _fail(path, node, key, str(err), value)
    if isinstance(item, dict) and not spans:
        _fail(
            path,
            item,
            "text",
            f"a bad example given as a mapping must mark its spans with {OPEN}...{CLOSE}",
            True,
        )

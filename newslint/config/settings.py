"""Configuration: `.newslint.yaml` (or `[tool.newslint]` in pyproject.toml) found by walking up
from each file to the repository root, or one file given with --config.

Keys: select, ignore, severity, rule-paths, builtin-rules, accept, accept-files, reject,
reject-files, names, overrides, fail-on, include, exclude, regex-timeout, and for input
formats front-matter-fields, text-field, id-field, skip-records.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from newslint.config.yaml_files import (
    MAX_DEPTH,
    TYPE_NAMES,
    fail,
    has_type,
    nesting_position,
    plain,
    position,
    read_text,
    read_yaml,
)
from newslint.errors import ConfigError
from newslint.findings import SEVERITIES

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
FAIL_LEVELS = (*SEVERITIES, "never")
DEFAULT_INCLUDE = (
    "*.txt",
    "*.md",
    "*.markdown",
    "*.html",
    "*.htm",
    "*.jsonl",
    "*.jsonl.gz",
    "*.csv",
)
FRONT_MATTER_FIELDS = ("title", "description", "summary")
DEFAULT_EXCLUDE = (".git/", ".hg/", ".svn/", "node_modules/", ".venv/", "venv/", "__pycache__/")
KEYS = {
    "select": "str-list",
    "ignore": "str-list",
    "severity": "str-map",
    "rule-paths": "str-list",
    "builtin-rules": "bool",
    "accept": "str-list",
    "accept-files": "str-list",
    "reject": "str-list",
    "reject-files": "str-list",
    "names": "str-list-map",
    "overrides": "list",
    "fail-on": "str",
    "include": "str-list",
    "exclude": "str-list",
    "regex-timeout": "number",
    "front-matter-fields": "str-list",
    "text-field": "str",
    "id-field": "str",
    "skip-records": "str-list",
}
OVERRIDE_KEYS = {
    "files": "str-list",
    "select": "str-list",
    "ignore": "str-list",
    "severity": "str-map",
}


@dataclass(frozen=True)
class Override:
    files: tuple[str, ...]
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Config:
    source: str | None = None  # the file it was read from; None for defaults
    root: Path = field(default_factory=Path.cwd)  # relative paths and globs start here
    select: tuple[str, ...] | None = None  # None: every rule that is on by default
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rule_paths: tuple[Path, ...] = ()
    builtin_rules: bool = True
    accept: frozenset[str] = frozenset()  # case-folded
    reject: tuple[tuple[str, str | None], ...] = ()  # (wrong, right or None)
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # house form, its variants
    overrides: tuple[Override, ...] = ()
    fail_on: str = "warning"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    regex_timeout: float = 5.0
    front_matter_fields: tuple[str, ...] = FRONT_MATTER_FIELDS  # Markdown fields read as prose
    text_field: str = "text"  # datasets: the field holding the article
    id_field: str = "id"  # datasets: the field naming the record
    skip_records: frozenset[str] = frozenset()  # datasets: ids of records not checked
    # Where each selector of the file was written, (selector, line, column), for errors.
    selector_positions: tuple[tuple[str, int | None, int | None], ...] = field(
        default=(), compare=False
    )
    cli_select: bool = False  # --select given: it replaces the overrides' selects too

    def excludes(self, relative: str, is_dir: bool = False) -> bool:
        """Whether the exclude patterns match a path relative to the configuration's folder
        (see `relative`; folder walks make it once per folder)."""
        # A gitignore pattern ending in "/" matches folders only: give folders a slash.
        return _spec(self.exclude).match_file(relative + ("/" if is_dir else ""))

    def relative(self, path: Path) -> str:
        """The path from the configuration's folder (lexically: no file-system calls)."""
        absolute = os.path.abspath(path)
        if os.path.commonpath([absolute, str(self.root)]) != str(self.root):
            return path.as_posix()
        return Path(os.path.relpath(absolute, self.root)).as_posix()

    def includes(self, relative: str) -> bool:
        # Like exclude: "*.txt" matches at any depth, "news/*.txt" from the root.
        return _spec(self.include).match_file(relative)

    def overrides_for(self, path: str) -> tuple[Override, ...]:
        if not self.overrides:
            return ()
        relative = self.relative(Path(path))
        return tuple(o for o in self.overrides if _spec(o.files).match_file(relative))

    def with_cli(self, select=None, ignore=(), rule_paths=(), fail_on=None, exclude=()) -> "Config":
        """Command-line settings on top: --select replaces, the others extend."""
        return replace(
            self,
            select=tuple(select) if select else self.select,
            cli_select=bool(select),
            ignore=self.ignore + tuple(ignore),
            rule_paths=self.rule_paths + tuple(Path(p) for p in rule_paths),
            fail_on=fail_on or self.fail_on,
            exclude=self.exclude + tuple(exclude),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "root": str(self.root),
            "select": list(self.select) if self.select is not None else ["(rules on by default)"],
            "ignore": list(self.ignore),
            "severity": dict(self.severity),
            "rule-paths": [str(p) for p in self.rule_paths],
            "builtin-rules": self.builtin_rules,
            "accept": sorted(self.accept),
            "reject": [f"{w} -> {r}" if r else w for w, r in self.reject],
            "names": {house: list(variants) for house, variants in self.names},
            "overrides": [
                {
                    "files": list(o.files),
                    **({"select": list(o.select)} if o.select is not None else {}),
                    "ignore": list(o.ignore),
                    "severity": dict(o.severity),
                }
                for o in self.overrides
            ],
            "fail-on": self.fail_on,
            "include": list(self.include),
            "exclude": list(self.exclude),
            "regex-timeout": self.regex_timeout,
            "front-matter-fields": list(self.front_matter_fields),
            "text-field": self.text_field,
            "id-field": self.id_field,
            "skip-records": sorted(self.skip_records),
        }


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]) -> "Globs":
    import pathspec  # slow to import: only when a run filters paths

    return Globs(pathspec.GitIgnoreSpec.from_lines(patterns), pathspec.util.normalize_file)


class Globs:
    """gitignore-style matching as pathspec does it. Without a negated pattern (`!x`, rare
    in include and exclude lists) a path matches when any pattern does, so the patterns are
    joined into one regex and a folder of 10,000 files costs one search per file, not one
    per pattern."""

    def __init__(self, spec, normalize):
        self.spec, self.normalize = spec, normalize
        self.joined = None
        active = [p for p in spec.patterns if p.include is not None]
        if all(p.include for p in active):
            # pathspec names a group in each pattern; the names would clash once joined.
            parts = [re.sub(r"\(\?P<\w+>", "(?:", p.regex.pattern) for p in active]
            try:
                self.joined = re.compile("|".join(f"(?:{part})" for part in parts) or "(?!)")
            except re.error:
                self.joined = None

    def match_file(self, path: str) -> bool:
        if self.joined is None:
            return self.spec.match_file(path)
        return self.joined.search(self.normalize(path)) is not None


# -- reading ------------------------------------------------------------------------------


def load_config(path: Path) -> Config:
    """Read one configuration file (.newslint.yaml or pyproject.toml)."""
    if not path.is_file():
        raise ConfigError("no such configuration file", str(path))
    if path.name == "pyproject.toml":
        data = _read_pyproject(path)
        if data is None:
            raise ConfigError("no [tool.newslint] table", str(path))
    else:
        data = read_yaml(path, ConfigError)
        if data is None:
            data = {}
    return _build(path, data)


def _read_pyproject(path: Path) -> dict | None:
    import tomllib

    text = read_text(path, ConfigError)
    if deep := nesting_position(text):
        raise ConfigError(f"nested more than {MAX_DEPTH} levels deep", str(path), *deep)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", str(path)) from None
    return data.get("tool", {}).get("newslint")


_fail = partial(fail, ConfigError)  # _fail(path, node, key, message, value=False)


def _check_keys(path: Path, node: Any, keys: dict[str, str], where: str) -> None:
    if not isinstance(node, dict):
        _fail(path, node, None, f"{where} must be a mapping")
    for key, value in node.items():
        if key not in keys:
            _fail(path, node, key, f"unknown key {key!r} in {where}; known: {', '.join(keys)}")
        if keys[key] == "list":
            if not isinstance(value, list):
                _fail(path, node, key, f"`{key}` must be a list", True)
        elif not has_type(value, keys[key]):
            _fail(path, node, key, f"`{key}` must be {TYPE_NAMES[keys[key]]}", True)


def _check_severities(path: Path, node: dict, key: str) -> None:
    for selector, level in node.get(key, {}).items():
        if level not in SEVERITIES:
            _fail(
                path,
                node[key],
                selector,
                f"severity for {selector!r} must be one of {', '.join(SEVERITIES)}, not {level!r}",
                True,
            )


def _build(path: Path, data: Any) -> Config:
    _check_keys(path, data, KEYS, "the configuration")
    _check_severities(path, data, "severity")
    if data.get("fail-on", "warning") not in FAIL_LEVELS:
        _fail(path, data, "fail-on", f"`fail-on` must be one of {', '.join(FAIL_LEVELS)}", True)
    root = path.parent.resolve()
    overrides = []
    for index, node in enumerate(data.get("overrides", [])):
        if not isinstance(node, dict):
            _fail(path, data["overrides"], index, f"overrides[{index}] must be a mapping")
        _check_keys(path, node, OVERRIDE_KEYS, f"overrides[{index}]")
        if "files" not in node:
            _fail(path, node, None, f"overrides[{index}] needs `files` (a list of globs)")
        _check_globs(path, node, "files")
        _check_severities(path, node, "severity")
        overrides.append(
            Override(
                files=tuple(node["files"]),
                select=tuple(node["select"]) if "select" in node else None,
                ignore=tuple(node.get("ignore", ())),
                severity=tuple(plain(node.get("severity", {})).items()),
            )
        )
    for key in ("include", "exclude"):
        _check_globs(path, data, key)
    # Words with where they were written: (word, file, line, column).
    accept, reject = (
        [
            (word, str(path), *position(data[key], index))
            for index, word in enumerate(data.get(key, []))
        ]
        for key in ("accept", "reject")
    )
    for key, target in (("accept-files", accept), ("reject-files", reject)):
        for index, name in enumerate(data.get(key, [])):
            target.extend(_read_word_file(path, data[key], index, root / name))
    timeout = data.get("regex-timeout", 5.0)
    if not 0 < timeout < math.inf:
        _fail(
            path,
            data,
            "regex-timeout",
            "`regex-timeout` must be a positive number of seconds",
            True,
        )
    return Config(
        source=str(path),
        root=root,
        select=tuple(data["select"]) if "select" in data else None,
        ignore=tuple(data.get("ignore", ())),
        severity=tuple(plain(data.get("severity", {})).items()),
        rule_paths=tuple(root / p for p in data.get("rule-paths", ())),
        builtin_rules=data.get("builtin-rules", True),
        accept=frozenset(word.strip().casefold() for word, *_ in accept if word.strip()),
        reject=tuple(_parse_reject(*entry) for entry in reject if entry[0].strip()),
        names=_house_names(path, data),
        overrides=tuple(overrides),
        fail_on=data.get("fail-on", "warning"),
        include=tuple(data.get("include", DEFAULT_INCLUDE)),
        exclude=DEFAULT_EXCLUDE + tuple(data.get("exclude", ())),
        regex_timeout=float(timeout),
        front_matter_fields=tuple(data.get("front-matter-fields", FRONT_MATTER_FIELDS)),
        text_field=_field_name(path, data, "text-field", "text"),
        id_field=_field_name(path, data, "id-field", "id"),
        skip_records=frozenset(map(str, data.get("skip-records", ()))),
        selector_positions=_selector_positions(data, data.get("overrides", [])),
    )


def _field_name(path: Path, data: dict, key: str, default: str) -> str:
    value = data.get(key, default)
    if not value.strip():
        _fail(path, data, key, f"`{key}` must name a field", True)
    return value


def _house_names(path: Path, data: dict) -> tuple:
    names = data.get("names", {})
    for house, variants in names.items():
        if not variants or any(v.casefold() == house.casefold() for v in variants):
            _fail(
                path,
                names,
                house,
                f"`names`: give the variants of {house!r}, other than itself",
                True,
            )
    return tuple((str(house), tuple(map(str, variants))) for house, variants in names.items())


def _selector_positions(data: dict, overrides: list) -> tuple:
    """(selector, line, column) of every selector in the file, first occurrence first."""
    found = []
    for node in (data, *overrides):
        for key in ("select", "ignore", "severity"):
            container = node.get(key)
            for index, item in enumerate(container or ()):
                found.append(
                    (str(item), *position(container, item if key == "severity" else index))
                )
    return tuple(found)


def glob_error(pattern: str) -> str | None:
    """Why a gitignore-style pattern is unusable, or None if it is fine."""
    try:
        _spec((pattern,))
    except (ValueError, re.error) as err:
        return f"bad glob {pattern!r}: {getattr(err, 'msg', None) or err}"
    return None


def _check_globs(path: Path, node: dict, key: str) -> None:
    for index, pattern in enumerate(node.get(key, ())):
        if problem := glob_error(pattern):
            _fail(path, node[key], index, f"{problem} (in `{key}`)")


def _parse_reject(
    entry: str, file: str, line: int | None, column: int | None
) -> tuple[str, str | None]:
    """ "wrong" or "wrong -> right"."""
    wrong, arrow, right = (part.strip() for part in entry.partition("->"))
    if not wrong or "->" in right or (arrow and not right):
        raise ConfigError(
            f'reject entry {entry!r} must be "wrong" or "wrong -> right"', file, line, column
        )
    return wrong, right or None


def _read_word_file(path: Path, node: list, index: int, file: Path) -> list[tuple]:
    """The words of a word list, one a line (# starts a comment line), with their positions."""
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        _fail(
            path,
            node,
            index,
            f"cannot read word list {file}: {getattr(err, 'strerror', None) or err}",
        )
    return [
        (line.strip(), str(file), number, len(line) - len(line.lstrip()) + 1)
        for number, line in enumerate(lines, 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def resolve_config(config: "Config | str | Path | None" = None, select=None, ignore=()) -> Config:
    """A Config from a Config, a configuration file's path, or None (the defaults); `select`
    and `ignore` (lists of selectors) apply on top, as on the command line."""
    if config is None:
        config = Config()
    elif not isinstance(config, Config):
        config = load_config(Path(config))
    return config.with_cli(select=select, ignore=ignore)


# -- discovery ----------------------------------------------------------------------------


class ConfigFinder:
    """The configuration for each file: --config if given, else the nearest one above it."""

    def __init__(self, explicit: Path | None = None, cli: dict | None = None):
        self.cli = cli or {}
        self.explicit = self._finish(load_config(explicit)) if explicit else None
        self._found: dict[Path, Config] = {}  # with the command line applied
        self._by_name: dict[str, Config] = {}  # folder as written in a path -> its Config

    def _finish(self, config: Config) -> Config:
        return config.with_cli(**self.cli)

    def for_path(self, path: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        # Memoised by the folder as written: resolving every file's path costs more than
        # checking an unchanged file.
        folder = os.path.dirname(path) if path != "-" else ""
        if folder not in self._by_name:
            if path == "-":
                directory = Path.cwd()
            else:
                try:
                    directory = Path(path).resolve().parent
                except (OSError, RuntimeError):  # a link loop: reading the file will say so
                    directory = Path(path).absolute().parent
            self._by_name[folder] = self.for_directory(directory)
        return self._by_name[folder]

    def for_directory(self, directory: Path) -> Config:
        if self.explicit is not None:
            return self.explicit
        return self._discover(directory.resolve())

    def _discover(self, directory: Path) -> Config:
        if directory not in self._found:
            self._found[directory] = self._search(directory)
        return self._found[directory]

    def _search(self, directory: Path) -> Config:
        """The configuration that applies in the folder: one object for all the folders it
        covers, so that what is keyed by it (result-cache keys, rule sets) is worked out
        once."""
        for name in CONFIG_NAMES:
            if (directory / name).is_file():
                return self._finish(load_config(directory / name))
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _read_pyproject(pyproject) is not None:
            return self._finish(load_config(pyproject))
        if (directory / ".git").exists() or directory.parent == directory:
            return self._finish(Config(root=directory))  # the repository root: stop here
        return self._discover(directory.parent)

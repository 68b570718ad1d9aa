"""Configuration: `.newslint.yaml` (or `[tool.newslint]` in pyproject.toml) found by walking up
from each file to the repository root, or one file given with --config.

The keys, with their types, defaults and reading, are the table `keys.KEYS`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newslint.config.globs import globs
from newslint.config.keys import KEY_TYPES, default, read_keys, shown_keys
from newslint.config.reading import Override, Reading, check_keys
from newslint.config.yaml_files import (
    MAX_DEPTH,
    nesting_position,
    position,
    read_text,
    read_yaml,
)
from newslint.errors import ConfigError

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")


@dataclass(frozen=True)
class Config:
    source: str | None = None  # the file it was read from; None for defaults
    root: Path = field(default_factory=Path.cwd)  # relative paths and globs start here
    # The keys' fields; their defaults, meanings and reading are in keys.KEYS.
    select: tuple[str, ...] | None = default("select")  # None: every rule on by default
    ignore: tuple[str, ...] = default("ignore")
    severity: tuple[tuple[str, str], ...] = default("severity")
    rule_paths: tuple[Path, ...] = default("rule_paths")
    builtin_rules: bool = default("builtin_rules")
    accept: frozenset[str] = default("accept")  # case-folded
    reject: tuple[tuple[str, str | None], ...] = default("reject")  # (wrong, right or None)
    names: tuple[tuple[str, tuple[str, ...]], ...] = default("names")  # house form, variants
    overrides: tuple[Override, ...] = default("overrides")
    fail_on: str = default("fail_on")
    include: tuple[str, ...] = default("include")
    exclude: tuple[str, ...] = default("exclude")
    regex_timeout: float = default("regex_timeout")
    vocabulary_min_files: int = default("vocabulary_min_files")
    front_matter_fields: tuple[str, ...] = default("front_matter_fields")
    language: str | None = default("language")  # primary subtag; None: detected
    baseline: Path | None = default("baseline")
    text_field: str = default("text_field")
    id_field: str = default("id_field")
    skip_records: frozenset[str] = default("skip_records")
    source_field: str = default("source_field")
    source_separator: str = default("source_separator")
    recurring_sketch_width: int = default("recurring_sketch_width")
    # Where each selector of the file was written, (selector, line, column), for errors.
    selector_positions: tuple[tuple[str, int | None, int | None], ...] = field(
        default=(), compare=False
    )
    cli_select: bool = False  # --select given: it replaces the overrides' selects too

    def excludes(self, relative: str, is_dir: bool = False) -> bool:
        """Whether the exclude patterns match a path relative to the configuration's folder
        (see `relative`; folder walks make it once per folder)."""
        # A gitignore pattern ending in "/" matches folders only: give folders a slash.
        return globs(self.exclude).match_file(relative + ("/" if is_dir else ""))

    def relative(self, path: Path) -> str:
        """The path from the configuration's folder (lexically: no file-system calls)."""
        absolute = os.path.abspath(path)
        if os.path.commonpath([absolute, str(self.root)]) != str(self.root):
            return path.as_posix()
        return Path(os.path.relpath(absolute, self.root)).as_posix()

    def includes(self, relative: str) -> bool:
        # Like exclude: "*.txt" matches at any depth, "news/*.txt" from the root.
        return globs(self.include).match_file(relative)

    def overrides_for(self, path: str) -> tuple[Override, ...]:
        if not self.overrides:
            return ()
        relative = self.relative(Path(path))
        return tuple(o for o in self.overrides if globs(o.files).match_file(relative))

    def with_cli(
        self, select=None, ignore=(), rule_paths=(), fail_on=None, exclude=(), language=None
    ) -> "Config":
        """Command-line settings on top: --select and --language replace, the others
        extend."""
        return replace(
            self,
            language=language or self.language,
            select=tuple(select) if select else self.select,
            cli_select=bool(select),
            ignore=self.ignore + tuple(ignore),
            rule_paths=self.rule_paths + tuple(Path(p) for p in rule_paths),
            fail_on=fail_on or self.fail_on,
            exclude=self.exclude + tuple(exclude),
        )

    def as_dict(self) -> dict[str, Any]:
        """What `newslint config` prints."""
        return {"source": self.source, "root": str(self.root), **shown_keys(self)}


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


def _build(path: Path, data: Any) -> Config:
    check_keys(path, data, KEY_TYPES, "the configuration")
    reading = Reading(path, data)
    return Config(
        source=str(path),
        root=reading.root,
        **read_keys(reading),
        selector_positions=_selector_positions(data, data.get("overrides", [])),
    )


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

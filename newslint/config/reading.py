"""Reading one configuration file's mapping into Config values: each key's value checked and
turned into its Config field's form, every error at file:line:column of the value at fault.
Which reader each key has is in `keys.KEYS`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from newslint.config.globs import glob_error
from newslint.config.language_codes import primary
from newslint.config.yaml_files import TYPE_NAMES, fail, has_type, plain, position
from newslint.errors import ConfigError
from newslint.findings import SEVERITIES

FAIL_LEVELS = (*SEVERITIES, "never")
OVERRIDE_KEYS = {
    "files": "str-list",
    "select": "str-list",
    "ignore": "str-list",
    "severity": "str-map",
}

_fail = partial(fail, ConfigError)  # _fail(path, node, key, message, value=False)


@dataclass(frozen=True)
class Override:
    files: tuple[str, ...]
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()


class Reading:
    """One configuration file being read: its path, its mapping, and the folder its relative
    paths start from."""

    def __init__(self, path: Path, data: dict):
        self.path, self.data, self.root = path, data, path.parent.resolve()

    def value(self, key) -> Any:
        """The key's value as written, or its default if it is not written."""
        return self.data.get(key.name, key.default)

    def fail(self, key, message: str):
        _fail(self.path, self.data, key.name, message, True)

    def words(self, name: str) -> list[tuple]:
        """The words of `accept` or `reject` and of the word files its `-files` key names,
        with where each was written: (word, file, line, column)."""
        written = self.data.get(name, [])
        found = [
            (word, str(self.path), *position(written, index)) for index, word in enumerate(written)
        ]
        files = self.data.get(f"{name}-files", [])
        for index, file_name in enumerate(files):
            found.extend(_read_word_file(self.path, files, index, self.root / file_name))
        return found


def check_keys(path: Path, node: Any, keys: dict[str, str], where: str) -> None:
    """Every key of the mapping known, each value of its key's type."""
    if not isinstance(node, dict):
        _fail(path, node, None, f"{where} must be a mapping")
    for key, value in node.items():
        if key not in keys:
            _fail(path, node, key, f"unknown key {key!r} in {where}; known: {', '.join(keys)}")
        if not has_type(value, keys[key]):
            _fail(path, node, key, f"`{key}` must be {TYPE_NAMES[keys[key]]}", True)


# -- one reader per kind of key: (Reading, Key) -> the Config field's value --------------


def as_tuple(reading: Reading, key) -> tuple:
    return tuple(reading.value(key))


def as_written(reading: Reading, key) -> Any:
    return reading.value(key)


def tuple_or_none(reading: Reading, key) -> tuple | None:
    value = reading.value(key)
    return None if value is None else tuple(value)


def string_set(reading: Reading, key) -> frozenset[str]:
    return frozenset(map(str, reading.value(key)))


def selector_levels(reading: Reading, key) -> tuple:
    _check_severities(reading.path, reading.data, key.name)
    return tuple(plain(reading.data.get(key.name, {})).items())


def paths_from_root(reading: Reading, key) -> tuple[Path, ...]:
    return tuple(reading.root / p for p in reading.value(key))


def path_or_none(reading: Reading, key) -> Path | None:
    value = reading.value(key)
    return reading.root / value if value else None


def globs(reading: Reading, key) -> tuple[str, ...]:
    _check_globs(reading.path, reading.data, key.name)
    return tuple(reading.value(key))


def globs_added_to_default(reading: Reading, key) -> tuple[str, ...]:
    _check_globs(reading.path, reading.data, key.name)
    return key.default + tuple(reading.data.get(key.name, ()))


def fail_level(reading: Reading, key) -> str:
    level = reading.value(key)
    if level not in FAIL_LEVELS:
        reading.fail(key, f"`{key.name}` must be one of {', '.join(FAIL_LEVELS)}")
    return level


def seconds(reading: Reading, key) -> float:
    value = reading.value(key)
    if not 0 < value < math.inf:
        reading.fail(key, f"`{key.name}` must be a positive number of seconds")
    return float(value)


def file_count(reading: Reading, key) -> int:
    """0 (off), or a number of files of at least 2 (one file is no evidence of a habit)."""
    value = reading.value(key)
    if value < 0 or value == 1:
        reading.fail(key, f"`{key.name}` must be 0 (off) or at least 2")
    return value


MIN_SKETCH_WIDTH = 1024  # counters per row: fewer count nothing well


def sketch_width(reading: Reading, key) -> int:
    value = reading.value(key)
    if value < MIN_SKETCH_WIDTH:
        reading.fail(key, f"`{key.name}` must be at least {MIN_SKETCH_WIDTH}")
    return value


def field_name(reading: Reading, key) -> str:
    value = reading.value(key)
    if not value.strip():
        reading.fail(key, f"`{key.name}` must name a field")
    return value


def language_code(reading: Reading, key) -> str | None:
    """A language code, kept as its primary subtag ("pt-BR" -> "pt")."""
    value = reading.value(key)
    if value is None:
        return None
    code = primary(value)
    if code is None:
        reading.fail(key, f"`{key.name}` must be a language code such as en or pt-BR")
    return code


def accepted_words(reading: Reading, key) -> frozenset[str]:
    """Case-folded."""
    return frozenset(
        word.strip().casefold() for word, *_ in reading.words(key.name) if word.strip()
    )


def rejected_words(reading: Reading, key) -> tuple[tuple[str, str | None], ...]:
    """(wrong, right or None)."""
    return tuple(_parse_reject(*entry) for entry in reading.words(key.name) if entry[0].strip())


def house_names(reading: Reading, key) -> tuple:
    """(house form, its variants)."""
    names = reading.data.get(key.name, {})
    for house, variants in names.items():
        if not variants or any(v.casefold() == house.casefold() for v in variants):
            _fail(
                reading.path,
                names,
                house,
                f"`{key.name}`: give the variants of {house!r}, other than itself",
                True,
            )
    return tuple((str(house), tuple(map(str, variants))) for house, variants in names.items())


def overrides(reading: Reading, key) -> tuple[Override, ...]:
    path, data = reading.path, reading.data
    found = []
    for index, node in enumerate(data.get(key.name, [])):
        if not isinstance(node, dict):
            _fail(path, data[key.name], index, f"overrides[{index}] must be a mapping")
        check_keys(path, node, OVERRIDE_KEYS, f"overrides[{index}]")
        if "files" not in node:
            _fail(path, node, None, f"overrides[{index}] needs `files` (a list of globs)")
        _check_globs(path, node, "files")
        _check_severities(path, node, "severity")
        found.append(
            Override(
                files=tuple(node["files"]),
                select=tuple(node["select"]) if "select" in node else None,
                ignore=tuple(node.get("ignore", ())),
                severity=tuple(plain(node.get("severity", {})).items()),
            )
        )
    return tuple(found)


# -- checks and parts ---------------------------------------------------------------------


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

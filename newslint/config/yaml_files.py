"""Reading YAML with positions, so every error names file:line:column of the node at fault."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import regex

from newslint.disk_cache import compiled_regex
from newslint.errors import NewslintError

MAX_YAML_BYTES = 5_000_000
# Rule and configuration files nest a few levels and expand to about as many values as they
# hold. Beyond these a file is hostile or broken: refused before it costs time or memory
# (ruamel composes nested collections in time quadratic in their depth, and keeps an alias
# as one shared object that every later walk would expand: a "billion laughs").
MAX_DEPTH = 64
MAX_VALUES = 1_000_000
FLOW = compiled_regex(r""""(?:[^"\\\n]|\\.)*"|'[^'\n]*'|(?:^|(?<=\s))#[^\n]*|[\[\]{}]""", regex.M)


def read_text(path: Path, error: type[NewslintError]) -> str:
    """A YAML (or TOML) file's text; errors become `error` naming the file."""
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise error(f"file larger than {MAX_YAML_BYTES // 1_000_000} MB", str(path))
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise error("not valid UTF-8", str(path)) from None
    except OSError as err:
        raise error(f"cannot read: {err.strerror or err}", str(path)) from None


def read_yaml(path: Path, error: type[NewslintError], text: str | None = None) -> Any:
    """Parse a YAML file (round-trip mode keeps positions); errors become `error` with position."""
    if text is None:
        text = read_text(path, error)
    if deep := nesting_position(text):
        raise error(f"nested more than {MAX_DEPTH} levels deep", str(path), *deep)
    from ruamel.yaml import YAML  # slow to import: rule files usually come from the cache
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = err.problem or err.context or "invalid YAML"
        if "duplicate key" in str(err):
            problem = f"duplicate key {_duplicate_key(err)}".rstrip()
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise error(problem, str(path), line, column) from None
    except YAMLError as err:
        raise error(f"invalid YAML: {err}", str(path)) from None
    except RecursionError:
        raise error("YAML nested too deeply", str(path)) from None
    _check_expansion(data, path, error)
    return data


def nesting_position(text: str) -> tuple[int, int] | None:
    """1-based (line, column) where brackets or braces (outside quoted strings and comments)
    first nest deeper than MAX_DEPTH, in YAML flow style or TOML; None if they never do."""
    depth = 0
    for token in FLOW.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                start = token.start()
                return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
        elif bracket in "]}":
            depth = max(0, depth - 1)
    return None


def _check_expansion(data: Any, path: Path, error: type[NewslintError]) -> None:
    """Refuse aliases that expand to more than MAX_VALUES values, or nesting deeper than
    MAX_DEPTH, at the position of the collection where it happens. Sizes are computed once
    per distinct collection: the check costs time in the size of the file, not of its
    expansion."""
    sizes: dict[int, int] = {}

    def size(node: Any, depth: int) -> int:
        if not isinstance(node, (dict, list)):
            return 1
        key = id(node)
        if key in sizes:
            return sizes[key]
        if depth > MAX_DEPTH:
            raise error(f"nested more than {MAX_DEPTH} levels deep", str(path), *position(node))
        children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
        total = 1 + sum(size(child, depth + 1) for child in children)
        if total > MAX_VALUES:
            raise error(
                f"expands to more than {MAX_VALUES:,} values (aliases of aliases?)",
                str(path),
                *position(node),
            )
        sizes[key] = total
        return total

    size(data, 0)


def _duplicate_key(err) -> str:
    problem = err.problem or ""
    return problem.split('"')[1] if problem.count('"') >= 2 else ""


def fail(
    error: type[NewslintError], path: Path, node: Any, key: Any, message: str, value: bool = False
) -> NoReturn:
    """Raise `error` at the position of a mapping key (or its value), item or node."""
    raise error(message, str(path), *position(node, key, value))


def position(node: Any, key: Any = None, value: bool = False) -> tuple[int | None, int | None]:
    """1-based (line, column) of a mapping key (or its value), a sequence item, or the node."""
    try:
        lc = node.lc  # ruamel's round-trip nodes carry their positions
        if key is not None and isinstance(node, dict):
            line, column = lc.value(key) if value else lc.key(key)
        elif key is not None and isinstance(node, list):
            line, column = lc.item(key)
        else:
            line, column = lc.line, lc.col
        return line + 1, column + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return None, None


TYPE_NAMES = {
    "bool": "true or false",
    "int": "a whole number",
    "number": "a number",
    "str": "a string",
    "list": "a list",
    "str-list": "a list of strings",
    "str-map": "a mapping of strings to strings",
    "str-lists": "a list of lists of strings",
    "map": "a mapping",
    "str-list-map": "a mapping of strings to lists of strings",
    "file-list": "a list of file names",
    "file": "a file name",
}


def has_type(value: Any, type_name: str) -> bool:
    def is_str(item):
        return isinstance(item, str)

    if type_name == "bool":
        return isinstance(value, bool)
    if type_name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if type_name == "str":
        return is_str(value)
    if type_name == "list":
        return isinstance(value, list)
    if type_name == "str-list":
        return isinstance(value, list) and all(map(is_str, value))
    if type_name == "str-map":
        return isinstance(value, dict) and all(is_str(k) and is_str(v) for k, v in value.items())
    if type_name == "str-lists":
        return isinstance(value, list) and all(
            isinstance(item, list) and all(map(is_str, item)) for item in value
        )
    if type_name == "str-list-map":
        return isinstance(value, dict) and all(
            is_str(k) and isinstance(v, list) and all(map(is_str, v)) for k, v in value.items()
        )
    if type_name == "file-list":
        return has_type(value, "str-list")
    if type_name == "file":
        return is_str(value)
    if type_name == "map":
        return isinstance(value, dict)
    raise ValueError(type_name)


def plain(value: Any) -> Any:
    """ruamel's round-trip containers and strings as plain Python values."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool) or type(value).__name__ == "ScalarBoolean":
        return bool(value)
    if isinstance(value, float):
        return float(value)  # ruamel's ScalarFloat
    if isinstance(value, int):
        return int(value)  # ruamel's ScalarInt
    return value

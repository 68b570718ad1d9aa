"""Word lists that rules name (one entry per line, "#" comments), read once per process.

Parsed lists are kept in newslint's disk cache, keyed by a hash of the file's bytes: the
largest lists (GeoNames places, codespell misspellings) load from there several times faster
than they parse, and an edited list is simply parsed again.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from newslint.disk_cache import cached
from newslint.errors import RuleError

PAIR_SEPARATOR = "->"


@lru_cache(maxsize=64)
def read_words(path: Path) -> tuple[str, ...]:
    return _parsed(path, "words", _words)


@lru_cache(maxsize=64)
def read_pairs(path: Path) -> dict[str, str]:
    """`wrong->right` lines (right may be "a|b") as a mapping; errors name file and line."""
    return _parsed(path, "pairs", lambda text: _pairs(text, path))


@lru_cache(maxsize=64)
def list_digest(path: Path) -> str:
    """A word list's contents, hashed: for the keys of what is built from it."""
    return hashlib.sha256(_raw(path)).hexdigest()


def _parsed(path: Path, form: str, parse):
    raw = _raw(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RuleError(f"cannot read word list: {err}", str(path)) from None
    key = f"{form}:v1:{hashlib.sha256(raw).hexdigest()}"
    return cached(f"wordlist-{path.stem}", key, lambda: parse(text))


def _raw(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise RuleError(f"cannot read word list: {err.strerror or err}", str(path)) from None


def _words(text: str) -> tuple[str, ...]:
    return tuple(
        stripped
        for line in text.splitlines()
        if (stripped := line.strip()) and not stripped.startswith("#")
    )


def _pairs(text: str, path: Path) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        wrong, separator, right = line.partition(PAIR_SEPARATOR)
        if not separator or not wrong.strip() or not right.strip():
            raise RuleError(
                f"expected 'wrong{PAIR_SEPARATOR}right', got {line!r}", str(path), number
            )
        pairs[wrong.strip()] = right.strip()
    return pairs

"""Word lists that rules name (one entry per line, "#" comments), read once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newslint.errors import RuleError

PAIR_SEPARATOR = "->"


@lru_cache(maxsize=64)
def read_words(path: Path) -> tuple[str, ...]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(
            f"cannot read word list: {getattr(err, 'strerror', None) or err}", str(path)
        ) from None
    return tuple(
        stripped for line in lines if (stripped := line.strip()) and not stripped.startswith("#")
    )


@lru_cache(maxsize=64)
def read_pairs(path: Path) -> dict[str, str]:
    """`wrong->right` lines (right may be "a|b") as a mapping; errors name file and line."""
    pairs: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
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

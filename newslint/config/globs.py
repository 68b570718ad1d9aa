"""gitignore-style globs (`include`, `exclude`, the files of `overrides`), compiled once per
list of patterns."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def globs(patterns: tuple[str, ...]) -> "Globs":
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


def glob_error(pattern: str) -> str | None:
    """Why a gitignore-style pattern is unusable, or None if it is fine."""
    try:
        globs((pattern,))
    except (ValueError, re.error) as err:
        return f"bad glob {pattern!r}: {getattr(err, 'msg', None) or err}"
    return None

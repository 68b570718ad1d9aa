"""The edit distance the spelling checks use."""

from __future__ import annotations


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (optimal string alignment: an adjacent transposition
    is one edit). Returns limit + 1 as soon as the distance must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


# The letter rows of a QWERTY keyboard: a finger slips to a key beside the one it meant.
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = frozenset("aeiouy")


def _neighbour_keys() -> dict[str, frozenset[str]]:
    """The keys that touch each key: beside it, and in the rows above and below, which are
    staggered (the row above reaches one key further right, the row below one further left)."""
    near: dict[str, set[str]] = {}
    for row, line in enumerate(KEY_ROWS):
        for column, key in enumerate(line):
            touching = [(row, column - 1), (row, column + 1)]
            touching += [(row - 1, column), (row - 1, column + 1)]
            touching += [(row + 1, column - 1), (row + 1, column)]
            near[key] = {
                KEY_ROWS[r][c]
                for r, c in touching
                if 0 <= r < len(KEY_ROWS) and 0 <= c < len(KEY_ROWS[r])
            }
    return {key: frozenset(keys) for key, keys in near.items()}


NEIGHBOUR_KEYS = _neighbour_keys()


def neighbour_key(typed: str, meant: str) -> bool:
    """Whether the letter `typed` is on a key beside the letter `meant`."""
    return typed in NEIGHBOUR_KEYS.get(meant, ())


def likely_slip(typed: str, meant: str) -> bool:
    """Whether one edit turning `meant` into `typed` is one that hands or spellers make: two
    letters swapped, a letter left out, a letter typed twice or from a key beside its
    neighbour, a key beside the right one, or one vowel for another. "impls" for "imply"
    (s for y, far apart) and "rustc" for "rust" are not."""
    if len(typed) == len(meant):
        diffs = [i for i in range(len(typed)) if typed[i] != meant[i]]
        if len(diffs) == 2:
            return True  # swapped (the caller measured one edit)
        if len(diffs) != 1:
            return False
        a, b = typed[diffs[0]], meant[diffs[0]]
        return neighbour_key(a, b) or (a in VOWELS and b in VOWELS)
    if len(typed) == len(meant) - 1:
        return True  # a letter left out
    if len(typed) != len(meant) + 1:
        return False
    i = next((i for i in range(len(meant)) if typed[i] != meant[i]), len(meant))
    extra = typed[i]
    beside = {typed[j] for j in (i - 1, i + 1) if 0 <= j < len(typed)}
    return extra in beside or any(extra in NEIGHBOUR_KEYS.get(c, ()) for c in beside)


def respelt(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` with one consonant written as another that is not on a key
    beside it ("Makro" for "macro", "Sention" for "section"): how brands and names respell
    a word, seldom how hands or spellers slip."""
    if len(typed) != len(meant):
        return False
    diffs = [(a, b) for a, b in zip(typed.casefold(), meant.casefold(), strict=True) if a != b]
    if len(diffs) != 1:
        return False
    a, b = diffs[0]
    return a.isalpha() and b.isalpha() and not {a, b} & VOWELS and not neighbour_key(a, b)

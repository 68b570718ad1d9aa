"""Required literals of a regular expression: strings one of which every match contains.

A sentence that holds none of them cannot match, so a rule with dozens of patterns need not
run its regex there (the idea of RE2's prefilter and ripgrep's literal extraction). The
pattern is read with the standard library's regex parser; any construct this module does
not know makes the answer None (no pre-filter), so a pre-filter is never wrong, only
sometimes absent. Syntax of the `regex` module that the standard parser would read
differently (nested and POSIX sets, fuzzy matching, property classes, its extra flags) also
gives None.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # private: not in typeshed
from re import _parser as sre_parse  # type: ignore[attr-defined]  # private: not in typeshed

from newslint.document.model import fold_keeping_length

# `regex`-only syntax: nested or POSIX sets, fuzzy constraints ("{e<=1}"), property
# classes and other escapes, version and other flags.
REGEX_ONLY = re.compile(r"\[\[|\[:|\{[eisdc]\s*[<=+,}]|\\[pPXmMGLNK]|\(\?[Vrfwbeps(]|\(\?\|")
MAX_STRINGS = 5000  # beyond this a pre-filter costs more than it saves
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of the case-insensitive pattern contains, folded as
    `fold_keeping_length` folds text, or None when no such set is known."""
    if REGEX_ONLY.search(pattern):
        return None
    try:
        found = _sequence(list(sre_parse.parse(pattern)))
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return None
    if not found or len(found) > MAX_STRINGS or "" in found:
        return None
    return frozenset(found)


def _sequence(items) -> set[str] | None:
    """The most selective required set among the sequence's mandatory parts: a run of
    literal characters, or a group, alternation or repeat that requires its own set."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or _selectivity(candidate) > _selectivity(best)):
            best = candidate

    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        consider({fold_keeping_length("".join(run))} if run else None)
        run = []
        if op not in ZERO_WIDTH:  # lookarounds and anchors match no characters
            consider(_element(op, value))
    consider({fold_keeping_length("".join(run))} if run else None)
    return best


def _element(op, value) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(value[3])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(value)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            found = _sequence(branch)
            if found is None:
                return None  # one way through requires nothing known
            union |= found
        return union
    if op in REPEATS:
        low, _high, body = value
        return _sequence(body) if low >= 1 else None
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in value) and len(value) <= 20:
        return {fold_keeping_length(chr(code)) for _, code in value}
    return None


def _selectivity(strings: set[str]) -> tuple[int, int, int]:
    """Longer shortest string first (rarer in text), then fewer strings of ASCII only (a
    curly quotation mark is rarer than a straight one), then fewer strings."""
    return min(len(s) for s in strings), -sum(map(str.isascii, strings)), -len(strings)

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
MAX_EXACT = 100  # strings of a run of parts joined (`_joined_runs`); beyond, the parts alone
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of the case-insensitive pattern contains, folded as
    `fold_keeping_length` folds text, or None when no such set is known: the most selective
    of `required_parts`."""
    parts = required_parts(pattern)
    return parts[0] if parts else None


def prefilter(pattern: str) -> tuple[list[str] | None, list[list[str]]]:
    """What a `PatternSet` needs of a pattern: the strings one of which its every match holds
    (None: unknown), and the further such sets, but for those the first implies; sorted."""
    parts = required_parts(pattern)
    if not parts:
        return None, []
    first = parts[0]
    return sorted(first), [sorted(part) for part in parts[1:] if not first <= part]


def required_parts(pattern: str) -> list[frozenset[str]]:
    """Every set of strings known to be required by the case-insensitive pattern (each
    match contains one string of each set: a set per mandatory part, "it" and "is|was" and
    "said|thought"), most selective first, folded as `fold_keeping_length` folds; empty when
    none is known. A span must hold one string of each for the pattern to match there. A set
    that a more selective one implies (each of its strings holds one of the other's) is
    left out: it tells nothing more."""
    if REGEX_ONLY.search(pattern):
        return []
    try:
        parts = _parts(list(sre_parse.parse(pattern)))
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return []
    found = {frozenset(part) for part in parts}
    usable = [p for p in found if p and len(p) <= MAX_STRINGS and "" not in p]
    known: list[frozenset[str]] = []
    # Of sets as selective, the one first in the pattern comes first (as it always has).
    order = {part: index for index, part in reversed(list(enumerate(map(frozenset, parts))))}
    for part in sorted(usable, key=lambda p: (_negated(_selectivity(p)), order[p])):
        if not any(_implies(better, part) for better in known):
            known.append(part)
    return known


def _negated(key: tuple[int, int, int]) -> tuple[int, int, int]:
    return (-key[0], -key[1], -key[2])


def _implies(strong: frozenset[str], weak: frozenset[str]) -> bool:
    """Whether every string of `strong` holds one of `weak`'s."""
    return all(any(w in s for w in weak) for s in strong)


def _parts(items, joined: bool = True) -> list[set[str]]:
    """The required sets of the sequence's mandatory parts, in order: runs of literal
    characters, and groups, alternations and repeats that require sets of their own; then
    (`joined`) those of runs of parts with few possible strings, joined (`_joined_runs`)."""
    parts: list[set[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            parts.append({fold_keeping_length("".join(run))})
        run = []
        if op not in ZERO_WIDTH:  # lookarounds and anchors match no characters
            parts.extend(_element(op, value, joined))
    if run:
        parts.append({fold_keeping_length("".join(run))})
    return parts + _joined_runs(items) if joined else parts


def _joined_runs(items) -> list[set[str]]:
    """The strings of each run of consecutive parts that can match only a few known strings,
    joined: the term list "f(?:ear|eel)s?" needs "fear" or "feel", where its parts alone
    need only "f". Strings holding another of the set are left out (it is the requirement)."""
    parts: list[set[str]] = []
    joined: set[str] = {""}
    for op, value in items:
        if op in ZERO_WIDTH:  # matches no characters: the run goes on past it
            continue
        strings = _exact(op, value)
        if strings is not None and len(joined) * len(strings) <= MAX_EXACT:
            joined = {a + b for a in joined for b in strings}
            continue
        parts.append(joined)
        joined = {""} if strings is None else strings
    parts.append(joined)
    return [_shortest(part) for part in parts if "" not in part]


def _shortest(strings: set[str]) -> set[str]:
    folded = {fold_keeping_length(s) for s in strings}
    return {s for s in folded if not any(t != s and t in s for t in folded)}


def _exact(op, value) -> set[str] | None:
    """Every string the element can match (as written, not folded), when a few are known."""
    if op is sre.LITERAL:
        return {chr(value)}
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in value) and len(value) <= 20:
        return {chr(code) for _, code in value}
    if op is sre.SUBPATTERN:
        return _exact_sequence(value[3])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _exact_sequence(value)  # what it can match is among these
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= MAX_EXACT else None
    if op in REPEATS:
        low, high, body = value
        strings = _exact_sequence(body) if high <= 1 else None
        return None if strings is None else strings | {""} if low == 0 else strings
    return None


def _exact_sequence(items) -> set[str] | None:
    joined: set[str] = {""}
    for op, value in items:
        if op in ZERO_WIDTH:
            continue
        strings = _exact(op, value)
        if strings is None or len(joined) * len(strings) > MAX_EXACT:
            return None
        joined = {a + b for a in joined for b in strings}
    return joined


def _best(items, joined: bool) -> set[str] | None:
    """The most selective required set of a sequence (None: none known)."""
    parts = _parts(items, joined)
    return max(parts, key=_selectivity) if parts else None


def _element(op, value, joined: bool) -> list[set[str]]:
    if op is sre.SUBPATTERN:
        return _parts(value[3], joined)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _parts(value, joined)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            found = _best(branch, joined)
            if found is None:
                return []  # one way through requires nothing known
            union |= found
        if joined and len(union) > MAX_EXACT:
            # The branches' joined strings add up (a list of hundreds of verbs): looking
            # for them all would cost more than the few fragments their parts need.
            return _element(op, value, joined=False)
        return [union]
    if op in REPEATS:
        low, _high, body = value
        exact = _exact_sequence(body) if low >= 2 else None
        if exact is not None and len(exact) == 1 and "" not in exact:
            # One string repeated: that many of it in a row (" {2,}" needs two spaces).
            (string,) = exact
            return [{fold_keeping_length(string * min(low, MAX_REPEATED // len(string) or 1))}]
        return _parts(body, joined) if low >= 1 else []
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in value) and len(value) <= 20:
        return [{fold_keeping_length(chr(code)) for _, code in value}]
    return []


def _selectivity(strings) -> tuple[int, int, int]:
    """Longer shortest string first (rarer in text), then fewer strings of ASCII only (a
    curly quotation mark is rarer than a straight one), then fewer strings."""
    return min(len(s) for s in strings), -sum(map(str.isascii, strings)), -len(strings)


# The longest run of one repeated string a required string is made of.
MAX_REPEATED = 8
ANCHOR = re.compile(r"\^|\\A")
# A flag that would make `^` match after every newline.
MULTILINE = re.compile(r"\(\?[a-zA-Z]*m")
_ZERO, _ANCHORED, _CONSUMES = range(3)


def anchored_at_start(pattern: str) -> bool:
    """Whether every match of the pattern starts where the text does (a `^` or `\\A` before
    anything that consumes a character, lookarounds aside): searched from the start, it can
    match there only, so trying it there alone finds the same match."""
    if not ANCHOR.search(pattern) or REGEX_ONLY.search(pattern) or MULTILINE.search(pattern):
        return False  # (most patterns have no anchor: not parsed)
    try:
        return _start(list(sre_parse.parse(pattern))) == _ANCHORED
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return False


def _start(items) -> int:
    """How a sequence starts: with an anchor at the text's start, with a consuming part, or
    with nothing but zero-width parts."""
    for op, value in items:
        if op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            return _ANCHORED
        if op in ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN:
            state = _start(value[3])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            state = _start(value)
        elif op is sre.BRANCH:
            states = {_start(branch) for branch in value[1]}
            state = states.pop() if len(states) == 1 else _CONSUMES
        else:
            return _CONSUMES
        if state != _ZERO:
            return state
    return _ZERO

"""Loose RE2 forms of `regex` patterns: on ASCII text, an RE2 pattern that matches wherever
the source pattern can match, and perhaps elsewhere too, so that one RE2 set read over a
span tells which of many patterns are worth searching there (`PatternSet`).

Why a loose form never misses a match of its source, on text whose characters are all
ASCII: it is the source's parse tree (the standard library's parser, as `literals` reads
patterns; `regex`-only syntax and anything not handled give None) with
- each element that matches one character replaced by the explicit class of the ASCII
  characters (0-127) it matches, found by asking `regex` itself, with the flags in force
  there (the set's ignorecase, inline and scoped flags), about each of them: on ASCII text
  it then matches exactly the characters the element matches, whatever the case folding
  or Unicode meaning of `\\s` (an element matching none becomes `\\x{80}`, never in ASCII
  text);
- sequences, alternations, groups and repeats kept as they are (possessive repeats and
  atomic groups as plain ones: they can only match less);
- zero-width conditions (`^`, `$`, `\\b`, lookarounds) dropped: a condition removed can
  only let more match.
So every string the source matches, the loose form matches: searched anywhere in the span,
it finds one wherever the source finds a match. Back-references and conditions give None.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]  # private: not in typeshed
from re import _parser as sre_parse  # type: ignore[attr-defined]  # private: not in typeshed
from typing import Any

import re2
import regex

from newslint.disk_cache import cached, code_stamp, package_stamp
from newslint.kinds.literals import REGEX_ONLY
from newslint.kinds.string_presence import search_set

ASCII = "".join(map(chr, range(128)))
MAX_COUNT = 1000  # RE2 rejects larger repeat counts
NO_ASCII = r"\x{80}"  # a character that ASCII text never holds
CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
# The flags that change which characters one element matches, with their inline letters.
FLAG_LETTERS = {re.IGNORECASE: "i", re.DOTALL: "s", re.ASCII: "a"}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
SENTINEL = 0  # the index of the set's empty pattern, found in every text


class Unhandled(Exception):
    """A construct with no loose form."""


def loose_pattern(source: str, ignorecase: bool) -> str | None:
    """The RE2 pattern that matches, on ASCII text, wherever `source` (`regex` syntax,
    case-insensitive if `ignorecase`) can match; None if none is known."""
    if REGEX_ONLY.search(source):
        return None
    try:
        parsed = sre_parse.parse(source)
        flags = parsed.state.flags | (re.IGNORECASE if ignorecase else 0)
        return _sequence(list(parsed), flags)
    except (re.error, regex.error, RecursionError, OverflowError, ValueError, TypeError, Unhandled):
        return None


def _sequence(items, flags: int) -> str:
    return "".join(_element(op, value, flags) for op, value in items)


def _element(op, value, flags: int) -> str:
    if op in ZERO_WIDTH:
        return ""
    if op is sre.LITERAL:
        return _ascii_class(_escaped(value), flags)
    if op is sre.NOT_LITERAL:
        return _ascii_class(f"[^{_escaped(value)}]", flags)
    if op is sre.ANY:
        return _ascii_class(".", flags)
    if op is sre.IN:
        return _ascii_class(_set_source(value), flags)
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch, flags) for branch in value[1]) + ")"
    if op is sre.SUBPATTERN:
        _, added, removed, items = value
        return "(?:" + _sequence(items, (flags | added) & ~removed) + ")"
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return "(?:" + _sequence(value, flags) + ")"
    if op in REPEATS:
        low, high, items = value
        if low > MAX_COUNT or (high != sre.MAXREPEAT and high > MAX_COUNT):
            raise Unhandled
        bounds = f"{{{low},}}" if high == sre.MAXREPEAT else f"{{{low},{high}}}"
        return "(?:" + _sequence(items, flags) + ")" + bounds
    raise Unhandled  # back-references, conditions


def _escaped(code: int) -> str:
    """A character in `regex` syntax."""
    return f"\\U{code:08x}"


def _re2_escaped(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _set_source(items) -> str:
    """The `regex` source of a character set from its parsed items."""
    parts = []
    for op, value in items:
        if op is sre.NEGATE:
            parts.append("^")
        elif op is sre.LITERAL:
            parts.append(_escaped(value))
        elif op is sre.RANGE:
            parts.append(f"{_escaped(value[0])}-{_escaped(value[1])}")
        elif op is sre.CATEGORY and value in CATEGORIES:
            parts.append(CATEGORIES[value])
        else:
            raise Unhandled
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=None)
def _ascii_class(source: str, flags: int) -> str:
    """The RE2 class of the ASCII characters that the one-character `regex` element
    matches under these flags, as `regex` itself finds them."""
    letters = "".join(letter for flag, letter in FLAG_LETTERS.items() if flags & flag)
    element = regex.compile(f"(?{letters}){source}" if letters else source)
    codes = sorted({ord(character) for character in element.findall(ASCII)})
    if not codes:
        return NO_ASCII
    return "[" + "".join(_ranges(codes)) + "]"


def _ranges(codes: list[int]) -> list[str]:
    """Sorted character codes as RE2 class ranges."""
    ranges: list[str] = []
    start = previous = codes[0]
    for code in codes[1:] + [-1]:
        if code == previous + 1:
            previous = code
            continue
        first, last = _re2_escaped(start), _re2_escaped(previous)
        ranges.append(first if start == previous else f"{first}-{last}")
        start = previous = code
    return ranges


class LooseSet:
    """The loose forms of a list of patterns as one RE2 set, compiled when first used: one
    pass over an ASCII span tells which patterns can match there. The loose forms are kept
    in the disk cache (parsing the patterns made the sets of the BBC run take 90 ms to
    build, not 18). RE2 builds its automaton as it reads, and one that outgrows its memory
    gives up and reports no match at all: an empty pattern, matching every text, is in the
    set, and an answer without it is none."""

    def __init__(self, sources: list[str], ignorecase: bool):
        self._sources, self._ignorecase = sources, ignorecase
        self._set: Any = None
        self._patterns: list[int] = []  # the pattern of each loose form, in the set's order
        self._unfiltered: list[int] = []  # the patterns with no loose form

    def possible(self, unit: str, candidates: list[int]) -> list[int]:
        """The candidates (pattern indices, in order) that can match in `unit`: all of them
        unless it is ASCII text and the set answers."""
        if not unit.isascii():
            return candidates
        automaton = self._set if self._set is not None else self._compiled()
        found = automaton.Match(unit) if automaton else None  # ASCII: always UTF-8
        if not found or SENTINEL not in found:
            return candidates
        patterns = self._patterns
        possible = {patterns[index - 1] for index in found if index != SENTINEL}
        possible.update(self._unfiltered)
        return [index for index in candidates if index in possible]

    def _compiled(self) -> Any:
        key = f"{code_stamp()} {package_stamp('regex')} {self._ignorecase} {self._digest()}"
        loose: list[str | None] = cached(
            "loose-patterns",
            key,
            lambda: [loose_pattern(source, self._ignorecase) for source in self._sources],
        )
        automaton = search_set()
        patterns, unfiltered = [], []
        try:
            automaton.Add("")  # the sentinel, index SENTINEL
            for index, pattern in enumerate(loose):
                if pattern is not None and _added(automaton, pattern):
                    patterns.append(index)
                else:
                    unfiltered.append(index)
            automaton.Compile()
        except re2.error:
            automaton = False  # never used: every candidate is searched
        # Set whole, last: two threads may compile the set at once.
        self._patterns, self._unfiltered, self._set = patterns, unfiltered, automaton
        return automaton

    def _digest(self) -> str:
        return hashlib.sha256("\0".join(self._sources).encode()).hexdigest()


def _added(automaton: Any, loose: str) -> bool:
    """Add the pattern to the set; False if RE2 rejects it."""
    try:
        automaton.Add(loose)
    except re2.error:
        return False
    return True

"""The one matcher layer every rule kind uses.

Patterns are compiled once per process. A list of plain words and phrases is not run as a
giant alternation: the document's distinct words are intersected with the list's first words
(a set operation), and only the phrases that can occur are compiled into a small regex.
Every regex runs under the `regex` module's timeout, so a pathological pattern cannot hang a run.
"""

from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator

import regex

from newslint.segment import WORD_UNIT, Span

REGEX_TIMEOUT = 5.0  # seconds per rule and document
_deadline: ContextVar[float | None] = ContextVar("regex_deadline", default=None)
METACHARACTERS = frozenset("\\.^$*+?{}[]|()")
# After a listed word: no more word, and no contraction ("wasn't"), but a possessive may follow.
LITERAL_END = r"(?!\w)(?!['’](?!s(?!\w))\w)"


class MatchTimeout(Exception):
    """A pattern took longer than the time limit on one document."""


@contextmanager
def time_limit(seconds: float):
    """Every regex search inside shares one deadline (one rule on one document)."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


@lru_cache(maxsize=4096)
def compile_regex(pattern: str, ignorecase: bool = False) -> regex.Pattern:
    """Compile once per process; raises regex.error for a bad pattern."""
    return regex.compile(pattern, regex.IGNORECASE if ignorecase else 0)


def is_literal(pattern: str) -> bool:
    return not METACHARACTERS.intersection(pattern)


def bounded(alternation: str, nonword: bool) -> str:
    return alternation if nonword else rf"(?<!\w)(?:{alternation})(?!\w)"


class Matcher:
    """Finds non-overlapping occurrences of any of `patterns` (longest first) in a document,
    and tells which pattern each match came from."""

    def __init__(self, patterns: list[str], ignorecase: bool = False, nonword: bool = False):
        self.patterns = sorted(patterns, key=len, reverse=True)
        self.ignorecase = ignorecase
        literal_ok = not nonword and all(
            is_literal(p) and p[:1].isalnum() and p[-1:].isalnum() for p in patterns
        )
        self._by_first_word: dict[str, list[str]] | None = None
        if literal_ok:
            index: dict[str, list[str]] = defaultdict(list)
            for phrase in self.patterns:
                index[self._fold(WORD_UNIT.match(phrase).group())].append(phrase)
            self._by_first_word = dict(index)
            self._first_words = frozenset(index)
            self._phrases = {self._fold(phrase): phrase for phrase in self.patterns}
            self._phrase_regexes: dict[str, regex.Pattern] = {}
        else:
            # One named group per pattern tells which one matched. Compiled now so that a bad
            # pattern is reported when the rule loads.
            for pattern in self.patterns:
                compile_regex(pattern, ignorecase)  # an error's position in the rule's own text
            groups = "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(self.patterns))
            self._regex = compile_regex(bounded(groups, nonword), ignorecase)

    def _fold(self, word: str) -> str:
        return word.casefold() if self.ignorecase else word

    def which(self, match: "Found") -> str:
        """The pattern (as given) that produced this match."""
        if self._by_first_word is not None:
            return self._phrases[self._fold(match.group())]
        return self.patterns[int(match.lastgroup[1:])]

    def _phrase_regex(self, first_word: str) -> regex.Pattern:
        """The phrases starting with one word, as one regex (compiled once per process).
        A contraction is not a match of its first part ("wasn" in "wasn't"); a possessive
        is ("Kazkahstan" in "Kazkahstan's")."""
        compiled = self._phrase_regexes.get(first_word)
        if compiled is None:
            phrases = "|".join(map(regex.escape, self._by_first_word[first_word]))
            compiled = compile_regex(rf"(?<!\w)(?:{phrases}){LITERAL_END}", self.ignorecase)
            self._phrase_regexes[first_word] = compiled
        return compiled

    def finditer(self, doc, spans: list[Span]) -> Iterator["Found"]:
        if self._by_first_word is None:
            found = search(self._regex, doc.text, spans)
        else:
            # Only the phrases whose first word occurs in the document are looked for.
            present = doc.word_set(folded=self.ignorecase) & self._first_words
            found = _leftmost_longest(
                [
                    m
                    for word in sorted(present)
                    for m in search(self._phrase_regex(word), doc.text, spans)
                ]
            )
        # An empty match is nothing to report or fix (a pattern such as `x*`).
        yield from (match for match in found if match.end() > match.start())


def _leftmost_longest(matches: list["Found"]) -> list["Found"]:
    """Non-overlapping matches, the earliest and then the longest first."""
    chosen, last_end = [], -1
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if match.start() >= last_end:
            chosen.append(match)
            last_end = match.end()
    return chosen


def search(pattern: regex.Pattern, text: str, spans: list[Span]) -> Iterator["Found"]:
    """All matches inside the spans, within the current time limit. Each span is searched as
    a text of its own, as Vale does: `^` and lookbehinds start at the start of a sentence
    or paragraph, not at the start of its line."""
    deadline = _deadline.get()
    if deadline is None:
        deadline = time.monotonic() + REGEX_TIMEOUT
    for span in spans:
        unit = text if span == (0, len(text)) else text[span.start : span.end]
        try:
            for match in pattern.finditer(unit, timeout=_remaining(deadline)):
                yield Found(match, span.start)
        except TimeoutError:
            raise MatchTimeout("a regular expression ran over its time limit") from None


def _remaining(deadline: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    return remaining


class Found:
    """A match in one span, with offsets into the whole text."""

    __slots__ = ("match", "offset")

    def __init__(self, match: regex.Match, offset: int):
        self.match, self.offset = match, offset

    def start(self) -> int:
        return self.match.start() + self.offset

    def end(self) -> int:
        return self.match.end() + self.offset

    def group(self) -> str:
        return self.match.group()

    @property
    def lastgroup(self) -> str | None:
        return self.match.lastgroup


class Exceptions:
    """Vale-style exceptions: a match that equals (fullmatches) one of them is not reported."""

    def __init__(self, patterns: list[str], ignorecase: bool):
        self._regex = (
            compile_regex("|".join(f"(?:{p})" for p in patterns), ignorecase) if patterns else None
        )

    def __contains__(self, text: str) -> bool:
        if self._regex is None:
            return False
        deadline = _deadline.get()
        try:
            timeout = _remaining(deadline) if deadline is not None else REGEX_TIMEOUT
            return self._regex.fullmatch(text, timeout=timeout) is not None
        except TimeoutError:
            raise MatchTimeout("an exception pattern ran over its time limit") from None

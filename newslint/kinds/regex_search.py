"""Regular expressions under a time limit: every search a rule makes shares one deadline per
document (`time_limit`), so a pathological pattern cannot hang a run, and patterns are
compiled once per process (from the disk cache)."""

from __future__ import annotations

import time
from contextvars import ContextVar
from functools import lru_cache
from typing import Callable, Iterator

import regex

from newslint.config.keys import REGEX_TIMEOUT  # the default of `regex-timeout`
from newslint.disk_cache import compiled_regex
from newslint.document.segment import Span

_deadline: ContextVar[float | None] = ContextVar("regex_deadline", default=None)


class MatchTimeout(Exception):
    """A pattern took longer than the time limit on one document."""


class time_limit:  # noqa: N801  (used as a function: `with time_limit(seconds):`)
    """Every regex search inside shares one deadline (one rule on one document). A class,
    not a @contextmanager generator: it is entered for every rule on every document, and the
    generator's machinery cost 3x as much."""

    __slots__ = ("seconds", "token")

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self) -> None:
        self.token = _deadline.set(time.monotonic() + self.seconds)

    def __exit__(self, *exc) -> None:
        _deadline.reset(self.token)


@lru_cache(maxsize=4096)
def compile_regex(pattern: str, ignorecase: bool = False) -> regex.Pattern:
    """Compile once per process; raises regex.error for a bad pattern."""
    return compiled_regex(pattern, regex.IGNORECASE if ignorecase else 0)


def search(pattern: regex.Pattern, text: str, spans: list[Span]) -> Iterator[Found]:
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


def searcher() -> Callable[[regex.Pattern, str, int], regex.Match | None]:
    """`find(pattern, text, pos)`: `pattern.search(text, pos)` within the current time limit
    (or a default one from now), for a caller that searches one text many times."""
    deadline = _deadline.get()
    if deadline is None:
        deadline = time.monotonic() + REGEX_TIMEOUT

    def find(pattern: regex.Pattern, text: str, pos: int) -> regex.Match | None:
        try:
            return pattern.search(text, pos, timeout=_remaining(deadline))
        except TimeoutError:
            raise MatchTimeout("a regular expression ran over its time limit") from None

    return find


def fullmatch(
    pattern: regex.Pattern, text: str, what: str = "a regular expression"
) -> regex.Match | None:
    """`pattern.fullmatch(text)` within the current time limit."""
    deadline = _deadline.get()
    try:
        timeout = _remaining(deadline) if deadline is not None else REGEX_TIMEOUT
        return pattern.fullmatch(text, timeout=timeout)
    except TimeoutError:
        raise MatchTimeout(f"{what} ran over its time limit") from None


def match_at(pattern: regex.Pattern, text: str, pos: int) -> regex.Match | None:
    """`pattern.match(text, pos)` within the current time limit."""
    deadline = _deadline.get()
    try:
        timeout = _remaining(deadline) if deadline is not None else REGEX_TIMEOUT
        return pattern.match(text, pos, timeout=timeout)
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

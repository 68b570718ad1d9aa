"""An ordered list of regexes matched as their alternation would be, searching in each span
only the patterns that can match there.

A rule with dozens of patterns combined into one alternation tries every pattern at every
position of every span that holds any pattern's required strings, and in news copy most
sentences hold "said" or "that". Here each pattern keeps its own required strings
(`literals.required_strings`): looking for them in the document (all at once,
`string_presence`), then in the span, tells which patterns can match there, and only those
are searched, each compiled when first needed; the further strings a pattern needs
(`literals.required_parts`: "it is said" needs "it" and "is" as well as "said") must be in
the span too, and a pattern anchored at the start (`^`) is tried there alone. In a span of
ASCII text, one RE2 pass of the patterns' loose forms (`loose_patterns`) then tells which of
those can match there at all: most cannot. The matches are those of the alternation
`(?:p0|p1|…)` searched with `finditer`: the leftmost, at one position the first pattern in
order, not overlapping; each under the current time limit.
"""

from __future__ import annotations

import re
from typing import Iterator

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.segment import Span
from newslint.kinds.literals import anchored_at_start
from newslint.kinds.loose_patterns import LooseSet
from newslint.kinds.regex_search import Found, compile_regex, match_at, search, searcher
from newslint.kinds.string_presence import StringPresence

# How many characters of a span a Python step costs as much as looking through (a guess
# from the measured costs of `in` on a document and on its sentences).
SPAN_COST = 100
# What may make a pattern mean one thing alone and another inside the alternation: a global
# inline flag (there it applies to every pattern), a reference to a group (there groups are
# numbered across all patterns, and a name may recur: back-references, conditions,
# recursions). A set with any of them is searched as the alternation itself.
SHARED_MEANING = compiled_regex(
    r"\(\?[a-zA-Z]*(?:[abeLpru]|V[01])|\\[1-9]|\\g<|\(\?\(|\(\?R|\(\?[+-]?\d|\(\?&|\(\?P[=>]"
)


class PatternSet:
    """Regex sources in order, each with the strings one of which its every match holds
    (folded as `fold_keeping_length` folds; None: unknown, always searched) and, optionally,
    `further` sets of strings its every match holds one of each too (`literals.required_parts`
    after the first): a pattern needing "said" is then searched only in the spans that also
    hold "it" and "is" or "was", not in every sentence with "said"."""

    def __init__(
        self,
        sources: list[str],
        required: list[list[str] | None],
        ignorecase: bool,
        further: list[list[list[str]]] | None = None,
    ):
        self.sources, self.ignorecase = sources, ignorecase
        shared = any(SHARED_MEANING.search(source) for source in sources)
        if shared:
            required = [None] * len(sources)
        self._always = [i for i, strings in enumerate(required) if strings is None]
        needing: dict[str, list[int]] = {}  # required string -> the patterns needing it
        for index, strings in enumerate(required):
            for string in strings or ():
                needing.setdefault(string, []).append(index)
        self._needing = _Needing(needing)
        # A set of one-letter strings is in every span: not looked for.
        kept = {
            index: [tuple(part) for part in parts if min(map(len, part)) >= 2]
            for index, parts in enumerate(further or ())
            if required[index] is not None
        }
        self._further = _Further({index: parts for index, parts in kept.items() if parts})
        # Whether a pattern can match only where a span starts (`^`: tried there alone),
        # found when it is first searched (parsing every pattern would slow a cold start).
        self._anchored: dict[int, bool] = {}
        # The text last searched and what it holds (`_Holding`): its spans are tested for
        # those strings only. Replaced whole, so that threads checking two documents never
        # mix them.
        self._last: _Holding | None = None
        # Which patterns can match in an ASCII span, from their loose forms: not for patterns
        # that mean something else alone (searched as their alternation), nor for one
        # pattern, searched in one pass as its loose form would be (style.missing-space
        # took 23 ms more so).
        self._loose = None if shared or len(sources) < 2 else LooseSet(sources, ignorecase)

    def alternation(self) -> str:
        """The one regex that these patterns stand for."""
        return "|".join(self.sources)

    def finditer(self, text: str, folded: str, spans: list[Span]) -> Iterator[Found]:
        """The alternation's matches in each span, searched as a text of its own (as
        `regex_search.search` does); `folded` is `text` folded, where required strings are
        looked for."""
        holding = self._holding(folded)
        holding.prepare(spans)
        if holding.needed == [] and not self._always:
            return  # no pattern can match anywhere in the text
        for span in spans:
            unit = folded[span.start : span.end]
            candidates = holding.candidates(unit, self._always, self._further)
            if candidates and self._loose is not None:
                candidates = self._loose.possible(text[span.start : span.end], candidates)
            if candidates:
                yield from self._span_matches(text, span, candidates)

    def _holding(self, folded: str) -> _Holding:
        last = self._last
        if last is None or last.folded is not folded:
            last = self._last = _Holding(folded, self._needing)
        return last

    def _span_matches(self, text: str, span: Span, candidates: list[int]) -> Iterator[Found]:
        if len(candidates) == len(self.sources):
            yield from search(self._compiled_alternation(), text, [span])
            return
        if len(candidates) == 1:  # most spans: its matches are the alternation's
            yield from search(
                compile_regex(self.sources[candidates[0]], self.ignorecase), text, [span]
            )
            return
        unit = text if span == (0, len(text)) else text[span.start : span.end]
        search_from = searcher()

        def find(k: int, position: int) -> regex.Match | None:
            if self._is_anchored(candidates[k]):
                return match_at(patterns[k], unit, 0) if position == 0 else None
            return search_from(patterns[k], unit, position)

        patterns = [compile_regex(self.sources[i], self.ignorecase) for i in candidates]
        ahead: list[regex.Match | None] = [find(k, 0) for k in range(len(patterns))]
        position, count = 0, 0
        while True:
            best = None
            for k in range(len(patterns)):
                match = ahead[k]
                if match is not None and match.start() < position:
                    match = ahead[k] = find(k, position)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            if best.end() == best.start():
                # After an empty match `finditer` has rules of its own: the alternation
                # itself takes over, past the matches already given.
                rest = search(self._compiled_alternation(), text, [span])
                for _ in range(count):
                    next(rest)
                yield from rest
                return
            yield Found(best, span.start)
            position, count = best.end(), count + 1

    def _is_anchored(self, index: int) -> bool:
        anchored = self._anchored.get(index)
        if anchored is None:
            anchored = self._anchored[index] = anchored_at_start(self.sources[index])
        return anchored

    def _compiled_alternation(self) -> regex.Pattern:
        return compile_regex(self.alternation(), self.ignorecase)


class _Holding:
    """What one text holds of a PatternSet's required strings: the strings it holds, each
    with the patterns needing it (of a few dozen, a document holds a few). Looked for in
    the whole text only once the spans searched in it add up to a good part of it: a rule
    that searches a clause or two of a document looks for them in those spans alone."""

    def __init__(self, folded: str, needing: _Needing):
        self.folded, self._needing = folded, needing
        self.needed: list[tuple[str, list[int]]] | None = None
        self._budget = len(folded) // 2  # characters of spans searched before the whole text

    def prepare(self, spans: list[Span]) -> None:
        """Look in the whole text if these spans, with those searched before, cover enough
        of it (a Python step per string and span counted as SPAN_COST characters)."""
        if self.needed is not None:
            return
        budget = self._budget
        for span in spans:
            budget -= span.end - span.start + SPAN_COST
            if budget < 0:
                self.needed = self._needing.held(self.folded)
                return
        self._budget = budget

    def candidates(self, unit: str, always: list[int], further: _Further) -> list[int]:
        """The patterns that can match in `unit` (a span of the folded text), in order: those
        whose required strings it holds, and of each further set (`further`) one string. A
        C-level `in` per string (a few dozen) took a quarter of the time of one `re` scan for
        all of them at every position (`(?=(…|…))`, measured on 1 MB of BBC)."""
        needed = self._needing.items if self.needed is None else self.needed
        found = [indices for string, indices in needed if string in unit]
        if not found:
            return always
        if len(found) == 1 and not always:  # most spans: one string's patterns, in order
            candidates = found[0]
        else:
            candidates = sorted(set(always).union(*found))
        if not further.strings:
            return candidates
        return [index for index in candidates if further.held(index, unit)]


class _Needing:
    """The required strings, each with the patterns needing it."""

    def __init__(self, needing: dict[str, list[int]]):
        self.items = list(needing.items())
        self._presence = StringPresence(list(needing))

    def held(self, text: str) -> list[tuple[str, list[int]]]:
        """The strings that `text` holds, with their patterns."""
        items = self.items
        return [items[index] for index in self._presence.held(text)]


class _Further:
    """The further required sets of a PatternSet's patterns (by index), compiled when first
    needed (a cold start compiles none), tested fewest strings first: a set of one string is
    one C-level `in`; a larger set one literal alternation searched in the span with `re` (one
    C call: a Python loop of `in` over a few dozen strings cost more than the regex searches
    it saved)."""

    def __init__(self, strings: dict[int, list[tuple[str, ...]]]):
        self.strings = strings
        self._compiled: dict[int, list[str | re.Pattern]] = {}

    def held(self, index: int, unit: str) -> bool:
        """Whether the span holds a string of each of the pattern's further sets."""
        parts = self._compiled.get(index)
        if parts is None:
            strings = self.strings.get(index)
            if strings is None:
                return True
            parts = self._compiled[index] = [
                part[0] if len(part) == 1 else _literals(part) for part in sorted(strings, key=len)
            ]
        for part in parts:
            if not (part in unit if isinstance(part, str) else part.search(unit)):
                return False
        return True


def _literals(strings: tuple[str, ...]) -> re.Pattern:
    """A regex that finds any of the strings (exactly as written: the text is folded)."""
    return re.compile("|".join(map(re.escape, sorted(strings))))

"""An ordered list of regexes matched as their alternation would be, searching in each span
only the patterns that can match there.

A rule with dozens of patterns combined into one alternation tries every pattern at every
position of every span that holds any pattern's required strings, and in news copy most
sentences hold "said" or "that". Here each pattern keeps its own required strings
(`literals.required_strings`): looking for each of them in the document, then in the span,
tells which patterns can match there, and only those are searched, each compiled when first
needed. The matches are
those of the alternation `(?:p0|p1|…)` searched with `finditer`: the leftmost, at one
position the first pattern in order, not overlapping; each under the current time limit.
"""

from __future__ import annotations

from typing import Iterator

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.segment import Span
from newslint.kinds.regex_search import Found, compile_regex, search, searcher

# What may make a pattern mean one thing alone and another inside the alternation: a global
# inline flag (there it applies to every pattern), a reference to a group (there groups are
# numbered across all patterns, and a name may recur: back-references, conditions,
# recursions). A set with any of them is searched as the alternation itself.
SHARED_MEANING = compiled_regex(
    r"\(\?[a-zA-Z]*(?:[abeLpru]|V[01])|\\[1-9]|\\g<|\(\?\(|\(\?R|\(\?[+-]?\d|\(\?&|\(\?P[=>]"
)


class PatternSet:
    """Regex sources in order, each with the strings one of which its every match holds
    (folded as `fold_keeping_length` folds; None: unknown, always searched)."""

    def __init__(self, sources: list[str], required: list[list[str] | None], ignorecase: bool):
        self.sources, self.ignorecase = sources, ignorecase
        if any(SHARED_MEANING.search(source) for source in sources):
            required = [None] * len(sources)
        self._always = [i for i, strings in enumerate(required) if strings is None]
        self._needing: dict[str, list[int]] = {}  # required string -> the patterns needing it
        for index, strings in enumerate(required):
            for string in strings or ():
                self._needing.setdefault(string, []).append(index)
        # The text last searched and the required strings it holds (of a few dozen, a
        # document holds a few): its spans are tested for those only. One tuple, replaced
        # whole, so that threads checking two documents never mix them.
        self._last: tuple[str, list[tuple[str, list[int]]]] | None = None

    def alternation(self) -> str:
        """The one regex that these patterns stand for."""
        return "|".join(self.sources)

    def finditer(self, text: str, folded: str, spans: list[Span]) -> Iterator[Found]:
        """The alternation's matches in each span, searched as a text of its own (as
        `regex_search.search` does); `folded` is `text` folded, where required strings are
        looked for."""
        for span in spans:
            candidates = self._candidates(folded, span)
            if candidates:
                yield from self._span_matches(text, span, candidates)

    def _candidates(self, folded: str, span: Span) -> list[int]:
        """The patterns whose required strings the span holds. A C-level `in` per string
        (a few dozen) took a quarter of the time of one `re` scan for all of them at every
        position (`(?=(…|…))`, measured on 1 MB of BBC)."""
        last = self._last
        if last is None or last[0] is not folded:
            last = (folded, [(s, indices) for s, indices in self._needing.items() if s in folded])
            self._last = last
        unit = folded[span.start : span.end]
        found = [indices for string, indices in last[1] if string in unit]
        if not found:
            return self._always
        return sorted(set(self._always).union(*found))

    def _span_matches(self, text: str, span: Span, candidates: list[int]) -> Iterator[Found]:
        if len(candidates) == len(self.sources):
            yield from search(self._compiled_alternation(), text, [span])
            return
        unit = text if span == (0, len(text)) else text[span.start : span.end]
        find = searcher()
        patterns = [compile_regex(self.sources[i], self.ignorecase) for i in candidates]
        ahead: list[regex.Match | None] = [find(p, unit, 0) for p in patterns]
        position, count = 0, 0
        while True:
            best = None
            for k, pattern in enumerate(patterns):
                match = ahead[k]
                if match is not None and match.start() < position:
                    match = ahead[k] = find(pattern, unit, position)
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

    def _compiled_alternation(self) -> regex.Pattern:
        return compile_regex(self.alternation(), self.ignorecase)

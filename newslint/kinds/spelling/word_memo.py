"""Verdicts on words that do not depend on the document, kept across the documents of a run.

A corpus repeats its words: deciding once per distinct word whether the dictionary knows it
(a set difference in C for the words already seen) saves asking again in every document.
The memo belongs to one rule's kind object, so its verdicts are those of that rule's
settings and data files; it is emptied when it holds `limit` words, which bounds its memory.
"""

from __future__ import annotations

from typing import AbstractSet, Callable, Generic, TypeVar

V = TypeVar("V")
# About 10 MB of short strings at most; a run's distinct words seldom reach it.
LIMIT = 100_000


class WordSorter(Generic[V]):
    """Sorts words into ordinary ones (`ordinary(word)`: no check looks at them further)
    and the rest, each with its `verdict(word)`, remembering both. `known(words)`, if given,
    finds at once (in C: a set operation on a table) the words among new ones that are
    ordinary for sure, most of them; `ordinary` is asked about the others."""

    def __init__(
        self,
        ordinary: Callable[[str], bool],
        verdict: Callable[[str], V],
        limit: int = LIMIT,
        known: Callable[[frozenset[str] | set[str]], AbstractSet[str]] | None = None,
    ):
        self._is_ordinary = ordinary
        self._known = known
        self._verdict = verdict
        self._limit = limit
        self._ordinary: set[str] = set()
        self._verdicts: dict[str, V] = {}

    def rest(self, words: frozenset[str] | set[str]) -> dict[str, V]:
        """The words that are not ordinary, with their verdicts."""
        # The two memos as they are now: a check in another thread (the server's, the
        # language server's) that starts them again gives itself new ones, never empties
        # these under this call.
        ordinary, verdicts = self._ordinary, self._verdicts
        rest = words.difference(ordinary)  # most words of a text: one C-level pass
        new = rest.difference(verdicts)
        if len(ordinary) + len(verdicts) + len(new) > self._limit:
            # full: start again with this text's words
            ordinary, verdicts = self._ordinary, self._verdicts = set(), {}
            new = rest
        if self._known is not None and new:
            known = self._known(new)
            ordinary.update(known)
            new = new.difference(known)
        for word in new:
            if self._is_ordinary(word):
                ordinary.add(word)
            else:
                verdicts[word] = self._verdict(word)
        return {word: verdicts[word] for word in rest if word in verdicts}

    def __len__(self) -> int:
        """How many words it remembers."""
        return len(self._ordinary) + len(self._verdicts)

"""Phrase lists matched word by word: interface phrases ("share", "follow us on", "Читайте
также"), widget headings and menu items.

A line is split into its words (runs of letters and digits, case-folded) and the listed
phrases are looked up by their first word, longest first. This is what a regex alternation of
the whole list would do on short lines, without compiling one: a list of 1,500 phrases takes
the `regex` module a noticeable part of a second to compile, on every run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from newslint.disk_cache import cached, code_stamp, compiled_regex

WORD = compiled_regex(r"[^\W_]+")  # letters and digits; "_", like other punctuation, is not a word
ASCII_WORD = re.compile(r"[A-Za-z0-9]+")  # WORD in ASCII text, where `re` is faster
NUMBER = compiled_regex(r"\d+[KkMm]?")  # "12", the "2K" of "1.2K"
NUMBER_UNITS = frozenset({"тыс", "млн"})  # "3,4 тыс." (thousand), "1 млн" (million)


def words(text: str) -> list[str]:
    return [word.casefold() for word in WORD.findall(text)]


def first_word(text: str) -> str | None:
    """The text's first word, case-folded; None if it has none."""
    first = (ASCII_WORD if text.isascii() else WORD).search(text)
    return None if first is None else first.group().casefold()


class PhraseSet:
    """Phrases, each with a label (its list's name, say), looked up word by word."""

    def __init__(self, phrases: dict[str, str] | Iterable[str]):
        labelled = phrases if isinstance(phrases, dict) else dict.fromkeys(phrases, "")
        # Kept in the disk cache: splitting a few thousand phrases into words is a good part
        # of a cold start's building.
        listed = "\0".join(f"{phrase}\1{label}" for phrase, label in labelled.items())
        key = f"{code_stamp()} {hashlib.sha256(listed.encode()).hexdigest()}"
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = cached(
            "phrase-index", key, lambda: _index(labelled)
        )

    def __bool__(self) -> bool:
        return bool(self._index)

    def cover(self, line: list[str], covered: list[bool]) -> list[str]:
        """Mark the words of `line` that belong to listed phrases (leftmost, longest first,
        skipping words already covered); return the labels found, in order, once each."""
        labels: list[str] = []
        index = 0
        while index < len(line):
            match = None if covered[index] else self._match(line, index)
            if match is None:
                index += 1
                continue
            length, label = match
            covered[index : index + length] = [True] * length
            if label not in labels:
                labels.append(label)
            index += length
        return labels

    def _match(self, line: list[str], index: int) -> tuple[int, str] | None:
        for key, label in self._index.get(line[index], ()):
            if tuple(line[index : index + len(key)]) == key:
                return len(key), label
        return None

    def may_start(self, word: str | None) -> bool:
        """A quick test that `starts` and `made_of` can hold for a text whose `first_word`
        is `word`: it starts a listed phrase, or is a number (a word no phrase covers must
        be one)."""
        return word is not None and (word in self._index or NUMBER.fullmatch(word) is not None)

    def starts(self, text: str) -> bool:
        """Whether the text begins with a listed phrase."""
        line = words(text)
        return bool(line) and self._match(line, 0) is not None

    def made_of(self, text: str) -> bool:
        """Whether the text is nothing but listed phrases, numbers and punctuation."""
        line = words(text)
        covered = [False] * len(line)
        return bool(self.cover(line, covered)) and only_numbers_left(line, covered)


def _index(labelled: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases (with their labels) by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, label in labelled.items():
        key = tuple(words(phrase))
        if key:  # a phrase of punctuation only is left to the caller's leftovers
            index.setdefault(key[0], []).append((key, label))
    for entries in index.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return index


def only_numbers_left(line: list[str], covered: list[bool]) -> bool:
    """Whether every word not covered by a phrase is a number, or a unit after a number."""
    return all(
        done
        or NUMBER.fullmatch(word)
        or (word in NUMBER_UNITS and index > 0 and line[index - 1][:1].isdigit())
        for index, (word, done) in enumerate(zip(line, covered))
    )

"""How many records of a dataset's source hold each line: the counts a first pass over a
dataset keeps, so that a rule can tell a site's furniture (a footer, a newsletter prompt, a
byline box printed under every article) from the article, which no other record repeats.

Lines are compared normalised (case, runs of digits, punctuation, symbols and spaces
folded: "Posted 3 hours ago |" and "posted 12 hours ago" are one line) and counted once
per record. The counts live in a count-min sketch with conservative update: `DEPTH` rows of
`width` counters, a line's key picking one counter in each row, its count the smallest of
them. Its memory is fixed by the width, whatever the number of records; it never counts a
line fewer times than it was seen (a collision can only add), and conservative update
raises only the counters that are the smallest, which keeps what collisions add small.
Sketches of one width merge by adding counters (partitions counted apart, on Dask).

A source's number of records is counted in the same sketch, under a key no line can have.
"""

from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass
from operator import add

from newslint.config.reading import MIN_SKETCH_WIDTH as MIN_WIDTH
from newslint.disk_cache import compiled_regex

DEPTH = 4  # rows: a line is over-counted only if all four of its counters collide
BYTES_PER_COUNTER = 4
# A line's words and numbers; everything else (punctuation, symbols such as bullets and
# pipes, spaces, invisible characters) is folded away.
_WORDS = compiled_regex(r"[\p{L}\p{M}\p{N}]+")
_DIGITS = compiled_regex(r"\d+")
_LINE_BREAK = compiled_regex(r"\r\n?|\n")  # the lines of a plain-text Document


def normalised(line: str) -> str:
    """The line as it is compared: lower case, each run of digits one 0, no punctuation or
    symbols, single spaces."""
    return _DIGITS.sub("0", " ".join(_WORDS.findall(line.casefold())))


def width_for(size: int, max_width: int) -> int:
    """A width for about `size` bytes of text (a power of two, at most `max_width`): a
    counter for every 16 bytes leaves most counters unshared, since few lines are shorter."""
    width = MIN_WIDTH
    while width < size // 16 and width * 2 <= max_width:
        width *= 2
    return width


def memory_of(width: int) -> int:
    """The bytes a sketch of this width holds."""
    return DEPTH * width * BYTES_PER_COUNTER


class LineCounts:
    """A count-min sketch of (source, normalised line) -> records holding it."""

    def __init__(self, width: int):
        self.width = width
        self.rows = [array("I", bytes(BYTES_PER_COUNTER * width)) for _ in range(DEPTH)]

    def add_record(self, source: str, text: str) -> None:
        """Count one record of `source`: its records, and each of its lines once."""
        self._add(_source_key(source))
        for line in {normalised(line) for line in _LINE_BREAK.split(text)} - {""}:
            self._add(line_key(source, line))

    def count(self, key: int) -> int:
        """At least the number of times the key was added (never fewer)."""
        return min(row[index] for row, index in zip(self.rows, self._indexes(key)))

    def records(self, source: str) -> int:
        return self.count(_source_key(source))

    def merge(self, other: LineCounts) -> LineCounts:
        """The counts of both sketches (counted apart, of one width) in this one."""
        if other.width != self.width:
            raise ValueError(f"cannot merge sketches of width {self.width} and {other.width}")
        self.rows = [
            array("I", map(add, mine, theirs)) for mine, theirs in zip(self.rows, other.rows)
        ]
        return self

    def of_source(self, source: str) -> SourceLines:
        return SourceLines(self, source, self.records(source))

    def _add(self, key: int) -> None:
        # Conservative update: only the counters at the current minimum rise, to one more.
        indexes = self._indexes(key)
        new = min(row[index] for row, index in zip(self.rows, indexes)) + 1
        for row, index in zip(self.rows, indexes):
            if row[index] < new:
                row[index] = new

    def _indexes(self, key: int) -> list[int]:
        return [(key >> (32 * row)) % self.width for row in range(DEPTH)]


@dataclass(frozen=True)
class SourceLines:
    """What a rule reads of one record's source: its number of records, and in how many of
    them a line (as written; it is normalised here) stands."""

    counts: LineCounts
    source: str
    records: int

    def records_with(self, line: str) -> int:
        folded = normalised(line)
        return self.counts.count(line_key(self.source, folded)) if folded else 0


def line_key(source: str, folded: str) -> int:
    """128 bits of hash: 32 for each row's counter. The same in every process (Python's own
    hash of a string is not), so that sketches of Dask's partitions merge."""
    data = b"L" + source.encode("utf-8", "surrogatepass") + b"\x00"
    return _hash(data + folded.encode("utf-8", "surrogatepass"))


def _source_key(source: str) -> int:
    return _hash(b"R" + source.encode("utf-8", "surrogatepass"))


def _hash(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=16).digest(), "little")

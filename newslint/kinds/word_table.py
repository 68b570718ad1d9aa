"""Large word lists as sorted tables that load in a millisecond.

A frozenset or dict of 100,000 words takes tens of milliseconds to make on every start, even
from the disk cache (each word is allocated and hashed), while a short document asks about a
few hundred words. A WordTable keeps its words sorted in one string, each ended by a
separator, with their offsets and values in arrays: plain data that the disk cache stores and
loads at the speed of a file read. A word is found by binary search. A table asked about
many words (a run over many files) makes itself a dict once, so that a long run pays what it
paid before: the separators let `str.split` cut out its words in C.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import AbstractSet, Any, Callable, Iterable, Iterator, Mapping, TypeVar

from newslint.disk_cache import cached, code_stamp

FORMAT = "word-table-2"
# Ends each word (and each string value): no word holds it.
SEPARATOR = "\0"
# Lookups by binary search before the table becomes a dict: about what the dict costs to
# make, a lookup (some 20 steps in Python) costing what some 32 of its entries do.
LOOKUPS_PER_ENTRY = 1 / 32
MIN_LOOKUPS = 256
# A table asked about more than a few words keeps every STRIDE-th word in a list, where
# `bisect` finds in C which STRIDE words to search (5 steps in Python, not 18): after one
# lookup per SAMPLE_AFTER entries, when the lookups saved begin to pay for the list.
STRIDE = 32
SAMPLE_AFTER = 512
V = TypeVar("V")


class WordTable(Mapping[str, V]):
    """A read-only mapping of words (to strings, to integers, or to None: a set), in sorted
    order."""

    def __init__(self, data: tuple):
        """From `data()`'s plain data; ValueError if it is not a table of this format."""
        if not (isinstance(data, tuple) and len(data) == 5 and data[0] == _layout()):
            raise ValueError("not a word table of this format")
        _, self._keys, offsets, self._value_kind, values = data
        self._offsets = _array("L", offsets)
        self._size = len(self._offsets) - 1
        self._values: array | _Strings | None = None
        if self._value_kind == "int":
            self._values = _array("q", values)
        elif self._value_kind == "str":
            self._values = _Strings(values[0], _array("L", values[1]))
        if (
            self._size < 0
            or self._offsets[-1] != len(self._keys)
            or (self._values is not None and len(self._values) != self._size)
        ):
            raise ValueError("a word table's parts do not agree")
        self._dict: dict[str, Any] | None = None
        self._budget = max(MIN_LOOKUPS, int(self._size * LOOKUPS_PER_ENTRY))
        self._sample: list[str] | None = None
        self._before_sample = self._size // SAMPLE_AFTER

    @classmethod
    def of(cls, entries: Iterable[str] | Mapping[str, V]) -> "WordTable[V]":
        """A table of words (a set) or of a mapping's items (all str or all int values)."""
        return cls(cls.data_of(entries))

    @staticmethod
    def data_of(entries: Iterable[str] | Mapping[str, Any]) -> tuple:
        """The plain data of a table (what the disk cache stores)."""
        if isinstance(entries, Mapping):
            items = sorted(entries.items())
            keys = [key for key, _ in items]
            values = [value for _, value in items]
        else:
            keys, values = sorted(set(entries)), []
        kind = "none"  # a set; or values, all "str" or all "int"
        stored_values: object = None
        if values and all(isinstance(v, str) for v in values):
            kind, stored_values = "str", _joined(values)
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind, stored_values = "int", array("q", values).tobytes()
        elif values:
            raise ValueError("a word table's values are all strings or all integers")
        text, offsets = _joined(keys)
        return (_layout(), text, offsets, kind, stored_values)

    def data(self) -> tuple:
        values: object = None
        if isinstance(self._values, array):
            values = self._values.tobytes()
        elif isinstance(self._values, _Strings):
            values = (self._values.text, self._values.offsets.tobytes())
        return (_layout(), self._keys, self._offsets.tobytes(), self._value_kind, values)

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        return iter(_split(self._keys))

    def __contains__(self, word: object) -> bool:
        table = self._dict if self._dict is not None else self._as_dict()  # a hot path
        if table is not None:
            return word in table
        return isinstance(word, str) and self._index(word) >= 0

    def __getitem__(self, word: str) -> V:
        table = self._as_dict()
        if table is not None:
            return table[word]
        index = self._index(word) if isinstance(word, str) else -1
        if index < 0:
            raise KeyError(word)
        return None if self._values is None else self._values[index]  # type: ignore[return-value]

    def get(self, word, default=None):
        table = self._dict if self._dict is not None else self._as_dict()
        if table is not None:
            return table.get(word, default)
        index = self._index(word) if isinstance(word, str) else -1
        if index < 0:
            return default
        return None if self._values is None else self._values[index]

    def among(self, words: frozenset[str] | set[str]) -> AbstractSet[str]:
        """The words that are in the table: one C-level set operation once the table is a
        dict (a document's thousand distinct words against a long list)."""
        self._budget -= len(words)
        table = self._as_dict()
        if table is not None:
            return common_keys(words, table)
        return {word for word in words if self._index(word) >= 0}

    def is_dict(self) -> bool:
        """Whether the table has made itself a dict (it has been asked about many words)."""
        return self._dict is not None

    def starts_a_word(self, prefix: str) -> bool:
        """Whether some word of the table begins with `prefix`."""
        at = self._bisect(prefix)
        return at < self._size and self._key(at).startswith(prefix)

    def _as_dict(self) -> dict[str, Any] | None:
        """The table as a dict once it has been asked about enough words; else None."""
        if self._dict is None:
            self._budget -= 1
            if self._budget < 0:
                words = _split(self._keys)
                self._dict = (
                    dict.fromkeys(words) if self._values is None else dict(zip(words, self._values))
                )
        return self._dict

    def _index(self, word: str) -> int:
        """The word's position, or -1."""
        if self._sample is None or SEPARATOR in word:
            at = self._bisect(word)
            return at if at < self._size and self._key(at) == word else -1
        # The STRIDE words of the word's block are searched for it and its separator with
        # `str.find`, in C: 1.8 µs a lookup, where five binary search steps in Python took 2.6.
        found = self._block(self._sample, word)
        if found is None:
            return -1
        low, high = found
        keys, offsets = self._keys, self._offsets
        start, end, wanted = offsets[low], offsets[high], word + SEPARATOR
        at = keys.find(wanted, start, end)
        while at > start and keys[at - 1] != SEPARATOR:  # the end of a longer word
            at = keys.find(wanted, at + 1, end)
        return -1 if at < 0 else bisect_left(offsets, at, low, high)

    def _bisect(self, word: str) -> int:
        keys, offsets = self._keys, self._offsets
        low, high = 0, self._size
        if self._sample is not None:
            found = self._block(self._sample, word)
            if found is None:
                return 0
            low, high = found
        else:
            self._before_sample -= 1
            if self._before_sample < 0:
                self._sample = [self._key(index) for index in range(0, high, STRIDE)]
        while low < high:
            middle = (low + high) // 2
            if keys[offsets[middle] : offsets[middle + 1] - 1] < word:
                low = middle + 1
            else:
                high = middle
        return low

    def _block(self, sample: list[str], word: str) -> tuple[int, int] | None:
        """The indices [low, high) of the STRIDE words where the word would stand, by the
        sample; None if it would stand before the first."""
        block = bisect_right(sample, word) - 1
        if block < 0:
            return None
        low = block * STRIDE
        return low, min(self._size, low + STRIDE)

    def _key(self, index: int) -> str:
        return self._keys[self._offsets[index] : self._offsets[index + 1] - 1]


def common_keys(words: frozenset[str] | set[str], table: Mapping[str, Any]) -> AbstractSet[str]:
    """The words that are keys of the table, in one C-level pass over the smaller of the
    two (`words & table.keys()` goes over all the words, even for a table of two)."""
    return words.intersection(table) if len(table) < len(words) else words & table.keys()


def cached_table(
    name: str, key: str, build: Callable[[], Iterable[str] | Mapping[str, Any]]
) -> WordTable:
    """The table of what `build()` returns, kept in the disk cache under `key` (which must
    name everything the entries come from: data files' digests, settings) and the code that
    makes them (`code_stamp`)."""
    return cached(name, f"{code_stamp()} {key}", lambda: WordTable.data_of(build()), WordTable)


class _Strings:
    """Strings stored end to end, by index."""

    __slots__ = ("text", "offsets")

    def __init__(self, text: str, offsets: array):
        self.text, self.offsets = text, offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> str:
        return self.text[self.offsets[index] : self.offsets[index + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        return iter(_split(self.text))


def _joined(strings: list[str]) -> tuple[str, bytes]:
    """The strings, each followed by SEPARATOR, and where each starts (and the text ends)."""
    text = "".join(string + SEPARATOR for string in strings)
    if text.count(SEPARATOR) != len(strings):
        raise ValueError("a word table's words and values hold no NUL character")
    lengths = (len(string) + 1 for string in strings)
    return text, array("L", accumulate(lengths, initial=0)).tobytes()


def _split(text: str) -> list[str]:
    """The strings `_joined` joined."""
    strings = text.split(SEPARATOR)
    strings.pop()  # after the last separator (or of an empty text)
    return strings


def _array(code: str, data: object) -> array:
    if not isinstance(data, bytes):
        raise ValueError("a word table's array is not bytes")
    numbers = array(code)
    numbers.frombytes(data)  # ValueError when not a whole number of items
    return numbers


def _layout() -> str:
    """The format, with what the stored arrays depend on (a cache folder may be shared)."""
    return f"{FORMAT} {array('L').itemsize} {array('q').itemsize} {sys.byteorder}"

"""The one matcher layer every rule kind uses.

Patterns are compiled once per process. A list of plain words and phrases is not run as a
regex at all: the document's distinct words are intersected with the list's first words (a
set operation), and the phrases that can occur are compared with the text where their first
word starts. Every regex runs under the `regex` module's timeout, so a pathological pattern
cannot hang a run.
"""

from __future__ import annotations

import hashlib
import re
import string
from bisect import bisect_right
from functools import lru_cache
from typing import AbstractSet, Callable, Iterable, Iterator

from newslint.disk_cache import cached, code_stamp, compiled_regex, package_stamp
from newslint.document.model import fold_keeping_length
from newslint.document.segment import WORD_UNIT, Span, every_non_ascii, is_word_char
from newslint.kinds.literals import prefilter
from newslint.kinds.pattern_set import PatternSet
from newslint.kinds.regex_search import Found, compile_regex, fullmatch
from newslint.kinds.word_table import WordTable, common_keys

ASCII_WORD_CHARACTERS = frozenset(string.ascii_letters + string.digits + "_")
# Characters that end a word wherever they stand (for `is_word_char` and for `re`'s \w).
SEPARATORS = frozenset(string.punctuation.replace("_", "") + " ")
METACHARACTER = compiled_regex(r"[\\.^$*+?{}\[\]|()]")


def _prefilter(patterns: list[str], ignorecase: bool) -> list:
    """Once each pattern is known to compile alone (else the first bad pattern's
    regex.error): the strings one of which each pattern's every match holds (None: unknown),
    and the further such sets (`PatternSet`'s `further`)."""
    for pattern in patterns:
        compile_regex(pattern, ignorecase)
    sets = [prefilter(pattern) for pattern in patterns]
    return [[required for required, _ in sets], [further for _, further in sets]]


def _digest(patterns: list[str]) -> str:
    return hashlib.sha256("\0".join(patterns).encode()).hexdigest()


def is_literal(pattern: str) -> bool:
    return not METACHARACTER.search(pattern)


def _all_literal(patterns: list[str]) -> bool:
    """Plain words and phrases only: no regex syntax, a word character at both ends."""
    return not METACHARACTER.search("\n".join(patterns)) and all(
        p[:1].isalnum() and p[-1:].isalnum() for p in patterns
    )


def bounded(alternation: str, nonword: bool) -> str:
    return alternation if nonword else rf"(?<!\w)(?:{alternation})(?!\w)"


class LiteralIndex:
    """A list of plain words and phrases, by what they are compared with: the single words
    in a sorted table (tens of thousands of them load in a millisecond from the disk cache),
    the phrases by their first word."""

    def __init__(self, data: tuple):
        """From `data_of`'s plain data; ValueError if it is not such data."""
        if not (isinstance(data, tuple) and len(data) == 2 and isinstance(data[1], dict)):
            raise ValueError("not a literal index")
        # folded word -> the pattern as given
        self.single_words: WordTable[str] = WordTable(data[0])
        self.phrases: dict[str, str] = data[1]  # folded phrase -> the pattern as given
        self.by_first_word: dict[str, list[str]] = {}
        for phrase in self.phrases:
            self.by_first_word.setdefault(WORD_UNIT.match(phrase).group(), []).append(phrase)
        # Every first word, once the single words' table has become a dict (a run over many
        # documents): one intersection with a frozenset costs a third of what the table's
        # and the phrases' look-ups do (23 against 66 ms over BBC's 2,225 articles for the
        # 60,000 misspellings).
        self._first_words: frozenset[str] | None = None

    @staticmethod
    def data_of(patterns: list[str], fold) -> tuple:
        # Word lists run to tens of thousands of entries: kept to C-level steps per entry.
        folded = dict(zip(map(fold, patterns), patterns))
        single = {f: p for f, p in folded.items() if f.isalnum()}
        phrases = {f: p for f, p in folded.items() if not f.isalnum()}
        return (WordTable.data_of(single), phrases)

    def pattern(self, folded: str) -> str:
        found = self.single_words.get(folded)
        return self.phrases[folded] if found is None else str(found)

    def first_words_in(self, words: frozenset[str]) -> AbstractSet[str]:
        """The document's words that a listed word or phrase starts with (set operations: a
        document has thousands of distinct words, a list few of them)."""
        if self._first_words is not None:
            return words & self._first_words
        found = common_keys(words, self.by_first_word) | self.single_words.among(words)
        if self.single_words.is_dict():
            self._first_words = self.every_first_word()
        return found

    def every_first_word(self) -> frozenset[str]:
        """The (folded) words every listed word or phrase starts with."""
        return frozenset(self.by_first_word).union(self.single_words)


class Matcher:
    """Finds non-overlapping occurrences of any of `patterns` (longest first) in a document,
    and tells which pattern each match came from."""

    def __init__(
        self,
        patterns: list[str],
        ignorecase: bool = False,
        nonword: bool = False,
        literal: LiteralIndex | None = None,
    ):
        """`literal`: the index of `patterns` when they are plain words (`cached`)."""
        self.patterns = patterns
        self.ignorecase = ignorecase
        self._literal = literal
        if literal is None and not nonword and _all_literal(patterns):
            self._literal = LiteralIndex(LiteralIndex.data_of(patterns, self._fold))
        if self._literal is not None:
            self._starting: dict[str, tuple[list[str], list[str] | None, list[frozenset[str]]]] = {}
        else:
            self.patterns = sorted(patterns, key=len, reverse=True)
            # Each pattern must compile alone (an error's position is then in the rule's own
            # text): checked once, and the strings each needs found once, in the disk cache.
            key = f"{code_stamp()} {package_stamp('regex')} {ignorecase} {_digest(self.patterns)}"
            required: list[list[str] | None]
            further: list[list[list[str]]]
            required, further = cached(
                "pattern-prefilter", key, lambda: _prefilter(self.patterns, ignorecase)
            )
            # One named group per pattern tells which one matched. Each pattern is searched
            # only in the spans that hold a string it needs (`PatternSet`), with the matches
            # of the alternation, which is compiled here to report what the patterns cannot
            # be together (a group name used twice).
            sources = [bounded(f"(?P<p{i}>{p})", nonword) for i, p in enumerate(self.patterns)]
            self._set = PatternSet(sources, required, ignorecase, further)
            compile_regex(self._set.alternation(), ignorecase)

    @classmethod
    def cached(
        cls, key: str, patterns: Callable[[], list[str]], ignorecase: bool, nonword: bool
    ) -> "Matcher":
        """A matcher whose literal index, or the fact that `patterns()` are not plain
        words, is kept in the disk cache under `key` (which must name everything the
        patterns come from): a list of 60,000 words is not read, checked and folded on
        every start."""

        def build():
            listed = patterns()
            if nonword or not _all_literal(listed):
                return False
            return LiteralIndex.data_of(listed, fold_keeping_length if ignorecase else str)

        index = cached(
            "literal-index",
            f"{code_stamp()} {ignorecase} {nonword} {key}",
            build,
            lambda data: data if data is False else LiteralIndex(data),
        )
        if index is False:
            return cls(patterns(), ignorecase, nonword)
        return cls([], ignorecase, nonword, index)

    def _fold(self, word: str) -> str:
        return fold_keeping_length(word) if self.ignorecase else word

    def first_words(self) -> frozenset[str] | None:
        """The (folded) words every match starts with, as `first_words_in` compares them
        with a document's; None for regexes."""
        return None if self._literal is None else self._literal.every_first_word()

    def which(self, match: Found | Literal) -> str:
        """The pattern (as given) that produced this match."""
        if self._literal is not None:
            return self._literal.pattern(self._fold(match.group()))
        # The regex path yields Found, and one of its named groups always takes part.
        assert isinstance(match, Found) and match.lastgroup is not None
        return self.patterns[int(match.lastgroup[1:])]

    def finditer(self, doc, spans: list[Span]) -> Iterator[Found | Literal]:
        found: Iterable[Found | Literal]
        if self._literal is None:
            found = self._set.finditer(doc.text, doc.folded_text, spans)
        else:
            found = _leftmost_longest(self._literal_matches(doc, spans, self._literal))
        # An empty match is nothing to report or fix (a pattern such as `x*`).
        yield from (match for match in found if match.end() > match.start())

    def _literal_matches(self, doc, spans: list[Span], literal: LiteralIndex) -> list[Literal]:
        """The listed phrases, compared with the text where their first word starts. A
        contraction is not a match of its first part ("wasn" in "wasn't"); a possessive is
        ("Kazkahstan" in "Kazkahstan's")."""
        text = doc.folded_text if self.ignorecase else doc.text
        whole = len(spans) == 1 and spans[0] == (0, len(text))
        span_starts = [span.start for span in spans]
        found = []
        words = doc.word_set(folded=self.ignorecase)
        units_agree = None
        for word in literal.first_words_in(words):
            phrases, leads, needs = self._phrases_starting(word, literal)
            if not any(need <= words for need in needs):
                # Each word of a phrase found is a word of the text, where the text's word
                # characters are those of the words it is split into: no look needed.
                if units_agree is None:
                    units_agree = _word_characters_agree(text)
                if units_agree:
                    continue
            starts = _word_starts(text, word) if leads is None else _lead_starts(text, leads)
            for start in starts:
                for phrase in phrases:
                    end = start + len(phrase)
                    if text.startswith(phrase, start) and _word_ends(text, end):
                        if whole or _inside_one(spans, span_starts, start, end):
                            found.append(Literal(start, end, doc.text[start:end]))
                        break
        return found

    def _phrases_starting(
        self, word: str, literal: LiteralIndex
    ) -> tuple[list[str], list[str] | None, list[frozenset[str]]]:
        """The listed phrases that start with the word, longest first, and the word with the
        character after it in each ("in-" for "in-memeory"), where only such a place can
        hold one of them: "a" and "in" start phrases of the misspelling list, and looking
        for "a-" and "in-" is looking at a few places, not at every "a" of a text. None
        when the word alone is listed, or a phrase goes on with a character that is not
        plainly a separator. And the words (`WORD_UNIT`) each phrase holds: a text without
        all of one's words holds none of them ("is'nt" needs "nt")."""
        known = self._starting.get(word)
        if known is None:
            phrases = list(literal.by_first_word.get(word, ()))
            leads = {phrase[: len(word) + 1] for phrase in phrases}
            if word in literal.single_words:
                phrases.append(word)
            phrases.sort(key=len, reverse=True)
            separated = all(lead[-1] in SEPARATORS for lead in leads)
            needs = [frozenset(WORD_UNIT.findall(phrase)) for phrase in phrases]
            known = phrases, sorted(leads) if separated and word not in phrases else None, needs
            self._starting[word] = known
        return known


def _word_starts(text: str, word: str) -> Iterator[int]:
    """Where the word starts as a whole word (a run of word characters of its own)."""
    if text.isascii():
        # There a word character is a letter, a digit or "_", as `re`'s \w has it: a C-level
        # scan for the word with no word character after it, not a step in Python for each
        # place it occurs inside a longer word ("a" in "that"). (A pattern that starts with
        # the word, not with a look behind, is searched for as a literal.)
        for found in _ascii_word_ending(word).finditer(text):
            start = found.start()
            if start == 0 or text[start - 1] not in ASCII_WORD_CHARACTERS:
                yield start
        return
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not is_word_char(text[start - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            yield start
        start = text.find(word, start + 1)


def _word_characters_agree(text: str) -> bool:
    """Whether a phrase's match starts and ends where `is_word_char` says a word does at
    each character of the text, as `WORD_UNIT` splits it into words: the same on ASCII."""
    return every_non_ascii(text, lambda c: is_word_char(c) == bool(WORD_UNIT.fullmatch(c)))


def _lead_starts(text: str, leads: list[str]) -> Iterator[int]:
    """Where one of the leads (a word and a separator after it) starts a word."""
    for lead in leads:
        start = text.find(lead)
        while start >= 0:
            if start == 0 or not is_word_char(text[start - 1]):
                yield start
            start = text.find(lead, start + 1)


@lru_cache(maxsize=4096)
def _ascii_word_ending(word: str) -> re.Pattern:
    return re.compile(rf"{re.escape(word)}(?!\w)")


def _word_ends(text: str, end: int) -> bool:
    """After a listed phrase: no more word, and no contraction ("wasn't") either, though a
    possessive ("'s") may follow."""
    if end == len(text):
        return True
    if is_word_char(text[end]):
        return False
    if text[end] in "'’" and end + 1 < len(text) and is_word_char(text[end + 1]):
        return text[end + 1] in "sS" and (end + 2 == len(text) or not is_word_char(text[end + 2]))
    return True


def _inside_one(spans: list[Span], span_starts: list[int], start: int, end: int) -> bool:
    index = bisect_right(span_starts, start) - 1
    return index >= 0 and end <= spans[index].end


def _leftmost_longest(matches: list[Literal]) -> list[Literal]:
    """Non-overlapping matches, the earliest and then the longest first."""
    chosen, last_end = [], -1
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if match.start() >= last_end:
            chosen.append(match)
            last_end = match.end()
    return chosen


class Literal:
    """A listed phrase found in the text: offsets and the text as written."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


class Exceptions:
    """Vale-style exceptions: a match that equals (fullmatches) one of them is not reported."""

    def __init__(self, patterns: list[str], ignorecase: bool):
        self._regex = (
            compile_regex("|".join(f"(?:{p})" for p in patterns), ignorecase) if patterns else None
        )

    def __contains__(self, text: str) -> bool:
        if self._regex is None:
            return False
        return fullmatch(self._regex, text, "an exception pattern") is not None

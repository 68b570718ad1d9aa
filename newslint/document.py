"""The document model: text, exact positions and structure, computed once per file.

Line endings are normalised to "\n" so CRLF, CR and LF files give the same lines and
columns; `original_offset` maps back for writing fixes into the file as it was.
Lines and columns are 1-based, columns count Unicode code points, end columns are exclusive.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cached_property

from newslint import segment
from newslint.segment import Span, Token

SCOPES = ("document", "paragraph", "sentence", "line", "headline")


class Document:
    def __init__(self, text: str, path: str = "<text>"):
        self.path = path
        self.original = text
        self.text, self._crlf = _normalise_newlines(text)

    # -- positions -----------------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        return [span.start for span in self.lines]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a 0-based offset into `text`, both 1-based."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside text of length {len(self.text)}")
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """0-based offset of a 1-based (line, column); column may be one past the line end."""
        if not 1 <= line <= len(self.lines):
            raise ValueError(f"line {line} outside 1..{len(self.lines)}")
        span = self.lines[line - 1]
        if not 1 <= column <= span.end - span.start + 1:
            raise ValueError(f"column {column} outside line {line}")
        return span.start + column - 1

    def original_offset(self, offset: int) -> int:
        """Offset into the text as read (CRLF counted as two characters)."""
        return offset + bisect_right(self._crlf, offset - 1)

    # -- structure -----------------------------------------------------------------------
    @cached_property
    def lines(self) -> list[Span]:
        return segment.line_spans(self.text)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return segment.paragraph_spans(self.text, self.lines)

    @cached_property
    def sentences(self) -> list[Span]:
        return segment.sentence_spans(self.text, self.paragraphs)

    @cached_property
    def quotations(self) -> list[Span]:
        """Direct quotations, quotation marks included, in text order."""
        return segment.quotation_spans(self.text, self.paragraphs)

    @cached_property
    def tokens(self) -> list[Token]:
        return segment.word_tokens(self.text)

    @cached_property
    def headline(self) -> list[Span]:
        for span in self.lines:
            trimmed = segment._trim(self.text, span.start, span.end)
            if trimmed.end > trimmed.start:
                return [trimmed]
        return []

    def units(self, scope: str) -> list[Span]:
        """The spans a rule with this scope looks at."""
        if scope == "document":
            return [Span(0, len(self.text))]
        if scope == "line":
            return [s for s in self.lines if s.end > s.start]
        return {
            "paragraph": self.paragraphs,
            "sentence": self.sentences,
            "headline": self.headline,
        }[scope]

    def tokens_in(self, span: Span) -> list[Token]:
        tokens = self.tokens
        starts = self._token_starts
        return tokens[bisect_right(starts, span.start - 1) : bisect_right(starts, span.end - 1)]

    def token_at(self, offset: int) -> Token | None:
        """The word token that contains the offset, if any (found in the text itself, so
        rules that need a few tokens do not make the document tokenise all of it)."""
        if "tokens" in self.__dict__:
            index = bisect_right(self._token_starts, offset) - 1
            token = self.tokens[index] if index >= 0 else None
            return token if token is not None and offset < token.end else None
        return segment.token_around(self.text, offset)

    def token_after(self, offset: int, within: int = 40) -> Token | None:
        """The first word token starting at or after the offset (within a few characters)."""
        found = segment.WORD.search(self.text, offset, min(len(self.text), offset + within))
        return Token(found.start(), found.end(), found.group()) if found else None

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.start for token in self.tokens]

    @cached_property
    def sentence_initial(self) -> frozenset[int]:
        """Start offsets of the first word of every sentence (capitals there prove nothing)."""
        search = segment.WORD.search
        text = self.text
        return frozenset(
            found.start()
            for sentence in self.sentences
            if (found := search(text, sentence.start, sentence.end))
        )

    @cached_property
    def folded_text(self) -> str:
        """The text case-folded, offsets kept (where folding would change a length, as "ß"
        to "ss" does, such characters are lower-cased instead)."""
        folded = self.text.casefold()
        if len(folded) == len(self.text):
            return folded
        return "".join(_fold_one(c) for c in self.text)

    @cached_property
    def word_counts(self) -> dict[str, int]:
        """How often each word (split at hyphens and apostrophes, case-folded) occurs."""
        return Counter(segment.WORD_UNIT.findall(self.folded_text))

    @cached_property
    def words_by_initial(self) -> dict[str, list[tuple[str, int]]]:
        """word_counts grouped by first letter, for fuzzy look-ups among the document's words."""
        groups: dict[str, list[tuple[str, int]]] = {}
        for word, count in self.word_counts.items():
            groups.setdefault(word[:1], []).append((word, count))
        return groups

    @cached_property
    def _written_counts(self) -> Counter:
        return Counter(segment.WORD_UNIT.findall(self.text))

    def written_form(self, word: str) -> str:
        """The most frequent spelling, as written, of a case-folded word (itself if absent)."""
        forms = [
            (count, form) for form, count in self._written_counts.items() if form.casefold() == word
        ]
        return max(forms, key=lambda item: item[0])[1] if forms else word

    @cached_property
    def capitalised_words(self) -> frozenset[str]:
        """Case-folded words written with a capital at least once."""
        return frozenset(form.casefold() for form in self._written_counts if form[:1].isupper())

    def word_set(self, folded: bool) -> frozenset[str]:
        """Distinct words (split at hyphens and apostrophes), case-folded or as written."""
        return self._folded_words if folded else self._words

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(self._written_counts)

    @cached_property
    def _folded_words(self) -> frozenset[str]:
        return frozenset(self.word_counts)


def _fold_one(char: str) -> str:
    for folded in (char.casefold(), char.lower()):
        if len(folded) == 1:
            return folded
    return char


def _normalise_newlines(text: str) -> tuple[str, list[int]]:
    """Text with "\n" only, and the normalised offsets of newlines that were CRLF."""
    if "\r" not in text:
        return text, []
    crlf: list[int] = []
    parts: list[str] = []
    removed = 0
    index = text.find("\r")
    last = 0
    while index != -1:
        parts.append(text[last:index])
        if text.startswith("\r\n", index):
            crlf.append(index - removed)
            removed += 1
            last = index + 2
        else:
            last = index + 1
        parts.append("\n")
        index = text.find("\r", last)
    parts.append(text[last:])
    return "".join(parts), crlf

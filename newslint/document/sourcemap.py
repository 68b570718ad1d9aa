"""Where each character of the text the rules read came from in the file.

Rules read *prose*: for plain text the file itself, for Markdown and HTML the article's text
without its markup. A SourceMap maps prose offsets to offsets in the file's source text
(newline-normalised; `Document` maps that on to the bytes' line endings). It is a sorted run
of pieces, each one of:

- COPY: prose characters copied one for one from the source;
- WHOLE: prose standing for a source range as a whole (an entity "&amp;" read as "&", an
  escaped "\\*", the blank lines between two paragraphs); an edit may replace all of it only;
- LOCKED: prose standing for markup ("\\n\\n" between a paragraph and a "## " heading);
  never edited, so a fix can never break the file's structure.

Plain text needs no pieces: the map is the identity.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from newslint.document.segment import Span, trim

COPY, WHOLE, LOCKED = "copy", "whole", "locked"


class Piece(NamedTuple):
    prose_start: int
    prose_end: int
    source_start: int
    source_end: int
    kind: str


class SourceMap:
    def __init__(self, pieces: list[Piece] | None = None):
        self.pieces = pieces or []
        self._starts = [piece.prose_start for piece in self.pieces]

    @property
    def identity(self) -> bool:
        return not self.pieces

    def start(self, offset: int) -> int:
        """The source offset where a span beginning at this prose offset begins."""
        if not self.pieces:
            return offset
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return self.pieces[0].source_start
        piece = self.pieces[index]
        if offset >= piece.prose_end:  # the end of the prose
            return piece.source_end
        if piece.kind == COPY:
            return piece.source_start + offset - piece.prose_start
        return piece.source_start

    def end(self, offset: int) -> int:
        """The source offset where a span ending (exclusive) at this prose offset ends."""
        if not self.pieces:
            return offset
        index = bisect_left(self._starts, offset) - 1
        if index < 0:
            return self.pieces[0].source_start
        piece = self.pieces[index]
        if piece.kind == COPY:
            return piece.source_start + min(offset, piece.prose_end) - piece.prose_start
        return piece.source_end

    def source_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The source range an edit of prose[start:end] replaces, or None when there is no
        single such range (the span crosses markup or cuts into a WHOLE piece)."""
        if not self.pieces:
            return start, end
        if start == end:
            index = bisect_right(self._starts, start) - 1
            inside = 0 <= index and (
                start >= self.pieces[-1].prose_end or self.pieces[index].kind == COPY
            )
            return (self.start(start), self.start(start)) if inside else None
        first = bisect_right(self._starts, start) - 1
        last = bisect_left(self._starts, end) - 1
        if first < 0:
            return None
        covered = self.pieces[first : last + 1]
        for before, after in zip(covered, covered[1:]):
            if before.source_end != after.source_start:
                return None
        if any(piece.kind == LOCKED for piece in covered):
            return None
        head, tail = covered[0], covered[-1]
        if head.kind != COPY and start != head.prose_start:
            return None
        if tail.kind != COPY and end != tail.prose_end:
            return None
        return self.start(start), self.end(end)


class ProseBuilder:
    """Builds prose text and its SourceMap together, piece by piece, from a source text."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0

    def copy(self, start: int, end: int) -> None:
        """Source characters start..end, as they are."""
        if end <= start:
            return
        last = self.pieces[-1] if self.pieces else None
        if last and last.kind == COPY and last.source_end == start:
            self.pieces[-1] = last._replace(prose_end=last.prose_end + end - start, source_end=end)
        else:
            self.pieces.append(Piece(self.length, self.length + end - start, start, end, COPY))
        self.parts.append(self.source[start:end])
        self.length += end - start

    def stand_for(self, text: str, start: int, end: int, kind: str = WHOLE) -> None:
        """`text` in the prose for source start..end (an entity, an escape, markup)."""
        if not text:
            return
        self.pieces.append(Piece(self.length, self.length + len(text), start, end, kind))
        self.parts.append(text)
        self.length += len(text)

    def separate(self, start: int, end: int, text: str = "\n\n") -> None:
        """A break between two blocks whose source gap is start..end: removable (with the
        blank lines it stands for) when the gap is only whitespace, else markup to keep."""
        if not self.length or self.ends_with(text):
            return
        kind = WHOLE if not self.source[start:end].strip() else LOCKED
        self.stand_for(text[0], start, end, kind)
        self.stand_for(text[1:], end, end, kind)

    def trimmed_since(self, start: int) -> Span:
        """The prose from `start` to its end without the whitespace at its ends, as a span
        of the prose. Only the parts after `start` are joined: readers end their blocks one
        by one, and joining the whole prose each time would be quadratic."""
        wanted, collected, length, index = self.length - start, [], 0, len(self.parts)
        while index > 0 and length < wanted:
            index -= 1
            collected.append(self.parts[index])
            length += len(self.parts[index])
        text = "".join(reversed(collected))[length - wanted :] if wanted > 0 else ""
        span = trim(text, 0, len(text))
        return Span(start + span.start, start + span.end)

    def ends_with(self, text: str) -> bool:
        return "".join(self.parts[-len(text) :]).endswith(text) if self.parts else False

    def build(self) -> tuple[str, SourceMap]:
        return "".join(self.parts), SourceMap(self.pieces)


class Prose(NamedTuple):
    """What a format reader gives the document: the text rules read, its map back into the
    source, and the structure the reader found, as spans of the prose by scope name
    ("paragraph", "headline", "lead", "heading", "list", "quote", "table", "caption", "alt",
    "chrome", and "front-matter" for the front-matter fields read as prose; and "emphasis"
    and "link" for the text of inline markup, which no rule selects but the model reads),
    and for spans whose markup says more than their scope, what it says: the element that
    made a `chrome` span page chrome ("<nav>", '<div class="share-bar">'). `language` is
    the language the file declares for itself (<html lang>, front matter), `language_spans`
    the (start, end, language) of prose an inner element declares. `code` holds the text of
    the document's code, which the prose leaves out (Markdown code spans and blocks, HTML
    <code>, <pre>, <kbd>, <samp>): its words are the document's own terms."""

    text: str
    map: SourceMap
    scopes: dict
    origins: dict = {}
    errors: tuple = ()  # InputErrors of a part the reader skipped (a broken front matter)
    language: str | None = None
    language_spans: tuple = ()
    # The text is an author's source (Markdown), not a page as published or scraped: its
    # headings, lists and tables are the author's structure, never page furniture.
    authored: bool = False
    code: tuple = ()  # the text of each piece of code, as written

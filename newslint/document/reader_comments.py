"""Readers' comments printed under an article ("Have your say", "Your views"): each comment
a paragraph or a few, signed with a line of the reader's name and, often, places ("John
Smith, Leeds, UK", "Anna, Paris"), the signature after the comment or before it. Readers'
words are published as sent: their spelling, style and names are not the editor's to fix.

A block of comments is a run of two or more signed comments, at least half of the
signatures naming a place (after a comma or "from": a lone capitalised line may be a
subheading) and one comment in the first person (a directory's titled entries are none);
or a comment heading ("Have your say", "Comments") and at least one comment signed with a
place. A signature is a whole line of capitalised words (a few lower-case particles, "de",
"van") in a few parts ("Sam Davies from Cardiff, Wales"): no digits, no sentence
punctuation, so no clause ("John Smith, a farmer in Kent, said" is the article's), not in
capitals ("CAMPS, CLINICS"), not a lone word ("Tweet"). A comment ends as a sentence does.
Lines of names with no comment between them (a team sheet, a list of contributors) sign
nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Iterator, NamedTuple

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.segment import Span, trim

WORD = compiled_regex(r"\p{L}[\p{L}'’.\-]*")
SENTENCE_END = compiled_regex(r"[.!?…][\"'”’»)\]]*$")
COUNT = compiled_regex(r"^\(?\d+\)?\s+|\s*\(\d+\)$")  # "12 Comments", "Comments (12)"


@dataclass(frozen=True)
class _Data:
    headings: frozenset[str]
    signature: regex.Pattern
    max_words: int
    max_paragraphs: int
    min_words: int
    first_person: regex.Pattern


@lru_cache(maxsize=1)
def _data() -> _Data:
    data = json.loads(
        resources.files("newslint.document").joinpath("reader_comments.json").read_text("utf-8")
    )
    particles = "|".join(regex.escape(word) for word in data["particles"])
    name = r"\p{Lu}\.|\p{Lu}[\p{L}'’\-]*"  # "J.", "Smith", "O'Brien", "Jean-Luc"
    part = rf"(?:{name})(?:[ \t]+(?:{name}|(?:{particles})(?=[ \t])))*"
    parts = data["max_signature_parts"]
    joiners = "|".join(regex.escape(word) for word in data["place_words"])
    joint = rf"(?:[ \t]*,[ \t]*|[ \t]+(?:{joiners})[ \t]+)"
    signature = compiled_regex(
        rf"(?:[-–—][ \t]*)?{part}(?:(?P<place>{joint}){part}){{0,{parts - 1}}}"
    )
    return _Data(
        frozenset(data["headings"]),
        signature,
        data["max_signature_words"],
        data["max_comment_paragraphs"],
        data["min_comment_words"],
        _first_person(data["first_person"]),
    )


def _first_person(words: list[str]) -> regex.Pattern:
    """'I' only as written (a capital I in a list is no pronoun), the others in any case."""
    exact = "|".join(regex.escape(word) for word in words if word == "I")
    folded = "|".join(regex.escape(word) for word in words if word != "I")
    return compiled_regex(rf"(?<!\w)(?:{exact}|(?i:{folded}))(?!\w)")


class _Item(NamedTuple):
    kind: str  # "prose", "signature", "place" (a signature with a place), "heading", "other"
    span: Span


def _signature(text: str, line: Span) -> str | None:
    """ "signature", or "place" for one that names a place, for a line that may sign a
    comment: a lone word ("Tweet", "Foreword") is a label, not a name."""
    data = _data()
    found = data.signature.fullmatch(text, line.start, line.end)
    if not found:
        return None
    words = WORD.findall(found.group())
    place = found.captures("place") != []
    if len(words) > data.max_words or (len(words) < 2 and not place) or _shouted(words):
        return None
    return "place" if place else "signature"


def _shouted(words: list[str]) -> bool:
    """A line in capitals ("CAMPS, CLINICS") is a label; a name has lower-case letters."""
    return not any(word[1:] and not word.isupper() for word in words)


def _is_heading(text: str, line: Span) -> bool:
    words = text[line.start : line.end].strip().rstrip(":").strip()
    if words[:1] == "(" or words[:1].isdecimal() or words.endswith(")"):  # else no count
        words = COUNT.sub("", words)
    return words.casefold() in _data().headings


def _items(text: str, paragraphs: list[Span]) -> list[_Item]:
    """The paragraphs as a sequence of comment parts: signature lines, and the text between
    them, which is a comment ("prose") if it ends as a sentence does and is not a few words."""
    items: list[_Item] = []
    min_words = _data().min_words
    for paragraph in paragraphs:
        lines = _lines(text, paragraph)
        if len(lines) == 1 and _is_heading(text, lines[0]):
            items.append(_Item("heading", lines[0]))
            continue
        body: list[Span] = []
        for line in [*lines, None]:
            signed = _signature(text, line) if line is not None else None
            if line is not None and not signed:
                body.append(line)
                continue
            if body:
                piece = Span(body[0].start, body[-1].end)
                prose = SENTENCE_END.search(text, piece.start, piece.end) and (
                    _at_least(min_words, WORD.finditer(text, piece.start, piece.end))
                )
                items.append(_Item("prose" if prose else "other", piece))
                body = []
            if line is not None and signed:
                items.append(_Item(signed, line))
    return items


def _at_least(count: int, found: Iterator) -> bool:
    """Whether there are `count` matches (counted no further: paragraphs are long)."""
    return sum(1 for _ in islice(found, count)) == count


def _lines(text: str, paragraph: Span) -> list[Span]:
    lines = []
    start = paragraph.start
    while start < paragraph.end:
        end = text.find("\n", start, paragraph.end)
        end = paragraph.end if end < 0 else end
        line = trim(text, start, end)
        if line.end > line.start:
            lines.append(line)
        start = end + 1
    return lines


@dataclass
class _Run:
    start: int
    end: int
    heading: bool  # opened by a comment heading
    signatures: int = 0
    places: int = 0
    comments: int = 0
    first_person: bool = False  # a comment speaks in the first person
    signed_first: bool = False  # signatures stand before their comments
    listed: bool = False  # two signatures in a row: a list of names, not signed comments

    def block(self) -> Span | None:
        if self.listed:
            return None
        if self.heading:  # one comment signed with a place will do
            signed = self.places >= 1 and self.comments >= 1
        else:  # two, most signatures naming a place, one comment in the first person
            signed = (
                self.places >= 2
                and self.comments >= 2
                and 2 * self.places >= self.signatures
                and self.first_person
            )
        return Span(self.start, self.end) if signed else None


def comment_blocks(text: str, paragraphs: list[Span]) -> list[Span]:
    """The blocks of readers' comments, in text order and apart (see the module doc)."""
    blocks: list[Span] = []
    run: _Run | None = None
    pending: list[Span] = []  # prose since the last signature or heading
    max_paragraphs = _data().max_paragraphs

    def close() -> None:
        if run is not None:
            if run.signed_first and 1 <= len(pending) <= max_paragraphs:
                run.end = pending[-1].end  # the last comment, under its signature
                run.comments += 1
                run.first_person |= any(speaks(text, p.start, p.end) for p in pending)
            if (found := run.block()) is not None:
                blocks.append(found)

    speaks = _data().first_person.search
    for kind, span in _items(text, paragraphs):
        if kind == "prose":
            pending.append(span)
            continue
        joined = pending  # the comments this item adds to the run
        if kind not in ("signature", "place"):
            close()
            run = _Run(span.end, span.end, heading=True) if kind == "heading" else None
            joined = []
        elif (
            run is not None
            and run.heading
            and not run.signatures
            and len(pending) <= max_paragraphs
        ):
            # the first comment under a heading: signed after it, or before it
            run.start = pending[0].start if pending else span.start
            run.end, run.signed_first = span.end, not pending
        elif run is not None and 1 <= len(pending) <= max_paragraphs:
            run.end = span.end
        elif run is not None and not pending and not run.heading:
            run.listed = True  # lines of names one after another
        else:
            close()
            joined = pending[-1:]
            start = joined[0].start if joined else span.start
            run = _Run(start, span.end, heading=False, signed_first=not joined)
        if run is not None and kind in ("signature", "place"):
            run.signatures += 1
            run.places += kind == "place"
            run.comments += bool(joined)  # the comment it signs, or the one before it
            run.first_person |= any(speaks(text, p.start, p.end) for p in joined)
        pending = []
    close()
    return blocks

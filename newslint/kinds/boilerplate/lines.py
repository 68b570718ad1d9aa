"""Blocks, the units the leftover-interface rule kinds judge, and their features: where a
block's text starts after a list marker, its words, and how to remove it.

A block is what a reader of the text sees as one piece: in Markdown and HTML a block the
format reader gives (a paragraph, a list item, a heading, a table cell), never the
hard-wrapped lines of one paragraph; in plain text a line, since scraped text puts each
block of the page on a line of its own. In an author's source (Markdown) only paragraphs are
judged: its headings, lists, tables, image descriptions and front-matter fields are the
author's structure, not a page's furniture.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from newslint.disk_cache import compiled_regex
from newslint.document.segment import LIST_MARKER, SPAN_END, Span, trim
from newslint.kinds.boilerplate.phrases import first_word

SENTENCE_END = frozenset('.!?…:;"”’»)')
WORDS = compiled_regex(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")
# The rules ask how many words a block has up to this many: counted once per block text.
COUNTED_WORDS = 16
ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z'\-]*")  # WORDS in ASCII text, where `re` is faster
# What an author's source holds besides paragraphs (scopes of the Markdown reader).
AUTHORS_STRUCTURE = ("front-matter", "heading", "list", "table", "alt")


def ends_like_sentence(text: str) -> bool:
    """Whether the text ends with sentence punctuation (or a closing quote or bracket)."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def words_up_to(text: str, limit: int) -> int:
    """How many words the text has, counting no further than `limit` (long lines are
    common and only short ones matter)."""
    if limit <= COUNTED_WORDS:  # most asks: once per block, whichever rule asks
        return min(_counted_once(text), limit)
    return _counted(text, limit)


@lru_cache(maxsize=4096)
def _counted_once(text: str) -> int:
    return _counted(text, COUNTED_WORDS)


def _counted(text: str, limit: int) -> int:
    words = ASCII_WORDS if text.isascii() else WORDS
    return len(list(islice(words.finditer(text), limit)))


def unpunctuated_and_short(text: str, max_words: int) -> bool:
    """A label or a headline rather than a sentence: no sentence punctuation at the end and
    at most `max_words` words."""
    return not ends_like_sentence(text) and words_up_to(text, max_words + 1) <= max_words


def reads_as_prose(text: str) -> bool:
    """A block that reads like a paragraph of the article: a dozen words or more, ending
    like a sentence."""
    return ends_like_sentence(text) and words_up_to(text, 12) == 12


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs 4x, for every block
class Block:
    index: int  # its place among the document's non-blank blocks, those not judged included
    first: int  # 0-based index into doc.lines of its first line
    last: int  # and of its last line (the same in plain text)
    span: Span  # the whole block
    content: Span  # the text after any list marker, trimmed
    # The content's text and its `first_word`, found once for the rules that read each block:
    # found by each rule that reads them, they cost a BBC run 25 ms more.
    text: str
    first_word: str | None
    marker: bool  # starts with a bullet or a list number typed in the text

    def follows(self, before: Block) -> bool:
        """Whether the block starts on the line after `before` ends (no blank line)."""
        return self.first == before.last + 1

    def next_to(self, before: Block) -> bool:
        """Whether the block comes right after `before`, with no other block between."""
        return self.index == before.index + 1


def has_blocks(doc) -> bool:
    """Whether a format reader gave the document's blocks (Markdown, HTML)."""
    return "paragraph" in doc.structure


def text_blocks(doc, headings: bool = False) -> list[Block]:
    """The document's blocks, in text order (computed once). An author's structure is
    left out, but for its headings when `headings` asks for them: a rule that judges a
    block's script, not its shape, reads a headline with a scraped date glued to it."""
    return doc.derived(_blocks_and_headings if headings else _judged_blocks)


def _judged_blocks(doc) -> list[Block]:
    return _blocks(doc, AUTHORS_STRUCTURE if doc.authored else ())


def _blocks_and_headings(doc) -> list[Block]:
    scopes = AUTHORS_STRUCTURE if doc.authored else ()
    return _blocks(doc, tuple(scope for scope in scopes if scope != "heading"))


def _blocks(doc, scopes) -> list[Block]:
    text = doc.text
    plain = not has_blocks(doc)  # then the spans are the lines: span `n` is line `n`
    spans = doc.lines if plain else doc.structure["paragraph"]
    structure = {span for scope in scopes for span in doc.structure.get(scope, ())}
    images = doc.structure.get("alt", []) if "alt" in scopes else []
    found = []
    index = -1  # among the non-blank spans
    for number, span in enumerate(spans):
        whole = trim(text, span.start, span.end)
        if whole.start == whole.end:
            continue  # a blank line
        index += 1
        if span in structure or (images and _only_images(text, span, images)):
            continue
        marker = LIST_MARKER.match(text, span.start, span.end)
        content = trim(text, marker.end(), span.end) if marker else whole
        if plain:
            first = last = number
        else:
            first = bisect_right(doc.line_starts, span.start) - 1
            last = bisect_right(doc.line_starts, span.end) - 1
        cut = text[content.start : content.end]
        found.append(
            Block(index, first, last, span, content, cut, first_word(cut), marker is not None)
        )
    return found


def _only_images(text: str, span: Span, images: list[Span]) -> bool:
    """Whether the block holds nothing but images' descriptions (and spaces)."""
    at = span.start
    for image in images[max(0, bisect_right(images, span.start, key=SPAN_END) - 1) :]:
        if image.start >= span.end:
            break
        if image.end <= at:
            continue
        if text[at : image.start].strip():
            return False
        at = max(at, image.end)
    return not text[at : span.end].strip()


def remove_block(rule, finding, doc, block: Block):
    """Give the finding a fix that deletes the whole block, its line break included."""
    end = block.span.end + 1 if block.span.end < len(doc.text) else block.span.end
    start = block.span.start
    if end == block.span.end and start > 0:
        start -= 1  # the last block: take the break before it instead
    finding.fix = rule.fix_for(start, end)
    return finding


def remove_span(rule, finding, doc):
    """Give the finding a fix that deletes its span and the spaces before it."""
    start = finding.start
    while start > 0 and doc.text[start - 1] in " \t":
        start -= 1
    finding.fix = rule.fix_for(start, finding.end)
    return finding

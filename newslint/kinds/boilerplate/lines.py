"""Line features shared by the leftover-interface rule kinds: where a line's text starts
after a list marker, its words, and how to remove it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice

import regex

from newslint.document.segment import LIST_MARKER, Span, trim

SENTENCE_END = frozenset('.!?…:;"”’»)')
WORDS = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*")


def ends_like_sentence(text: str) -> bool:
    """Whether the text ends with sentence punctuation (or a closing quote or bracket)."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def words_up_to(text: str, limit: int) -> int:
    """How many words the text has, counting no further than `limit` (long lines are
    common and only short ones matter)."""
    return sum(1 for _ in islice(WORDS.finditer(text), limit))


def unpunctuated_and_short(text: str, max_words: int) -> bool:
    """A label or a headline rather than a sentence: no sentence punctuation at the end and
    at most `max_words` words."""
    return not ends_like_sentence(text) and words_up_to(text, max_words + 1) <= max_words


def reads_as_prose(text: str) -> bool:
    """A line that reads like a paragraph of the article: a dozen words or more, ending like a
    sentence."""
    return ends_like_sentence(text) and words_up_to(text, 12) == 12


@dataclass(frozen=True)
class Line:
    number: int  # 0-based index into doc.lines
    span: Span  # the whole line
    content: Span  # the text after any list marker, trimmed
    marker: bool  # starts with a bullet or a list number, or is a Markdown/HTML list item

    def text(self, doc) -> str:
        return doc.text[self.content.start : self.content.end]


def text_lines(doc) -> list[Line]:
    """The document's non-blank lines with their content spans (computed once)."""
    return doc.derived(_text_lines)


def _text_lines(doc) -> list[Line]:
    found = []
    in_list_item = _list_item_test(doc)
    for number, span in enumerate(doc.lines):
        raw = doc.text[span.start : span.end]
        if not raw.strip():
            continue
        marker = LIST_MARKER.match(doc.text, span.start, span.end)
        content = trim(doc.text, marker.end() if marker else span.start, span.end)
        listed = marker is not None or in_list_item(content.start)
        found.append(Line(number, span, content, listed))
    return found


def _list_item_test(doc):
    """Whether a text offset lies in a list item the format reader found: Markdown and HTML
    readers leave the bullets and numbers out of the text, the list structure keeps them.
    Plain text has no such structure; its markers are in the text."""
    items = sorted(doc.structure.get("list", ()))
    starts = [item.start for item in items]

    def test(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < items[index].end

    return test


def remove_line(rule, finding, doc, line: Line):
    """Give the finding a fix that deletes the whole line, its line break included."""
    end = line.span.end + 1 if line.span.end < len(doc.text) else line.span.end
    start = line.span.start
    if end == line.span.end and start > 0:
        start -= 1  # the last line: take the break before it instead
    finding.fix = rule.fix_for(start, end)
    return finding


def remove_span(rule, finding, doc):
    """Give the finding a fix that deletes its span and the spaces before it."""
    start = finding.start
    while start > 0 and doc.text[start - 1] in " \t":
        start -= 1
    finding.fix = rule.fix_for(start, finding.end)
    return finding

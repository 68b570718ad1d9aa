"""duplicate-text: text printed twice where a page layout repeated it: a block (a line of
scraped text) that is one text twice over (a photo caption from the image and again from its
alt text), a block that repeats the block before it, or a sentence that repeats the one
before it. The second copy is reported, with a fix that removes it. Copies shorter than
`min_length` characters are ignored ("Yes. Yes."), and so is the headline printed again
(page title and heading), a front-matter field repeated by the body (a post whose first
paragraph is its description) and texts that differ in the file, in what the reader left
out (inline code, a link's address)."""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from newslint.document.segment import Span, inside
from newslint.kinds.base import Field, Kind
from newslint.kinds.boilerplate.lines import remove_block, remove_span, text_blocks

SPAN_START = attrgetter("start")
# How far from the middle of a line its second copy may start (spaces between the copies).
DOUBLED_SPLIT = 2


class DuplicateText(Kind):
    """Reports text printed twice where a page layout repeated it: a line that is one text
    twice over, a line repeating the line before, a sentence repeating the sentence before.
    The fix removes the second copy."""

    name = "duplicate-text"
    fields = {
        "min_length": Field(
            "int",
            25,
            doc='Copies shorter than this many characters are left alone ("Yes. Yes.").',
        )
    }
    placeholders = {"where": "same line"}

    def __init__(self, options):
        self.min_length = options["min_length"]

    def check(self, rule, doc, units):
        text = doc.text
        # A headline printed again (a page's title and its heading) is still the headline.
        headline = {text[s.start : s.end] for s in doc.headline}
        previous = None
        reported = []
        blocks = text_blocks(doc)
        for line in blocks:
            content = line.text
            if not inside(line.content.start, units):
                continue
            if content in headline:
                pass
            elif (
                previous is not None
                and line.next_to(previous)
                and content == previous.text
                and len(content) >= self.min_length
                and _same_source(doc, previous.content, line.content)
            ):
                finding = rule.finding(
                    line.content.start, line.content.end, text, where="the line before"
                )
                reported.append(line.content)
                yield remove_block(rule, finding, doc, line)
            elif (
                len(content) // 2 + DOUBLED_SPLIT >= self.min_length  # halves long enough
                and (half := _doubled_at(content)) is not None
                and half >= self.min_length
                and _same_source(
                    doc,
                    Span(line.content.start, line.content.start + len(content[:half].rstrip())),
                    Span(
                        start := line.content.end - len(content[half:].lstrip()), line.content.end
                    ),
                )
            ):
                finding = rule.finding(
                    start, line.content.end, text, where="the text before it on this line"
                )
                reported.append(Span(finding.start, finding.end))
                yield remove_span(rule, finding, doc)
            previous = line
        # An image's alt text is not printed: it and the caption or heading that repeats it
        # are one copy to a reader (alt text is a sentence of its own, see `Document`).
        alt = doc.units("alt")
        judged = [block.span for block in blocks]
        for before, sentence in zip(doc.sentences, doc.sentences[1:]):
            length = sentence.end - sentence.start
            if length < self.min_length or length != before.end - before.start:
                continue  # most sentences: no copy of the one before, told without slicing
            copy = text[sentence.start : sentence.end]
            if (
                copy == text[before.start : before.end]  # rare: the costlier tests then
                and _within(judged, before)
                and _within(judged, sentence)
                and copy not in headline
                and not inside(before.start, alt)
                and not inside(sentence.start, alt)
                and _same_source(doc, before, sentence)
                and not inside(sentence.start, reported)
                and inside(sentence.start, units)
            ):
                finding = rule.finding(
                    sentence.start, sentence.end, text, where="the sentence before"
                )
                yield remove_span(rule, finding, doc)


def _doubled_at(content: str) -> int | None:
    """Where the second copy starts, if the line is one text written twice."""
    middle = len(content) // 2
    # The block is trimmed, so two copies either meet in the middle or have spaces there.
    if content and not content[middle].isspace() and content[middle] != content[0]:
        return None
    for split in range(middle - DOUBLED_SPLIT, middle + DOUBLED_SPLIT + 1):
        if (
            0 < split < len(content)
            and content[:split].rstrip() == content[split:].strip()
            and content[:split].rstrip()
        ):
            return split
    return None


def _same_source(doc, first: Span, second: Span) -> bool:
    """Whether two copies are written the same in the file too: texts that differ only in
    what the reader left out (code, a link's address) are two texts."""
    return doc.source_text(*first) == doc.source_text(*second)


def _within(blocks: list[Span], sentence: Span) -> bool:
    """Whether a sentence starts in one of the blocks judged (not in a front-matter field,
    nor in a list item of an author's source)."""
    index = bisect_right(blocks, sentence.start, key=SPAN_START) - 1
    return index >= 0 and sentence.start < blocks[index].end

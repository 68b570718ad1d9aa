"""duplicate-text: text printed twice where a page layout repeated it: a line that is one
text twice over (a photo caption from the image and again from its alt text), a line that
repeats the line before it, or a sentence that repeats the one before it. The second copy
is reported, with a fix that removes it. Copies shorter than `min_length` characters are
ignored ("Yes. Yes."), and so is the headline printed again (page title and heading)."""

from __future__ import annotations

from newslint.document.segment import Span, inside
from newslint.kinds.base import Field, Kind
from newslint.kinds.boilerplate.lines import remove_line, remove_span, text_lines


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
        for line in text_lines(doc):
            content = line.text(doc)
            if not inside(line.content.start, units):
                continue
            if content in headline:
                pass
            elif (
                previous is not None
                and content == previous.text(doc)
                and len(content) >= self.min_length
            ):
                finding = rule.finding(
                    line.content.start, line.content.end, text, where="the line before"
                )
                reported.append(line.content)
                yield remove_line(rule, finding, doc, line)
            elif (half := _doubled_at(content)) is not None and half >= self.min_length:
                start = line.content.end - len(content[half:].lstrip())
                finding = rule.finding(
                    start, line.content.end, text, where="the text before it on this line"
                )
                reported.append(Span(finding.start, finding.end))
                yield remove_span(rule, finding, doc)
            previous = line
        # An image's alt text is not printed: it and the caption or heading that repeats it
        # are one copy to a reader (alt text is a sentence of its own, see `Document`).
        alt = doc.units("alt")
        for before, sentence in zip(doc.sentences, doc.sentences[1:]):
            copy = text[sentence.start : sentence.end]
            if (
                len(copy) >= self.min_length
                and copy not in headline
                and not inside(before.start, alt)
                and not inside(sentence.start, alt)
                and copy == text[before.start : before.end]
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
    for split in range(middle - 2, middle + 3):
        if (
            0 < split < len(content)
            and content[:split].rstrip() == content[split:].strip()
            and content[:split].rstrip()
        ):
            return split
    return None

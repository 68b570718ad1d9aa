"""interface-region: the block a page widget fills after its heading ("You may also like",
"Related articles", "Comments"): other articles' headlines and teasers, or readers' comments.

A heading is a line made only of a phrase from `heading_files`. With `until: teasers` the
lines after it are reported while they read like teasers (at most `max_words` words, no
sentence punctuation at the end), up to the first line that does not. With `until: end`
everything after the heading is reported, but only for a heading in the last
`last_share` of the text or after `prose_before` paragraphs of prose (a comment count at the
top of a page, before the article, is not a comment section).
"""

from __future__ import annotations

from newslint.document.segment import inside
from newslint.kinds.base import Field, FieldValueError, Kind
from newslint.kinds.boilerplate.lines import (
    reads_as_prose,
    remove_line,
    text_lines,
    unpunctuated_and_short,
    words_up_to,
)
from newslint.kinds.boilerplate.phrases import PhraseSet
from newslint.kinds.wordlists import read_words

HEADING_WORDS = 12  # no widget heading is longer


class InterfaceRegion(Kind):
    """Reports the block a page widget fills after its heading ("You may also like",
    "Related articles", "Comments"): other articles' teasers, or readers' comments. The fix
    removes each line."""

    name = "interface-region"
    fields = {
        "heading_files": Field(
            "file-list",
            required=True,
            doc="Lists of widget headings; a line made of one (or of five words or fewer that "
            "start with one) opens a region.",
        ),
        "until": Field(
            "str",
            "teasers",
            doc="`teasers`: the lines after the heading are reported while they read like "
            "teasers; `end`: every line after it is.",
        ),
        "max_words": Field(
            "int",
            25,
            doc="A teaser has at most this many words and no sentence punctuation at the end.",
        ),
        "last_share": Field(
            "number",
            0.5,
            doc="With `until: end`, a heading in this last share (0 to 1) of the text's lines "
            "opens a region (so does one after `prose_before` lines of prose).",
        ),
        "prose_before": Field(
            "int",
            3,
            doc="With `until: end`, a heading after at least this many lines of prose (a dozen "
            "words or more, ending like a sentence) opens a region, wherever it stands.",
        ),
    }
    placeholders = {"heading": "Related"}

    def __init__(self, options):
        if options["until"] not in ("teasers", "end"):
            raise FieldValueError("until", "`until` must be teasers or end")
        words = [w for f in options["heading_files"] for w in read_words(f)]
        self.headings = PhraseSet(words)
        self.until_end = options["until"] == "end"
        self.max_words = options["max_words"]
        self.last_share = options["last_share"]
        self.prose_before = options["prose_before"]

    def _teaser(self, text: str) -> bool:
        # A headline: short, no sentence punctuation at the end. Question headlines are left
        # alone: on the Zyte pages as many questions after such headings were the article's.
        return unpunctuated_and_short(text, self.max_words)

    def _heading(self, text: str) -> bool:
        """A line made of a heading phrase, or one that starts with it and names the site or
        section in a few more words ("More from Sportsnet", "More AP NBA")."""
        words = words_up_to(text, HEADING_WORDS + 1)
        if words > HEADING_WORDS:
            return False  # a paragraph: no need to look for the phrases
        if self.headings.made_of(text):
            return True
        return words <= 5 and self._teaser(text) and self.headings.starts(text)

    def check(self, rule, doc, units):
        lines = text_lines(doc)
        index, prose = 0, 0
        while index < len(lines):
            heading = lines[index]
            index += 1
            if not self._heading(heading.text(doc)):
                prose += reads_as_prose(heading.text(doc))
                continue
            late = (index - 1) >= (1 - self.last_share) * len(lines)
            if self.until_end and not late and prose < self.prose_before:
                continue
            while index < len(lines):
                line = lines[index]
                text = line.text(doc)
                if not self.until_end and not self._teaser(text):
                    break
                if inside(line.content.start, units):
                    finding = rule.finding(
                        line.content.start, line.content.end, doc.text, heading=heading.text(doc)
                    )
                    yield remove_line(rule, finding, doc, line)
                index += 1

"""interface-region: the blocks a page widget fills after its heading ("You may also like",
"Related articles", "Comments"): other articles' headlines and teasers, or readers' comments.

A heading is a block (a line of scraped text) made only of a phrase from `heading_files`.
With `until: teasers` the blocks after it are reported while they read like teasers (at most
`max_words` words, no sentence punctuation at the end), up to the first that does not. With
`until: end` everything after the heading is reported, but only for a heading in the last
`last_share` of the text or after `prose_before` paragraphs of prose (a comment count at the
top of a page, before the article, is not a comment section). A heading of one word
("Comments") may also name a section of the article itself: after it something must show
that readers' comments follow, a line matching `entry_pattern` (a commenter's byline, a
timestamp, a reply button). A page has one such section: a heading written more than once
("Comments (3)" under each post of a blog's front page) is a link, and a count of none
("0 Comments") opens nothing.
"""

from __future__ import annotations

from collections import Counter

from newslint.document.segment import inside
from newslint.kinds.base import Field, FieldValueError, Kind, compiled
from newslint.kinds.boilerplate.lines import (
    Block,
    reads_as_prose,
    remove_block,
    text_blocks,
    unpunctuated_and_short,
    words_up_to,
)
from newslint.kinds.boilerplate.phrases import NUMBER, PhraseSet, words
from newslint.kinds.regex_search import compile_regex, fullmatch
from newslint.kinds.wordlists import read_words

HEADING_WORDS = 12  # no widget heading is longer


class InterfaceRegion(Kind):
    """Reports the blocks a page widget fills after its heading ("You may also like",
    "Related articles", "Comments"): other articles' teasers, or readers' comments. The fix
    removes each block."""

    name = "interface-region"
    fields = {
        "heading_files": Field(
            "file-list",
            required=True,
            doc="Lists of widget headings; a block made of one (or of five words or fewer that "
            "start with one) opens a region.",
        ),
        "until": Field(
            "str",
            "teasers",
            doc="`teasers`: the blocks after the heading are reported while they read like "
            "teasers; `end`: every block after it is.",
        ),
        "max_words": Field(
            "int",
            25,
            doc="A teaser has at most this many words and no sentence punctuation at the end.",
        ),
        "last_share": Field(
            "number",
            0.5,
            doc="With `until: end`, a heading in this last share (0 to 1) of the text's blocks "
            "opens a region (so does one after `prose_before` blocks of prose).",
        ),
        "prose_before": Field(
            "int",
            3,
            doc="With `until: end`, a heading after at least this many blocks of prose (a "
            "dozen words or more, ending like a sentence) opens a region, wherever it stands.",
        ),
        "entry_pattern": Field(
            "str",
            None,
            doc="With `until: end`, a regex (regardless of case) that a whole line after a "
            "heading of one word must match for the region to be reported (a commenter's "
            "byline, a timestamp); unset, none is needed.",
        ),
    }
    placeholders = {"heading": "Related"}

    def __init__(self, options):
        if options["until"] not in ("teasers", "end"):
            raise FieldValueError("until", "`until` must be teasers or end")
        headings = [w for f in options["heading_files"] for w in read_words(f)]
        self.headings = PhraseSet(headings)
        self.until_end = options["until"] == "end"
        self.max_words = options["max_words"]
        self.last_share = options["last_share"]
        self.prose_before = options["prose_before"]
        pattern = options["entry_pattern"]
        self.entry = (
            compiled("entry_pattern", lambda: compile_regex(pattern, True)) if pattern else None
        )

    def _teaser(self, text: str) -> bool:
        # A headline: short, no sentence punctuation at the end. Question headlines are left
        # alone: on the Zyte pages as many questions after such headings were the article's.
        return unpunctuated_and_short(text, self.max_words)

    def _heading(self, block: Block) -> bool:
        """A block made of a heading phrase, or one that starts with it and names the site or
        section in a few more words ("More from Sportsnet", "More AP NBA")."""
        if not self.headings.may_start(block.first_word):
            return False  # most blocks: no heading begins with their first word
        text = block.text
        words = words_up_to(text, HEADING_WORDS + 1)
        if words > HEADING_WORDS:
            return False  # a paragraph: no need to look for the phrases
        if self.headings.made_of(text):
            return True
        return words <= 5 and self._teaser(text) and self.headings.starts(text)

    def check(self, rule, doc, units):
        blocks = text_blocks(doc)
        texts = [block.text for block in blocks]
        headings = [self._heading(block) for block in blocks]
        if not any(headings):
            return  # most texts: nothing opens a region
        written = Counter(_without_numbers(t) for t, h in zip(texts, headings) if h)
        # The blocks of prose before a heading, counted up to it only when one is found.
        index, prose, counted = 0, 0, 0
        while index < len(blocks):
            heading = texts[index]
            index += 1
            if not headings[index - 1]:
                continue
            if self.until_end:
                prose += sum(
                    reads_as_prose(texts[i]) for i in range(counted, index - 1) if not headings[i]
                )
                counted = index - 1
                if not self._opens_section(
                    doc, blocks[index:], heading, written, late=index - 1, prose=prose
                ):
                    continue
            while index < len(blocks):
                block = blocks[index]
                teaser = self._teaser(texts[index]) and block.next_to(blocks[index - 1])
                if not self.until_end and not teaser:
                    break  # the article's text, or a block between that is not judged
                if inside(block.content.start, units):
                    finding = rule.finding(
                        block.content.start, block.content.end, doc.text, heading=heading
                    )
                    yield remove_block(rule, finding, doc, block)
                index += 1

    def _opens_section(self, doc, after, heading, written, late, prose) -> bool:
        """Whether a heading opens a section that runs to the end of the text (`late`: its
        index among the blocks)."""
        total = late + 1 + len(after)
        if late < (1 - self.last_share) * total and prose < self.prose_before:
            return False
        key = _without_numbers(heading)
        if written[key] > 1 or _counts_none(heading):
            return False
        return (
            self.entry is None
            or len(key) > 1
            or any(
                fullmatch(self.entry, line.strip())
                for block in after
                for line in doc.text[block.content.start : block.content.end].split("\n")
            )
        )


def _without_numbers(text: str) -> tuple[str, ...]:
    """A heading's words without its count: "Comments (3)" and "Comments (12)" are one."""
    return tuple(word for word in words(text) if not NUMBER.fullmatch(word))


def _counts_none(text: str) -> bool:
    """A heading that counts no comments: "0 Comments", "Comments (0)"."""
    counts = [word for word in words(text) if word.isdigit()]
    return bool(counts) and all(int(count) == 0 for count in counts)

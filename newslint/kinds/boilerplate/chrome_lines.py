"""chrome-lines: blocks (lines of scraped text) that look like page chrome (menus, button
rows, breadcrumbs) by their shape, scored from features that together are telling:

- short (at most `max_words` words) and without sentence punctuation at the end,
- a bullet or list number in front,
- no function words ("the", "of", "и", "der"...: `stopword_files`),
- every word capitalised ("Main", "Latest News"; article list items have lower-case words),
- among the first or last `edge_lines` lines of the text,
- next to another short, unpunctuated line,
- in a menu: a run of at least `menu_run` short lines (blank lines between them allowed), at
  least half of them nothing but site-section names or interface phrases (`menu_files`).

A line whose score reaches `threshold` is reported, with the features that made it so. The
first line (the headline) is never reported unless it carries a list marker.

Where a format reader gave the blocks (Markdown, HTML), lists, tables of contents and short
items are the author's structure, and shape is no evidence: a block is reported only in a
menu standing outside the article's prose (before its first paragraph or after its last),
or above the headline (a heading, the front-matter title), where the page's header sits
and the article has not begun; there blocks next to each other are neighbours, since a
reader puts a blank line between any two.
"""

from __future__ import annotations

from newslint.document.segment import inside
from newslint.kinds.base import Field, Kind, compiled
from newslint.kinds.boilerplate.lines import (
    WORDS,
    Block,
    has_blocks,
    reads_as_prose,
    remove_block,
    text_blocks,
    unpunctuated_and_short,
)
from newslint.kinds.boilerplate.phrases import PhraseSet
from newslint.kinds.wordlists import read_words

WEIGHTS = {
    "short": 1.0,
    "unpunctuated": 0.5,
    "list marker": 1.0,
    "no function words": 0.5,
    "every word capitalised": 1.0,
    "at the edge of the text": 1.0,
    "next to similar lines": 1.0,
    "in a menu": 3.0,
}


class ChromeLines(Kind):
    """Reports short lines that look like page chrome (menus, button rows, breadcrumbs) by
    their shape alone: features of the line and its neighbours add up to a score, and a line
    that reaches the threshold is reported. The first line (the headline) only with a list
    marker."""

    name = "chrome-lines"
    fields = {
        "threshold": Field(
            "number",
            5.5,
            doc="The score at which a short line is reported; features weigh "
            + ", ".join(f"{feature} {weight:g}" for feature, weight in WEIGHTS.items())
            + ".",
        ),
        "max_words": Field(
            "int",
            4,
            doc="A line of at most this many words, without sentence punctuation at the end, "
            "is short; only short lines are scored.",
        ),
        "edge_lines": Field(
            "int",
            6,
            doc="Lines among the first or last this many non-blank lines are at the edge of the "
            "text.",
        ),
        "stopword_files": Field(
            "file-list",
            [],
            doc='Function-word lists ("the", "of", "и"); a line with none of these '
            'words scores "no function words".',
        ),
        "menu_files": Field(
            "file-list",
            [],
            doc="Lists of site-section names and interface phrases; a run of short lines at "
            "least half made of these is a menu. None given, no line is in a menu.",
        ),
        "menu_run": Field("int", 4, doc="A menu is a run of at least this many short lines."),
    }
    placeholders = {"score": "4.5", "features": "short"}

    def __init__(self, options):
        self.threshold = options["threshold"]
        self.max_words = options["max_words"]
        self.edge = options["edge_lines"]
        self.stopwords = compiled(
            "stopword_files",
            lambda: frozenset(
                w.casefold() for f in options["stopword_files"] for w in read_words(f)
            ),
        )

        self.menu_items = PhraseSet(w for f in options["menu_files"] for w in read_words(f))
        self.menu_run = options["menu_run"]

    def check(self, rule, doc, units):
        lines = text_blocks(doc)
        short = [unpunctuated_and_short(line.text, self.max_words) for line in lines]
        in_menu = self._menus(doc, lines, short)
        structured = has_blocks(doc)
        outside_article = _outside_article(doc, lines, in_menu) if structured else []
        # A reader puts a blank line between any two blocks; plain text's lines must touch.
        adjacent = Block.next_to if structured else Block.follows
        for index, line in enumerate(lines):
            if not short[index] or not inside(line.content.start, units):
                continue
            headline = line.span in doc.headline if structured else index == 0
            if headline and not line.marker:
                continue
            if structured and not outside_article[index]:
                continue
            written = WORDS.findall(line.text)
            features = ["short", "unpunctuated"]
            if line.marker:
                features.append("list marker")
            if not any(w.casefold() in self.stopwords for w in written):
                features.append("no function words")
            if written and all(w[:1].isupper() for w in written):
                features.append("every word capitalised")
            if index < self.edge or index >= len(lines) - self.edge:
                features.append("at the edge of the text")
            if (index > 0 and short[index - 1] and adjacent(line, lines[index - 1])) or (
                index + 1 < len(lines) and short[index + 1] and adjacent(lines[index + 1], line)
            ):
                features.append("next to similar lines")
            if in_menu[index]:
                features.append("in a menu")
            score = sum(WEIGHTS[f] for f in features)
            if score >= self.threshold:
                finding = rule.finding(
                    line.content.start,
                    line.content.end,
                    doc.text,
                    score=f"{score:.1f}",
                    features=", ".join(features),
                )
                yield remove_block(rule, finding, doc, line)

    def _menus(self, doc, lines, short) -> list[bool]:
        """Which lines belong to a run of short lines that is mostly menu items."""
        flags = [False] * len(lines)
        if not self.menu_items:
            return flags
        index = 0
        while index < len(lines):
            end = index
            while end < len(lines) and short[end]:
                end += 1
            run = range(index, end)
            if len(run) >= self.menu_run:
                # Lines without words ("1", "/") belong to the run but count neither way.
                labels = [lines[i].text for i in run if WORDS.search(lines[i].text)]
                items = sum(self.menu_items.made_of(text) for text in labels)
                if items >= 2 and 2 * items >= len(labels):
                    for i in run:
                        flags[i] = True
            index = end + 1
        return flags


def _outside_article(doc, blocks, in_menu) -> list[bool]:
    """Which blocks of a reader's document may be page chrome: those in a menu before the
    first block of prose or after the last (a list between paragraphs is the article's),
    and those above the headline."""
    prose = [index for index, block in enumerate(blocks) if reads_as_prose(block.text)]
    first, last = (prose[0], prose[-1]) if prose else (len(blocks), -1)
    headline = doc.headline[0].start if doc.headline else -1
    return [
        (menu and not first < index < last) or block.span.end <= headline
        for index, (block, menu) in enumerate(zip(blocks, in_menu))
    ]

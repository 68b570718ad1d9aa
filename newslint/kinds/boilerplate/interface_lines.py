"""interface-lines: blocks (lines of scraped text) made only of interface text ("Share",
"Facebook | Twitter", "Found a bug?", "Подпишись на почтовую рассылку", "197 Shares").

`phrase_files` name word lists, one per category (the file name is the reason shown); a line
is reported when, once every listed phrase in it is removed, only digits, punctuation,
separators and spaces remain. Phrases from `count_files` ("likes", "views") count only beside
a number or another phrase. Lines longer than `max_length` are article text, whatever they
contain. `line_patterns` add whole-line regexes by category (separators, bare URLs, "Image 3
of 12"); in an author's source (Markdown) they do not apply, since a call to action or a
copyright line there is the author's.
"""

from __future__ import annotations

from pathlib import Path

import regex

from newslint.document import segment
from newslint.document.segment import inside
from newslint.kinds.base import Field, Kind, compiled
from newslint.kinds.boilerplate.lines import remove_block, text_blocks
from newslint.kinds.boilerplate.phrases import PhraseSet, only_numbers_left, words
from newslint.kinds.pattern_set import SHARED_MEANING
from newslint.kinds.regex_search import compile_regex, fullmatch
from newslint.kinds.wordlists import read_words


class InterfaceLines(Kind):
    """Reports lines made only of interface text ("Share", "Facebook | Twitter", "197
    Shares"): listed phrases, numbers, punctuation and separators, or a whole-line pattern.
    The fix removes the line."""

    name = "interface-lines"
    fields = {
        "phrase_files": Field(
            "file-list",
            required=True,
            doc="Phrase lists, one per category; a list's file name (without extension) is the "
            "{reason} of the lines it covers.",
        ),
        "count_files": Field(
            "file-list",
            [],
            doc='Counter words ("likes", "views") that count as interface text only '
            "beside a number or a listed phrase; their {reason} is `counter`.",
        ),
        "max_length": Field(
            "int",
            120,
            doc="Lines longer than this many characters are article text, whatever they hold.",
        ),
        # Whole-line patterns by category: separators, bare URLs, gallery counters.
        "line_patterns": Field(
            "str-map",
            {},
            doc="Category -> regex that a whole line must match (regardless of case); the "
            "category is the {reason}.",
        ),
    }
    default_scope = "document"
    placeholders = {"reason": "share"}

    def __init__(self, options):
        # One pass over all lists, longest phrase first: "Enter your email address" is one
        # account prompt, not "email" (a share button) plus leftovers.
        self.category_of: dict[str, str] = {}
        for file in options["phrase_files"]:
            category = Path(file).stem
            for phrase in read_words(file):
                self.category_of.setdefault(phrase.casefold(), category)
        self.phrases = PhraseSet(self.category_of)
        self.counters = PhraseSet(w for f in options["count_files"] for w in read_words(f))
        self.max_length = options["max_length"]
        self.line_patterns = compiled(
            "line_patterns",
            lambda: [
                (category, compile_regex(pattern, True))
                for category, pattern in options["line_patterns"].items()
            ],
        )
        self.any_line_pattern = compiled(
            "line_patterns", lambda: _alternation(list(options["line_patterns"].values()))
        )

    def reasons(self, text: str, word: str | None, authored: bool = False) -> list[str] | None:
        """The categories that make up the whole line (whose `first_word` is `word`), or None
        if anything else is there. In an author's source, a call to action or a copyright
        line is the author's: only listed phrases count there."""
        if not authored and (
            self.any_line_pattern is None or fullmatch(self.any_line_pattern, text)
        ):
            for category, pattern in self.line_patterns:
                if fullmatch(pattern, text):
                    return [category]
        if not (self.phrases.may_start(word) or self.counters.may_start(word)):
            return None  # most lines: their first word starts no phrase and is no number
        line = words(text)
        covered = [False] * len(line)
        found = self.phrases.cover(line, covered)
        if self.counters and (found or any(map(str.isdigit, text))):
            if self.counters.cover(line, covered):
                found.append("counter")
        return found if found and only_numbers_left(line, covered) else None

    def check(self, rule, doc, units):
        for line in text_blocks(doc):
            content = line.content
            if content.end - content.start > self.max_length or not inside(content.start, units):
                continue  # most blocks: a paragraph of the article is longer
            text = line.text
            if doc.authored and _all_link_text(doc, line.content):
                continue  # the author's own link: a call to action ("Register now!"), not left over
            reasons = self.reasons(text, line.first_word, doc.authored)
            if reasons:
                finding = rule.finding(
                    line.content.start, line.content.end, doc.text, reason=", ".join(reasons)
                )
                yield remove_block(rule, finding, doc, line)


def _alternation(patterns: list[str]) -> regex.Pattern | None:
    """The patterns as one alternation, which matches a whole line where one of them does:
    one call to tell that most lines match none (a call costs as much as the matching).
    None where a pattern could read otherwise inside it (`SHARED_MEANING`, as a PatternSet
    tells), or there is only one."""
    if len(patterns) < 2 or any(map(SHARED_MEANING.search, patterns)):
        return None
    return compile_regex("|".join(f"(?:{pattern})" for pattern in patterns), True)


def _all_link_text(doc, span) -> bool:
    """Whether every word of a block is the text of a link."""
    links = doc.merged("link")
    tokens = doc.tokens_in(span)
    return bool(links and tokens) and not any(
        segment.outside(links, token.start, token.end) for token in tokens
    )

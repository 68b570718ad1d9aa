"""The article's own words, and what is other people's: block quotes, quoted titles of
works ("Cost Effectiveness and Resource Allocation") and reference or citation lines ("1.
Smith, J. (1966). "Maori Music." ...", "Retrieved 4 May 2019"). Rules that judge the
writer's choices (one spelling per article, one form of a name) compare only the writer's
own words: a quoted review, a cited title or a journal's name keeps its own spelling.
Speech in quotation marks inside the article's paragraphs stays in: the writer transcribed
it, and a name misspelt there is the writer's slip (a third of a news story is quotes).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.segment import Span, union

# The end of a sentence as prose ends one: a full stop, question or exclamation mark, an
# ellipsis or a colon, then closing quotes, brackets or a citation mark ("public.[12]").
SENTENCE_END = compiled_regex(r"[.!?…:](?:[\"'”’»)\]]|\[\d+\]|\s)*$")
SENTENCE_TAIL = 30  # characters enough to hold an end mark and its closers
TITLE_WORD = compiled_regex(r"\w{4,}")  # shorter words ("and", "of", "the") may be small
MAX_TITLE_WORDS = 15


@lru_cache(maxsize=1)
def _citation_rules() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    data = json.loads(
        resources.files("newslint.kinds").joinpath("citations.json").read_text("utf-8")
    )
    markers = "|".join(regex.escape(marker) for marker in data["markers"])
    noted = rf"{data['note_start']}.*[{regex.escape(data['quotation_marks'])}]"
    return (
        compiled_regex(data["year"]),
        compiled_regex(rf"(?<!\w)(?:{markers})(?!\w)|{data['locator']}"),
        compiled_regex(noted),
    )


def citation_lines(doc) -> list[Span]:
    """Lines that are reference or citation notes: a year and a marker ("Retrieved",
    "ISBN", "pp.") or a journal's volume and pages ("9:151-181"), or a note number or
    bracket at the start and a quotation mark; computed once per document."""
    return doc.derived(_citation_lines)


def _citation_lines(doc) -> list[Span]:
    year, marker, noted = _citation_rules()
    text = doc.text
    return [
        line
        for line in doc.lines
        if year.search(text, line.start, line.end)
        and (marker.search(text, line.start, line.end) or noted.match(text, line.start, line.end))
    ]


def quoted_titles(doc) -> list[Span]:
    """Quotations whose words are all capitalised, small words aside: a title, not speech."""
    return [
        quote
        for quote in doc.quotations
        if (words := TITLE_WORD.findall(doc.text, quote.start, quote.end))
        and len(words) <= MAX_TITLE_WORDS
        and all(word[0].isupper() or word[0].isdigit() for word in words)
    ]


def _not_own(doc) -> list[Span]:
    return union([*doc.structure.get("quote", ()), *quoted_titles(doc), *citation_lines(doc)])


def not_own_words(doc) -> list[Span]:
    """Block quotes, quoted titles and citation lines, in text order and apart (for
    `segment.outside`); computed once per document."""
    return doc.derived(_not_own)


def _not_own_or_quoted(doc) -> list[Span]:
    return union([*doc.quotations, *not_own_words(doc)])


def not_own_or_quoted(doc) -> list[Span]:
    """`not_own_words` and every quotation, speech too: for rules that must not judge a
    speaker's words at all (an editor does not respell a quote)."""
    return doc.derived(_not_own_or_quoted)


def _finished(doc) -> list[Span]:
    text, end_mark = doc.text, SENTENCE_END.search
    return [
        sentence
        for sentence in doc.prose_sentences
        if end_mark(text, max(sentence.start, sentence.end - SENTENCE_TAIL), sentence.end)
    ]


def finished_sentences(doc) -> list[Span]:
    """The prose sentences that end as written sentences do (a full stop, question or
    exclamation mark, a colon): not a page's labels, buttons and link lists ("Email email
    this story", "Apply through our web site"), which no editor reads as the article's
    prose. In text order and apart (for `segment.outside`); computed once per document."""
    return doc.derived(_finished)

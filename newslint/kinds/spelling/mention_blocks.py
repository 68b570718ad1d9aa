"""Which blocks of a document are prose, where a name is a mention worth comparing with
another, and which are not: page chrome, and labels (the items of tag lists, link lists and
blogrolls, lists of names), nor other people's words: quotations and citation lines (see
`own_prose`). Two people in a contributors' list, a nav link and a tag are not one name
spelt two ways, and a quoted review or a cited title keeps its own spelling.

A label is a list item of a few words with no sentence punctuation ("Ruohui Wang
(noirgif)", "Politics"), a block whose text is all link text (a Markdown `[…](…)` or HTML
`<a>` list or run of links), or a line in a run of short lines that do not end as sentences
do (a menu or tag list pasted with the article in plain text; an address or a credits block
whose lines a web page breaks with `<br>`). Markdown's lines are not read so: a paragraph
there is wrapped wherever its writer's editor wraps it.
"""

from __future__ import annotations

from itertools import islice

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.model import union
from newslint.document.segment import Span
from newslint.kinds.own_prose import not_own_words

SENTENCE_PUNCTUATION = compiled_regex(r"[.!?;:]")
SENTENCE_END = compiled_regex(r"[.!?;:][\"'”’»)\]]*\s*$")
WORD = compiled_regex(r"\w+")
# Links as written in Markdown (inline or reference) and HTML; what is left when they are
# taken out of a block of links is separators and list markup.
LINK = compiled_regex(
    r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])?"
    r"|<a\b[^>]*>.*?</a\s*>",
    regex.IGNORECASE | regex.DOTALL,
)
LINKED = compiled_regex(r"\]\(|\]\[|<a\b", regex.IGNORECASE)


def not_prose(doc, label_words: int) -> list[Span]:
    """The blocks of the document that are not prose, in text order and apart."""
    spans = [*doc.units("chrome"), *not_own_words(doc)]
    spans += [item for item in doc.list_items if _label(doc.text, item, label_words)]
    if doc.structure:
        spans += [block for block in doc.paragraphs if _all_links(doc, block)]
    if not doc.authored:
        spans += _short_line_runs(doc, label_words)
    return union(spans)


def _label(text: str, span: Span, label_words: int) -> bool:
    """A few words without sentence punctuation."""
    return _few_words(text, span, label_words) and not SENTENCE_PUNCTUATION.search(
        text, span.start, span.end
    )


def _short_line(text: str, line: Span, label_words: int) -> bool:
    """A few words, not ending as a sentence does."""
    return _few_words(text, line, label_words) and not SENTENCE_END.search(
        text, line.start, line.end
    )


def _few_words(text: str, span: Span, most: int) -> bool:
    """Whether the span holds at most `most` words: counted up to one more, not through a
    whole paragraph (in plain text every paragraph is a line)."""
    return sum(1 for _ in islice(WORD.finditer(text, span.start, span.end), most + 1)) <= most


def _all_links(doc, block: Span) -> bool:
    """Whether the block's source is links and nothing else but separators."""
    source = doc.source_text(block.start, block.end)
    if not LINKED.search(source):
        return False
    return not WORD.search(LINK.sub(" ", source))


def _short_line_runs(doc, label_words: int) -> list[Span]:
    """Runs of two or more short lines with no blank line between them, none ending as a
    sentence does: a menu or a tag list, an address ("Prosp. Peremohi 10", "252135 Kyiv")."""
    found: list[Span] = []
    run: list[Span] = []
    for line in [*doc.lines, Span(len(doc.text), len(doc.text))]:
        if line.end > line.start and _short_line(doc.text, line, label_words):
            run.append(line)
            continue
        if len(run) > 1:
            found.append(Span(run[0].start, run[-1].end))
        run = []
    return found

"""unattributed-quote: a direct quotation of several words with no speaker in its own
sentence or the sentences either side ("…,” she said", "The minister said: “…”").
Quotations that run on one after another are one speaker's: a cue next to any of them counts.

`cue_files` hold the attribution cues (and may use the `term_files` lists by name). Titles
("“The Lord of the Rings”") and phrases quoted inside running text as names or terms (the
“one time, last time” rule) are not quotations of anyone.
"""

from __future__ import annotations

from bisect import bisect_right

from newslint import attribution
from newslint.kinds.base import Field, Kind, compiled
from newslint.segment import WORD_UNIT


class UnattributedQuote(Kind):
    name = "unattributed-quote"
    fields = {
        "cue_files": Field("file-list", required=True),
        "term_files": Field("file-list", []),
        "min_words": Field("int", 4),
    }
    default_scope = "document"

    def __init__(self, options):
        self.cues = compiled(
            "cue_files",
            lambda: attribution.patterns(options["cue_files"], options["term_files"]),
        )
        self.min_words = options["min_words"]

    def check(self, rule, doc, units):
        sentences = doc.sentences
        if not sentences:
            return
        has_cue = attribution.cue_sentences(doc, self.cues)
        starts = [s.start for s in sentences]
        for chain in _chains(doc):
            first_quote = chain[0]
            words = WORD_UNIT.findall(doc.text, first_quote.start, first_quote.end)
            if len(words) < self.min_words or _title(words) or _mention(doc.text, first_quote):
                continue
            if not any(unit.start <= first_quote.start < unit.end for unit in units):
                continue
            first = max(0, bisect_right(starts, first_quote.start) - 1)
            last = max(0, bisect_right(starts, chain[-1].end - 1) - 1)
            if not any(has_cue[max(0, first - 1) : last + 2]):
                yield rule.finding(first_quote.start, first_quote.end, doc.text)


def _chains(doc) -> list[list]:
    """Quotations that follow one another with only spaces or line breaks between them: one
    speaker going on, across sentences and paragraphs, attributed once."""
    chains: list[list] = []
    for quote in doc.quotations:
        if chains and not doc.text[chains[-1][-1].end : quote.start].strip():
            chains[-1].append(quote)
        else:
            chains.append([quote])
    return chains


def _title(words: list[str]) -> bool:
    """Title case: the first word and every long word capitalised ("Gone with the Wind")."""
    return words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w) > 4)


def _mention(text: str, quote) -> bool:
    """A phrase quoted inside running text, not speech: a word right before the opening mark
    and no punctuation closing the words inside ("the “one time, last time” rule")."""
    index = quote.start - 1  # the last character before it, spaces aside (no copy of the text)
    while index >= 0 and text[index].isspace():
        index -= 1
    before = text[index] if index >= 0 else ""
    inner = text[quote.start + 1 : quote.end - 1].rstrip()
    return before.isalnum() and not inner.endswith((".", ",", "!", "?", "…"))

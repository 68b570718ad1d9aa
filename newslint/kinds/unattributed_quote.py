"""unattributed-quote: a direct quotation of several words with no speaker in its own
sentence or the sentences either side ("…,” she said", "The minister said: “…”").

`cue_files` hold the attribution cues (and may use the `term_files` lists by name). Titles
in quotation marks ("“The Lord of the Rings”") are not quotations of anyone.
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
        for quote in doc.quotations:
            words = WORD_UNIT.findall(doc.text, quote.start, quote.end)
            if len(words) < self.min_words or _title(words):
                continue
            if not any(unit.start <= quote.start < unit.end for unit in units):
                continue
            first = max(0, bisect_right(starts, quote.start) - 1)
            last = max(0, bisect_right(starts, quote.end - 1) - 1)
            if not any(has_cue[max(0, first - 1) : last + 2]):
                yield rule.finding(quote.start, quote.end, doc.text)


def _title(words: list[str]) -> bool:
    """Title case: the first word and every long word capitalised ("Gone with the Wind")."""
    return words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w) > 4)

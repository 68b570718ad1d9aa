"""recurring-lines: a line of a dataset record that many records of the same source (a
site) also hold: the site's furniture (a footer, a newsletter prompt, an author box, a
disclaimer) survives extraction under every article, while an article's own lines are its
alone. The signal corpus pipelines (CCNet, C4, FineWeb) clean web text with.

The counts come from a first pass over the dataset (`document/line_counts.py`, handed to
the record's Document as `source_lines`); a document without them (an article file, a
rule example without `records`) gets no finding. Lines are compared normalised (case,
digits, punctuation, spaces). A line is reported when at least `min_records` records of its
source, and at least `min_share` of them, hold it; a line of fewer than `min_words` words
is left to the phrase rules ("Advertisement", "Share"), which say what it is. A line that
reads like a paragraph (a dozen words or more, ending like a sentence) needs
`prose_min_share` of the source: a site prints its standard paragraph under most
articles, while a sentence that follow-up stories repeat ("The company did not respond
to a request for comment") stands in a few of them.
"""

from __future__ import annotations

from newslint.document.segment import inside
from newslint.kinds.base import Field, FieldValueError, Kind
from newslint.kinds.boilerplate.lines import reads_as_prose, remove_block, text_blocks, words_up_to


class RecurringLines(Kind):
    """Reports a line of a dataset record that many records of its source also hold (a
    site's footer or prompt), from the counts of a first pass over the dataset. The fix
    removes the line."""

    name = "recurring-lines"
    fields = {
        "min_records": Field(
            "int",
            5,
            doc="A line is reported when at least this many records of its source hold it.",
        ),
        "min_share": Field(
            "number",
            0.05,
            doc="... and at least this share (0-1) of the source's records.",
        ),
        "prose_min_share": Field(
            "number",
            0.5,
            doc="The share a line that reads like a paragraph (12 words or more, ending like a "
            "sentence) needs: a stock sentence of the source's articles is not its furniture.",
        ),
        "min_words": Field(
            "int",
            3,
            doc="Shorter lines are left to the phrase rules, which say what they are.",
        ),
    }
    counts_dataset_lines = True
    placeholders = {"records": 5, "total": 8, "source": "example.com"}

    def __init__(self, options):
        for share in ("min_share", "prose_min_share"):
            if not 0 <= options[share] <= 1:
                raise FieldValueError(share, f"`{share}` must be between 0 and 1")
        if options["min_records"] < 2:
            raise FieldValueError("min_records", "`min_records` must be at least 2")
        self.min_records = options["min_records"]
        self.min_share = options["min_share"]
        self.prose_min_share = options["prose_min_share"]
        self.min_words = options["min_words"]

    def check(self, rule, doc, units):
        counts = doc.source_lines
        if counts is None or counts.records < self.min_records or doc.authored:
            return
        source = counts.source or "this dataset"
        for block in text_blocks(doc):
            content = block.text
            if not inside(block.content.start, units):
                continue
            if words_up_to(content, self.min_words) < self.min_words:
                continue
            # The whole line as the first pass counted it, list marker and all.
            records = counts.records_with(doc.text[block.span.start : block.span.end])
            share = self.prose_min_share if reads_as_prose(content) else self.min_share
            if records < self.min_records or records < share * counts.records:
                continue
            finding = rule.finding(
                block.content.start,
                block.content.end,
                doc.text,
                records=records,
                total=counts.records,
                source=source,
            )
            yield remove_block(rule, finding, doc, block)

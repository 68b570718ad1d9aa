"""Which format reads a file, by the end of its name: the one table the readers' choice
(`input.formats`, `input.dataset`) and the default `include` globs are made from. It sits
with the configuration because `include` is the lowest stage that needs it."""

from __future__ import annotations

# Format -> the name endings (lower case) that select it. A name ending in none of them is
# read as plain text all the same; `.txt` is listed so that folder walks include it.
FORMAT_EXTENSIONS = {
    "text": (".txt", ".txt.gz"),
    "markdown": (".md", ".markdown", ".mdx", ".md.gz", ".markdown.gz"),
    "html": (".html", ".htm", ".html.gz", ".htm.gz"),
    "jsonl": (".jsonl", ".jsonl.gz"),
    "csv": (".csv",),
}
# Formats read record by record, each record's text as plain text.
DATASET_FORMATS = ("jsonl", "csv")

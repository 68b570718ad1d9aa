"""Which reader a file gets, by its name's extension (the --stdin-filename for `-`).
Unknown extensions are plain text. Readers are imported when a file needs them: a run over
plain text does not pay for the Markdown parser."""

from __future__ import annotations

from newslint.config.file_formats import DATASET_FORMATS, FORMAT_EXTENSIONS
from newslint.config.keys import FRONT_MATTER_FIELDS

# Formats read as one document each (a dataset is read record by record, each as text).
DOCUMENT_FORMATS = ("text", "markdown", "html")


def format_of(name: str) -> str:
    """One of DOCUMENT_FORMATS, or "dataset"."""
    lower = name.lower()
    for kind, ends in FORMAT_EXTENSIONS.items():
        if lower.endswith(ends):
            return "dataset" if kind in DATASET_FORMATS else kind
    return "text"


def reader_for(name: str, config=None):
    """The Document reader for a file's text (None: plain text). Datasets are read record
    by record (`dataset.records`), each record's text as plain text."""
    return reader_of(format_of(name), name, config)


def reader_of(kind: str, name: str, config=None):
    """The Document reader for a format by its name (see `format_of`)."""
    if kind == "markdown":
        from newslint.input import markdown

        fields = config.front_matter_fields if config is not None else FRONT_MATTER_FIELDS
        return markdown.reader(name, fields)
    if kind == "html":
        from newslint.input import html

        return html.reader(name)
    return None

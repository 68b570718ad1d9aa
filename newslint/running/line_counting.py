"""The first pass over a dataset: how many records of each source hold each line
(`document/line_counts.py`), for the rules that read it (`Kind.counts_dataset_lines`). It
reads the records and hashes their normalised lines, nothing more (no document model); bad
records are skipped here and reported by the second pass, which lints.

A dataset file is counted on its own, so its findings depend on its content and
configuration only, and the result cache stays exact. Standard input cannot be read twice:
it is not counted."""

from __future__ import annotations

import os

from newslint.config.settings import Config
from newslint.document.line_counts import LineCounts, width_for
from newslint.input.dataset import Record, records, source_of

GZIP_RATIO = 4  # about how much a gzip-compressed dataset of text grows when read


def counts_lines(config: Config, name: str) -> bool:
    """Whether a rule run on `name` reads the first pass's counts."""
    from newslint.ruleset.selection import rules_for

    return any(
        getattr(rule.checker, "counts_dataset_lines", False) for rule in rules_for(config, name)
    )


def count_dataset(path: str, name: str, config: Config, text_field: str, id_field: str):
    """The line counts of a dataset file, in a sketch sized for it."""
    size = os.path.getsize(path) * (GZIP_RATIO if name.lower().endswith(".gz") else 1)
    counts = LineCounts(width_for(size, config.recurring_sketch_width))
    for record in records(path, name, text_field, id_field):
        if isinstance(record, Record):
            counts.add_record(record_source(record, config), record.text)
    return counts


def record_source(record: Record, config: Config) -> str:
    return source_of(record.data, record.id, config.source_field, config.source_separator)

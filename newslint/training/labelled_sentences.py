"""Labelled sentences: what a sentence model learns from.

JSON Lines (gzip-compressed when the name ends in `.gz`), one sentence a line:

    {"text": "Some critics say the plan will fail.", "label": "vague", "group": "article-12"}

`label` is `vague` (sources its claim vaguely: should be reported), `plain` (must not be), or
anything else (`ambiguous`), which is no example. `group` keeps an article's sentences
together in cross-validation (sentences of one article share its subject and its writer: a
model must be judged on articles it did not see); a sentence without one is its own group.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newslint.errors import InputError
from newslint.training.labelled import read_records

POSITIVE, NEGATIVE = "vague", "plain"


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    label: str
    group: str


def read_sentences(path: Path) -> list[LabelledSentence]:
    """The labelled sentences of a file; a line that is not one is an InputError naming the
    file and the line."""
    return read_records(path, _sentence)


def _sentence(record, where: str) -> LabelledSentence:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{where}: a record needs `text` (a string) and `label`")
    return LabelledSentence(
        text=" ".join(record["text"].split()),
        label=str(record.get("label", "")),
        group=str(record.get("group") or where),
    )

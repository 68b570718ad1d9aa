"""Syllable counts and the Flesch formulas behind the readability metric."""

from __future__ import annotations

import pytest

from newslint.document.model import Document
from newslint.kinds.patterns import readability
from newslint.kinds.patterns.metric import _Variables


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1),
        ("government", 3),  # CMU Pronouncing Dictionary
        ("Government", 3),
        ("unbelievable", 5),
        ("Kusaynov", 3),  # not in the dictionary: vowel groups
        ("Atyrau", 3),
        ("Sultangaliyev", 4),  # a heuristic: "iye" is one group
        ("xyz", 1),  # at least one
    ],
)
def test_syllables(word, count):
    assert readability.syllables(word) == count


def test_flesch_formulas():
    assert readability.flesch_kincaid_grade(100, 5, 150) == pytest.approx(
        0.39 * 20 + 11.8 * 1.5 - 15.59
    )
    assert readability.flesch_reading_ease(100, 5, 150) == pytest.approx(
        206.835 - 1.015 * 20 - 84.6 * 1.5
    )


def test_metric_variables_come_from_the_document_model():
    doc = Document("The council met. The government agreed on Monday.\n")
    [unit] = doc.units("document")
    values = _Variables(doc, unit, words=8)
    assert (values["words"], values["sentences"], values["syllables"]) == (8, 2, 13)
    assert values["flesch_kincaid_grade"] == pytest.approx(0.39 * 4 + 11.8 * 13 / 8 - 15.59)

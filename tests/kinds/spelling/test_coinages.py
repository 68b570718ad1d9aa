"""Words coined from others (kinds/spelling/coinages.py); the typo rules' use of them is in
test_typo_web.py."""

from __future__ import annotations

import pytest

from newslint.document.model import Document
from newslint.kinds.spelling.coinages import latin_epithet, prefixed, suffixed


def test_a_prefix_on_a_word_the_text_writes_alone():
    doc = Document("The solvated ions, the unsolvated ones and the Scrappy fans.")
    assert prefixed("unsolvated", doc)
    assert not prefixed("unsolved", doc)  # "solved" is not in the text
    assert not prefixed("ions", doc)


def test_a_coining_suffix_on_a_word_the_text_writes_alone():
    doc = Document("The Scrappy fans and the Blair years.")
    assert suffixed("scrappyana", doc) and suffixed("blairite", doc)
    assert not suffixed("scrappyland", doc)  # no coining suffix
    assert not suffixed("kafkaesque", doc)  # "Kafka" is not in the text


@pytest.mark.parametrize(
    "text, word, latin",
    [
        ("We grow Hoya imperialis here.", "imperialis", True),
        ("We grow H. carnosus here.", "carnosus", True),
        ("The Government bonsus here.", "bonsus", False),  # a common word before it
        ("Then Merkel descibe it.", "descibe", False),  # no Latin ending
        ("The imperialis here.", "imperialis", False),  # no genus before it
    ],
)
def test_a_latin_epithet_follows_its_genus(text, word, latin):
    start = text.index(word)
    assert latin_epithet(text, start, start + len(word)) is latin

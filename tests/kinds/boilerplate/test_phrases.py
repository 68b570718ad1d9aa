"""Phrase lists matched word by word (interface phrases, widget headings, menu items)."""

from __future__ import annotations

from newslint.kinds.boilerplate.phrases import PhraseSet, first_word, only_numbers_left, words

PHRASES = PhraseSet(
    {
        "share": "share",
        "follow us on": "share",
        "e-mail": "share",
        "facebook": "social",
        "читайте также": "navigation",
        "don’t miss": "navigation",
    }
)


def test_words_are_runs_of_letters_and_digits_case_folded():
    assert words("Follow US on Twitter, 1.2K ___ «Читайте»") == [
        "follow",
        "us",
        "on",
        "twitter",
        "1",
        "2k",
        "читайте",
    ]


def test_a_line_made_of_phrases_numbers_and_punctuation():
    assert PHRASES.made_of("Share | Facebook | E-mail")
    assert PHRASES.made_of("Follow us on Facebook: 1.2K")
    assert PHRASES.made_of("ЧИТАЙТЕ ТАКЖЕ »")
    assert PHRASES.made_of("Don't miss")  # the apostrophe does not matter
    assert not PHRASES.made_of("Share prices fell")
    assert not PHRASES.made_of("12 | 14")  # numbers alone are no phrase
    assert not PHRASES.made_of("")


def test_the_longest_phrase_wins_and_labels_come_once_in_order():
    line = words("Facebook, follow us on Facebook, share")
    covered = [False] * len(line)
    assert PHRASES.cover(line, covered) == ["social", "share"]
    assert all(covered)


def test_numbers_and_their_units_may_remain():
    line = words("3,4 тыс. 12 1.2K")
    assert only_numbers_left(line, [False] * len(line))
    line = words("тыс 12th")
    assert not only_numbers_left(line, [False] * len(line))


def test_a_line_starting_with_a_phrase():
    assert PHRASES.starts("Share this story")
    assert not PHRASES.starts("Shareholders met")
    assert not PhraseSet([]).starts("Share")


def test_a_line_can_hold_only_phrases_if_its_first_word_starts_one_or_is_a_number():
    assert PHRASES.may_start(first_word("Share | Facebook"))
    assert PHRASES.may_start(first_word("1.2K shares"))
    assert not PHRASES.may_start(first_word("Shareholders met"))
    assert not PHRASES.may_start(first_word("«» ___"))
    # the quick test never rules out a line that is made of phrases or starts with one
    for text in ("Follow us on Facebook: 1.2K", "ЧИТАЙТЕ ТАКЖЕ »", "12 | 14", "Prices fell"):
        assert PHRASES.may_start(first_word(text)) or not (
            PHRASES.made_of(text) or PHRASES.starts(text)
        )

"""Names in running text: finding capitalised name spans and normalising them so that
transliteration variants ("Jund al-Khalifat", "Djund Al-Khalifat") compare equal.

Normalisation: case and diacritics folded, hyphens read as spaces, the Arabic article's
spellings before a hyphen (al-, el-, ul-, ad-...) made one, transliteration equivalences
applied (dj/j, q/k, ph/f, y/i, kh/h...), doubled letters collapsed. Particles are kept as
words: "Ben Stiller" and "Stiller", "De Niro" and "Niro" are not the same mention.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import regex

from newslint.disk_cache import cached, compiled_regex

# A name's words for comparison: an apostrophe inside a word ("Sana'a", "Ba'ath", "O'Brien")
# keeps it one word, so that the equivalences drop it ("Sanaa", "Baath", "OBrien").
NAME_WORDS = compiled_regex(r"[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*")
POSSESSIVE = compiled_regex(r"['’]s?$")
DOUBLED = compiled_regex(r"(.)\1+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(
        resources.files("newslint.kinds.spelling").joinpath("names.json").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _article() -> regex.Pattern:
    forms = "|".join(sorted(_data()["article_forms"], key=len, reverse=True))
    return compiled_regex(rf"\b(?:{forms})-")


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(_data()["titles"])


@lru_cache(maxsize=1)
def joining_particles() -> frozenset[str]:
    return frozenset(_data()["joining_particles"])


@lru_cache(maxsize=1)
def _leading_particles() -> frozenset[str]:
    """Words that may come before the capitalised word of a name: "al-Khalifat", "de Gaulle"."""
    return joining_particles() | frozenset(_data()["article_forms"])


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case and diacritics folded: "Zürich" -> "zurich"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def normal_word(word: str) -> str:
    """One word of a name, normalised for transliteration."""
    text = fold(word)
    for written, same in _data()["equivalences"]:
        text = text.replace(written, same)
    return DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """The normalised words of a name (hyphens count as spaces)."""
    return tuple(normal_word(w) for w in NAME_WORDS.findall(_article().sub("al ", fold(text))))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings are transliteration variants of one name."""
    return name_key(a) == name_key(b) and bool(name_key(a))


class NameSpan(NamedTuple):  # a tuple: made by the hundred thousand over a corpus
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern:
    """Capitalised words ("Khalifat", "al-Khalifat", "O'Brien", "Kilroy-Silk") joined by
    single spaces, with particles allowed between them ("Osama bin Laden"). The standard
    library's `re` runs this scan over every document faster than `regex`; it has no \\p{Lu},
    so the class of capital letters is spelt out from the Unicode database."""
    lead = "|".join(sorted(_leading_particles(), key=len, reverse=True))
    join = "|".join(sorted(joining_particles(), key=len, reverse=True))
    mark = _character_class(r"\p{M}")
    capital = _character_class(r"\p{Lu}")
    letter = rf"(?:[^\W\d_]|[{mark}])"
    word = rf"(?:(?:{lead})-)?[{capital}]{letter}*(?:['’\-]{letter}+)*['’]?"
    return re.compile(rf"(?<![\w'’.\-]){word}(?: (?:(?:{join}) )*{word})*(?![\w\-])")


def _character_class(unicode_property: str) -> str:
    """The characters of the Basic and Supplementary Multilingual Planes with a Unicode
    property (found by `regex`), as the inside of a `re` character class made of ranges.
    Kept in the disk cache: finding them takes a scan of 128,000 characters."""
    key = f"{unicode_property} unicode {unicodedata.unidata_version} regex {regex.__version__}"
    return cached("unicode-class", key, lambda: _ranges(unicode_property))


def _ranges(unicode_property: str) -> str:
    codes = [ord(c) for c in regex.findall(unicode_property, "".join(map(chr, range(0x20000))))]
    parts, start = [], None
    for index, code in enumerate(codes):
        start = code if start is None else start
        if index + 1 == len(codes) or codes[index + 1] != code + 1:
            parts.append(
                re.escape(chr(start))
                if start == code
                else f"{re.escape(chr(start))}-{re.escape(chr(code))}"
            )
            start = None
    return "".join(parts)


WORD_IN_RUN = compiled_regex(r"\S+")


def name_spans(doc, common_word) -> list[NameSpan]:
    """Runs of capitalised words. A sentence's first word starts a name only if
    `common_word(word)` is false; titles ("Mr", "President") are not part of the name; a
    possessive ends it ("Kazakhstan's General Prosecution" gives "Kazakhstan")."""
    text = doc.text
    initial = doc.sentence_initial
    title_words = titles()
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: a span per capitalised run
    spans: list[NameSpan] = []
    for run in _name_run().finditer(text):
        start, found = run.start(), run.group()
        if (
            " " not in found
            and "'" not in found
            and "’" not in found
            and start not in initial
            and fold(found) not in title_words
        ):
            spans.append(new(NameSpan, (start, run.end(), found)))  # one plain word: most runs
            continue
        current: list = []
        for word in WORD_IN_RUN.finditer(found):
            current.append((word.start() + start, word.end() + start, word.group()))
            if POSSESSIVE.search(word.group()):
                spans += _close(current, text, doc, common_word)
                current = []
        spans += _close(current, text, doc, common_word)
    return spans


def _close(words: list, text: str, doc, common_word) -> list[NameSpan]:
    """A span from a run's words, minus a common first word of a sentence, titles and the
    particles they leave in front."""

    def leading_particle(word) -> bool:
        return not word[2][:1].isupper()

    if (
        words
        and words[0][0] in doc.sentence_initial
        and common_word(POSSESSIVE.sub("", words[0][2]))
    ):
        words = words[1:]
    while words and (
        fold(words[0][2]) in titles()
        or leading_particle(words[0])
        and fold(words[0][2]) in joining_particles()
    ):
        words = words[1:]
    while words and fold(words[-1][2]) in joining_particles():
        words = words[:-1]
    if not words:
        return []
    start, end = words[0][0], words[-1][1]
    possessive = POSSESSIVE.search(text[start:end])
    if possessive:
        end -= len(possessive.group())
    return [NameSpan(start, end, text[start:end])] if end > start else []

"""Names in running text: finding capitalised name spans and normalising them so that
transliteration variants ("Jund al-Khalifat", "Djund Al-Khalifat") compare equal.

Normalisation: case and diacritics folded, hyphens read as spaces, the Arabic article's
spellings before a hyphen (al-, el-, ul-, ad-...) made one, transliteration equivalences
applied (dj/j, q/k, ph/f, y/i, kh/h...), doubled letters collapsed. Particles are kept as
words: "Ben Stiller" and "Stiller", "De Niro" and "Niro" are not the same mention.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

PARTS = regex.compile(r"[\p{L}\p{M}]+")
# A name's words for comparison: an apostrophe inside a word ("Sana'a", "Ba'ath", "O'Brien")
# keeps it one word, so that the equivalences drop it ("Sanaa", "Baath", "OBrien").
NAME_WORDS = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*")
POSSESSIVE = regex.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("newslint").joinpath("data/names.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _article() -> regex.Pattern:
    forms = "|".join(sorted(_data()["article_forms"], key=len, reverse=True))
    return regex.compile(rf"\b(?:{forms})-")


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
    return regex.sub(r"(.)\1+", r"\1", text)


def name_key(text: str) -> tuple[str, ...]:
    """The normalised words of a name (hyphens count as spaces)."""
    return tuple(normal_word(w) for w in NAME_WORDS.findall(_article().sub("al ", fold(text))))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings are transliteration variants of one name."""
    return name_key(a) == name_key(b) and bool(name_key(a))


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str


def _is_capitalised(token_text: str) -> bool:
    """"Khalifat", "al-Khalifat", "O'Brien": a capital after any leading particle."""
    if token_text[:1].isupper():
        return True
    if not token_text[:1].islower() or not ("-" in token_text or " " in token_text):
        return False
    parts = PARTS.findall(token_text)
    while len(parts) > 1 and fold(parts[0]) in _leading_particles():
        parts = parts[1:]
    return bool(parts) and parts[0][:1].isupper()


def name_spans(doc, common_word) -> list[NameSpan]:
    """Runs of capitalised words (particles allowed between them) inside sentences, joined by
    single spaces. A sentence's first word starts a name only if `common_word(word)` is false;
    a trailing possessive "'s" is not part of the name."""
    text = doc.text
    spans: list[NameSpan] = []
    for sentence in doc.sentences:
        run: list = []
        for token in doc.tokens_in(sentence):
            word = token.text
            if run and text[run[-1].end:token.start] != " ":
                spans += _close(run, text)
                run = []
            if _is_capitalised(word) and not any(c.isdigit() for c in word):
                if (not run and token.start in doc.sentence_initial
                        and common_word(POSSESSIVE.sub("", word))):  # "Government's plan"
                    continue
                run.append(token)
            elif run and fold(word) in joining_particles():
                run.append(token)
            else:
                spans += _close(run, text)
                run = []
            if run and POSSESSIVE.search(word):
                spans += _close(run, text)  # "Al-Quaeda's forum": the name ends here
                run = []
        spans += _close(run, text)
    return spans


def _close(run: list, text: str) -> list[NameSpan]:
    while run and not _is_capitalised(run[-1].text):
        run = run[:-1]  # a name does not end with a particle
    while run and fold(run[0].text) in titles():
        run = run[1:]  # "Mr Lee": the title is not part of the name
    while run and not _is_capitalised(run[0].text):
        run = run[1:]
    if not run:
        return []
    start, end = run[0].start, run[-1].end
    possessive = POSSESSIVE.search(text[start:end])
    if possessive:
        end -= len(possessive.group())
    return [NameSpan(start, end, text[start:end])]

"""Regular inflections of known words, spelt by the rules: "linting" (lint + ing), "inlined"
(inline + d: a final e dropped), "grepping" (grep + p + ing: a consonant doubled after a
short vowel), "triaged", "tiering". A dictionary lists the common inflections; a technical or
current word's inflections are words too, not typos.

The rules are applied exactly, and a spelling loses to a rival spelling of the same word the
dictionary knows: "runing" (a one-syllable "run" doubles its n), "comming" ("coming": the e
of "come" drops, nothing doubles), "writting" ("writing"), "stoped" ("stopped"), "occured"
("occurred") stay unknown."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import regex

from newslint.disk_cache import compiled_regex

VOWELS = "aeiou"
# Endings that start with a vowel: before them a final e drops, a consonant may double and a
# y after a consonant becomes i (except before -ing). Also four that make adjectives and nouns
# of known words: "bready", "incrementality", "finalish", "callee(s)"; and the old third person
# of verse and scripture quoted ("beareth", "maketh", "setteth").
VOWEL_ENDINGS = ("ing", "ers", "er", "est", "eth", "ed", "ity", "ish", "ees", "ee", "y")
# A final consonant that doubles after a single vowel: "grep" -> "grepping"; w, x and y never
# double ("fixing", "playing").
DOUBLING = compiled_regex(r"(?:^|[^aeiou])[aeiou]([bcdfgklmnprstvz])$")
# A word of one vowel group ending in a single vowel and a doubling consonant: its consonant
# must double ("run" -> "running", never "runing").
ONE_SYLLABLE = compiled_regex(r"^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$")
STEM_MIN = 3
# The endings that derive a new word: their stems are longer ("bready"; "ppay" is no "ppa" + y).
DERIVING = ("ity", "ish", "ees", "ee", "y")
# The endings whose stem must be a dictionary word, not only a listed one (see
# `regular_inflection`).
DICTIONARY_STEM_ENDINGS = ("s", "es", "ly", "ish", "ees", "ee")
# The plural endings, the only ones a closed-class word takes ("ifs and buts").
PLURAL_ENDINGS = ("s", "es")


@cache
def _closed_class_data() -> dict:
    data = resources.files("newslint.kinds.spelling").joinpath("closed-class.json")
    return json.loads(data.read_text("utf-8"))


@cache
def closed_class() -> frozenset[str]:
    """Function words that are no verb, adjective or noun too (`closed-class.json`):
    "becaused" is no inflection of "because"."""
    return frozenset(_closed_class_data()["words"])


@cache
def run_together_words() -> frozenset[str]:
    """Function words a word run together with its neighbour starts or ends with: the
    closed class and a few that take endings ("to": "tounderstand")."""
    return closed_class() | frozenset(_closed_class_data()["run_together"])


def spellings(stem: str, ending: str) -> set[str]:
    """Every spelling the rules allow for `stem` + `ending`: the doubled consonant optional
    after a longer stem, whose stress decides it."""
    if ending in ("s", "es", "ly"):
        if stem.endswith("y") and len(stem) > 1 and stem[-2] not in VOWELS:
            return {stem[:-1] + ("ies" if ending != "ly" else "ily")}
        if ending == "ly":
            return {stem + "ly"}
        if regex.search(r"(?:s|x|z|ch|sh)$", stem):
            return {stem + "es"}
        return {stem + "s", stem + "es"} if stem.endswith("o") else {stem + "s"}
    if stem.endswith("e"):
        if ending in ("ee", "ees"):
            return set()  # "theree" is "there" with an e typed twice, no "-ee" noun
        if ending.startswith("e"):
            return {stem + ending[1:]}  # "inline" + "ed" -> "inlined"
        keeps = ending == "ing" and stem.endswith(("ee", "oe", "ye"))
        return {stem + ending if keeps else stem[:-1] + ending}  # "stony", "seeing"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in VOWELS and ending != "ing":
        return {stem[:-1] + "i" + ending}  # "tried"
    doubled = DOUBLING.search(stem)
    if not doubled:
        return {stem + ending}
    double = stem + doubled.group(1) + ending
    return {double} if ONE_SYLLABLE.match(stem) else {double, stem + ending}


def _stems(word: str):
    """(stem, ending) readings of `word` as some stem plus one regular ending."""
    for ending in (*VOWEL_ENDINGS, "es", "s", "ly"):
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if len(base) < STEM_MIN - 1:
            continue
        yield base, ending
        if ending in VOWEL_ENDINGS or ending == "es":
            yield base + "e", ending  # a final e dropped (or "-es" after an e: "stages")
            if base.endswith("i"):
                yield base[:-1] + "y", ending  # y -> i: "tried", "flies"
        if ending == "ly" and base.endswith("i"):
            yield base[:-1] + "y", ending  # "happily"
        if ending in VOWEL_ENDINGS and len(base) > STEM_MIN and base[-1] == base[-2]:
            yield base[:-1], ending  # a doubled consonant: "grepping"


def _rivals(word: str, stem: str, ending: str) -> set[str]:
    """Other spellings the word may have been meant as: the same stem and ending spelt the
    other way, and the word with its consonant before the ending doubled or single
    ("comming" / "coming", "stoped" / "stopped")."""
    rivals = spellings(stem, ending)
    base = word[: -len(ending)]
    if ending in VOWEL_ENDINGS and len(base) > 1 and base[-1] not in VOWELS + "wxy":
        if base[-1] == base[-2]:
            rivals.add(base[:-1] + ending)
        elif DOUBLING.search(base):
            rivals.add(base + base[-1] + ending)
    rivals.discard(word)
    return rivals


def _plural(stem: str, known) -> bool:
    """Whether `stem` is the regular plural of a `known` word ("proms", "discuses")."""
    return any(
        ending in PLURAL_ENDINGS and known(base) and stem in spellings(base, ending)
        for base, ending in _stems(stem)
    )


def regular_inflection(word: str, known, in_dictionary) -> bool:
    """Whether the (case-folded) `word` is a `known` word plus a regular ending, spelt as the
    rules spell it, and no rival spelling of it is `known`. A plural, an adverb, a noun in -ee
    or an adjective in -ish needs a stem `in_dictionary`: word lists of current words hold
    names and loans ("valla", "soane") whose forms are slips ("Vallas" for "Gallas",
    "Soanish" for "Spanish"); so does a stem of STEM_MIN letters: the lists hold short junk
    tokens ("tth" would make "tthing" a word). A function word takes only a plural ending."""
    for stem, ending in _stems(word):
        short = len(stem) == STEM_MIN
        if len(stem) < STEM_MIN + (ending in DERIVING) or not (
            in_dictionary if short or ending in DICTIONARY_STEM_ENDINGS else known
        )(stem):
            continue
        if ending not in PLURAL_ENDINGS and stem in closed_class():
            continue  # "becaused" is no "because" + "d"
        if _plural(stem, known):
            continue  # a plural takes no further ending: "promsed", "discusesed"
        if word in spellings(stem, ending) and not any(
            known(r) for r in _rivals(word, stem, ending)
        ):
            return True
    return False


# The endings a misspelling keeps that a suggestion should keep too ("consided" is
# "considered", not "consider"), longest first.
KEPT_ENDINGS = ("ing", "ed", "s")


def ending_kept(word: str, suggestion: str) -> str | None:
    """The regular ending (`KEPT_ENDINGS`) that the (case-folded) `word` has and
    `suggestion` lacks, if any. A suggestion that has an ending already takes no other:
    "arrestees" is not "arresteds"."""
    for ending in KEPT_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return None if suggestion.endswith(KEPT_ENDINGS) else ending
    return None

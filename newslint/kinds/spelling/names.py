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
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import regex

from newslint.disk_cache import cached, compiled_regex

# A name's words for comparison: an apostrophe inside a word ("Sana'a", "Ba'ath", "O'Brien")
# keeps it one word, so that the equivalences drop it ("Sanaa", "Baath", "OBrien").
NAME_WORDS = compiled_regex(r"[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*")
POSSESSIVE = compiled_regex(r"['’]s?$")
DOUBLED = re.compile(r"(.)\1+")  # `re`: its sub is quicker to call


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
    if text.isascii():  # nothing to decompose: most words
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def normal_word(word: str) -> str:
    """One word of a name, normalised for transliteration."""
    text = fold(word)
    for written, same in _data()["equivalences"]:
        text = text.replace(written, same)
    return DOUBLED.sub(r"\1", text) if DOUBLED.search(text) else text  # a search is quicker


@lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """The normalised words of a name (hyphens count as spaces)."""
    folded = fold(text)
    if folded.isalpha():  # one word of letters, all NAME_WORDS finds: most names' words
        return (normal_word(folded),)
    if "-" in folded:  # the article's spellings stand before a hyphen: "al-", "el-", "ash-"
        folded = _article().sub("al ", folded)
    return tuple(map(normal_word, NAME_WORDS.findall(folded)))


def same_name(a: str, b: str) -> bool:
    """Whether two spellings are transliteration variants of one name."""
    return name_key(a) == name_key(b) and bool(name_key(a))


class NameSpan(NamedTuple):  # a tuple: made by the hundred thousand over a corpus
    start: int
    end: int
    text: str


# Characters of the planes above the Basic Multilingual Plane, as a `re` class range.
ASTRAL = "\U00010000-\U0010ffff"
# What may not stand before a name: a word's letter, an apostrophe, a full stop, a hyphen.
EDGE = r"[\w'’.\-]"


@lru_cache(maxsize=4)
def _name_run(ascii: bool, leads: bool = True) -> re.Pattern:
    """Capitalised words ("Khalifat", "al-Khalifat", "O'Brien", "Kilroy-Silk") joined by
    single spaces, with particles allowed between them ("Osama bin Laden"). The standard
    library's `re` runs this scan over every document faster than `regex`; it has no \\p{Lu},
    so the class of capital letters is spelt out from the Unicode database.

    The pattern opens with the capital letter, so that `re` skips to the next capital in C
    (its search looks for a leading character class); a leading particle ("al-" of
    "al-Khalifat") is matched by a look-behind and added by `_run_start`.

    For a text in ASCII (`ascii`), the pattern with ASCII classes finds the same runs, a
    quarter faster: no marks, and capitals a range the scan tests at once. Without `leads`,
    for a text where no leading particle stands before a hyphen and a letter (`_after_lead`),
    the pattern leaves out what could match only there: the same runs, found faster."""
    join = "|".join(sorted(joining_particles(), key=len, reverse=True))
    if ascii:
        capital, letter, letters = "[A-Z]", r"[^\W\d_]", r"[^\W\d_]*"
    else:
        capital = _one_of(r"\p{Lu}")
        mark = _one_of(r"\p{M}")
        letter = rf"(?:[^\W\d_]|{mark})"
        # Letters and marks, as runs of letters between marks: `re` loops over a class in C,
        # but over an alternative of two one character at a time.
        letters = rf"[^\W\d_]*(?:{mark}[^\W\d_]*)*"
    rest = rf"{letters}(?:['’\-]{letter}{letters})*['’]?"
    word = rf"(?:(?:{_leads()})-)?{capital}{rest}" if leads else rf"{capital}{rest}"
    # The first word's capital stands after no letter, or after "al-", "de-"... at a word's
    # start (fixed-width look-behinds: one per length of particle).
    lengths = sorted({len(lead) for lead in _leading_particles()}) if leads else []
    after_lead = "".join(rf"|(?<=(?<!{EDGE})(?:{_leads(length)})-.)" for length in lengths)
    first = rf"{capital}(?:(?<!{EDGE}.){after_lead}){rest}"
    return re.compile(rf"{first}(?: (?:(?:{join}) )*{word})*(?![\w\-])", re.ASCII if ascii else 0)


def _leads(length: int | None = None) -> str:
    """The leading particles (of one length, or all), as alternatives, longest first."""
    leads = [lead for lead in _leading_particles() if length in (None, len(lead))]
    return "|".join(sorted(leads, key=len, reverse=True))


@lru_cache(maxsize=1)
def _after_lead() -> re.Pattern:
    """A letter after a leading particle and its hyphen: the capital of "al-Qaeda", or a
    lower-case letter ("de-icing": a false alarm, which costs a scan, is cheaper than
    compiling the class of capitals again). A hyphen opens the pattern, so that `re` skips
    to the next one in C."""
    lengths = sorted({len(lead) for lead in _leading_particles()})
    lead = "|".join(rf"(?<=(?<!{EDGE})(?:{_leads(length)})-)" for length in lengths)
    return re.compile(rf"-(?:{lead})[^\W\d_]")


@lru_cache(maxsize=1)
def _lead_before() -> re.Pattern:
    """A leading particle and its hyphen, at the end of the text searched."""
    return re.compile(rf"(?<!{EDGE})(?:{_leads()})-\Z")


def _run_start(text: str, run: re.Match) -> int:
    """Where a run of `_name_run` starts: at its leading particle, if it has one."""
    start = run.start()
    if start and text[start - 1] == "-":
        longest = max(map(len, _leading_particles())) + 1
        lead = _lead_before().search(text, start - longest, start)  # found: the scan saw it
        return start if lead is None else lead.start()
    return start


def _one_of(unicode_property: str) -> str:
    """A `re` pattern for one character with a Unicode property. Characters above the Basic
    Multilingual Plane are one range in the class, checked by a look-behind: `re` tests a
    class of BMP characters against a bitmap, but each range beyond it one by one."""
    astral = _character_class(unicode_property, astral=True)
    basic = _character_class(unicode_property, astral=False)
    if not astral:
        return f"[{basic}]"
    return rf"[{basic}{ASTRAL}](?:(?<![{ASTRAL}])|(?<=[{astral}]))"


def _character_class(unicode_property: str, astral: bool) -> str:
    """The characters of the Basic Multilingual Plane (or of the Supplementary Multilingual
    Plane: `astral`) with a Unicode property (found by `regex`), as the inside of a `re`
    character class made of ranges. Kept in the disk cache: finding them takes a scan of
    65,536 characters."""
    plane = "smp" if astral else "bmp"
    versions = f"unicode {unicodedata.unidata_version} regex {regex.__version__}"
    key = f"{unicode_property} {plane} {versions}"
    return cached("unicode-class", key, lambda: _ranges(unicode_property, astral))


def _ranges(unicode_property: str, astral: bool) -> str:
    plane = range(0x10000, 0x20000) if astral else range(0x10000)
    codes = [ord(c) for c in regex.findall(unicode_property, "".join(map(chr, plane)))]
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


def name_spans(doc, common_word) -> list[NameSpan]:
    """Runs of capitalised words. A sentence's first word starts a name only if
    `common_word(word)` is false; titles ("Mr", "President") are not part of the name; a
    possessive ends it ("Kazakhstan's General Prosecution" gives "Kazakhstan")."""
    text = doc.text
    initial = doc.sentence_initial
    in_order = sorted(initial)
    title_words = titles()
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: a span per capitalised run
    spans: list[NameSpan] = []
    for run in _name_run(text.isascii()).finditer(text):
        start, end = _run_start(text, run), run.end()
        found = text[start:end]
        if _plain(found) and start not in initial and fold(found) not in title_words:
            spans.append(new(NameSpan, (start, end, found)))  # one plain word: most runs
            continue
        # where sentences start in the run, as offsets into it
        first = bisect_left(in_order, start)
        starts = [offset - start for offset in in_order[first : bisect_left(in_order, end, first)]]
        for part_start, part_end, part in _parts(found, starts, common_word):
            spans.append(new(NameSpan, (start + part_start, start + part_end, part)))
    return spans


def name_runs(doc) -> set[str] | None:
    """The distinct runs of capitalised words in the text, from one scan in C, for a test
    of what `name_spans` can give (`run_texts`) before its spans are placed; None where a
    name may follow a leading particle ("al-Qaeda": `re` finds its run without the
    particle), for `name_spans` to place them."""
    text = doc.text
    if _after_lead().search(text):
        return None
    return set(_name_run(text.isascii(), leads=False).findall(text))


def run_texts(run: str) -> set[str]:
    """The texts of the spans `name_spans` can give for a run, wherever sentences start in it
    and whatever its `common_word` says: each of its parts (apart at possessives) gives its
    text, or where a sentence starts with it, that text or the text without its first word
    (when that word is common)."""
    if _plain(run):  # one word, which a sentence's start can only take away
        return {part for _, _, part in _close([(0, len(run), run)], run, (), _never)}
    everywhere = [start for start, _, _ in _words(run)]
    parts = {part for _, _, part in _parts(run, (), _never)}
    parts.update(part for _, _, part in _parts(run, everywhere, _always))
    return parts


def _never(word: str) -> bool:
    return False


def _always(word: str) -> bool:
    return True


def _plain(run: str) -> bool:
    """One word without an apostrophe: a run that is a span as it stands (unless a title)."""
    return " " not in run and "'" not in run and "’" not in run


def _parts(run: str, initial, common_word) -> list[tuple[int, int, str]]:
    """The spans of one run (offsets into it), given where sentences start in it."""
    parts: list[tuple[int, int, str]] = []
    current: list[tuple[int, int, str]] = []
    for word in _words(run):
        current.append(word)
        if _apostrophe(word[2]) and POSSESSIVE.search(word[2]):
            parts += _close(current, run, initial, common_word)
            current = []
    parts += _close(current, run, initial, common_word)
    return parts


def _words(run: str) -> list[tuple[int, int, str]]:
    """A run's words (start, end, text): it holds no space but the one between two words."""
    words = []
    start = 0
    for word in run.split(" "):
        words.append((start, start + len(word), word))
        start += len(word) + 1
    return words


def _apostrophe(word: str) -> bool:
    """Whether a word may end as a possessive does (a quick test before POSSESSIVE's)."""
    return "'" in word or "’" in word


def _close(words: list, run: str, initial, common_word) -> list[tuple[int, int, str]]:
    """A span from a run's words, minus a common first word of a sentence, titles and the
    particles they leave in front."""

    def leading_particle(word) -> bool:
        return not word[2][:1].isupper()

    if words and words[0][0] in initial and common_word(POSSESSIVE.sub("", words[0][2])):
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
    possessive = _apostrophe(words[-1][2]) and POSSESSIVE.search(run[start:end])
    if possessive:
        end -= len(possessive.group())
    return [(start, end, run[start:end])] if end > start else []

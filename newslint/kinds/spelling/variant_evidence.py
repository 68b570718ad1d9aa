"""What the text and the lexicons say about which form of a name, written two ways, is meant
(for `name-variants`), and when no form should be suggested at all (issue 13, judged on web
pages).

- Lexicon evidence: a form whose own words (those the other forms lack) are all known words
  or names (the dictionary, the word and name lists) beats a form with an unknown word,
  however often that one is used: "Greg Chappell" once beside "Greg Chappel" twice is the
  right name once and a slip twice. Only when the evidence ties does the more used form win.
- A form written only inside quotation marks, beside a form of the writer's own,
  is another writer's spelling ("Assad" in a quoted article, "Asad" in the blog around it).
- A name followed by a note of doubt ("Wincups (not sure of the spelling)", "Kowalsky
  [sic]") is the writer's own guess or a quoted slip: nothing to align.
- Forms that differ only by a hyphen or a space ("Anglo American"/"Anglo-American") are a
  house-style choice, often made both ways by one organisation: a finding only between a
  name's words ("Kilroy Silk" for "Kilroy-Silk", "Tony-Blair" for "Tony Blair"), where one
  form clearly dominates and the other stands in a running sentence of the writer's prose,
  not in a list line, a signature or a table. Terms joined by a hyphen or a space
  ("Objective-C", "ASDEX Upgrade", "High-Speed Downlink") are left to house style.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Container

import regex

from newslint.disk_cache import compiled_regex
from newslint.document import segment
from newslint.kinds.spelling.dictionary import Dictionary
from newslint.kinds.spelling.names import NAME_WORDS, NameSpan, fold

WORD = compiled_regex(r"\w+")
APOSTROPHES = compiled_regex(r"['’ʼ`]")
LOWER_WORD = compiled_regex(r"(?<![\w'’\-])\p{Ll}\w*")
SENTENCE_END = compiled_regex(r"[.!?][\"'”’»)\]]*\s*$")
NOTE_OPENERS = "([{"
NOTE_CLOSERS = ")]}"
NOTE_SEARCH = 80  # characters after a name where its note of doubt opens and closes


def own_words(form: str, forms: list[str]) -> set[str]:
    """The form's words (folded, apostrophes aside: "B'aas" is "Baas" with its 'ayn marked)
    in the places where the forms differ: "chappel" of "Greg Chappel" beside "Greg Chappell"."""
    written = [_plain_words(other) for other in forms]
    mine = _plain_words(form)
    if any(len(words) != len(mine) for words in written):
        shared = set.intersection(*(set(words) for words in written))
        return set(mine) - shared
    return {word for i, word in enumerate(mine) if len({words[i] for words in written}) > 1}


def _plain_words(form: str) -> list[str]:
    return [APOSTROPHES.sub("", fold(word)) for word in NAME_WORDS.findall(form)]


def known_form(words: set[str], listed: Container[str]) -> bool:
    """Whether every one of a form's own words is a known word or name: in the word and name
    lists or the dictionary (which holds names too: "kennedy", "assad"; the lists hold what
    it lacks: "chappell", "hassell")."""
    english = Dictionary.english()
    return bool(words) and all(word in listed or english.knows(word) for word in words)


def quoted_elsewhere(variant: list[NameSpan], preferred: list[NameSpan], quotations: list) -> bool:
    """The preferred form stands only inside quotation marks, the variant never: two
    writers' spellings, not one writer's slip. (Mostly is not enough: a news story quotes a
    name as often as it names it.)"""
    inside = [not segment.outside(quotations, s.start, s.end) for s in (*variant, *preferred)]
    return not any(inside[: len(variant)]) and all(inside[len(variant) :])


@lru_cache(maxsize=8)
def _doubt_pattern(cues: tuple[str, ...]) -> regex.Pattern:
    alternatives = "|".join(regex.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return compiled_regex(rf"(?i)(?<!\w)(?:{alternatives})(?!\w)")


def doubted(span: NameSpan, text: str, cues: tuple[str, ...]) -> bool:
    """The name is followed, on its line, by a bracketed note of doubt about its spelling:
    "(not sure of the spelling)", "(sp?)", "[sic]", "(?)"."""
    after = text[span.end : span.end + NOTE_SEARCH].split("\n", 1)[0]
    stripped = after.lstrip(" '’s")
    if not stripped or stripped[0] not in NOTE_OPENERS:
        return False
    closer = NOTE_CLOSERS[NOTE_OPENERS.index(stripped[0])]
    end = stripped.find(closer)
    if end < 0:
        return False
    note = stripped[1:end].strip()
    return note == "?" or _doubt_pattern(cues).search(note) is not None


def joined_alike(variant: str, preferred: str) -> bool:
    """Whether the two forms differ only by what joins their words (a hyphen or a space)."""
    return NAME_WORDS.findall(variant) == NAME_WORDS.findall(preferred)


def names_joined(variant: str, preferred: str, doc) -> bool:
    """Whether, where the two forms are joined differently (a hyphen in one, a space in the
    other), the words joined are names' words: in title case, not both words the text also
    writes in lower case. "Kilroy Silk" for "Kilroy-Silk" and "Tony-Blair" for "Tony Blair"
    are slips in a name; a letter, numeral or acronym joined on ("Objective-C", "Simula-I",
    "ASDEX-Upgrade") or a compound of the text's ordinary words in title case ("High-Speed
    Downlink" in a text about high speeds, "Object-Oriented" in one about object-oriented
    code) is a house-style choice."""
    variant_words = list(NAME_WORDS.finditer(variant))
    preferred_words = list(NAME_WORDS.finditer(preferred))
    joins = [
        (before.group(), after.group())
        for index, (before, after) in enumerate(zip(preferred_words, preferred_words[1:]))
        if preferred[before.end() : after.start()]
        != variant[variant_words[index].end() : variant_words[index + 1].start()]
    ]
    lower_case = doc.word_set(folded=False)
    return bool(joins) and all(
        _title_case(before)
        and _title_case(after)
        and not (before.casefold() in lower_case and after.casefold() in lower_case)
        for before, after in joins
    )


def _title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def running_sentence(doc, span: NameSpan, min_words: int) -> bool:
    """Whether the name stands in a sentence of running prose: at least `min_words` words,
    a third of them or more in lower case (a product sentence is full of names; a signature
    or a citation has a word or two), ending as a sentence does: not a list line, a
    signature, a table row or a citation."""
    sentences = doc.sentences
    index = bisect_right(sentences, span.start, key=lambda sentence: sentence.start) - 1
    if index < 0 or sentences[index].end < span.end:
        return False
    sentence = sentences[index]
    words = len(WORD.findall(doc.text, sentence.start, sentence.end))
    lower = len(LOWER_WORD.findall(doc.text, sentence.start, sentence.end))
    return (
        words >= min_words
        and 3 * lower >= words
        and SENTENCE_END.search(doc.text, sentence.start, sentence.end) is not None
    )

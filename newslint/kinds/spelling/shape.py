"""What the way a word is written says about it: a capital in mid-sentence marks a name; a
hash, an at sign, a dot or a digit beside it marks a tag, handle, file name or code, not a
word of prose."""

from __future__ import annotations

from newslint.disk_cache import compiled_regex
from newslint.kinds.spelling.distance import osa_distance
from newslint.kinds.spelling.names import POSSESSIVE

# The run of characters, spaces excluded, that a word sits in ("#climatechange", "foo.py",
# "@jdoe", "5kWh", "gettin'").
CHUNK_EDGE = compiled_regex(r"\s")
# A chunk with one of these is a tag, handle, address, path or file name ("foo.py"), holds
# a number ("4K", "10am", "COVID-19"), or joins words with a bullet or middle dot, as menus
# and syllable splits do ("Home•About", "chugg•nutt"): no word of it is spelt as prose.
NOT_PROSE = compiled_regex(r"^[#@]|[@/\\_=~<>{}|]|\w\.\w|\d|://|\p{L}[•·]\p{L}")
# A replacement character or an accent standing alone where a letter or an apostrophe was
# ("wasn�t", "communiqu�", "wasn´t"): the text lost a character in decoding; its word is whole
# only on the page.
LOST_CHARACTER = compiled_regex(r"[\uFFFD\u00B4]")
# The word right before or after a word, spaces or a list's separator between: "genealogy
# geneology", "genealogy, geneology".
# A word beside another, or set against it ("erred or ered": two spellings discussed).
CONTRAST = r"[ \t]+(?:or|vs\.?|versus)[ \t]+"
WORD_BEFORE = compiled_regex(r"([\p{L}\p{M}'’]+)(?:" + CONTRAST + r"|[ \t]*[,/|]?[ \t]*)$")
CONTRASTED_BEFORE = compiled_regex(r"([\p{L}\p{M}'’]+)" + CONTRAST + "$")
CONTRASTED_AFTER = compiled_regex(CONTRAST + r"([\p{L}\p{M}'’]+)")
WORD_AFTER = compiled_regex(r"(?:" + CONTRAST + r"|[ \t]*[,/|]?[ \t]*)([\p{L}\p{M}'’]+)")
# A bracketed gloss right after a word: "Fordward (Forward)".
GLOSS = compiled_regex(r"[ \t]*[(\[][ \t]*([\p{L}\p{M}'’]+)[ \t]*[)\]]")
# Code around a word, before the chunk's brackets are stripped: "Vec::new", "spawn()", "`x`".
CODE_MARKS = compiled_regex(r"::|\(\)|`")
# Letters on both sides of asterisks: a word censored ("f**k", "Godd***ed"), not a slip.
CENSORED = compiled_regex(r"\p{L}\*+\p{L}")
# A word broken at a line end and joined with a space ("Manage- ment"): its halves are no words.
BROKEN_BEFORE = compiled_regex(r"\p{L}-(?:[ \t]+|[ \t]*\n[ \t]*)$")
BROKEN_AFTER = compiled_regex(r"-[ \t]*\n?[ \t]*\p{Ll}")
# An equals sign beside a word ("Hij = Hji"): a formula's symbols, not prose.
FORMULA_BEFORE = compiled_regex(r"=[ \t]*$")
FORMULA_AFTER = compiled_regex(r"[ \t]*=")
# A number, then a space: a short word after it is a unit or an abbreviation ("70 mph").
AFTER_NUMBER = compiled_regex(r"\d[\d.,]*\s$")
UNIT_MAX_LEN = 4
APOSTROPHES = "'’"
# The endings a word takes as the last part of a compound noun or adjective: "know-it-alls",
# "X-rayed", "three-legged".
COMPOUND_ENDINGS = ("s", "es", "d", "ed", "ing", "er", "ers")  # "right-hander"


def word_shape(word: str, start: int, doc) -> str:
    """ "acronym" (ALL CAPS), "name" (capitalised mid-sentence, CamelCase), "initial"
    (capitalised first word of a sentence: maybe a name, maybe not) or "lower"."""
    if len(word) > 1 and word.isupper():
        return "acronym"
    if any(c.isupper() for c in word[1:]):
        return "name"
    if not word[:1].isupper():
        return "lower"
    return "initial" if start in doc.sentence_initial else "name"


def title_case_compound(token: str) -> bool:
    """Whether every part of a hyphenated token is capitalised: a name of a product, a
    programme or a firm ("Phyto-Contour", "Commun-I-Go", "Rolls-Royce"), whose parts are
    no words of their own."""
    parts = [part for part in POSSESSIVE.sub("", token).split("-") if part]
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)


def not_prose_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is written as something other than a word of prose: part of
    a #hashtag, @handle, file name, path or address, code ("Vec::new", "spawn()", a
    backtick), next to digits ("5kWh"), censored with asterisks ("Godd***ed"), a short unit
    after a number ("70 mph"), half of a word broken at a line end ("Manage- ment") or by a
    character lost in decoding ("wasn�t"), a symbol
    beside an equals sign ("Hij = Hji"), joined to a bracket that changes a quotation's
    letters ("[r]outine"), or a dialect form with its elision marked ("gettin'", "a
    changin'", "a whole 'nother")."""
    left = start
    while left > 0 and not CHUNK_EDGE.match(text, left - 1):
        left -= 1
    right = end
    while right < len(text) and not CHUNK_EDGE.match(text, right):
        right += 1
    if (
        CODE_MARKS.search(text, left, right)
        or CENSORED.search(text, left, right)
        or LOST_CHARACTER.search(text, left, right)
    ):
        return True
    chunk = text[left:right].strip("\"“”‘'’([{*_,;:.!?)]}")
    if NOT_PROSE.search(chunk):
        return True
    if end - start <= UNIT_MAX_LEN and AFTER_NUMBER.search(text, max(0, start - 20), start):
        return True
    if BROKEN_BEFORE.search(text, max(0, start - 20), start) or (
        BROKEN_AFTER.match(text, end) and text[end + 1 : end + 2].isspace()
    ):
        return True
    if _elided_start(text, start, end):
        return True
    if (start > 0 and text[start - 1] == "]") or text[end : end + 1] == "[":
        return True  # a quotation's letters changed in brackets: "[r]outine", "walk[ed]"
    if FORMULA_BEFORE.search(text, max(0, start - 4), start) or FORMULA_AFTER.match(text, end):
        return True
    elided = text[start:end].lower().endswith("in") and end < len(text)
    return elided and text[end] in APOSTROPHES and not text[end + 1 : end + 2].isalpha()


def _elided_start(text: str, start: int, end: int) -> bool:
    """An apostrophe marks letters left out at the start ("a whole 'nother", "'cause"): an
    apostrophe before the word, after a space or the start, and none closing it."""
    return (
        start > 0
        and text[start - 1] in APOSTROPHES
        and (start == 1 or text[start - 2].isspace())
        and not (end < len(text) and text[end] in APOSTROPHES)
    )


def combining_form(word: str, token: str, offset: int, known) -> bool:
    """Whether `word`, found at `offset` in the hyphenated `token`, ends in "o" and is joined
    to a `known` word after it: a combining form ("veno-occlusive", "socio-economic"), not a
    word alone."""
    rest = token[offset + len(word) :]
    if not (word.endswith(("o", "O")) and rest.startswith("-")):
        return False
    following = rest[1:].split("-")[0]
    return bool(following) and known(following.casefold())


def inflected_compound_part(word: str, token: str, offset: int, known) -> bool:
    """Whether `word`, found at `offset` in the hyphenated `token`, is its last part and a
    `known` word with an ending that compounds take ("know-it-alls", "X-rayed",
    "right-hander"), or the compound written solid is known ("pre-empted"): a word of the
    compound, not a word alone."""
    rest = token[offset + len(word) :]
    if "-" not in token[:offset] or rest not in ("", "'", "’", "'s", "’s"):
        return False
    if known(token[: offset + len(word)].replace("-", "").casefold()):
        return True  # the compound written solid is a word: "pre-empted" ("preempted")
    folded = word.casefold()
    for ending in COMPOUND_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 2:
            if known(stem) or (len(stem) > 2 and stem[-1] == stem[-2] and known(stem[:-1])):
                return True
    return False


def glossed(text: str, end: int, corrections: list[str]) -> bool:
    """Whether the word ending at `end` is followed by a bracketed gloss that is one of its
    corrections ("the motto Fordward (Forward)"): the writer knows the usual form and chose
    the other."""
    gloss = GLOSS.match(text, end)
    return gloss is not None and gloss.group(1).casefold() in {c.casefold() for c in corrections}


def contrasted_variant(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is set against a word one letter apart ("ise or
    ize", "erred or ered"): spellings discussed, not slips."""
    word = text[start:end].casefold()
    before = CONTRASTED_BEFORE.search(text, max(0, start - 40), start)
    after = CONTRASTED_AFTER.match(text, end)
    return any(
        found is not None and osa_distance(word, found.group(1).casefold(), 1) <= 1
        for found in (before, after)
    )


def not_beside(text: str, start: int, end: int, corrections: list[str]) -> list[str]:
    """The corrections of the word at text[start:end] that are not the word right before or
    after it: that one would write a word twice ("in the lasp lap" is not "lap lap"). A word
    left with none is meant ("genealogy geneology": a list of the variants searchers type)."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    after = WORD_AFTER.match(text, end)
    beside = {found.group(1).casefold() for found in (before, after) if found is not None}
    return [correction for correction in corrections if correction.casefold() not in beside]

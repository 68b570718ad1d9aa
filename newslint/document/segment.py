"""Splitting text into lines, paragraphs, sentences and word tokens, with exact offsets.

Works on newline-normalised text ("\n" only). Pure functions; `Document` calls them once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from itertools import accumulate, repeat
from operator import attrgetter
from typing import NamedTuple

import regex

from newslint.disk_cache import compiled_regex


class Span(NamedTuple):
    start: int
    end: int  # exclusive


def inside(offset: int, spans) -> bool:
    """Whether the offset falls in one of the spans (a rule's scope units)."""
    return any(span.start <= offset < span.end for span in spans)


SPAN_END = attrgetter("end")


def outside(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) overlaps none of the spans (quotations, say: in text order and
    apart, so that a binary search finds the only one that could)."""
    index = bisect_right(spans, start, key=SPAN_END)
    return index == len(spans) or spans[index].start >= end


def within(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) lies wholly in one of the spans (in text order and apart, as for
    `outside`)."""
    index = bisect_right(spans, start, key=SPAN_END)
    return index < len(spans) and spans[index].start <= start and end <= spans[index].end


def whole_word_starts(text: str, word: str):
    """Where `word` occurs in `text` as a whole word (no letter or digit on either side), in
    order: found with str.find rather than by a look at every token."""
    index = text.find(word)
    while index != -1:
        end = index + len(word)
        if not (index and text[index - 1].isalnum()) and not (
            end < len(text) and text[end].isalnum()
        ):
            yield index
        index = text.find(word, end)


def union(spans) -> list[Span]:
    """The spans in text order with overlapping and touching ones merged (for `outside`)."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(Span(*span))
    return merged


class Token(NamedTuple):
    start: int
    end: int
    text: str


# Words keep inner hyphens, apostrophes (' and ’), dots followed by a letter or digit and
# digit-group commas ("al-Khalifat", "bomber's", "Tengrinews.kz", "3.5", "1,200"):
# \w+(?:(?:['’\-‐]|\.(?=\w)|(?<=\d),(?=\d))\w+)*, written so that `re` scans a text a
# quarter faster: the first character apart (`re` skips to it at C speed), no giving back
# what a repeat took (nothing after it could use it), and the joining marks looked for
# before the ways of joining are tried.
WORD = compiled_regex(r"\w\w*+(?:(?=[-'’‐.,])(?:['’\-‐]|\.(?=\w)|(?<=\d),(?=\d))\w++)*+")
# `WORD` for `re`, which finds the same where the two agree on the text (`re_agrees`).
RE_WORD = re.compile(WORD.pattern)
WORD_UNIT = compiled_regex(r"\w+")
# `WORD_UNIT` for ASCII text, where `re` and `regex` agree on \w and \d and `re` scans a
# document's words a third faster; for other text when they agree on each of its
# characters (`re_agrees`).
ASCII_WORD_UNIT = re.compile(WORD_UNIT.pattern)
# `WORD` for `re` on ASCII text, whose word characters it then tells from a table.
ASCII_WORD = re.compile(WORD.pattern, re.ASCII)
# What joins the runs of word characters of a `WORD` into one: each of its other characters
# is one of these.
WORD_JOINERS = "'’-‐.,"
# `WORD` to cut text at (a group keeps the words among the pieces), with `regex` and `re`.
WORD_SPLIT = compiled_regex(f"({WORD.pattern})")
RE_WORD_SPLIT = re.compile(WORD_SPLIT.pattern)
# ... and for ASCII text, whose word characters `re` then tells from a table.
ASCII_WORD_SPLIT = re.compile(WORD_SPLIT.pattern, re.ASCII)
NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Words as rates per 1,000 words count them: `WORD` joined only by apostrophes and the
# hyphen-minus, so "U.S", "1,200" and "al‐Khalifat" (U+2010) are two words each.
COUNTED_WORD = compiled_regex(r"\w+(?:['’-]\w+)*")
RE_COUNTED_WORD = re.compile(COUNTED_WORD.pattern)  # for ASCII text, where `re` scans faster
# The joiners of `WORD` that `COUNTED_WORD` does not join at: each starts another counted word.
UNCOUNTED_JOINERS = (".", ",", "\u2010")
# ASCII bytes as `bytes.translate` leaves them for `str.split` to find `WORD_UNIT`'s
# matches: word characters as they are, all others spaces.
ASCII_NON_WORD_AS_SPACE = bytes(
    code if code < 128 and ASCII_WORD_UNIT.match(chr(code)) else ord(" ") for code in range(256)
)
LIST_MARKER = compiled_regex(r"[ \t]*(?:[-*+•·▪◦‣–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+")
LIST_NUMBER = compiled_regex(r"\(?(?:\d{1,3}|[a-zA-Z])\.")
LIST_NUMBER_LONGEST = len("(123.")
TERMINAL_END = compiled_regex(r"[.!?…:;\"”’»)\]]\s*$")
# Stands in the prose for markup between words that is not prose (a template tag, a code
# span): the words around it are neither glued together nor read as a doubled word.
PLACEHOLDER = "\ufffc"
# What may close a sentence after its final punctuation: quotes and brackets, emphasis
# delimiters a Markdown parser kept as text ("fit*.* This"), a placeholder ("said.[^1]"),
# and numbered citation marks ("ended.[287] There", as Wikipedia pages print them).
CLOSING = "\"'”’»)\\]*_~" + PLACEHOLDER
QUOTES_AND_BRACKETS = frozenset("\"'”’»)]")
# What may open the next sentence before its first word.
OPENING = "\"'“‘«(\\[*_" + PLACEHOLDER
# A candidate sentence end: terminal punctuation, closing marks, whitespace, then something
# a sentence can start with (whether it does is `_ends_sentence`'s call). The first mark is
# written apart from the others: `re` then skips to it at C speed, as it does not to a
# repeat, instead of trying a match at every character (half the time on news text).
BOUNDARY_PATTERN = (
    rf"(?P<stop>[.!?…][.!?…]*)(?P<close>(?:[{CLOSING}]|\[\d{{1,4}}\])*)(?P<gap>\s+)"
    rf"(?=[{OPENING}]*[\p{{L}}\p{{N}}@{PLACEHOLDER}])"
)
BOUNDARY = compiled_regex(BOUNDARY_PATTERN)
NEXT_WORD = compiled_regex(rf"[{OPENING}]*(?P<word>@?{WORD.pattern}|{PLACEHOLDER})")
# The two for `re`, which finds the same at several times the speed where the two agree on
# the text's characters (`re_agrees`): `re`'s \s also takes the separators \x1c-\x1f that
# `regex`'s leaves out, and `re` has no \p{...}.
RE_BOUNDARY = re.compile(
    BOUNDARY_PATTERN.replace(r"\s", r"[^\S\x1c-\x1f]").replace(
        rf"[\p{{L}}\p{{N}}@{PLACEHOLDER}]", rf"(?:[^\W_]|[@{PLACEHOLDER}])"
    )
)
RE_NEXT_WORD = re.compile(NEXT_WORD.pattern)

# Lines of hard-wrapped prose (email-style, 72-column Markdown) continue their paragraph;
# longer lines are one paragraph each, as scraped and CMS text is.
WRAP_MIN, WRAP_MAX = 40, 100


@lru_cache(maxsize=1)
def _sentence_data() -> dict:
    """sentences.json: its word lists as sets, its numbers as they are."""
    data = json.loads(
        resources.files("newslint.document").joinpath("sentences.json").read_text("utf-8")
    )
    found = {
        key: frozenset(value) if isinstance(value, list) else value
        for key, value in data.items()
        if not key.startswith("_")
    }
    found["abbreviations"] = frozenset().union(*(found[key] for key in ABBREVIATION_LISTS))
    return found


def link_run_share() -> float:
    """A sentence with more than this share of its words in link text is a run of links."""
    return _sentence_data()["link_run_share"]


def line_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for end in _newlines(text):
        spans.append(Span(start, end))
        start = end + 1
    spans.append(Span(start, len(text)))
    return spans


def _newlines(text: str):
    index = text.find("\n")
    while index != -1:
        yield index
        index = text.find("\n", index + 1)


def _is_soft_wrap(text: str, line: Span, following: Span) -> bool:
    stripped = text[line.start : line.end].strip()
    # Every line of a hard-wrapped block fits the wrap width, so a longer following line
    # means `line` stands alone (a headline above a scraped one-line paragraph).
    return (
        WRAP_MIN <= len(stripped) <= WRAP_MAX
        and len(text[following.start : following.end].strip()) <= WRAP_MAX
        and not TERMINAL_END.search(stripped)
        and not LIST_MARKER.match(text, following.start, following.end)
    )


def paragraph_spans(text: str, lines: list[Span]) -> list[Span]:
    """Runs of non-blank lines joined by soft wraps; leading/trailing whitespace trimmed."""
    paragraphs: list[Span] = []
    current: list[Span] = []
    for line in lines:
        if not text[line.start : line.end].strip():
            _close(text, current, paragraphs)
            current = []
            continue
        if current and not _is_soft_wrap(text, current[-1], line):
            _close(text, current, paragraphs)
            current = []
        current.append(line)
    _close(text, current, paragraphs)
    return paragraphs


def _close(text: str, lines: list[Span], out: list[Span]) -> None:
    if lines:
        out.append(trim(text, lines[0].start, lines[-1].end))


def trim(text: str, start: int, end: int) -> Span:
    """text[start:end] without the whitespace at its ends, as a span."""
    if start >= end:
        return Span(start, end)
    if not text[start].isspace() and not text[end - 1].isspace():
        return tuple.__new__(Span, (start, end))  # most spans: nothing to trim
    piece = text[start:end]
    kept = piece.lstrip()  # `str.strip` strips what `str.isspace` calls whitespace
    start += len(piece) - len(kept)
    return Span(start, start + len(kept.rstrip()))


def sentence_spans(text: str, blocks: list[Span]) -> list[Span]:
    """The sentences of each block (a paragraph, or a part of one between the edges of
    structure a reader found: see `cut`); no sentence runs from one block into the next."""
    sentences: list[Span] = []
    fast = re_agrees(text)
    boundaries = (RE_BOUNDARY if fast else BOUNDARY).finditer
    next_word = RE_NEXT_WORD.match if fast else NEXT_WORD.match
    abbreviations = _sentence_data()["abbreviations"]
    for block in blocks:
        start = block.start
        for match in boundaries(text, block.start, block.end):
            gap, after = match.span("gap")
            if not _plainly_ends(text, start, match.start(), after, abbreviations):
                following = next_word(text, after)
                if not _ends_sentence(text, start, match, following):
                    continue
            sentences.append(trim(text, start, gap))
            start = after
        if start < block.end:
            sentences.append(trim(text, start, block.end))
    return [s for s in sentences if s.end > s.start]


def cut(text: str, paragraphs: list[Span], edges: list[int]) -> list[Span]:
    """The paragraphs cut at the (sorted) offsets in `edges` that fall inside them, each part
    trimmed: an image's alt text inside a paragraph is a unit of its own."""
    parts: list[Span] = []
    for para in paragraphs:
        start = para.start
        first, last = bisect_right(edges, para.start), bisect_left(edges, para.end)
        for edge in [*edges[first:last], para.end]:
            part = trim(text, start, edge)
            if part.end > part.start:
                parts.append(part)
            start = edge
    return parts


def _plainly_ends(text: str, sentence_start: int, stop: int, after: int, abbreviations) -> bool:
    """Whether a `BOUNDARY` match whose punctuation starts at `stop` and whose next sentence
    would start at `after` ends the sentence as `_ends_sentence` finds, tested for the most
    common case alone (close to nine boundaries in ten in BBC text) at half its cost: a
    full stop after a word of two letters or more that is no abbreviation, and a capital
    after the gap, or after an opening mark there."""
    if text[stop] != ".":
        return False
    first = text[after + 1] if text[after] in OPENING else text[after]
    if not first.isupper():
        return False
    space = text.rfind(" ", sentence_start, stop)
    word = text[space + 1 if space >= 0 else sentence_start : stop]
    return len(word) > 1 and word.isalpha() and word.lower() not in abbreviations


def _ends_sentence(text: str, sentence_start: int, boundary, following) -> bool:
    """Whether a `BOUNDARY` match ends the sentence from `sentence_start`; `following`:
    `NEXT_WORD` matched after it."""
    next_word = following.group("word") if following else ""
    word = _word_before(text, sentence_start, boundary.start())
    if not _starts_like_sentence(next_word):
        # A lower-case word after a single full stop that no abbreviation explains starts
        # a sentence ("… got up to speed. aidanhs said"); after an ellipsis, "!" or "?", an
        # abbreviation ("etc. are") or a closing quote ('"… happened." he said'), the
        # sentence goes on.
        return (
            boundary.group("stop") == "."
            and not QUOTES_AND_BRACKETS.intersection(boundary.group("close"))
            and word is not None
            and not _abbreviation_like(word)
            and not _list_number(text, sentence_start, boundary.start() + 1)
        )
    return word is None or not _is_abbreviation(text, sentence_start, boundary, word, next_word)


def _word_before(text: str, sentence_start: int, end: int) -> str | None:
    """The word before a full stop at `end`, without opening marks, as written; None when
    the boundary's punctuation is not a full stop or no word stands before it."""
    if text[end] != "." or end == sentence_start or text[end - 1].isspace():
        return None
    # From the last whitespace before the full stop (`str.split`'s is `str.isspace`'s).
    word = text[sentence_start:end].rsplit(None, 1)[-1].lstrip(OPENING)
    return word or None


def _starts_like_sentence(word: str) -> bool:
    """A capital, digit, handle or placeholder; or a lower-case product or file name, whose
    shape says it is written so on purpose ("cloud.gov", "iPhone", "eBay", "config.yaml")."""
    if not word or not word[0].islower():
        return True
    if any(char.isupper() for char in word[1:]):
        return True
    return "." in word and not _dotted_abbreviation(word)


def _dotted_abbreviation(word: str) -> bool:
    """ "U.S", "e.g", "Ph.D", "a.m": letters in groups of one or two between dots (a domain
    such as "cloud.gov" or a version such as "1.80" is not one)."""
    parts = word.split(".")
    return len(parts) > 1 and all(part.isalpha() and len(part) <= 2 for part in parts)


def _abbreviation_like(word: str) -> bool:
    """Whether a word before a full stop may be an abbreviation at all, whatever follows."""
    folded = word.lower()
    data = _sentence_data()
    return (
        len(word) == 1
        or _dotted_abbreviation(word)
        or any(folded in data[key] for key in ABBREVIATION_LISTS)
    )


ABBREVIATION_LISTS = ("titles", "joining", "closing", "numbered", "months", "ambiguous")


def _list_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a list number ("1.", "(a."): no longer than one can be."""
    return end - start <= LIST_NUMBER_LONGEST and bool(LIST_NUMBER.fullmatch(text, start, end))


def _is_abbreviation(text: str, sentence_start: int, boundary, before: str, next_word: str) -> bool:
    """Whether the full stop after `before` belongs to an abbreviation (no sentence end),
    given the word after it, which could start a sentence."""
    if _list_number(text, sentence_start, boundary.start() + 1):
        return True  # "1. Main": a list number, not a sentence
    word = before.lower()
    data = _sentence_data()
    if len(word) > 1 and "." not in word and word not in data["abbreviations"]:
        return False  # most words: none of the cases below
    if word in data["titles"] or word in data["joining"]:
        return True  # "Gov. Mapp", "e.g. Python": never the end of a sentence
    if word in data["closing"]:
        return False  # "apples, pears, etc. Shops": a capital after "etc." starts a sentence
    if len(word) == 1 and word.isalpha() and before.isupper():
        # An initial ("J. K. Rowling"), unless a sentence starter follows ("Plan B. The").
        return next_word.lower() not in data["sentence_starters"]
    if word in data["months"] or word in data["numbered"]:
        # "Oct. 31", "No. 10"; "the answer was no. Officials" ends a sentence.
        return next_word[:1].isdigit()
    if _dotted_abbreviation(word) or word in data["ambiguous"]:
        # "U.S. President" continues; "in the U.S. The next" ends a sentence.
        return next_word.lower() not in data["sentence_starters"]
    return False


# Quotation marks: curly and guillemet openers and closers, and straight double quotes, whose
# role is read from their neighbours (a space before and a letter after opens).
OPENERS, CLOSERS, STRAIGHT = "“«„", "”»", '"'
QUOTE_MARKS = OPENERS + CLOSERS + STRAIGHT
QUOTE_MARK = compiled_regex(f"[{QUOTE_MARKS}]")


def quotation_spans(text: str, paragraphs: list[Span]) -> list[Span]:
    """Direct quotations, marks included. Pairs are found within a paragraph; a quotation
    still open at its paragraph's end runs to that end (a quotation that goes on in the next
    paragraph reopens there, as news style does). A straight mark between a space and a word
    opens a new quotation even inside an unclosed one: `weeks. "We are` starts a new quote."""
    spans: list[Span] = []
    kinds = [mark for mark in QUOTE_MARKS if mark in text]
    for para in paragraphs:
        start = None
        for at in char_offsets(text, para.start, para.end, kinds):
            if _opens(text, at, para):
                if start is not None:
                    spans.append(trim(text, start, at))
                start = at
            elif start is not None and (text[at] in CLOSERS or text[at] == STRAIGHT):
                spans.append(Span(start, at + 1))
                start = None
        if start is not None:
            spans.append(Span(start, para.end))
    return [span for span in spans if span.end - span.start > 1]


def char_offsets(text: str, start: int, end: int, chars) -> list[int]:
    """Where the characters occur in text[start:end], in order: found by `str.find`, four
    times as fast as a regular expression's scan for them (most texts have one or two)."""
    offsets = []
    for char in chars:
        at = text.find(char, start, end)
        while at != -1:
            offsets.append(at)
            at = text.find(char, at + 1, end)
    if len(chars) > 1:
        offsets.sort()
    return offsets


def _opens(text: str, at: int, para: Span) -> bool:
    char = text[at]
    if char in OPENERS:
        return True
    if char != STRAIGHT:
        return False
    before = text[at - 1] if at > para.start else " "
    after = text[at + 1] if at + 1 < para.end else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def token_around(text: str, offset: int) -> Token | None:
    """The word token (as word_tokens would give it) that contains the offset."""
    start = offset
    while start > 0 and (
        is_word_char(text[start - 1])
        or (text[start - 1] in "'’-‐." and start > 1 and is_word_char(text[start - 2]))
    ):
        start -= 1
    for match in WORD.finditer(text, start, min(len(text), offset + 200)):
        if match.start() <= offset < match.end():
            return Token(match.start(), match.end(), match.group())
        if match.start() > offset:
            break
    return None


def is_word_char(char: str) -> bool:
    # No ASCII character is a combining mark: spaces and punctuation skip the look-up.
    return (
        char.isalnum()
        or char == "_"
        or (not char.isascii() and unicodedata.category(char).startswith("M"))
    )


def word_units(text: str, words: list[str] | None = None) -> list[str]:
    """The runs of word characters in order (`WORD_UNIT`'s matches); from the text's `WORD`s
    (`words`, as `word_texts` finds them) when known: each is its runs with a joiner between each
    two."""
    if words is not None:  # a third faster than a scan of the text
        text = " ".join(words)
        for joiner in WORD_JOINERS:
            text = text.replace(joiner, " ")
        return text.split()
    if text.isascii():  # split at C speed once the others are spaces: 3 times findall's
        return text.encode("ascii").translate(ASCII_NON_WORD_AS_SPACE).decode("ascii").split()
    return (ASCII_WORD_UNIT if re_agrees(text) else WORD_UNIT).findall(text)


def every_non_ascii(text: str, test) -> bool:
    """Whether each character of the text outside ASCII passes `test` (each distinct one
    tested once; true of ASCII text): what a fast path for ASCII needs of other text."""
    return text.isascii() or all(map(test, _non_ascii_chars(text)))


@lru_cache(maxsize=8)
def _non_ascii_chars(text: str) -> frozenset[str]:
    """The distinct characters of a text outside ASCII, found once for the few texts last
    asked about: a document's fast paths ask of its text (and its folded text) three or four
    times, each asking a scan of the text without it (BBC: 4,473 scans of 1,238 texts took
    76 ms, asking now takes 33)."""
    return frozenset(NON_ASCII.findall(text))


def re_agrees(text: str) -> bool:
    """Whether `re` and `regex` put each character of the text in the same classes (they do
    ASCII characters, with `RE_BOUNDARY`'s spaces), so that `re`'s faster scan finds what
    `WORD`, `WORD_UNIT`, `BOUNDARY` and `NEXT_WORD` find."""
    return every_non_ascii(text, _same_classes)


# Each class as `re` and as `regex` write it.
CLASSES = ((r"\w", r"\w"), (r"\d", r"\d"), (r"\s", r"\s"), (r"[^\W_]", r"[\p{L}\p{N}]"))


@lru_cache(maxsize=4096)
def _same_classes(char: str) -> bool:
    return all(
        bool(re.match(ours, char)) == bool(regex.match(theirs, char)) for ours, theirs in CLASSES
    )


def counted_words(text: str, words: list[str] | None = None) -> int:
    """How many words `text` has as `COUNTED_WORD` counts them; from its `WORD`s (`words`,
    from `word_texts`) when known, without another scan: each is one counted word, and one
    more for each joiner `COUNTED_WORD` does not join at."""
    if words is None:
        return len((RE_COUNTED_WORD if text.isascii() else COUNTED_WORD).findall(text))
    joined = "".join(words)
    return len(words) + sum(map(joined.count, UNCOUNTED_JOINERS))


def word_texts(text: str) -> list[str]:
    """The text's `WORD`s in order: found by the scan that `word_split` makes, without
    making a piece of what stands between them."""
    if text.isascii():
        return ASCII_WORD.findall(text)
    return (RE_WORD if re_agrees(text) else WORD).findall(text)


def word_split(text: str) -> list[str]:
    """The text cut at its words: what stands before the first word, the word, what stands
    between it and the next, and so on; the words are every other piece from the second."""
    if text.isascii():
        return ASCII_WORD_SPLIT.split(text)
    return (RE_WORD_SPLIT if re_agrees(text) else WORD_SPLIT).split(text)


def word_tokens(text: str, pieces: list[str] | None = None) -> list[Token]:
    """The words in order, placed by adding up the lengths of the text's pieces
    (`pieces`: its `word_split`, if known), all at C speed."""
    if pieces is None:
        pieces = word_split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    # tuple.__new__ skips NamedTuple's Python-level __new__: tokenising is a hot path
    placed = zip(offsets[1:-1:2], offsets[2::2], pieces[1::2])
    return list(map(tuple.__new__, repeat(Token), placed))

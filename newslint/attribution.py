"""What the attribution kinds share: pattern lists with named terms, attribution cues, and
which sentences of a document have a source.

Pattern files hold one regular expression per line ("#" comments), matched case-insensitively
on word boundaries. A pattern may name a term list in braces, `{reporting-verb}`: a term file
of that name (one word or phrase per line) stands there as an alternation. Each pattern file
is one reason (its file name), shown in messages, so a newsroom tunes a rule by editing text
files, not code.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import regex

from newslint.matcher import compile_regex, search
from newslint.segment import Span
from newslint.wordlists import read_words

TERM = regex.compile(r"\{([a-z]+(?:-[a-z]+)*)\}")
SPACES = regex.compile(r"\\?\s+")


def _term_alternation(words: tuple[str, ...]) -> str:
    """Literal words and phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(SPACES.sub(r"\\s+", regex.escape(w)) for w in ordered) + ")"


def _expand(pattern: str, terms: dict[str, str], file: Path) -> str:
    def term(match: regex.Match) -> str:
        name = match.group(1)
        if name not in terms:
            known = ", ".join(sorted(terms)) or "none"
            raise ValueError(f"{file.name}: unknown term {{{name}}} (term lists: {known})")
        return terms[name]

    return TERM.sub(term, pattern)


class Patterns:
    """The patterns of several files as one regex; `reason(match)` names the file that
    matched. Built once per process for each combination of files."""

    def __init__(self, pattern_files: tuple[Path, ...], term_files: tuple[Path, ...]):
        terms = {file.stem: _term_alternation(read_words(file)) for file in term_files}
        self.reasons = [file.stem for file in pattern_files]
        groups = []
        for index, file in enumerate(pattern_files):
            expanded = [_expand(p, terms, file) for p in read_words(file)]
            if not expanded:
                raise ValueError(f"{file.name}: no pattern in the file")
            for pattern in expanded:
                compile_regex(pattern, True)  # a bad line is reported on its own
            groups.append(f"(?P<r{index}>{'|'.join(f'(?:{p})' for p in expanded)})")
        # Word boundaries where the match starts or ends with a letter (a cue may start
        # with punctuation: ": “").
        self.regex = compile_regex(
            rf"(?:(?<!\w)|(?!\w))(?:{'|'.join(groups)})(?:(?!\w)|(?<!\w))", True
        )

    def finditer(self, text: str, spans: list[Span]):
        return search(self.regex, text, spans)

    def reason(self, match) -> str:
        return self.reasons[int(match.lastgroup[1:])]


@lru_cache(maxsize=32)
def _patterns(pattern_files: tuple[Path, ...], term_files: tuple[Path, ...]) -> Patterns:
    return Patterns(pattern_files, term_files)


def patterns(pattern_files, term_files) -> Patterns:
    """The Patterns of these files, built once per process. Raises regex.error for a bad
    pattern, ValueError for an unknown term or an empty file."""
    return _patterns(tuple(pattern_files), tuple(term_files))


def outside(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) overlaps none of the spans (quotations, say: in text order and
    apart, so that a binary search finds the only one that could)."""
    index = bisect_right(spans, start, key=_end)
    return index == len(spans) or spans[index].start >= end


def quoted_share(doc, span: Span) -> float:
    """How much of a span lies inside quotations, from 0 to 1."""
    quotations = doc.quotations
    inside = 0
    for quote in quotations[bisect_right(quotations, span.start, key=_end) :]:
        if quote.start >= span.end:
            break
        inside += min(span.end, quote.end) - max(span.start, quote.start)
    return inside / max(1, span.end - span.start)


def _end(span: Span) -> int:
    return span.end


def cue_sentences(doc, cues: Patterns) -> list[bool]:
    """For each of doc.sentences: does it hold an attribution cue? A cue inside a quotation
    is the speaker's, not the article's ("“Police said nothing,” she wrote" counts once)."""
    quotations = doc.quotations
    return [
        any(outside(quotations, m.start(), m.start() + 1) for m in cues.finditer(doc.text, [s]))
        for s in doc.sentences
    ]


def attributed_sentences(doc, cues: Patterns) -> list[bool]:
    """For each of doc.sentences: does a source stand behind it? A sentence is attributed
    when it holds a cue, and the attribution carries over to the next sentence of the same
    paragraph ("…, police said. The men were charged…"), one sentence only: a cue early in
    a long scraped paragraph does not vouch for all of it."""
    has_cue = cue_sentences(doc, cues)
    paragraph = paragraph_index(doc)
    return [
        cue or (i > 0 and has_cue[i - 1] and paragraph[i - 1] == paragraph[i])
        for i, cue in enumerate(has_cue)
    ]


def paragraph_index(doc) -> list[int]:
    """The index of each sentence's paragraph."""
    starts = [p.start for p in doc.paragraphs]
    return [bisect_right(starts, s.start) - 1 for s in doc.sentences]

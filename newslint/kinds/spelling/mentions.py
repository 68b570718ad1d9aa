"""A word mentioned, not used: a coinage or pun the sentence announces and sets apart in
quotation marks or emphasis ('coined the phrase "liberati"', 'what he calls "deregulitis"',
'if you like puns, ... simply *fantestic*'). Its spelling is the point, so the dictionary is
no evidence against it."""

from __future__ import annotations

from bisect import bisect_right

from newslint.document.segment import WORD_UNIT

# Marks that set a single word apart: quotation marks before and after it.
OPENING_QUOTES = "\"'“‘«"
CLOSING_QUOTES = "\"'”’»"
# Punctuation a closing quote may follow in British and American styles: "liberati,".
INNER_PUNCTUATION = ".,;:!?"


def mentioned(doc, start: int, end: int, cues: frozenset[str]) -> bool:
    """Whether text[start:end] is one word in quotation marks or emphasis of its own, in a
    sentence with one of the `cues` (each a `cue_phrase`: "coined", "so called", "the
    word")."""
    if not (_quoted(doc.text, start, end) or _emphasised(doc, start, end)):
        return False
    sentence = _sentence_around(doc, start)
    if sentence is None:
        return False
    words = " " + " ".join(WORD_UNIT.findall(doc.folded_text[sentence[0] : sentence[1]])) + " "
    return any(f" {cue} " in words for cue in cues)


def _quoted(text: str, start: int, end: int) -> bool:
    after = end + (end < len(text) and text[end] in INNER_PUNCTUATION)
    return (
        start > 0
        and text[start - 1] in OPENING_QUOTES
        and after < len(text)
        and text[after] in CLOSING_QUOTES
    )


def _emphasised(doc, start: int, end: int) -> bool:
    """An emphasis span (Markdown *x*, HTML <em>) that holds this word and nothing else."""
    for span in doc.merged("emphasis"):
        if span.start <= start and end <= span.end:
            return (
                doc.text[span.start : span.end].strip(" " + INNER_PUNCTUATION)
                == (doc.text[start:end])
            )
    return False


def cue_phrase(cue: str) -> str:
    """A cue as `mentioned` compares it: lower-case words joined by single spaces
    ("so-called" -> "so called")."""
    return " ".join(WORD_UNIT.findall(cue.casefold()))


def _sentence_around(doc, offset: int) -> tuple[int, int] | None:
    sentences = doc.sentences
    index = bisect_right(sentences, (offset, float("inf"))) - 1
    if index < 0 or sentences[index].end <= offset:
        return None
    return sentences[index].start, sentences[index].end

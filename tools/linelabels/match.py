"""The labelling rule: is a line of extracted text part of its page's gold main text?

Both the line and the gold are normalised the same way: HTML entities decoded, Unicode NFKC,
case folded, curly quotes and primes to ' or ", every dash and minus to -, whitespace
collapsed. Tokens are runs of letters, marks and digits; a character of a script written
without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) is a token on its own.
Punctuation only separates tokens, so quotes and dashes never decide a label.

Gold text can glue words together ("conflictbetween", "inwhich": CleanEval's annotation
dropped a space where the page broke a line), so lines are compared on their tokens joined
without spaces ("squashed"). For a line of T tokens squashed into C characters:

- T >= MIN_TOKENS (4) and C >= WINDOW (16): the line's coverage is the share of its squashed
  characters that lie inside at least one window of WINDOW consecutive characters that also
  occurs in the squashed gold. One odd character (a typo, a mis-decoded letter) uncovers only
  itself; a line built from gold words in another order stays uncovered. `content` if
  coverage >= CONTENT_COVERAGE (0.9), `leftover` if coverage <= LEFTOVER_COVERAGE (0.2), else
  `ambiguous` (a line that merges article text with a date, a caption, a button).
- Shorter lines: `content` only if they are one whole gold line (a heading, a list item, a
  byline the gold keeps: same tokens, or the same squashed text); `ambiguous` if their tokens
  occur consecutively in the gold or their squashed text occurs in the squashed gold ("Home"
  or "Share" inside a gold sentence says nothing about the button of that name); else
  `leftover`.
- T = 0 (only punctuation or symbols: "|", "»", "***"): `content` if the normalised line is a
  whole gold line, else `leftover`.

Known limits: a line of gold text printed twice (the headline again in a teaser, the page
title) is `content` each time; gold that drops text a reader would call article (a caption)
makes that text `leftover`.
"""

from __future__ import annotations

import html
import unicodedata

import regex

MIN_TOKENS = 4
WINDOW = 16
CONTENT_COVERAGE = 0.9
LEFTOVER_COVERAGE = 0.2
LABELS = ("content", "leftover", "meta", "ambiguous")

_QUOTES = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    }
)
_SPACE = regex.compile(r"\s+")
_TOKEN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
    r"|(?:(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}])[\p{L}\p{M}\p{N}])+"
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", html.unescape(text)).casefold().translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def tokens(text: str) -> tuple[str, ...]:
    """The tokens of already normalised text."""
    return tuple(_TOKEN.findall(text))


def squashed(words: tuple[str, ...]) -> str:
    return "".join(words)


class GoldText:
    """A page's gold text, indexed once for labelling many lines."""

    def __init__(self, gold: str) -> None:
        lines = [normalise(line) for line in gold.splitlines()]
        self.lines = {line for line in lines if line}
        self.line_tokens = {tokens(line) for line in self.lines}
        self.line_squashed = {squashed(words) for words in self.line_tokens}
        words = tokens(" ".join(lines))
        self.spaced = f" {' '.join(words)} "
        self.squashed = squashed(words)  # words glued in the gold still match
        self.grams = {self.squashed[i : i + WINDOW] for i in range(len(self.squashed) - WINDOW + 1)}

    def coverage(self, text: str) -> float:
        """The share of the characters of `text` (squashed, at least WINDOW long) inside a
        window of WINDOW characters that occurs in the gold."""
        covered = [False] * len(text)
        for i in range(len(text) - WINDOW + 1):
            if text[i : i + WINDOW] in self.grams:
                covered[i : i + WINDOW] = [True] * WINDOW
        return sum(covered) / len(text)

    def label(self, line: str) -> str:
        text = normalise(line)
        words = tokens(text)
        if not words:
            return "content" if text in self.lines else "leftover"
        joined = squashed(words)
        if len(words) < MIN_TOKENS or len(joined) < WINDOW:
            if words in self.line_tokens or joined in self.line_squashed:
                return "content"
            in_gold = f" {' '.join(words)} " in self.spaced or joined in self.squashed
            return "ambiguous" if in_gold else "leftover"
        share = self.coverage(joined)
        if share >= CONTENT_COVERAGE:
            return "content"
        return "leftover" if share <= LEFTOVER_COVERAGE else "ambiguous"

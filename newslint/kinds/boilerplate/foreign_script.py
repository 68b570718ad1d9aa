"""foreign-script: lines, and fragments at the start or end of a line, written in another
script than the document's (a Cyrillic share widget in an English article; "10 ноября 2011,
16:17" glued onto an English headline). It judges a block's script, not its shape, so in
an author's Markdown it reads the headings too (not the lists and tables: a contributors'
list holds names in every script).

The document's script is its language's (`document.language`: a page declared Russian whose
text is mostly English furniture is still Cyrillic) when at least `LANGUAGE_SCRIPT_SHARE` of
its letters are in it, else the one most of its letters are in. A line is reported whole when
fewer than `main_share` of its letters are in that script; otherwise a run of foreign words
(with the numbers between them) at either end of the line is reported as a fragment. A
foreign word inside a sentence ("he said “спасибо” and left") is left alone, and so is Latin
text in an article in another script: product names, keys and code ("Kindle", "Ctrl+Alt+K")
are written in Latin letters everywhere.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from newslint.disk_cache import compiled_regex
from newslint.document.language import script_of
from newslint.document.segment import WORD, Span, every_non_ascii, inside
from newslint.kinds.base import Field, Kind
from newslint.kinds.boilerplate.lines import remove_block, remove_span, text_blocks

LETTER = compiled_regex(r"\p{L}")
# The share of a document's letters its language's script needs to be the document's script.
LANGUAGE_SCRIPT_SHARE = 0.1
CJK_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
# A letter not in Latin script, as one class (a look-ahead at every position took 5x as long).
NON_LATIN_LETTER = compiled_regex(r"[^\P{L}\p{Latin}]")


@lru_cache(maxsize=8192)
def script(char: str) -> str:
    """A letter's script as the first word of its Unicode name: LATIN, CYRILLIC, GREEK..."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "UNKNOWN"
    return "CJK" if name.startswith(CJK_SCRIPTS) else name.split()[0]


def letter_scripts(text: str) -> Counter:
    return Counter(script(c) for c in LETTER.findall(text))


def _not_a_non_latin_letter(char: str) -> bool:
    return not NON_LATIN_LETTER.match(char)


class ForeignScript(Kind):
    """Reports lines, and runs of words at either end of a line, written in another script
    than the document's (the one most of its letters are in); Latin text is never foreign."""

    name = "foreign-script"
    fields = {
        "main_share": Field(
            "number",
            0.4,
            doc="A line is reported whole when less than this share (0 to 1) of its letters are "
            "in the document's script or Latin; otherwise only foreign runs at its ends.",
        ),
        "min_letters": Field(
            "int",
            3,
            doc="Lines and end runs with fewer foreign letters than this are left alone.",
        ),
    }
    placeholders = {"script": "Cyrillic", "main": "Latin"}

    def __init__(self, options):
        self.main_share = options["main_share"]
        self.min_letters = options["min_letters"]

    def check(self, rule, doc, units):
        if every_non_ascii(doc.text, _not_a_non_latin_letter):
            return  # Latin letters only: the common case, decided by its few other characters
        scripts = letter_scripts(doc.text)
        if len(scripts) < 2:
            return  # one script only: the common case, decided at once
        main = _main_script(doc, scripts)
        for line in text_blocks(doc, headings=True):
            if not inside(line.content.start, units):
                continue
            counts = letter_scripts(line.text)
            letters = sum(counts.values())
            native = sum(n for s, n in counts.items() if s in (main, "LATIN"))
            foreign = letters - native
            if foreign < self.min_letters:
                continue
            other = next(s for s, _ in counts.most_common() if s not in (main, "LATIN")).title()
            values = {"script": other, "main": main.title()}
            if native < self.main_share * letters:
                finding = rule.finding(line.content.start, line.content.end, doc.text, **values)
                yield remove_block(rule, finding, doc, line)
                continue
            for span in _edge_fragments(doc, line.content, main):
                if (
                    sum(letter_scripts(doc.text[span.start : span.end]).values())
                    >= self.min_letters
                ):
                    finding = rule.finding(span.start, span.end, doc.text, **values)
                    yield remove_span(rule, finding, doc)


def _main_script(doc, scripts: Counter) -> str:
    """The document's language's script when enough of its letters are in it, else the
    script most of its letters are in."""
    own = script_of(doc.language) or ""
    own = "CJK" if own.startswith(CJK_SCRIPTS) else own
    if scripts[own] >= LANGUAGE_SCRIPT_SHARE * sum(scripts.values()):
        return own
    return scripts.most_common(1)[0][0]


def _edge_fragments(doc, content: Span, main: str) -> list[Span]:
    """Runs of foreign words (and the numbers among them) at the end and at the start of a
    line whose other words are in the main script."""
    tokens = list(WORD.finditer(doc.text, content.start, content.end))

    def kind(token) -> str:
        letters = LETTER.findall(token.group())
        if not letters:
            return "number"
        return "main" if script(letters[0]) in (main, "LATIN") else "foreign"

    kinds = [kind(t) for t in tokens]
    fragments = []
    first = len(tokens)
    while first > 0 and kinds[first - 1] != "main":
        first -= 1
    if 0 < first < len(tokens) and "foreign" in kinds[first:]:
        fragments.append(Span(tokens[first].start(), content.end))
    last = 0
    while last < len(tokens) and kinds[last] != "main":
        last += 1
    if 0 < last < len(tokens) and "foreign" in kinds[:last]:
        fragments.append(Span(content.start, tokens[last - 1].end()))
    return [f for f in fragments if not _quoted(doc.text, f.start, f.end)]


def _quoted(text: str, start: int, end: int) -> bool:
    """A fragment opened by a quotation mark or a bracket is a quote or a gloss ("(花前態舞)")."""
    return start > 0 and text[start - 1] in "\"'“‘«„([{「『"

"""The document model: text, exact positions and structure, computed once per file.

Line endings are normalised to "\n" so CRLF, CR and LF files give the same lines and
columns. The text rules read (`text`) is the file itself for plain text, or the prose a
format reader took out of Markdown or HTML; one `SourceMap` maps it back to the file, so
findings report the line and column of the original file (`location`) and fixes edit the
text as read (`original_range`).
Lines and columns are 1-based, columns count Unicode code points, end columns are exclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from newslint.document import segment
from newslint.document.code_words import code_words
from newslint.document.language import LanguageMap, language_map
from newslint.document.parts import is_made, made, part
from newslint.document.reader_comments import comment_blocks
from newslint.document.segment import Span, Token
from newslint.document.sourcemap import SourceMap

# What a rule's `scope` may select, with what each means (shown in docs/kinds.md).
# Structural scopes come from Markdown and HTML readers; in plain text `lead` is the first
# paragraph after the headline, `list` the lines with a list marker, and the others are empty.
SCOPE_DOCS = {
    "document": "The whole text as one unit.",
    "paragraph": "Each paragraph (text between blank lines, or a block of Markdown or HTML).",
    "sentence": "Each sentence of prose: sentences in headings, table cells and page chrome, "
    "and runs of links (most of a sentence's words in link text), are left out; a sentence "
    "never runs across a paragraph, list item, cell, heading, alt text or caption.",
    "line": "Each non-empty line.",
    "headline": "The headline: the first non-blank line of plain text; the front-matter "
    "title or first heading of Markdown, the first heading of HTML.",
    "lead": "The first paragraph after the headline.",
    "heading": "Each heading (Markdown and HTML only).",
    "list": "Each list item: lines with a bullet or list number in plain text.",
    "quote": "Text in block quotes, and in HTML inline quotations (<q>) (Markdown and HTML only).",
    "table": "Text in table cells (Markdown and HTML only).",
    "caption": "Each figure or table caption (HTML only).",
    "alt": "Each image's alternative text (Markdown and HTML only).",
    "chrome": "Text in a page's own furniture: nav, aside, footer, menu and share widgets "
    "(HTML only).",
}
SCOPES = tuple(SCOPE_DOCS)
STRUCTURAL = ("heading", "quote", "table", "caption", "alt", "chrome")
# A sentence ends where one of these blocks does, even inside a paragraph: an image's alt
# text is never one sentence with the caption or prose after it.
SENTENCE_BLOCKS = ("heading", "quote", "table", "caption", "alt", "chrome", "list")
# Sentences here are not prose for sentence-scoped rules (length, sourcing): headings and
# table cells are fragments by design, page chrome is not the article.
NOT_PROSE = ("heading", "table", "chrome")
# The part that holds the units of each of the other scopes.
SCOPE_PARTS = {
    "paragraph": "paragraphs",
    "sentence": "prose_sentences",
    "headline": "headline",
    "lead": "lead",
    "list": "list_items",
}
# C1 control characters in text are Windows-1252 bytes read as Latin-1 somewhere upstream (a
# scraped page, a dataset): "wasn\x92t" is "wasn’t". Each maps to one character, so every
# position stays where it is; the five bytes Windows-1252 leaves undefined stay as they are.
C1 = re.compile("[\x80-\x9f]")
C1_AS_WINDOWS_1252 = {
    code: bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


class Document:
    def __init__(
        self,
        text: str,
        path: str = "<text>",
        reader=None,
        record: int | None = None,
        record_id: str | None = None,
        language: str | None = None,
        default_language: str | None = None,
        source_lines=None,
    ):
        """`reader(source)` turns the newline-normalised text into Prose (Markdown, HTML);
        without one the text is read as it is. `record` and `record_id` place a dataset
        record's text in its file. `language` is the one declared beside the text (a
        dataset record's field), `default_language` the configured one (see `language`).
        `source_lines` (a `line_counts.SourceLines`) says how many records of a dataset
        record's source hold each line, as a first pass over the dataset counted them."""
        self.part_seconds = 0.0  # spent making its parts (see `parts`)
        self.parts_in_making = 0
        self.path = path
        self.source_lines = source_lines
        self.original = text
        self.record = record
        self.record_id = record_id
        self.source, self._crlf = _normalise_newlines(text)
        prose = reader(self.source) if reader is not None else None
        text = prose.text if prose else self.source
        self.text = text.translate(C1_AS_WINDOWS_1252) if _has_c1(text) else text
        self.map = prose.map if prose else SourceMap()
        self.structure = prose.scopes if prose else {}
        self.origins = prose.origins if prose else {}  # see `Prose.origins`
        self.errors = list(prose.errors) if prose else []  # see `Prose.errors`
        self.declared_language = (prose.language if prose else None) or language
        self.declared_spans = prose.language_spans if prose else ()
        self.default_language = default_language
        self.authored = prose.authored if prose else False  # see `Prose.authored`
        self._code = prose.code if prose else ()  # see `Prose.code`
        self._derived: dict = {}

    def derived(self, build):
        """`build(self)`, computed once per document: structure that only some rule kinds
        need (their text lines, say) is built by the first kind that asks."""
        if build not in self._derived:
            self._derived[build] = made(self, build)
        return self._derived[build]

    @part
    def code_words(self) -> frozenset[str]:
        """The case-folded words of the document's code (see `code_words`); none in plain
        text."""
        return code_words(self._code)

    # -- positions -----------------------------------------------------------------------
    @part
    def line_starts(self) -> list[int]:
        return [span.start for span in self.lines]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a 0-based offset into `text`, both 1-based."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside text of length {len(self.text)}")
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def offset(self, line: int, column: int) -> int:
        """0-based offset of a 1-based (line, column); column may be one past the line end."""
        if not 1 <= line <= len(self.lines):
            raise ValueError(f"line {line} outside 1..{len(self.lines)}")
        span = self.lines[line - 1]
        if not 1 <= column <= span.end - span.start + 1:
            raise ValueError(f"column {column} outside line {line}")
        return span.start + column - 1

    def location(self, offset: int, end: bool = False) -> tuple[int, int]:
        """(line, column) in the original file of a span starting (or, with `end`, ending)
        at this offset into `text`."""
        if self.map.identity:
            return self.position(offset)
        source = self.map.end(offset) if end else self.map.start(offset)
        index = bisect_right(self._source_line_starts, source) - 1
        return index + 1, source - self._source_line_starts[index] + 1

    def source_text(self, start: int, end: int) -> str:
        """The file's text (newline-normalised) behind text[start:end], markup included."""
        if self.map.identity:
            return self.source[start:end]
        first = self.map.start(start)
        return self.source[first : max(first, self.map.end(end))]

    def original_offset(self, offset: int) -> int:
        """Offset into the text as read (CRLF counted as two characters) of a span starting
        at this offset into `text`."""
        return self._unnormalised(self.map.start(offset))

    def original_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The range of the text as read that an edit of text[start:end] replaces, or None
        when no single range stands for it (the span crosses markup)."""
        found = self.map.source_range(start, end)
        if found is None:
            return None
        return self._unnormalised(found[0]), self._unnormalised(found[1])

    def source_line(self, line: int) -> str:
        """The text of a 1-based line of the original file (newline-normalised)."""
        starts = self._source_line_starts
        if not 1 <= line <= len(starts):
            return ""
        end = starts[line] - 1 if line < len(starts) else len(self.source)
        return self.source[starts[line - 1] : end]

    def _unnormalised(self, offset: int) -> int:
        return offset + bisect_right(self._crlf, offset - 1)

    @part
    def _source_line_starts(self) -> list[int]:
        if self.source is self.text:
            return self.line_starts
        return [span.start for span in segment.line_spans(self.source)]

    # -- language ------------------------------------------------------------------------
    @part
    def languages(self) -> LanguageMap:
        """The language of every part of the text (`document.language`)."""
        return language_map(
            self.text,
            self.paragraphs,
            self.lines,
            self.declared_language,
            self.declared_spans,
            self.default_language,
        )

    @property
    def language(self) -> str:
        """The document's language code ("en", "pt"): declared, configured or detected."""
        return self.languages.document

    def language_at(self, offset: int) -> str:
        return self.languages.at(offset)

    # -- structure -----------------------------------------------------------------------
    @part
    def lines(self) -> list[Span]:
        return segment.line_spans(self.text)

    @part
    def paragraphs(self) -> list[Span]:
        if "paragraph" in self.structure:
            return self.structure["paragraph"]
        return segment.paragraph_spans(self.text, self.lines)

    @part
    def sentences(self) -> list[Span]:
        """Every sentence, in text order (`prose_sentences` are the ones rules judge)."""
        edges = sorted(
            {
                edge
                for scope in SENTENCE_BLOCKS
                for span in self.structure.get(scope, ())
                if scope != "alt" or not self._inline(span)
                for edge in span
            }
        )
        blocks = segment.cut(self.text, self.paragraphs, edges) if edges else self.paragraphs
        return segment.sentence_spans(self.text, blocks)

    def _inline(self, span: Span) -> bool:
        """Whether words stand on both sides of the span on its line (an icon's alt text
        inside a sentence, not an image above its caption)."""
        text = self.text
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        after = text[span.end : line_end if line_end >= 0 else len(text)]
        return bool(text[line_start : span.start].strip() and after.strip())

    @part
    def prose_sentences(self) -> list[Span]:
        """The sentences of prose: not in headings, table cells or page chrome, and not runs
        of links (a table of contents, a "see also" line)."""
        fragments = segment.union(
            span for scope in NOT_PROSE for span in self.structure.get(scope, ())
        )
        if not fragments and not self.merged("link"):
            return list(self.sentences)  # plain text: every sentence is prose
        return [
            sentence
            for sentence in self.sentences
            if segment.outside(fragments, sentence.start, sentence.end)
            and not self._link_run(sentence)
        ]

    def _link_run(self, sentence: Span) -> bool:
        links = self.merged("link")
        if not links or segment.outside(links, sentence.start, sentence.end):
            return False
        tokens = self.tokens_in(sentence)
        linked = sum(1 for t in tokens if not segment.outside(links, t.start, t.end))
        return linked > segment.link_run_share() * len(tokens)

    def merged(self, scope: str) -> list[Span]:
        """The spans the reader found for a scope (also "emphasis", "link"), in text order
        with overlaps merged, for `segment.outside`."""
        key = ("merged", scope)
        if key not in self._derived:
            self._derived[key] = segment.union(self.structure.get(scope, ()))
        return self._derived[key]

    @part
    def quotations(self) -> list[Span]:
        """Quoted material in text order, apart: direct quotations (quotation marks
        included) and the text of block quotes (Markdown `>`, HTML <blockquote>, <q>),
        which is quoted whether or not it has marks."""
        marked = segment.quotation_spans(self.text, self.paragraphs)
        quoted = self.structure.get("quote")
        return union(marked + quoted) if quoted else marked

    @part
    def reader_comments(self) -> list[Span]:
        """Blocks of readers' comments printed under the article, signed with the readers'
        names (see `reader_comments`), in text order and apart. The headline signs nothing."""
        after = self.headline[0].end if self.headline else 0
        return comment_blocks(self.text, [p for p in self.paragraphs if p.start >= after])

    @part
    def tokens(self) -> list[Token]:
        return segment.word_tokens(self.text, self._word_split)

    @part
    def token_texts(self) -> list[str]:
        """The texts of `tokens`, without placing them: enough to tell whether a rule has
        anything to look at (a word repeated), found a sixth faster than `tokens` are
        (which a rule needs in one BBC article in eight)."""
        return segment.word_texts(self.text)

    def after_token(self, index: int) -> str:
        """What stands between the word `token_texts[index]` and the next, without placing
        the words."""
        return self._word_split[2 * index + 2]

    @part
    def _word_split(self) -> list[str]:
        """The text cut at its words (`segment.word_split`): the words and, between them,
        what places them."""
        return segment.word_split(self.text)

    def counted_words(self) -> int:
        """How many words the text has, as rates per 1,000 words count them
        (`segment.counted_words`): from its words once a rule has found them."""
        words = self.token_texts if is_made(self, "token_texts") else None
        return segment.counted_words(self.text, words)

    @part
    def headline(self) -> list[Span]:
        if "headline" in self.structure:
            return self.structure["headline"]
        for span in self.lines:
            trimmed = segment.trim(self.text, span.start, span.end)
            if trimmed.end > trimmed.start:
                return [trimmed]
        return []

    @part
    def lead(self) -> list[Span]:
        """The first paragraph after the headline."""
        if "lead" in self.structure:
            return self.structure["lead"]
        after = self.headline[0].end if self.headline else 0
        return next(([p] for p in self.paragraphs if p.start >= after), [])

    @part
    def list_items(self) -> list[Span]:
        if "list" in self.structure:
            return self.structure["list"]
        marker = segment.LIST_MARKER.match
        return [
            segment.trim(self.text, span.start, span.end)
            for span in self.lines
            if marker(self.text, span.start, span.end)
        ]

    def units(self, scope: str) -> list[Span]:
        """The spans a rule with this scope looks at."""
        if scope == "document":
            return [Span(0, len(self.text))]
        if scope == "line":
            return [s for s in self.lines if s.end > s.start]
        if scope in STRUCTURAL:
            return self.structure.get(scope, [])
        return getattr(self, SCOPE_PARTS[scope])  # only the part asked for is made

    def tokens_in(self, span: Span) -> list[Token]:
        tokens = self.tokens
        starts = self._token_starts
        return tokens[bisect_right(starts, span.start - 1) : bisect_right(starts, span.end - 1)]

    def words_in(self, span: Span) -> int:
        """`len(tokens_in(span))`, counted in the text itself while the document has no
        tokens: a rule that counts the words of a few spans does not make it place them all."""
        if is_made(self, "tokens"):
            return len(self.tokens_in(span))
        text, start = self.text, span.start
        while start > 0 and not text[start - 1].isspace():  # no word runs across a space
            start -= 1
        count = 0
        for found in segment.WORD.finditer(text, start):
            if found.start() >= span.end:
                break
            count += found.start() >= span.start
        return count

    def token_at(self, offset: int) -> Token | None:
        """The word token that contains the offset, if any (found in the text itself, so
        rules that need a few tokens do not make the document tokenise all of it)."""
        if is_made(self, "tokens"):
            index = bisect_right(self._token_starts, offset) - 1
            token = self.tokens[index] if index >= 0 else None
            return token if token is not None and offset < token.end else None
        return segment.token_around(self.text, offset)

    def token_after(self, offset: int, within: int = 40) -> Token | None:
        """The first word token starting at or after the offset (within a few characters)."""
        found = segment.WORD.search(self.text, offset, min(len(self.text), offset + within))
        return Token(found.start(), found.end(), found.group()) if found else None

    @part
    def _token_starts(self) -> list[int]:
        return [token.start for token in self.tokens]

    @part
    def sentence_initial(self) -> frozenset[int]:
        """Start offsets of the first word of every sentence (capitals there prove nothing)."""
        text = self.text
        search = (segment.RE_WORD if segment.re_agrees(text) else segment.WORD).search
        return frozenset(
            found.start()
            for sentence in self.sentences
            if (found := search(text, sentence.start, sentence.end))
        )

    @part
    def folded_text(self) -> str:
        """The text case-folded, offsets kept (see `fold_keeping_length`)."""
        return fold_keeping_length(self.text)

    @part
    def word_counts(self) -> dict[str, int]:
        """How often each word (split at hyphens and apostrophes, case-folded) occurs."""
        if not _folds_alike(self.text):
            return Counter(segment.word_units(self.folded_text))
        # The folded text splits at the same places: the written forms' counts, added up by
        # folded form (in the same order), save a second scan of the text.
        written = self._written_counts
        counts: dict[str, int] = {}
        for folded, count in zip(_folded_words(list(written)), written.values()):
            counts[folded] = counts.get(folded, 0) + count
        return Counter(counts)

    @part
    def _written_counts(self) -> Counter:
        """How often each word unit occurs as written: from the words once a rule has found
        them (`segment.word_units`)."""
        words = self.token_texts if is_made(self, "token_texts") else None
        return Counter(segment.word_units(self.text, words))

    def written_form(self, word: str) -> str:
        """The most frequent spelling, as written, of a case-folded word (itself if absent)."""
        forms = [
            (count, form) for form, count in self._written_counts.items() if form.casefold() == word
        ]
        return max(forms, key=lambda item: item[0])[1] if forms else word

    @part
    def capitalised_words(self) -> frozenset[str]:
        """Case-folded words written with a capital at least once."""
        forms = list(self._written_counts)
        initials = map(itemgetter(0), forms)
        return frozenset(map(str.casefold, compress(forms, map(str.isupper, initials))))

    @part
    def lower_case_words(self) -> frozenset[str]:
        """Words written all in lower case at least once."""
        return frozenset(filter(str.islower, self._written_counts))

    def word_set(self, folded: bool) -> frozenset[str]:
        """Distinct words (split at hyphens and apostrophes), case-folded or as written."""
        return self._folded_words if folded else self._words

    @part
    def _words(self) -> frozenset[str]:
        return frozenset(self._written_counts)

    @part
    def _folded_words(self) -> frozenset[str]:
        return frozenset(self.word_counts)


def union(spans: list[Span]) -> list[Span]:
    """The spans sorted, overlapping ones merged into one: in text order and apart, as
    `segment.outside` needs them."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def fold_keeping_length(text: str) -> str:
    """Case-folded, with offsets kept: where folding would change a length, as "ß" to "ss"
    does, such characters are lower-cased instead."""
    folded = text.casefold()
    if len(folded) == len(text):
        return folded
    return "".join(_fold_one(c) for c in text)


def _folds_alike(text: str) -> bool:
    """Whether folding keeps each character of the text a word character or not, so that
    the words of `fold_keeping_length(text)` are the text's words folded."""
    return segment.every_non_ascii(text, _fold_keeps_class)


@lru_cache(maxsize=4096)
def _fold_keeps_class(char: str) -> bool:
    unit = segment.WORD_UNIT.match
    return bool(unit(char)) == bool(unit(_fold_one(char)))


def _folded_words(words: list[str]) -> list[str]:
    """`fold_keeping_length` of each word: at C speed for all of them at once when no
    letter folds to several."""
    joined = "\n".join(words)
    folded = joined.casefold()
    if len(folded) != len(joined):
        return [fold_keeping_length(word) for word in words]
    return folded.split("\n") if words else []


def _fold_one(char: str) -> str:
    for folded in (char.casefold(), char.lower()):
        if len(folded) == 1:
            return folded
    return char


def _normalise_newlines(text: str) -> tuple[str, list[int]]:
    """Text with "\n" only, and the normalised offsets of newlines that were CRLF."""
    if "\r" not in text:
        return text, []
    crlf: list[int] = []
    parts: list[str] = []
    removed = 0
    index = text.find("\r")
    last = 0
    while index != -1:
        parts.append(text[last:index])
        if text.startswith("\r\n", index):
            crlf.append(index - removed)
            removed += 1
            last = index + 2
        else:
            last = index + 1
        parts.append("\n")
        index = text.find("\r", last)
    parts.append(text[last:])
    return "".join(parts), crlf


def _has_c1(text: str) -> bool:
    return not text.isascii() and C1.search(text) is not None

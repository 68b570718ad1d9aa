"""Markdown (CommonMark, with tables and strikethrough) to prose, via markdown-it-py.

The prose holds the text of paragraphs, headings, list items, block quotes, table cells and
image alt text, each block separated by a blank line, plus the front-matter fields named as
prose (a `lang` or `language` field declares the post's language). Runs of spaces read as
one space, as they render; the text of emphasis and links is recorded (scopes "emphasis"
and "link"). The items of a tight list (no blank line between them) stay on consecutive
lines, as in the file, so that line-based rules see a list as a run of lines. Code (fenced,
indented, inline: a code span with prose beside it on its line stands as one placeholder),
HTML, link destinations, bare URLs and the rest of the front matter are left out (the
code's text is kept apart, `Prose.code`);
newslint's own suppression comments are kept, each on a line of its own, so `suppress.py`
reads them as in plain text.

markdown-it gives block tokens their source lines but inline tokens no positions, so each
inline token's text is aligned with its source line by line, then character by character
(escapes and entities stand for their source).
"""

from __future__ import annotations

import html
from functools import lru_cache

import regex

from newslint.config.keys import FRONT_MATTER_FIELDS
from newslint.disk_cache import compiled_regex
from newslint.document import segment
from newslint.document.segment import PLACEHOLDER, Span
from newslint.document.sourcemap import LOCKED, Prose, ProseBuilder
from newslint.input import frontmatter, templates
from newslint.input.suppression_syntax import COMMENT

ENTITY = compiled_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
BLANK_LINE = compiled_regex(r"\n[ \t]*\n")
BARE_URL = compiled_regex(r"(?:https?://|ftp://|www\.)[^\s<>]*[^\s<>.,;:!?'\")\]]")
ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
BLOCKS = {"paragraph_open": "paragraph", "heading_open": "heading", "th_open": "table"}
BLOCKS["td_open"] = "table"
CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list"}
LANGUAGE_FIELDS = ("lang", "language")  # front-matter fields declaring the post's language
# Inline markup whose text the reader records (see `Prose`): emphasis, and link text.
INLINE_SPANS = {"em": "emphasis", "strong": "emphasis", "link": "link"}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # slow to import: only for Markdown files

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def reader(path: str, prose_fields=FRONT_MATTER_FIELDS):
    """A Document reader for Markdown files (see `Document`)."""
    return lambda source: parse(source, path, tuple(prose_fields))


def parse(source: str, path: str = "<markdown>", prose_fields=FRONT_MATTER_FIELDS) -> Prose:
    lines = segment.line_spans(source)
    out = _Output(source)
    matter = frontmatter.read(source, lines, (*prose_fields, *LANGUAGE_FIELDS), path)
    body_line = 0
    if matter is not None:
        for field in matter.fields:
            if field.name in LANGUAGE_FIELDS:
                out.language = out.language or field.value.strip()
            if field.name in prose_fields:
                out.field(field)
        body_line = source.count("\n", 0, matter.end)
        out.errors.extend(matter.errors)
    body_start = lines[body_line].start if body_line < len(lines) else len(source)
    char = templates.mask_char(source)
    body = templates.mask(source, body_start, char, path.lower().endswith(".mdx"))
    masked = source[:body_start] + body
    _Walker(out, lines, body_line, masked, char).run(_parser().parse(body))
    return out.prose()


class _Output:
    """The prose being built, with the spans of every scope."""

    def __init__(self, source: str):
        self.source = source
        self.builder = ProseBuilder(source)
        self.scopes: dict[str, list[Span]] = {"paragraph": [], "headline": [], "lead": []}
        self.last_end = 0  # source offset where the previous block ended
        self.separator = "\n\n"
        self.tight_item = False  # the previous block was an item of a tight list
        self.errors: list = []  # front-matter errors: reported, the body still read
        self.language: str | None = None  # the front matter's `lang` or `language`
        self.code: list[str] = []  # code spans and blocks (`Prose.code`)

    def begin(self, source_start: int, tight_item: bool = False) -> int:
        separator = self.separator
        if (
            tight_item
            and self.tight_item
            and not BLANK_LINE.search(self.source, self.last_end, source_start)
        ):
            separator = "\n"
        self.builder.separate(self.last_end, source_start, separator)
        self.separator = "\n\n"
        self.tight_item = tight_item
        return self.builder.length

    def end(self, start: int, scopes, source_end: int) -> Span | None:
        self.last_end = source_end
        span = self.builder.trimmed_since(start)
        if span.end <= span.start:
            return None
        self.scopes["paragraph"].append(span)
        for scope in scopes:
            self.scopes.setdefault(scope, []).append(span)
        return span

    def field(self, field: frontmatter.Field) -> None:
        start = self.begin(field.pieces[0].start)
        for index, piece in enumerate(field.pieces):
            if index:
                self.builder.stand_for("\n", field.pieces[index - 1].end, piece.start, LOCKED)
            if field.exact:
                self.builder.copy(piece.start, piece.end)
            else:
                self.builder.stand_for(field.value, piece.start, piece.end)
        span = self.end(start, ("front-matter",), field.pieces[-1].end)
        if span and field.name == "title" and not self.scopes["headline"]:
            self.scopes["headline"].append(span)

    def comment(self, start: int, end: int) -> None:
        """A suppression comment, on its own line, directly before the next block."""
        self.begin(start)
        self.builder.copy(start, end)
        self.last_end = end
        self.separator = "\n"

    def prose(self) -> Prose:
        text, source_map = self.builder.build()
        for name in set(INLINE_SPANS.values()) & set(self.scopes):
            self.scopes[name] = [segment.trim(text, *span) for span in self.scopes[name]]
        return Prose(
            text,
            source_map,
            self.scopes,
            errors=tuple(self.errors),
            language=self.language,
            authored=True,
            code=tuple(self.code),
        )


class _Walker:
    def __init__(self, out: _Output, lines: list[Span], first_line: int, masked: str, mask: str):
        self.out = out
        self.source = masked  # the source with template tags masked (see `templates`)
        self.mask = mask
        self.lines = lines
        self.first_line = first_line  # markdown-it counts lines from the body's start
        self.containers: list[str] = []

    def run(self, tokens) -> None:
        block = None
        for token in tokens:
            if token.type in CONTAINERS:
                self.containers.append(CONTAINERS[token.type])
            elif token.type.endswith("_close") and token.type.replace("_close", "_open") in (
                CONTAINERS
            ):
                self.containers.pop()
            elif token.type in BLOCKS:
                block = (BLOCKS[token.type], token)
            elif token.type == "inline" and block is not None:
                self.inline(token, *block)
                block = None
            elif token.type == "html_block":
                self.comments(token)
            elif token.type in ("fence", "code_block"):
                self.out.code.append(token.content)

    def line_span(self, index: int) -> Span:
        return self.lines[min(index + self.first_line, len(self.lines) - 1)]

    def comments(self, token) -> None:
        start = self.line_span(token.map[0]).start
        end = self.line_span(token.map[1] - 1).end
        for found in COMMENT.finditer(self.source, start, end):
            self.out.comment(found.start(), found.end())

    def inline(self, token, kind: str, opener) -> None:
        origin = self.content_origin(token, kind == "table")
        if origin is None:
            return
        scopes = [kind] if kind != "paragraph" else []
        scopes = list(dict.fromkeys(scopes + self.containers))
        # markdown-it hides the paragraphs of tight lists (they render without <p>).
        tight_item = opener.type == "paragraph_open" and opener.hidden
        start = self.out.begin(origin[0], tight_item)
        _Inline(self.out, token.content, origin, self.mask).run(token.children or [])
        span = self.out.end(start, scopes, origin[-1])
        if span is None:
            return
        headline, lead = self.out.scopes["headline"], self.out.scopes["lead"]
        if kind == "heading" and not headline:
            headline.append(span)
        elif kind == "paragraph" and not self.containers and not lead:
            lead.append(span)

    def content_origin(self, token, table: bool) -> list[int] | None:
        """The source offset of every character of the token's content (and of its end),
        found line by line; None if a line cannot be found (tabs expanded, say)."""
        origin: list[int] = []
        parts = token.content.split("\n")
        for index, part in enumerate(parts):
            span = self.line_span(token.map[0] + index)
            line = self.source[span.start : span.end]
            if table:
                at = line.find(part, self._cell_cursor(span))
                self._cursor = (span, at + len(part))
            else:
                at = line.rfind(part)
            if at < 0:
                return None
            origin.extend(range(span.start + at, span.start + at + len(part)))
            origin.append(span.start + at + len(part) if index == len(parts) - 1 else span.end)
        return origin

    _cursor: tuple[Span, int] | None = None

    def _cell_cursor(self, span: Span) -> int:
        return self._cursor[1] if self._cursor and self._cursor[0] == span else 0


class _Inline:
    """Aligns an inline token's children with its content and emits their prose."""

    def __init__(self, out: _Output, content: str, origin: list[int], mask: str):
        self.out = out
        self.builder = out.builder
        self.mask = mask
        self.left_out = regex.compile(
            f"{regex.escape(mask)}+|{BARE_URL.pattern}|(?P<spaces>[ \t]{{2,}})"
        )
        self.block_start = out.builder.length
        self.line_start = out.builder.length  # where the prose of the current line starts
        self.tag_on_line = False
        self.pending: int | None = None  # content offset of a line break not yet written
        self.content = content
        self.origin = origin
        self.at = 0  # position in content
        self.collapse = False  # something was left out: do not double the space around it
        self.opened: list[tuple[str, int]] = []  # open INLINE_SPANS markup, prose start

    def run(self, children) -> None:
        skipping_link = False
        for child in children:
            kind = child.type
            if skipping_link:
                skipping_link = kind != "link_close"
                if not skipping_link:
                    self.skip_to(">", after=True)
                continue
            if kind == "text":
                self.text(child.content)
            elif kind in ("softbreak", "hardbreak"):
                self.newline()
            elif kind == "code_inline":
                self.code(child.markup)
            elif kind == "html_inline":
                self.html(child.content)
            elif kind == "link_open" and child.markup in ("autolink", "linkify"):
                self.skip_to("<")
                skipping_link = True
            elif kind == "link_close":
                self.close_span("link")
                self.destination()
            elif kind == "link_open" or kind in ("em_open", "strong_open"):
                self.opened.append((kind[:-5], self.builder.length))
            elif kind in ("em_close", "strong_close"):
                self.close_span(kind[:-6])
            elif kind == "image":
                start = self.builder.length
                self.run(child.children or [])
                if self.builder.length > start:
                    self.out.scopes.setdefault("alt", []).append(Span(start, self.builder.length))
                self.destination()

    def close_span(self, markup: str) -> None:
        """Record the text of the innermost open `markup` (emphasis or link text)."""
        for index in range(len(self.opened) - 1, -1, -1):
            if self.opened[index][0] == markup:
                start = self.opened.pop(index)[1]
                if self.builder.length > start:
                    span = Span(start, self.builder.length)
                    self.out.scopes.setdefault(INLINE_SPANS[markup], []).append(span)
                return

    # -- text ------------------------------------------------------------------------
    def text(self, text: str) -> None:
        # A space right after one ends a piece of markup ("[role ](url) has") renders as one.
        self.collapse = self.collapse or self.builder.ends_with(" ")
        last = 0
        for found in self.left_out.finditer(text):
            self.chars(text[last : found.start()])
            if found.group().startswith(self.mask):
                self.tag(found.group())
            elif found.group("spaces"):
                self.spaces(found.group())
            else:
                self.chars(found.group(), emit=False)
                self.collapse = True
            last = found.end()
        self.chars(text[last:])

    def tag(self, text: str) -> None:
        """Masked markup (see `templates`): left out, or between two words on a line, one
        locked PLACEHOLDER standing for it, so that the words around it are neither glued
        together nor read as a doubled word."""
        first = self.content.find(self.mask, self.at)
        self.chars(text, emit=False)
        self.tag_on_line = True
        self.stand_in(first, both_sides=True)

    def stand_in(self, first: int, both_sides: bool) -> None:
        """content[first:self.at], just left out: one locked PLACEHOLDER for it when prose
        stands before it on its line and after it (`both_sides`), or on either side."""
        before = self.builder.length > self.line_start
        line_end = self.content.find("\n", self.at)
        rest = self.content[self.at : line_end if line_end >= 0 else None].strip()
        after = bool(rest) and not rest.startswith(self.mask)
        if first >= 0 and ((before and after) or (not both_sides and (before or after))):
            self.flush()
            self.builder.stand_for(
                PLACEHOLDER, self.origin[first], self.origin[self.at - 1] + 1, LOCKED
            )
            self.collapse = False
        else:
            self.collapse = True

    def spaces(self, run: str) -> None:
        """A run of spaces renders as one space: one space stands for it (none after a
        space), so that spaces a reader never sees are not reported."""
        self.chars(run, emit=False)
        if self.builder.length == self.line_start or self.builder.ends_with(" "):
            return
        self.flush()
        start = self.origin[self.at - len(run)]
        self.builder.stand_for(" ", start, self.origin[self.at - 1] + 1)
        self.collapse = False

    def chars(self, text: str, emit: bool = True) -> None:
        if emit and text:
            self.flush()
        content, origin, builder = self.content, self.origin, self.builder
        index = 0
        while index < len(text):
            run = self._plain_run(text, index) if emit and not self.collapse else 0
            if run > 1:  # most of a text: copied as a whole, not character by character
                builder.copy(origin[self.at], origin[self.at] + run)
                self.at += run
                index += run
                continue
            char = text[index]
            while self.at < len(content):
                here = content[self.at]
                if here == char:
                    if emit and not self._collapsed(char):
                        builder.copy(origin[self.at], origin[self.at] + 1)
                    self.at += 1
                    break
                if (
                    here == "\\"
                    and content[self.at + 1 : self.at + 2] == char
                    and char in ASCII_PUNCTUATION
                ):
                    if emit:
                        builder.stand_for(char, origin[self.at], origin[self.at + 1] + 1)
                    self.at += 2
                    break
                entity = ENTITY.match(content, self.at) if here == "&" else None
                if entity and html.unescape(entity.group()).startswith(char):
                    decoded = html.unescape(entity.group())
                    if emit:
                        builder.stand_for(decoded, origin[self.at], origin[entity.end() - 1] + 1)
                    index += len(decoded) - 1
                    self.at = entity.end()
                    break
                self.at += 1  # markup: emphasis delimiters, brackets
            index += 1
            if emit:
                self.collapse = False

    def _plain_run(self, text: str, index: int) -> int:
        """How many characters from text[index] the inline content holds as they are at
        the current place, from one stretch of the source (no markup, escape or entity, no
        line break in between). Both conditions only fail further on once they fail: a
        binary search finds the longest run."""
        content, origin, at = self.content, self.origin, self.at
        low, high = 0, min(len(text) - index, len(content) - at)
        while low < high:
            mid = (low + high + 1) // 2
            plain = text[index : index + mid] == content[at : at + mid]
            if plain and origin[at + mid - 1] - origin[at] == mid - 1:
                low = mid
            else:
                high = mid - 1
        source = self.builder.source
        start = origin[at] if low else 0
        return low if source[start : start + low] == text[index : index + low] else 0

    def _collapsed(self, char: str) -> bool:
        """A space after left-out text, when the prose already ends with a space."""
        return (
            self.collapse
            and char in " \t"
            and (not self.builder.parts or self.builder.parts[-1][-1:] in (" ", "\t", "\n"))
        )

    def newline(self) -> None:
        """A line break, written when the next line brings prose: a line of template tags
        only gets no line of its own (nor does a block ending with one end with a break)."""
        found = self.content.find("\n", self.at)
        if found >= 0:
            if not (self.tag_on_line and self.builder.length == self.line_start):
                self.flush()
                self.pending = found
            self.at = found + 1
            self.line_start, self.tag_on_line = self.builder.length, False

    def flush(self) -> None:
        if self.pending is not None:
            self.builder.copy(self.origin[self.pending], self.origin[self.pending] + 1)
            self.pending = None
            self.line_start = self.builder.length

    # -- left out --------------------------------------------------------------------
    def skip_to(self, marker: str, after: bool = False) -> None:
        found = self.content.find(marker, self.at)
        if found >= 0:
            self.at = found + (len(marker) if after else 0)
        self.collapse = True

    def code(self, fence: str) -> None:
        """A code span: a placeholder for it when prose stands beside it on its line ("to
        `dyn Any` to" is no doubled word; "`npm` is fast" starts a sentence)."""
        opening = self.content.find(fence, self.at)
        if opening < 0:
            return
        closing = regex.compile(rf"(?<!`){regex.escape(fence)}(?!`)")
        found = closing.search(self.content, opening + len(fence))
        end = found.start() if found else len(self.content)
        self.out.code.append(self.content[opening + len(fence) : end])
        self.at = found.end() if found else len(self.content)
        self.stand_in(opening, both_sides=False)

    def html(self, tag: str) -> None:
        found = self.content.find(tag, self.at)
        if found < 0:
            return
        if COMMENT.fullmatch(tag):
            self.flush()
            self.builder.copy(self.origin[found], self.origin[found] + len(tag))
        else:
            self.collapse = True
        self.at = found + len(tag)

    def destination(self) -> None:
        """After a link's text: `](url "title")`, `][ref]` or nothing (a shortcut)."""
        content = self.content
        if content[self.at : self.at + 1] != "]":
            return
        self.at += 1
        if content[self.at : self.at + 1] == "[":
            close = content.find("]", self.at)
            self.at = close + 1 if close >= 0 else self.at
        elif content[self.at : self.at + 1] == "(":
            self.at = _closing_paren(content, self.at)


def _closing_paren(content: str, start: int) -> int:
    """The offset after the `)` that closes the `(` at start (escapes, <...>, quotes kept)."""
    depth, index, quote = 0, start, None
    while index < len(content):
        char = content[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'" and depth == 1 and content[index - 1].isspace():
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(content)

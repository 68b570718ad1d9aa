"""HTML (a CMS export, a saved page) to prose, with the standard library's `html.parser`.

Why that parser: it is tolerant of broken markup like a browser, and it reports where every
tag, text run and entity starts (`getpos`); with `convert_charrefs=False` text reaches us as
it is written and each entity separately, so every prose character maps to its source.

Article prose is the text of block elements (p, h1-h6, li, blockquote, figcaption, td...);
script, style, code, pre, template, noscript, svg and the document head are left out (the
text of code, pre, kbd and samp is kept apart: `Prose.code`). When
the page has an <article> (or <main>) element, only its text is the article. Text in nav,
aside, footer (and a header outside an article), or in elements whose class or id has a
whole word naming a widget (menu, share, social, related, newsletter, cookie, subscribe: see
`chrome_names`), is kept in the prose under the `chrome` scope, with the element that made it
so (`Prose.origins`): it is evidence of leftover interface, which `boilerplate.page-chrome`
reports.

Page chrome is decided by structure as well as by name (issue 13: a `menu-open` class on
<body> made whole articles "furniture"). <html> and <body> are never chrome, nor is the
article container (<article>, <main>) or anything around it: an element outside the
container marks nothing inside it. And an element whose text is more than half of the page's
prose (`CHROME_MAJORITY`) holds the article, whatever it is called: once the page is read,
such elements are found and the page is read again with them unmarked.

The text of <blockquote> and <q> elements is quoted material (the `quote` scope; browsers
show a <q> with quotation marks that the prose does not have).

A `lang` (or `xml:lang`) attribute on <html> declares the page's language; on another
element, the language of its text (`Prose.language_spans`).

Blocks are separated by a blank line, except the items of one list (<li> elements with their
text directly inside, as a tight Markdown list renders), which stay on consecutive lines so
that line-based rules see a list as a run of lines.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import NamedTuple

from newslint.document import segment
from newslint.document.segment import Span
from newslint.document.sourcemap import LOCKED, Prose, ProseBuilder
from newslint.errors import InputError
from newslint.input.chrome_names import chrome_class
from newslint.input.suppression_syntax import COMMENT

SKIPPED = frozenset(
    "script style code pre template noscript svg math head textarea select iframe".split()
)
BLOCKS = frozenset(
    """p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote figure figcaption caption table tr td
    th div section article main header footer nav aside address hr form details summary
    body html""".split()
)
# Elements whose text is code, a key or a program's output: its words are the page's own
# terms (`Prose.code`); <kbd> and <samp> are read as prose as well.
CODE_ELEMENTS = frozenset("code pre kbd samp".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
CHROME_ELEMENTS = frozenset("nav aside footer".split())
NEVER_CHROME = frozenset(("html", "body"))
ARTICLE_CONTAINERS = frozenset(("article", "main"))
# An element holding more than this share of the page's prose characters is the article's
# container, not chrome: furniture is the small part of a page.
CHROME_MAJORITY = 0.5
SCOPE_OF = {"li": "list", "blockquote": "quote", "figcaption": "caption", "caption": "caption"}
SCOPE_OF.update(td="table", th="table")
# Inline elements whose text the reader records (see `Prose`): emphasis, and link text.
INLINE_SPANS = {"em": "emphasis", "strong": "emphasis", "i": "emphasis", "b": "emphasis"}
INLINE_SPANS.update(a="link")
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
ARTICLE = re.compile(r"<(?:article|main)\b", re.I)
WHITESPACE = re.compile(r"\s+")
LISTS = frozenset(("ul", "ol"))


# One attribute of a start tag, as html.parser reads them.
ATTRIBUTE = re.compile(
    r"""(?<=[\s/'"])(?P<name>[^\s/>][^\s/>=]*)(?:\s*=\s*(?P<value>'[^']*'|"[^"]*"|[^\s>]*))?"""
)


class _Open(NamedTuple):
    """An element the parser is inside."""

    tag: str
    chrome: str | None  # the element, written out, when it marks its text as page chrome
    serial: int  # which element: the n-th start tag of the page


def reader(path: str):
    """A Document reader for HTML files (see `Document`)."""
    return lambda source: parse(source, path)


def parse(source: str, path: str = "<html>") -> Prose:
    """The prose of an HTML text; InputError (file:line:column) where markup is left open
    so that the rest of the file would be lost: an unterminated comment, a tag left open
    over several lines, or a script, style or similar element never closed. A last tag
    cut off on its own line ('</h' at the end of a truncated download) loses no prose and
    is dropped."""
    not_chrome: frozenset[int] = frozenset()
    while True:
        parser = _read(source, path, not_chrome)
        holding_most = parser.chrome_holding_most()
        if holding_most <= not_chrome:
            return parser.prose()
        not_chrome |= holding_most


def _read(source: str, path: str, not_chrome: frozenset[int]) -> _Parser:
    """The parser after reading the whole page, with the elements `not_chrome` (serials)
    not marking their text as chrome."""
    parser = _Parser(source, not_chrome)
    try:
        parser.feed(source)
    except AssertionError:  # html.parser's own check of a "<![" section (Python < 3.13)
        start = source.rfind("<!", 0, parser.here() + 1)
        line = source.count("\n", 0, start) + 1
        column = start - source.rfind("\n", 0, start)
        raise InputError("broken HTML: unreadable <! markup", path, line, column) from None
    if parser.rawdata.startswith("<"):
        if _truncated_last_tag(parser.rawdata):
            parser.rawdata = ""  # dropped, as a browser drops a tag cut off by the end of file
        else:
            line, column = parser.getpos()
            kind = "comment" if parser.rawdata.startswith("<!--") else "tag"
            raise InputError(f"broken HTML: unterminated {kind}", path, line, column + 1)
    parser.close()
    for tag, line, column in parser.raw_open:
        raise InputError(f"broken HTML: <{tag}> is never closed", path, line, column + 1)
    parser.flush(len(source))
    return parser


def _truncated_last_tag(rest: str) -> bool:
    """Whether the unparsed end of a page is one tag cut off by the end of the file
    ('</h', '<a href="x'): one line, so no prose is lost with it. A comment or a tag that
    runs over lines may be hiding the article's last paragraphs."""
    return not rest.startswith("<!--") and "\n" not in rest.rstrip()


class _Parser(HTMLParser):
    def __init__(self, source: str, not_chrome: frozenset[int] = frozenset()):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.not_chrome = not_chrome  # elements (serials) found to hold most of the prose
        self.chrome_chars: dict[int, int] = {}  # prose characters under each chrome element
        self.line_starts = [span.start for span in segment.line_spans(source)]
        self.builder = ProseBuilder(source)
        self.stack: list[_Open] = []
        self.serial = 0
        self.has_article = ARTICLE.search(source) is not None
        self.scopes: dict[str, list[Span]] = {"paragraph": [], "headline": [], "lead": []}
        self.block_start = 0  # prose offset where the current block began
        self.block_kind: str | None = None
        self.previous_item: int | None = None  # the list whose item was the previous block
        self.origins: dict[Span, str] = {}
        self.last_end = 0  # source offset after the previous block's last text
        self.raw_open: list[tuple[str, int, int]] = []  # script/style not yet closed
        self.inline_quotes: dict[int, int] = {}  # open <q> elements (serial: prose start)
        self.language: str | None = None  # <html lang>
        self.lang_open: list[tuple[int, int, str]] = []  # (serial, prose start, lang) open
        self.language_spans: list[tuple[int, int, str]] = []
        self.inline_open: list[tuple[str, int]] = []  # INLINE_SPANS elements, prose start
        self.inline_spans: dict[str, list[Span]] = {}
        self.after_alt = False  # alt text was the last prose written
        self.code: list[str] = []  # the text of code elements (`Prose.code`)

    # -- positions -------------------------------------------------------------------
    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def tag_end(self, start: int) -> int:
        """The offset after the tag starting at `start` (the parser has just read it)."""
        text = self.get_starttag_text()
        if text and self.source.startswith(text, start):
            return start + len(text)
        end = self.source.find(">", start)
        return end + 1 if end >= 0 else len(self.source)

    # -- state -----------------------------------------------------------------------
    def open_tags(self):
        return [entry.tag for entry in self.stack]

    def skipping(self) -> bool:
        tags = self.open_tags()
        if any(tag in SKIPPED for tag in tags):
            return True
        return self.has_article and not (ARTICLE_CONTAINERS & set(tags))

    def chrome_elements(self) -> list[_Open]:
        """The open elements that mark their text as page chrome, innermost first; none
        outside the innermost article container (<article>, <main>)."""
        found = []
        for entry in reversed(self.stack):
            if entry.tag in ARTICLE_CONTAINERS:
                break
            if entry.chrome:
                found.append(entry)
        return found

    def chrome_mark(self, tag: str, attrs) -> str | None:
        """The element written out ("<nav>", '<div class="share-bar">') when it is page
        chrome: by its tag, or by the class or id word that names an interface widget.
        Called with the element's serial already counted."""
        if tag in NEVER_CHROME or tag in ARTICLE_CONTAINERS or self.serial in self.not_chrome:
            return None
        if tag in CHROME_ELEMENTS or (tag == "header" and "article" not in self.open_tags()):
            return f"<{tag}>"
        for name, value in attrs:
            if name in ("class", "id") and value and (word := chrome_class(value)):
                return f'<{tag} {name}="{word}">'
        return None

    def chrome_holding_most(self) -> frozenset[int]:
        """The chrome-marked elements (serials) whose text is more than `CHROME_MAJORITY`
        of the page's prose: the article's container, not furniture."""
        total = sum(span.end - span.start for span in self.scopes["paragraph"])
        return frozenset(
            serial for serial, chars in self.chrome_chars.items() if chars > CHROME_MAJORITY * total
        )

    def outer_list(self) -> int | None:
        """The outermost open list (its serial): nested items belong to the same list."""
        return next((entry.serial for entry in self.stack if entry.tag in LISTS), None)

    # -- events ----------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        start = self.here()
        if tag in BLOCKS:
            self.flush(start)
        if tag == "br" and not self.skipping():
            self.builder.stand_for("\n", start, self.tag_end(start), LOCKED)
        if tag == "img" and not self.skipping():
            self.alt(dict(attrs).get("alt"), start)
        if tag in VOID:
            return
        self.serial += 1
        self.stack.append(_Open(tag, self.chrome_mark(tag, attrs), self.serial))
        self.declare_language(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.raw_open.append((tag, *self.getpos()))
        if tag in HEADINGS or tag in SCOPE_OF or tag == "p":
            self.block_kind = tag
        if tag == "q" and not self.skipping():
            self.inline_quotes[self.serial] = self.builder.length
        if tag in INLINE_SPANS:
            self.inline_open.append((tag, self.builder.length))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1].tag == tag:
            self.pop()

    def handle_endtag(self, tag):
        if tag not in self.open_tags():
            if tag in BLOCKS:  # a stray block end ("</blockquote>" after a closed <b>) still
                self.flush(self.here())  # ends its text: "agree.Technology" is two blocks
            return  # otherwise a stray end tag: browsers ignore it too
        if tag in BLOCKS:
            self.flush(self.here())
        if tag in INLINE_SPANS:
            self.close_inline(tag)
        self.raw_open = [entry for entry in self.raw_open if entry[0] != tag]
        while self.stack:
            entry = self.pop()
            if entry.serial in self.inline_quotes:
                self.inline_quote(self.inline_quotes.pop(entry.serial))
            if entry.tag == tag:
                break

    def handle_data(self, data):
        if CODE_ELEMENTS.intersection(self.open_tags()):
            self.code.append(data)
        if self.skipping():
            return
        start = self.here()
        for piece in re.finditer(r"\s+|\S+", data):
            at = start + piece.start()
            if piece.group().isspace():
                self.space(at, at + len(piece.group()))
            else:
                self.begin_text(at)
                self.builder.copy(at, at + len(piece.group()))
        self.last_end = start + len(data)

    def handle_entityref(self, name):
        self.entity(f"&{name};", f"&{name}")

    def handle_charref(self, name):
        self.entity(f"&#{name};", f"&#{name}")

    def entity(self, with_semicolon: str, without: str):
        if self.skipping():
            return
        start = self.here()
        written = with_semicolon if self.source.startswith(with_semicolon, start) else without
        decoded = html.unescape(written)
        if decoded.isspace():
            self.space(start, start + len(written))
            return
        self.begin_text(start)
        self.builder.stand_for(decoded, start, start + len(written))
        self.last_end = start + len(written)

    def handle_comment(self, data):
        start = self.here()
        end = self.source.find("-->", start)
        end = end + 3 if end >= 0 else len(self.source)
        if COMMENT.fullmatch(self.source, start, end):
            self.flush(start)
            self.builder.separate(self.last_end, start, "\n\n")
            self.builder.copy(start, end)
            self.builder.stand_for("\n", end, end, LOCKED)
            self.block_start = self.builder.length
            self.last_end = end

    def declare_language(self, tag: str, attrs) -> None:
        """Note a `lang` attribute: the page's on <html>, else its element's text's."""
        values = [v for name, v in attrs if name in ("lang", "xml:lang") and v and v.strip()]
        if not values:
            return
        if tag == "html":
            self.language = values[-1]
        else:
            self.lang_open.append((self.serial, self.builder.length, values[-1]))

    def pop(self) -> _Open:
        """Close the innermost open element (and the language span it declared)."""
        entry = self.stack.pop()
        if self.lang_open and self.lang_open[-1][0] == entry.serial:
            _, start, lang = self.lang_open.pop()
            self.language_spans.append((start, self.builder.length, lang))
        return entry

    def close_inline(self, tag: str) -> None:
        """Record the prose of the innermost open `tag` (emphasis or link text)."""
        for index in range(len(self.inline_open) - 1, -1, -1):
            if self.inline_open[index][0] == tag:
                start = self.inline_open.pop(index)[1]
                if self.builder.length > start:
                    spans = self.inline_spans.setdefault(INLINE_SPANS[tag], [])
                    spans.append(Span(start, self.builder.length))
                return

    # -- building --------------------------------------------------------------------
    def begin_text(self, at: int) -> None:
        if self.block_start == self.builder.length and self.builder.length:
            if not self.builder.ends_with("\n"):
                next_item = (
                    self.block_kind == "li"
                    and self.previous_item is not None
                    and self.previous_item == self.outer_list()
                )
                self.builder.separate(self.last_end, at, "\n" if next_item else "\n\n")
            self.block_start = self.builder.length
        if self.after_alt:
            self.apart(at)
            self.after_alt = False

    def space(self, start: int, end: int) -> None:
        """Whitespace collapses to one space, inside a block only."""
        self.after_alt = False
        if self.block_start == self.builder.length or self.builder.ends_with(" "):
            return
        if self.builder.ends_with("\n"):
            return
        if self.source[start:end] == " ":
            self.builder.copy(start, end)
        else:
            self.builder.stand_for(" ", start, end)

    def alt(self, text: str | None, tag_start: int) -> None:
        if not text or not text.strip():
            return
        # The value of the last alt attribute, as the parser's dict of attributes has it.
        values = [
            found
            for found in ATTRIBUTE.finditer(self.source, tag_start, self.tag_end(tag_start))
            if found.group("name").lower() == "alt" and found.group("value") is not None
        ]
        if not values:
            return
        start, end = values[-1].span("value")
        if self.source[start : start + 1] in ("'", '"'):
            start, end = start + 1, end - 1
        self.begin_text(start)
        self.apart(start)
        before = self.builder.length
        # Whitespace in the value reads as one space, as in the text of the page.
        if self.source[start:end] == text:
            for piece in re.finditer(r"\s+|\S+", text):
                at, until = start + piece.start(), start + piece.end()
                if piece.group().isspace() and piece.group() != " ":
                    self.builder.stand_for(" ", at, until)
                else:
                    self.builder.copy(at, until)
        else:  # entities in the value: it stands for its source as a whole
            self.builder.stand_for(" ".join(text.split()), start, end)
        self.last_end = end
        self.scopes.setdefault("alt", []).append(Span(before, self.builder.length))
        # Text right after the image is kept apart from the alt text too (see `begin_text`).
        self.after_alt = True

    def apart(self, at: int) -> None:
        """A locked space at `at` unless the block's prose so far is empty or ends with
        whitespace: alt text is never glued to the words around the image ("beachThe")."""
        if self.builder.length > self.block_start and not (
            self.builder.ends_with(" ") or self.builder.ends_with("\n")
        ):
            self.builder.stand_for(" ", at, at, LOCKED)

    def inline_quote(self, start: int) -> None:
        """A <q> element's text is a quotation (browsers add the marks): the `quote` scope."""
        span = self.builder.trimmed_since(start)
        if span.end > span.start:
            self.scopes.setdefault("quote", []).append(span)

    def flush(self, at: int) -> None:
        """End the current block: record its span and scopes."""
        span = self.builder.trimmed_since(self.block_start)
        if span.end > span.start:
            self.record(span)
            self.previous_item = self.outer_list() if self.block_kind == "li" else None
        self.block_start = self.builder.length
        self.block_kind = None
        self.after_alt = False

    def record(self, span: Span) -> None:
        scopes = self.scopes
        scopes["paragraph"].append(span)
        tags = self.open_tags()
        kind = self.block_kind
        chrome_elements = self.chrome_elements()
        for entry in chrome_elements:
            self.chrome_chars[entry.serial] = (
                self.chrome_chars.get(entry.serial, 0) + span.end - span.start
            )
        chrome = chrome_elements[0].chrome if chrome_elements else None
        if chrome:
            scopes.setdefault("chrome", []).append(span)
            self.origins[span] = chrome
            return
        if kind in HEADINGS:
            scopes.setdefault("heading", []).append(span)
            if not scopes["headline"]:
                scopes["headline"].append(span)
        elif kind == "p" and not scopes["lead"] and not (set(tags) & set(SCOPE_OF)):
            scopes["lead"].append(span)
        for tag in tags:
            if tag in SCOPE_OF:
                scopes.setdefault(SCOPE_OF[tag], []).append(span)

    def prose(self) -> Prose:
        text, source_map = self.builder.build()
        for name, inline in self.inline_spans.items():
            self.scopes[name] = [segment.trim(text, *span) for span in inline]
        scopes = {k: sorted(set(v)) for k, v in self.scopes.items()}
        # Elements left open at the end of the page declare the rest of it.
        spans = self.language_spans + [(s, len(text), lang) for _, s, lang in self.lang_open]
        return Prose(
            text,
            source_map,
            scopes,
            self.origins,
            language=self.language,
            language_spans=tuple(spans),
            code=tuple(self.code),
        )

"""The words of a document's code (newslint.document.code_words), and the readers keeping
the code's text apart from the prose (`Prose.code`, `Document.code_words`)."""

from __future__ import annotations

from newslint.document.code_words import code_words
from newslint.document.model import Document
from newslint.input import html, markdown


def test_identifiers_split_where_code_joins_words():
    words = code_words(["let ok = tidy_feed::parseURL(XMLHttpRequest, ./lib/wordbox.rs);"])
    assert words == {
        "let",
        "ok",
        "tidy",
        "feed",
        "parseurl",
        "parse",
        "url",
        "xmlhttprequest",
        "xml",
        "http",
        "request",
        "lib",
        "wordbox",
        "rs",
    }


def test_markdown_code_spans_and_blocks_are_kept_apart_from_the_prose():
    source = (
        "Run `wordbox --tidy` first.\n\n"
        "```sh\nfeedcheck all\n```\n\n"
        "    indentedtool go\n\n"
        "The end.\n"
    )
    doc = Document(source, "post.md", markdown.reader("post.md"))
    assert doc.text == "Run \ufffc first.\n\nThe end."  # the code span stands as a placeholder
    assert {"wordbox", "tidy", "feedcheck", "all", "indentedtool", "go"} == doc.code_words


def test_html_code_pre_kbd_and_samp_words():
    source = (
        "<p>Press <kbd>Ctrl</kbd>, call <code>tidyFeed()</code>, read <samp>okdone</samp>.</p>"
        "<pre>wordbox run</pre>"
    )
    doc = Document(source, "page.html", html.reader("page.html"))
    assert doc.text == "Press Ctrl, call , read okdone."  # <kbd>, <samp>: prose as well
    assert doc.code_words == {"ctrl", "tidyfeed", "tidy", "feed", "okdone", "wordbox", "run"}


def test_plain_text_has_no_code_words():
    assert Document("Run `wordbox` first.", "story.txt").code_words == frozenset()

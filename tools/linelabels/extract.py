"""Article extractors from PyPI (the `train` extra), each as a function from a page's HTML to
its text, plus the whole visible page text as one more "extractor" (lines no extractor keeps).

Every library is imported on first use, so the labelling rule and its tests need none of them.
No extractor touches the network: newspaper's domain parser is given its bundled suffix list.
"""

from __future__ import annotations

import re
import signal
import warnings
from collections.abc import Callable
from functools import cache

import regex

# jusText needs a stoplist; pages in a language without one here use English.
JUSTEXT_STOPLISTS = {
    "cs": "Czech",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
}
# Elements whose text a reader never sees, and elements that start a new line.
HIDDEN = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select")
BLOCKS = (
    "address article aside blockquote dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul "
    "option caption center"
).split()
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_SPACE = regex.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # lxml refuses them in text
_BODY = re.compile(r"<body[\s>]", re.I)


class ExtractorTimeout(Exception):
    pass


def _raise_timeout(signum, frame):
    raise ExtractorTimeout


def run_with_timeout(function: Callable[[], str | None], seconds: float) -> str | None:
    """Run in the worker's main thread under SIGALRM (time spent in C code that never returns
    to Python is not interrupted)."""
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return function()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _clean(text: str | None) -> str | None:
    """Whitespace collapsed, control characters (raw or from entities) dropped."""
    return _SPACE.sub(" ", _CONTROL.sub("", text)) if text else text


def html_to_text(markup: str) -> str:
    """The visible text of HTML, one line per block element or <br>."""
    import lxml.html
    from lxml import etree

    markup = _XML_DECLARATION.sub("", markup)
    if not markup.strip():
        return ""
    root = lxml.html.document_fromstring(markup)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    etree.strip_elements(root, *HIDDEN, with_tail=False)
    for element in root.iter():
        element.text = _clean(element.text)
        element.tail = _clean(element.tail)
    for element in root.iter(*BLOCKS, "br"):
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return "".join(root.itertext())


def page_text(html: str, lang: str | None, url: str | None) -> str:
    return html_to_text(html)


def trafilatura_text(html: str, lang: str | None, url: str | None) -> str | None:
    import trafilatura

    return trafilatura.extract(html, url=url)


def justext_text(html: str, lang: str | None, url: str | None) -> str:
    import justext

    stoplist = justext.get_stoplist(JUSTEXT_STOPLISTS.get(lang or "en", "English"))
    paragraphs = justext.justext(html, stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def readability_text(html: str, lang: str | None, url: str | None) -> str:
    from readability import Document

    return html_to_text(Document(html).summary(html_partial=True))


@cache
def _goose():
    from goose3 import Goose

    return Goose({"enable_image_fetching": False})


def goose3_text(html: str, lang: str | None, url: str | None) -> str:
    return _goose().extract(raw_html=html).cleaned_text


def boilerpy3_text(html: str, lang: str | None, url: str | None) -> str:
    from boilerpy3 import extractors

    if not _BODY.search(html):  # boilerpy3 finds no text outside <body> (CleanEval fragments)
        html = f"<html><body>{html}</body></html>"
    return extractors.ArticleExtractor(raise_on_failure=True).get_content(html)


@cache
def _offline_newspaper():
    """newspaper4k parses URLs with tldextract, which fetches the public suffix list on first
    use; give it the list bundled with tldextract instead."""
    import tldextract
    from tldextract import tldextract as module

    module.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "nltk is not installed": its NLP is not used here
        import newspaper
    return newspaper


def newspaper_text(html: str, lang: str | None, url: str | None) -> str:
    newspaper = _offline_newspaper()
    article = newspaper.Article(
        url or "http://example.com/", language=lang or "en", fetch_images=False
    )
    article.download(input_html=html)
    article.parse()
    return article.text


def warm_up() -> None:
    """Import every extractor (and build its caches) once, in the parent process, so that a
    fresh worker forked for each page starts with them loaded and with no state left over
    from another page (newspaper4k's output on a page can depend on pages parsed before)."""
    page = "<html><body><h1>Warm up</h1><p>One short paragraph of text.</p></body></html>"
    for extractor in EXTRACTORS.values():
        try:
            extractor(page, "en", None)
        except Exception:  # an extractor may refuse so little text; the import is what counts
            pass


EXTRACTORS: dict[str, Callable[[str, str | None, str | None], str | None]] = {
    "page_text": page_text,
    "trafilatura": trafilatura_text,
    "justext": justext_text,
    "readability": readability_text,
    "goose3": goose3_text,
    "boilerpy3": boilerpy3_text,
    "newspaper": newspaper_text,
}

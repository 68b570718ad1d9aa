"""The labelling rule of tools/label_lines.py (tools/linelabels/match.py) on invented gold
text, and the site key that groups pages for cross-validation. Neither needs the extractors
nor the corpora."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from linelabels.match import GoldText, normalise  # noqa: E402
from linelabels.sources import site_of  # noqa: E402

GOLD = """\
Harbour Bridge Reopens
The council said on Tuesday that the harbour bridge will reopen to cyclists next
month, after repairs to its deck took longer than planned.
Engineers found corroded bolts under the southern span.
By Mara Kettle
"""


@pytest.fixture(scope="module")
def gold():
    return GoldText(GOLD)


@pytest.mark.parametrize(
    "line, label",
    [
        # whole sentences across the gold's hard wrap, however quoted, dashed and cased
        (
            "The council said on Tuesday that the harbour bridge will reopen to cyclists "
            "next month, after repairs to its deck took longer than planned.",
            "content",
        ),
        ("ENGINEERS FOUND CORRODED BOLTS UNDER THE SOUTHERN SPAN", "content"),
        (
            "Engineers found corroded bolts under the southern span \u2014 \u201cnext\u201d",
            "content",
        ),
        ("Engineers found corroded bolts &amp; under the southern span.", "content"),
        # one mis-decoded letter leaves the rest covered
        ("Engineers found corr\ufffdded bolts under the southern span.", "content"),
        # short lines: only a whole gold line is content
        ("Harbour Bridge Reopens", "content"),
        ("by mara kettle", "content"),
        ("harbour bridge", "ambiguous"),
        ("Share", "leftover"),
        ("Sign in", "leftover"),
        ("|", "leftover"),
        # interface lines
        ("Sign up to our newsletter for the best stories of the week", "leftover"),
        ("Read more: Council approves new ferry timetable for summer", "leftover"),
        # the same words in another order are not the gold
        ("span southern the under bolts corroded found engineers", "leftover"),
        # an article sentence merged with interface text
        (
            "Engineers found corroded bolts under the southern span. Click here to subscribe "
            "and never miss a story",
            "ambiguous",
        ),
    ],
)
def test_labels(gold, line, label):
    assert gold.label(line) == label


def test_words_glued_in_the_gold_still_match():
    glued = GoldText("The annotators kept the text but lost a space at everyline break here.")
    assert glued.label("kept the text but lost a space at every line break here") == "content"


def test_symbol_line_kept_in_the_gold_is_content():
    assert GoldText("Intro\n***\nMore text").label(" *** ") == "content"


def test_normalise():
    assert normalise("  It\u2019s  A\u00a0\u2013 &quot;Test&quot;\n") == 'it\'s a - "test"'


@pytest.mark.parametrize(
    "url, site",
    [
        ("http://news.bbc.co.uk/2/hi/uk_news/1.stm", "bbc.co.uk"),
        ("https://www.Example.com:8080/a/b", "example.com"),
        ("https://example.org", "example.org"),
        ("not a url", None),
        (None, None),
    ],
)
def test_site_of(url, site):
    assert site_of(url) == site


def test_page_text_is_one_line_per_block_without_hidden_text():
    pytest.importorskip("lxml")
    from linelabels.extract import html_to_text

    page = (
        '<?xml version="1.0"?><html><head><title>Hidden</title></head><body>'
        "<nav><a>Home</a> | <a>World</a></nav><script>var x = 1;</script>"
        "<p>The ferry\n   leaves at <b>noon</b>.<br>Tickets &#26;sold out.</p>"
        "<!-- a comment --><ul><li>One</li><li>Two</li></ul></body></html>"
    )
    lines = [line.strip() for line in html_to_text(page).splitlines() if line.strip()]
    assert lines == ["Home | World", "The ferry leaves at noon.", "Tickets sold out.", "One", "Two"]

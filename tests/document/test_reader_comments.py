"""Readers' comments printed under an article: which blocks are found, exact spans.

Sample texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from newslint.document.model import Document
from newslint.input.formats import reader_of

ARTICLE = "Bridge vote\n\nThe council voted on Tuesday to build a bridge, the mayor said.\n\n"
SIGNED_AFTER = (
    "I think this is a waste of money and alot of people agree.\n\n"
    "Marta Olsen, Bergen, Norway\n\n"
    "About time too! The old one is falling apart.\n"
    "Peter Hale, Dundee"
)


def blocks(text: str, fmt: str = "text") -> list[str]:
    name = {"text": "story.txt", "markdown": "story.md", "html": "story.html"}[fmt]
    reader = None if fmt == "text" else reader_of(fmt, name)
    doc = Document(text, name, reader=reader)
    return [doc.text[span.start : span.end] for span in doc.reader_comments]


def test_comments_each_followed_by_a_signature():
    assert blocks(ARTICLE + SIGNED_AFTER + "\n") == [SIGNED_AFTER]


def test_a_place_after_from():
    text = ARTICLE + SIGNED_AFTER.replace("Peter Hale, Dundee", "Peter Hale from Dundee") + "\n"
    assert blocks(text) == [SIGNED_AFTER.replace("Peter Hale, Dundee", "Peter Hale from Dundee")]
    unplaced = SIGNED_AFTER.replace(", Bergen, Norway", "").replace(", Dundee", "")
    assert blocks(ARTICLE + unplaced + "\n") == []


def test_exact_span_of_a_block():
    doc = Document(ARTICLE + SIGNED_AFTER + "\n")
    start = len(ARTICLE)
    assert [tuple(span) for span in doc.reader_comments] == [(start, start + len(SIGNED_AFTER))]


def test_comments_under_a_heading_signed_before_in_html():
    html = (
        "<html><body><h1>Bridge</h1><p>The council voted on Tuesday.</p>"
        "<h2>Your comments</h2><p>Anna Berg, Paris<br>It is a disgrace.</p>"
        "<p>Tom Reed, Leeds<br>It is about time.</p></body></html>"
    )
    assert blocks(html, "html") == [
        "Anna Berg, Paris\nIt is a disgrace.\n\nTom Reed, Leeds\nIt is about time."
    ]


def test_one_signed_comment_under_a_heading_in_markdown():
    text = (
        "# Bridge\n\nThe council voted on Tuesday.\n\n## Have your say\n\n"
        "It is a disgrace, frankly.\n\nAnna, Paris\n"
    )
    assert blocks(text, "markdown") == ["It is a disgrace, frankly.\n\nAnna, Paris"]


@pytest.mark.parametrize(
    "text",
    [
        # the article's own attribution: a clause with a verb, not a signature
        ARTICLE + "I was never asked, one resident said.\n\nJohn Smith, a farmer in Kent, said "
        "the plan was rushed.\n\nI agree with him, said another.\n\nAnna Berg, of Oslo, said so.\n",
        # a team sheet or a list of contributors: names one after another sign nothing
        ARTICLE + "I am told the side was named.\n\nG Thomas, H Luscombe, T Shanklin\n"
        "M Jones, D Peel\n\nI hear replacements come later.\n",
        # subheadings of the article
        ARTICLE + "I said it would pass.\n\nLocal Reaction\n\nMy neighbours were pleased.\n\n"
        "Next Steps\n\nWork starts in May.\n",
        # titled entries of a directory: nobody speaks in the first person
        ARTICLE + "Helps families find a home.\n\nHousing Trust, Leeds\n\n"
        "Runs a food bank on Fridays.\n\nFood Aid, Bradford\n",
        # labels in capitals
        ARTICLE + "I went to the clinic.\n\nCAMPS, CLINICS\n\nMy son went to a camp.\n\n"
        "LEAGUES, CLUBS\n",
        # a lone word under a comment heading is a button, not a signature
        ARTICLE + "Comments\n\nTweet\n",
    ],
)
def test_the_articles_own_text_is_not_comments(text):
    assert blocks(text) == []


def test_the_headline_signs_nothing():
    text = "Anna Berg, Paris\n\nI moved here in May.\n\nTom Reed, Leeds\n\nI left in June.\n"
    assert blocks(text) == []


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Your comments", True),
        ("12 Comments", True),
        ("(12) Comments:", True),
        ("Comments (12)", True),
        ("Comments 12", False),
        ("Comments (twelve)", False),
        ("Our comments", False),
    ],
)
def test_a_comment_heading_may_carry_a_count(line, heading):
    from newslint.document.reader_comments import _is_heading
    from newslint.document.segment import Span

    assert _is_heading(line, Span(0, len(line))) is heading

"""Sentences as a reader sees them (issue 13): markup around punctuation, abbreviations,
lower-case sentence starts, alt text and captions as units of their own, and the prose
sentences that sentence-scoped rules judge. Sample sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.document.model import Document
from newslint.document.segment import Span, outside, within
from newslint.input import html, markdown
from newslint.linting.lint import lint_document
from newslint.ruleset.loading import load_rule_file

STYLE = Path(__file__).resolve().parents[2] / "rules" / "style"


def read(text: str, path: str = "story.txt") -> Document:
    readers = {".md": markdown.reader, ".html": html.reader}
    reader = readers.get(Path(path).suffix)
    return Document(text, path, reader(path) if reader else None)


def sentences(text: str, path: str = "story.txt") -> list[str]:
    doc = read(text, path)
    return [doc.text[s.start : s.end] for s in doc.sentences]


def prose(text: str, path: str = "story.txt") -> list[str]:
    doc = read(text, path)
    return [doc.text[s.start : s.end] for s in doc.units("sentence")]


# -- markup around punctuation -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, path, expected",
    [
        # emphasis delimiters a parser keeps as text (CommonMark does here: `*.*` after a letter)
        (
            "The coat was a good fit*.* This one is not.",
            "a.md",
            ["The coat was a good fit*.*", "This one is not."],
        ),
        (
            "The coat was a good fit*.* This one is not.",
            "a.txt",
            ["The coat was a good fit*.*", "This one is not."],
        ),
        ("It was _over._ Then the rain came.", "a.txt", ["It was _over._", "Then the rain came."]),
        ("He said *no*. *Nobody* argued.", "a.txt", ["He said *no*.", "*Nobody* argued."]),
        # emphasis parsed away: the prose has the stop, the markup is gone
        ("**Done.** Next we paint the fence.", "a.md", ["Done.", "Next we paint the fence."]),
        (
            "The vote was *close.* Then came the recount.",
            "a.md",
            ["The vote was close.", "Then came the recount."],
        ),
        # a footnote reference or template tag (a placeholder in the prose) after the stop
        (
            "Turnout fell.[^1] Officials were surprised.",
            "a.md",
            ["Turnout fell.\ufffc", "Officials were surprised."],
        ),
        (
            "Turnout fell. {{ widget }} Officials were surprised.",
            "a.md",
            ["Turnout fell.", "\ufffc Officials were surprised."],
        ),
        # a code span starting the next sentence
        (
            "Install the tool first. `kettle brew` makes the tea.",
            "a.md",
            ["Install the tool first.", "\ufffc makes the tea."],
        ),
        # HTML emphasis around the stop
        (
            "<p>It was <em>fine.</em> Then it rained.</p>",
            "a.html",
            ["It was fine.", "Then it rained."],
        ),
        # numbered citation marks, as Wikipedia pages print them
        (
            "The war ended.[28][29] There were few dead. See note [3] below.",
            "a.txt",
            ["The war ended.[28][29]", "There were few dead.", "See note [3] below."],
        ),
    ],
)
def test_a_full_stop_inside_markup_ends_the_sentence(text, path, expected):
    assert sentences(text, path) == expected


# -- abbreviations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # etc.: a capital after it starts a sentence, a lower-case word continues
        (
            "They sell pears, plums, etc. Shoppers queue early.",
            ["They sell pears, plums, etc.", "Shoppers queue early."],
        ),
        ("Pears, plums, etc. are on sale.", ["Pears, plums, etc. are on sale."]),
        # e.g., i.e., vs. never end a sentence, whatever follows
        (
            "Use a bright colour, e.g. Saffron Yellow from the range.",
            ["Use a bright colour, e.g. Saffron Yellow from the range."],
        ),
        (
            "The older model, i.e. The Mark Two, sold best.",
            ["The older model, i.e. The Mark Two, sold best."],
        ),
        (
            "It was Harbour vs. The Rest in the final.",
            ["It was Harbour vs. The Rest in the final."],
        ),
        # titles never end one
        (
            "Gov. Marla Penn met Sen. Ode, Rep. Tull and Dr. Ash on St. Clair Road.",
            ["Gov. Marla Penn met Sen. Ode, Rep. Tull and Dr. Ash on St. Clair Road."],
        ),
        ("Mr. The Cat won the poll.", ["Mr. The Cat won the poll."]),
        # a domain or a version number before the stop is no abbreviation
        (
            "Read more on tealeaf.org. Readers can also write in.",
            ["Read more on tealeaf.org.", "Readers can also write in."],
        ),
        (
            "The fix shipped in 2.14. Kettle pages now load faster.",
            ["The fix shipped in 2.14.", "Kettle pages now load faster."],
        ),
        # dotted abbreviations keep their old behaviour
        ("The U.S. Senate met. It adjourned.", ["The U.S. Senate met.", "It adjourned."]),
    ],
)
def test_abbreviations_end_sentences_as_an_editor_expects(text, expected):
    assert sentences(text) == expected


# -- lower-case sentence starts ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Visit kettle.gov. kettle.gov lists every form.",
            ["Visit kettle.gov.", "kettle.gov lists every form."],
        ),
        ("Sales rose. iPad sales fell.", ["Sales rose.", "iPad sales fell."]),
        (
            "The auction closed. eBay said bids doubled.",
            ["The auction closed.", "eBay said bids doubled."],
        ),
        (
            "Edit the file. config.yaml holds the settings.",
            ["Edit the file.", "config.yaml holds the settings."],
        ),
        # any lower-case word after a stop that no abbreviation explains (a handle, say)
        (
            "The team got up to speed. marlowe said it went well.",
            ["The team got up to speed.", "marlowe said it went well."],
        ),
        # but not after an abbreviation, an ellipsis, "!" or "?"
        ("It weighs approx. ten kilos.", ["It weighs approx. ten kilos."]),
        ("It rose in Oct. to a new high.", ["It rose in Oct. to a new high."]),
        ("Shares in Tull Inc. and Penn Ltd. rose.", ["Shares in Tull Inc. and Penn Ltd. rose."]),
        ("Wait... what happened?", ["Wait... what happened?"]),
        ('"Nobody saw it." he said later.', ['"Nobody saw it." he said later.']),
        ("He shouted Yahoo! and left.", ["He shouted Yahoo! and left."]),
        ("1. main findings of the audit", ["1. main findings of the audit"]),
        ("12. main findings of the audit", ["12. main findings of the audit"]),
    ],
)
def test_lower_case_sentence_starts(text, expected):
    assert sentences(text) == expected


# -- alt text and captions -----------------------------------------------------------------


def test_markdown_alt_text_is_never_one_sentence_with_the_caption():
    doc = read("![A heron on a post](heron.jpg)\n*The heron, seen at dawn*\n\nText.", "a.md")
    assert doc.text == "A heron on a post\nThe heron, seen at dawn\n\nText."
    assert doc.sentences == [Span(0, 17), Span(18, 41), Span(43, 48)]


def test_markdown_alt_text_inside_a_line_stays_in_its_sentence():
    assert sentences("We loved it ![heart](h.png) so much.", "a.md") == [
        "We loved it heart so much."
    ]


def test_html_alt_text_is_kept_apart_from_the_words_after_it():
    doc = read('<p><img alt="A heron on a post">The heron waited.</p>', "a.html")
    assert doc.text == "A heron on a post The heron waited."
    assert doc.sentences == [Span(0, 17), Span(18, 35)]
    assert doc.location(18) == (1, 33) and doc.source_text(18, 21) == "The"


def test_html_alt_text_and_figure_caption_are_separate():
    page = '<figure><img alt="A heron"><figcaption>Seen at dawn</figcaption></figure>'
    assert sentences(page, "a.html") == ["A heron", "Seen at dawn"]


# -- prose sentences -------------------------------------------------------------------------


def test_sentence_units_leave_out_headings_table_cells_and_link_runs():
    text = (
        "# A heading that makes a claim\n\n"
        "| Harbour council agreed the budget on Monday |\n| --- |\n| A cell |\n\n"
        "See [one](a), [two](b) and [three](c).\n\n"
        "- A list item is a sentence.\n\n"
        "Read [the report](r) before the vote.\n"
    )
    assert prose(text, "a.md") == ["A list item is a sentence.", "Read the report before the vote."]


def test_html_sentence_units_leave_out_page_chrome_and_headings():
    page = "<h1>Title</h1><p>Body text.</p><nav><p>Home. About us.</p></nav>"
    assert prose(page, "a.html") == ["Body text."]


def test_plain_text_keeps_every_sentence_as_prose():
    text = "Floods hit the north\n\nRain fell. Rivers rose.\n"
    assert prose(text) == ["Floods hit the north", "Rain fell.", "Rivers rose."]


def test_sentence_length_skips_a_long_table_cell():
    [rule] = load_rule_file(STYLE / "sentence-length.yaml")
    cell = " ".join(["word"] * 70)
    doc = read(f"| head |\n| --- |\n| {cell} |\n\n{cell}.\n", "a.md")
    found = lint_document(doc, [rule]).findings
    assert [(f.rule, f.line, f.column) for f in found] == [("style.sentence-length", 5, 1)]


# -- double spaces -------------------------------------------------------------------------


def test_double_spaces_are_reported_in_plain_text_only():
    [rule] = load_rule_file(STYLE / "double-space.yaml")
    # (one run a line: a line with several runs is laid out in columns, see the rule)
    text = "The vote was held.  It was close,\n*very*  close.\n"
    plain = lint_document(read(text), [rule]).findings
    assert [(f.line, f.column, f.match) for f in plain] == [(1, 19, "  "), (2, 7, "  ")]
    for path in ("a.md", "a.html"):
        source = f"<p>{text}</p>" if path == "a.html" else text
        assert lint_document(read(source, path), [rule]).findings == []


def test_a_span_lies_within_one_of_the_spans_only_whole():
    links = [Span(10, 20), Span(30, 40)]
    assert within(links, 12, 18) and within(links, 30, 40)
    assert not within(links, 8, 12)  # a word a link starts inside
    assert not within(links, 18, 32)  # across two links
    assert not within(links, 22, 25) and outside(links, 22, 25)

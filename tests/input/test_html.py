"""HTML: article prose out of the page, positions mapped back across tags and entities,
skipped elements, the article element, chrome, suppression comments and broken markup."""

from __future__ import annotations

import pytest

from newslint.document.model import Document
from newslint.errors import InputError
from newslint.input import chrome_names, html

PAGE = (
    "<!DOCTYPE html>\n"
    "<html><head><title>Ignored</title><style>p { color: red }</style></head>\n"
    "<body>\n"
    '<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>\n'
    "<article>\n"
    "  <h1>Harbour council backs&nbsp;bridge</h1>\n"
    "  <p>The <b>vote</b> was <a href='/v'>held</a> on Monday &amp; Tuesday,\n"
    "     by 7&#160;votes.<br>A second line.</p>\n"
    "  <figure><img src='a.jpg' alt='An aerial view'><figcaption>The river</figcaption></figure>\n"
    "  <pre>pre text</pre><script>var text = 'script';</script>\n"
    "  <p>Run <code>make</code> now.</p>\n"
    '  <div class="social-share"><a>Share</a> <a>Tweet</a></div>\n'
    "  <ul><li>First item</li></ul>\n"
    "</article>\n"
    "<footer>Footer text</footer>\n"
    "</body></html>\n"
)


def read(source: str) -> Document:
    return Document(source, "a.html", html.reader("a.html"))


def located(doc: Document, text: str) -> tuple[int, int, int, int]:
    start = doc.text.index(text)
    return (*doc.location(start), *doc.location(start + len(text), end=True))


def test_prose_is_the_article_text():
    doc = read(PAGE)
    assert doc.text == (
        "Harbour council backs bridge\n\n"
        "The vote was held on Monday & Tuesday, by 7 votes.\nA second line.\n\n"
        "An aerial view\n\nThe river\n\n"
        "Run now.\n\n"
        "Share Tweet\n\n"
        "First item"
    )


@pytest.mark.parametrize(
    "text, where",
    [
        ("Harbour", (6, 7, 6, 14)),
        # &nbsp; is a space, so the heading reads "backs bridge"
        ("bridge", (6, 34, 6, 40)),  # after an entity
        ("vote was held", (7, 13, 7, 43)),  # across tags: the source span holds them
        ("& Tuesday", (7, 58, 7, 71)),  # an entity stands for "&amp;"
        ("by 7", (8, 6, 8, 10)),  # the line break and indentation are one space
        ("A second", (8, 26, 8, 34)),  # after <br>
        ("aerial", (9, 36, 9, 42)),  # alt attribute
        ("river", (9, 65, 9, 70)),
    ],
)
def test_positions_map_back_across_tags_and_entities(text, where):
    assert located(read(PAGE), text) == where


def test_scopes_and_chrome():
    doc = read(PAGE)

    def texts(scope):
        return [doc.text[s.start : s.end] for s in doc.units(scope)]

    assert texts("headline") == ["Harbour council backs bridge"]
    assert texts("lead") == ["The vote was held on Monday & Tuesday, by 7 votes.\nA second line."]
    assert texts("caption") == ["The river"]
    assert texts("alt") == ["An aerial view"]
    assert texts("list") == ["First item"]
    assert texts("chrome") == ["Share Tweet"]


def test_without_an_article_element_the_body_is_read_and_page_chrome_marked():
    doc = read("<header>Site name</header><p>Body text.</p><footer>Contact us</footer>")
    assert doc.text == "Site name\n\nBody text.\n\nContact us"
    assert [doc.text[s.start : s.end] for s in doc.units("chrome")] == ["Site name", "Contact us"]


def test_chrome_spans_record_the_element_that_marks_them():
    doc = read(PAGE.replace("<article>", "<div>").replace("</article>", "</div>"))
    assert {doc.text[s.start : s.end]: element for s, element in doc.origins.items()} == {
        "Home World": "<nav>",
        "Share Tweet": '<div class="social-share">',
        "Footer text": "<footer>",
    }


STORY = "<h1>Bridge approved</h1><p>" + "The council voted on Tuesday to build it. " * 4 + "</p>"


def chrome_origins(source: str) -> dict[str, str]:
    doc = read(source)
    return {doc.text[s.start : s.end]: element for s, element in doc.origins.items()}


@pytest.mark.parametrize(
    "value, names_chrome",
    [
        ("main-menu", True),
        ("share_buttons", True),
        ("socialLinks", True),
        ("cookies", True),
        ("nav menu2", True),
        ("unsubscribed", False),  # issue 13: a substring is not a word
        ("menuless", False),
        ("shareholders", False),
        ("sharebar", False),  # run-together names are missed on purpose
        ("post-share-buttons-top", True),
        ("sharing-code-with-other-teams", False),  # a heading's slug names a section
    ],
)
def test_class_words_name_chrome_as_whole_words(value, names_chrome):
    assert bool(chrome_names.chrome_class(value)) is names_chrome
    marked = chrome_origins(f"<p>{STORY}</p><div class='{value}'>Widget</div>")
    assert ("Widget" in marked) is names_chrome


def test_body_and_html_classes_never_make_the_article_chrome():
    # Issue 13: <body class="menu-open"> reported the whole article.
    source = f'<html class="unsubscribed"><body class="menu-open cookie-consent"><article>{STORY}'
    assert chrome_origins(source + "</article></body></html>") == {}
    assert chrome_origins(f'<body class="menu-open">{STORY}<nav>Home</nav></body>') == {
        "Home": "<nav>"
    }


def test_an_element_around_the_article_container_marks_nothing_inside_it():
    source = f'<div class="social-wrap"><main>{STORY}<div class="share">Tweet</div></main></div>'
    assert chrome_origins(source) == {"Tweet": '<div class="share">'}


def test_a_widget_outside_the_article_is_still_chrome():
    source = f"<body><div class='cookie-banner'>We use cookies</div>{STORY}</body>"
    assert chrome_origins(source) == {"We use cookies": '<div class="cookie-banner">'}


def test_a_chrome_named_element_holding_most_of_the_prose_is_the_article():
    source = (
        f"<div class='share'>{STORY}<div class='share-tools'>Tweet</div></div><footer>(c)</footer>"
    )
    assert chrome_origins(source) == {"Tweet": '<div class="share-tools">', "(c)": "<footer>"}
    # Nested wrappers: each one holding most of the prose is let go.
    nested = f"<div class='share'><section id='related'>{STORY}</section><nav>Home</nav></div>"
    assert chrome_origins(nested) == {"Home": "<nav>"}
    # Not just by name: a <footer> or <aside> holding the page's prose is not furniture.
    assert chrome_origins(f"<aside>{STORY}</aside><p>Short.</p>") == {}


def test_navigation_inside_the_article_container_is_still_chrome():
    # A pager or contents list inside <article> is the site's navigation, not the story.
    source = f"<article>{STORY}<nav>Previous story</nav></article>"
    assert chrome_origins(source) == {"Previous story": "<nav>"}
    doc = read(source)
    assert doc.text.startswith("Bridge approved") and doc.units("headline")


@pytest.mark.parametrize(
    "source",
    [
        "<p>One.</p><img data-alt='not this' alt='Smoke &amp; fire'><p>Two.</p>",
        "<p>One.</p><img title='a alt=no' alt=\"Smoke &amp; fire\"><p>Two.</p>",
        "<p>One.</p><img alt=Smoke&amp;fire><p>Two.</p>",
    ],
)
def test_alt_text_maps_to_its_own_attribute_and_blocks_stay_in_order(source):
    # Found by the fuzz target: the break after alt text claimed the source from the end of
    # the previous block, alt text included, and `data-alt=` was taken for `alt=`.
    doc = read(source)
    [alt] = doc.units("alt")
    value = doc.text[alt.start : alt.end]
    assert value in ("Smoke & fire", "Smoke&fire")
    start, end = doc.original_range(alt.start, alt.end)
    assert doc.original[start:end] == value.replace("&", "&amp;")
    pieces = doc.map.pieces
    assert all(a.source_end <= b.source_start for a, b in zip(pieces, pieces[1:]))


def test_whitespace_in_alt_text_reads_as_one_space_at_its_source_positions():
    doc = read('<p><img alt="Print  this\n page"> Next</p>')
    assert doc.text == "Print this page Next"
    assert doc.location(doc.text.index("this")) == (1, 21)
    assert doc.location(doc.text.index("page")) == (2, 2)


def test_a_stray_block_end_tag_still_ends_its_block():
    # the <blockquote> was closed early by the </b> around it; its end tag still ends a block
    source = "<p><b>Letter <blockquote>We agree.</b> Indeed.</blockquote>Tech groups wrote."
    assert html.parse(source).text.endswith("We agree. Indeed.\n\nTech groups wrote.")
    assert html.parse("<p>One </span>two.</p>").text == "One two."  # an inline one does not


def test_items_of_one_list_are_consecutive_lines():
    doc = read(
        "<p>Intro.</p><ol>\n<li>One</li>\n<li>Two<ul><li>Nested</li></ul></li>\n</ol>"
        "<ul><li>Other list</li><li><p>Loose item</p></li><li>Last</li></ul>"
    )
    # A nested list belongs to its item's list; an item holding paragraphs is loose.
    assert doc.text == "Intro.\n\nOne\nTwo\nNested\n\nOther list\n\nLoose item\n\nLast"
    assert [doc.text[s.start : s.end] for s in doc.units("list")] == [
        "One",
        "Two",
        "Nested",
        "Other list",
        "Loose item",
        "Last",
    ]


@pytest.mark.parametrize(
    "source, message, where",
    [
        ("<p>Text</p>\n<script>var a = 1;\n", "broken HTML: <script> is never closed", (2, 1)),
        ("<p>Text</p>\n<!-- open comment\n", "broken HTML: unterminated comment", (2, 1)),
        ('<p>Text</p>\n<a href="x\nMore text\n', "broken HTML: unterminated tag", (2, 1)),
        # Found by the fuzz target: html.parser raised AssertionError (an internal error).
        ("<p>Text</p>\n <![1h<p>First", "broken HTML: unreadable <! markup", (2, 2)),
    ],
)
def test_broken_html_names_the_line(source, message, where):
    with pytest.raises(InputError) as error:
        read(source)
    assert (error.value.message, error.value.line, error.value.column) == (message, *where)


@pytest.mark.parametrize("end", ["</h", "</h\n", '<a href="x', '<a href="x\n  '])
def test_a_last_tag_cut_off_by_the_end_of_the_file_is_dropped(end):
    # A truncated download: the tag loses no prose, so the page is still read.
    assert read("<p>Text</p>\n</body>\n" + end).text == "Text"


def test_cli_findings_at_original_positions(project, run, assert_spans):
    text = "<article>\n<p>Prices rose <em>alot</em>, <i>reportedly</i>.</p>\n</article>\n"
    project.write("page.html", text)
    result = run("check", "--format", "json", "page.html")
    found = [(f["rule"], f["line"], f["column"], f["match"]) for f in result.json["findings"]]
    assert found == [("news.usage", 2, 20, "alot"), ("news.hedge", 2, 34, "reportedly")]
    assert_spans(result.json["findings"], {"page.html": text})


def test_a_doubled_word_set_apart_by_emphasis_is_not_reported(project, run):
    project.write("page.html", "<p>It was very <b>very</b> late.</p><p>It was the the end.</p>\n")
    found = run("check", "--format", "json", "page.html").json["findings"]
    assert [(f["rule"], f["match"]) for f in found] == [("news.doubled", "the the")]


def test_emphasis_and_link_text_are_recorded():
    doc = read("<p>A <em>very</em> fine <a href=x>day <b>out</b></a>.</p>")
    text = doc.text
    assert [text[s.start : s.end] for s in doc.structure["emphasis"]] == ["very", "out"]
    assert [text[s.start : s.end] for s in doc.structure["link"]] == ["day out"]


def test_fix_inside_an_element_keeps_the_tags(project, run):
    project.write("page.html", "<p>Prices rose <em>alot</em> &amp; more.</p>\n")
    run("check", "--fix", "page.html")
    assert project.root.joinpath("page.html").read_text() == (
        "<p>Prices rose <em>a lot</em> &amp; more.</p>\n"
    )


def test_suppression_comments_work_in_html(project, run):
    project.write(
        "page.html",
        "<!-- newslint-disable-next-line news.usage -->\n<p>Prices rose alot.</p>\n"
        "<p>Then alot more.</p>\n",
    )
    result = run("check", "--format", "json", "page.html")
    assert [(f["rule"], f["line"]) for f in result.json["findings"]] == [("news.usage", 3)]


def test_broken_html_is_an_error_and_the_run_goes_on(project, run):
    project.write("bad.html", "<p>Prices rose alot.</p>\n<style>p {}\n")
    project.write("good.htm", "<p>Prices rose alot.</p>\n")
    result = run("check", "bad.html", "good.htm", "-q")
    assert result.code == 2
    assert result.err == "newslint: error: bad.html:2:1: broken HTML: <style> is never closed\n"
    assert result.out == "good.htm:1:16: warning [news.usage] Use 'a lot' instead of 'alot'\n"

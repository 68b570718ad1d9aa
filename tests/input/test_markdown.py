"""Markdown: prose taken out of CommonMark with front matter, every position mapped back to the
file exactly (emphasis, links, escapes, entities, tables, hard breaks, CRLF), code and URLs
skipped, scopes, suppression comments, fixes that never touch markup, malformed input."""

from __future__ import annotations

import pytest

from newslint.document.model import Document
from newslint.errors import InputError
from newslint.input import markdown


def read(source: str) -> Document:
    return Document(source, "a.md", markdown.reader("a.md"))


def located(doc: Document, word: str, nth: int = 0) -> tuple[int, int, int, int]:
    """Original (line, column, end_line, end_column) of the nth occurrence of a word in the
    prose."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return (*doc.location(start), *doc.location(start + len(word), end=True))


def source_span(source: str, line: int, column: int, end_column: int) -> str:
    return source.replace("\r\n", "\n").split("\n")[line - 1][column - 1 : end_column - 1]


ARTICLE = (
    "---\n"
    'title: "Harbour council backs the bridge"\n'
    "date: 2024-03-01\n"
    "description: Councillors voted on Tuesday.\n"
    "tags: [alot]\n"
    "---\n"
    "# Harbour *council* backs bridge\n"
    "\n"
    'The **vote** was [held](https://example.org/vote_(1) "a title") on Monday &amp; Tuesday,\n'
    "a \\*rare\\* event. See `alot` or https://example.org/alot for more.  \n"
    "Final words.\n"
    "\n"
    "> A quoted line\n"
    "> that goes on.\n"
    "\n"
    "- first item\n"
    "- an ![aerial view](photo.jpg) item\n"
    "\n"
    "| place | cost |\n"
    "| --- | --- |\n"
    "| Riverside | 12 *million* |\n"
    "\n"
    "```\n"
    "alot of code\n"
    "```\n"
    "\n"
    "    indented alot code\n"
)


def test_prose_leaves_out_markup_code_urls_and_other_front_matter():
    doc = read(ARTICLE)
    assert doc.text == (
        "Harbour council backs the bridge\n\n"
        "Councillors voted on Tuesday.\n\n"
        "Harbour council backs bridge\n\n"
        "The vote was held on Monday & Tuesday,\n"
        "a *rare* event. See \ufffc or for more.\n"  # code between words: a placeholder
        "Final words.\n\n"
        "A quoted line\nthat goes on.\n\n"
        "first item\n"  # a tight list: its items on consecutive lines, as in the file
        "an aerial view item\n\n"
        "place\n\ncost\n\nRiverside\n\n12 million"
    )


@pytest.mark.parametrize(
    "word, nth, where",
    [
        ("backs the", 0, (2, 25, 2, 34)),  # a quoted front-matter title
        ("Tuesday", 0, (4, 35, 4, 42)),  # a plain front-matter description
        ("council", 1, (7, 12, 7, 19)),  # inside emphasis in a heading
        ("vote was", 0, (9, 7, 9, 17)),  # across the closing **
        ("held", 0, (9, 19, 9, 23)),  # link text
        ("& Tuesday", 0, (9, 75, 9, 88)),  # an entity stands for "&amp;"
        ("*rare*", 0, (10, 3, 10, 11)),  # escapes stand for "\*"
        ("for more", 0, (10, 58, 10, 66)),  # after code and a bare URL
        ("Final", 0, (11, 1, 11, 6)),  # after a hard break
        ("that goes", 0, (14, 3, 14, 12)),  # block quote continuation
        ("aerial view", 0, (17, 8, 17, 19)),  # image alt text
        ("Riverside", 0, (21, 3, 21, 12)),  # table cell
        ("million", 0, (21, 19, 21, 26)),  # emphasis in a table cell
    ],
)
def test_positions_map_back_to_the_file(word, nth, where):
    doc = read(ARTICLE)
    assert located(doc, word, nth) == where


def test_every_word_round_trips_to_its_source_text():
    doc = read(ARTICLE)
    for token in doc.tokens:
        line, column, end_line, end_column = located(doc, token.text)
        assert end_line == line
        assert source_span(ARTICLE, line, column, end_column) == token.text


def test_crlf_and_bom_free_mixed_endings_map_to_the_same_lines_and_columns():
    doc_lf = read(ARTICLE)
    mixed = ARTICLE.replace("\n", "\r\n", 12)
    doc_mixed = read(mixed)
    assert doc_mixed.text == doc_lf.text
    for word in ("Tuesday", "held", "Final", "Riverside"):
        assert located(doc_mixed, word) == located(doc_lf, word)
    start = doc_mixed.text.index("Final")
    assert mixed[doc_mixed.original_offset(start) :].startswith("Final words.")


def test_scopes_follow_the_structure():
    doc = read(ARTICLE)

    def texts(scope):
        return [doc.text[s.start : s.end] for s in doc.units(scope)]

    assert texts("headline") == ["Harbour council backs the bridge"]
    assert texts("heading") == ["Harbour council backs bridge"]
    assert texts("lead")[0].startswith("The vote was held")
    assert texts("quote") == ["A quoted line\nthat goes on."]
    assert texts("list") == ["first item", "an aerial view item"]
    assert texts("alt") == ["aerial view"]
    assert texts("table") == ["place", "cost", "Riverside", "12 million"]
    assert texts("caption") == [] and texts("chrome") == []


def test_items_of_a_tight_list_are_consecutive_lines():
    doc = read("Intro.\n\n1. One\n2. Two\n   - Nested\n\n\n- Next list\n\n- Loose\n\nEnd.\n")
    # A blank line ends a tight list, and a loose list keeps its blank lines.
    assert doc.text == "Intro.\n\nOne\nTwo\nNested\n\nNext list\n\nLoose\n\nEnd."
    assert [doc.text[s.start : s.end] for s in doc.units("list")] == [
        "One",
        "Two",
        "Nested",
        "Next list",
        "Loose",
    ]


def test_without_front_matter_the_first_heading_is_the_headline():
    doc = read("Intro text here.\n\n## Second *level*\n\nBody.\n")
    assert [doc.text[s.start : s.end] for s in doc.units("headline")] == ["Second level"]
    assert [doc.text[s.start : s.end] for s in doc.units("lead")] == ["Intro text here."]


def test_front_matter_fields_are_configurable_and_toml_is_read():
    source = '+++\ntitle = "Toml title"\nsummary = \'A summary\'\nother = "x"\n+++\nBody.\n'
    doc = Document(source, "a.md", markdown.reader("a.md", ("summary",)))
    assert doc.text == "A summary\n\nBody."
    assert located(doc, "summary") == (3, 14, 3, 21)


def test_block_scalar_front_matter_lines_keep_their_positions():
    source = "---\ndescription: >\n  First line\n  second line\n---\nBody.\n"
    doc = read(source)
    assert doc.text == "First line\nsecond line\n\nBody."
    assert located(doc, "second") == (4, 3, 4, 9)


@pytest.mark.parametrize(
    "source, message, line",
    [
        ("---\ntitle: Open\n\nBody.\n", "front matter opened with '---' is never closed", 1),
        ("---\ntitle: [unclosed\n---\nBody.\n", "front matter:", 2),
        ("+++\ntitle = \n+++\nBody.\n", "front matter:", 2),
    ],
)
def test_malformed_front_matter_names_the_line_and_the_body_is_still_read(source, message, line):
    doc = read(source)
    (error,) = doc.errors
    assert isinstance(error, InputError)
    assert error.message.startswith(message)
    assert (error.path, error.line) == ("a.md", line)
    assert doc.text.endswith("Body.")


def test_cli_reports_original_positions_and_source_text(project, run, assert_spans):
    text = "---\ntitle: Alot of news\n---\nPrices rose *alot*, [reportedly](http://x.org).\n"
    project.write("story.md", text)
    result = run("check", "--format", "json", "story.md")
    found = [(f["rule"], f["line"], f["column"], f["match"]) for f in result.json["findings"]]
    assert found == [
        ("news.usage", 2, 8, "Alot"),
        ("news.usage", 4, 14, "alot"),
        ("news.hedge", 4, 22, "reportedly"),
    ]
    assert_spans(result.json["findings"], {"story.md": text})


def test_fixes_apply_inside_markup_but_never_across_it(project, run):
    project.write(
        "story.md", "Prices rose **alot** and [alot](http://alot.example).\n\nThe the end.\n"
    )
    result = run("check", "--fix", "story.md")
    assert project.root.joinpath("story.md").read_text() == (
        "Prices rose **a lot** and [a lot](http://alot.example).\n\nThe end.\n"
    )
    assert result.code == 0


def test_a_doubled_word_set_apart_by_emphasis_is_not_reported(project, run):
    # Emphasis on one of the two is meant ("very *very*"); a repeat inside a link's text
    # renders doubled ("the the report") and is reported, without a fix across the markup.
    project.write(
        "story.md", "The *the* end.\n\nIt was very **very** late.\n\nRead the [the report](x).\n"
    )
    result = run("check", "--format", "json", "story.md")
    (doubled,) = result.json["findings"]
    assert (doubled["rule"], doubled["line"], doubled["match"], "fix" in doubled) == (
        "news.doubled",
        5,
        "the [the",
        False,
    )


def test_a_code_span_between_two_words_stands_as_a_placeholder(project, run):
    # Left out as a whole, "to `dyn Any` to" read as the doubled word "to to".
    doc = read("Cast it to `Box` to call it.\n\n`kettle` boils water.\n\nOnly `code`\n")
    assert doc.text == "Cast it to \ufffc to call it.\n\n\ufffc boils water.\n\nOnly \ufffc"
    assert doc.source_text(11, 12) == "`Box`"
    project.write("story.md", "Cast it to `Box` to call it.\n")
    assert run("check", "--format", "json", "story.md").json["findings"] == []


def test_runs_of_spaces_read_as_one_as_they_render():
    doc = read("Held on  Tuesday.  It was [close ](x) and  *tight*.\n")
    assert doc.text == "Held on Tuesday. It was close and tight."
    # the space standing for a run maps to the whole run; the words keep their columns
    assert doc.source_text(7, 8) == "  "
    assert located(doc, "Tuesday") == (1, 10, 1, 17)
    assert located(doc, "tight") == (1, 45, 1, 50)


def test_emphasis_and_link_text_are_recorded():
    doc = read("A *very* fine [day out](x) in **May**.\n")
    text = doc.text
    assert [text[s.start : s.end] for s in doc.structure["emphasis"]] == ["very", "May"]
    assert [text[s.start : s.end] for s in doc.structure["link"]] == ["day out"]


def test_suppression_comments_work_in_markdown(project, run):
    project.write(
        "story.md",
        "<!-- newslint-disable-next-line news.usage -->\nPrices rose alot.\n\nThen alot more.\n",
    )
    result = run("check", "--format", "json", "story.md")
    assert [(f["rule"], f["line"]) for f in result.json["findings"]] == [("news.usage", 4)]


def test_code_and_urls_are_not_checked(project, run):
    project.write(
        "story.md",
        "Use `alot` here, see <https://alot.example> and https://alot.example/x.\n\n"
        "```\nalot\n```\n\n    alot\n\n<div>alot</div>\n",
    )
    result = run("check", "--format", "json", "story.md")
    assert result.json["findings"] == []


def test_unclosed_front_matter_is_an_error_and_the_run_goes_on(project, run):
    project.write("bad.md", "---\ntitle: x\n")
    project.write("good.md", "Prices rose alot.\n")
    result = run("check", "bad.md", "good.md", "-q")
    assert result.code == 2
    assert (
        result.err
        == "newslint: error: bad.md:1:1: front matter opened with '---' is never closed\n"
    )
    assert result.out == "good.md:1:13: warning [news.usage] Use 'a lot' instead of 'alot'\n"


def test_stdin_filename_picks_the_format(project, run):
    result = run("check", "-", "--stdin-filename", "x.md", "-q", stdin=b"Rose **alot**.\n")
    assert result.out == "x.md:1:8: warning [news.usage] Use 'a lot' instead of 'alot'\n"


@pytest.mark.parametrize(
    "tag",
    [
        "{{ page.title }}",
        '{{ "/2015/03/04/annoucing" | url }}',
        "{% include alot.html %}",
        "{%- if alot -%}",
        "{{#if alot}}",
        "{{/if}}",
        "{{{ alot }}}",
        "{{!-- alot --}}",
        "{# alot #}",
        '{{< figure src="alot.png" >}}',
        "{{% notice alot %}}",
        "<!-- alot -->",
        "{: .alot #id}",
        "[^alot]",
    ],
)
def test_template_tags_are_not_prose_and_the_words_around_keep_their_positions(tag):
    doc = read(f"Prices rose {tag} sharply, alot.\n")
    assert doc.text == "Prices rose \ufffc sharply, alot."
    assert located(doc, "sharply") == (1, 14 + len(tag), 1, 21 + len(tag))
    assert doc.map.source_range(12, 13) is None  # the tag is never edited


def test_lines_of_tags_blocks_and_comment_blocks_leave_nothing():
    doc = read(
        "{% if alot %}\nFirst line\n{% endif %}\nsecond line {{ x }}\n\n"
        "{% comment %}\nalot\n\nof alot\n{% endcomment %}\n\n{: .lead}\n\n"
        "Text[^1].\n\n[^1]: The note.\n"
    )
    assert doc.text == "First line\nsecond line \n\nText\ufffc.\n\nThe note."
    assert located(doc, "second") == (4, 1, 4, 7)
    assert located(doc, "note") == (16, 11, 16, 15)


def test_mdx_import_and_export_lines_and_components_are_not_prose():
    source = (
        "import Chart from './alot.js'\nexport const meta = {alot: 1}\n\n"
        '<Chart data="alot" />\n\nText <Badge label="alot" /> here.\n'
    )
    doc = Document(source, "a.mdx", markdown.reader("a.mdx"))
    assert "alot" not in doc.text
    assert located(doc, "here") == (6, 29, 6, 33)


def test_mdx_expressions_and_the_components_holding_them_are_not_prose():
    source = (
        '<Chart data={[1, {alot: 2}]} title="Sales" />\n\n'
        "Hello {props.alot} world {unclosed\n\nlast alot line.\n"
    )
    doc = Document(source, "a.mdx", markdown.reader("a.mdx"))
    assert doc.text == "Hello \ufffc world {unclosed\n\nlast alot line."
    assert located(doc, "world") == (3, 20, 3, 25)


@pytest.mark.parametrize("opener", ["{{", "{%", "{#", "{{{"])
def test_stray_template_openers_are_prose_and_read_in_linear_time(opener):
    doc = read(opener * 20_000 + " end.\n")
    assert doc.text.endswith(" end.")


def test_a_tag_in_a_link_destination_is_skipped_with_it():
    doc = read('See [the post]({{ "/2015/annoucing" | url }}) today.\n')
    assert doc.text == "See the post today."


def test_template_findings_neither_start_inside_a_tag_nor_fix_it(project, run):
    text = (
        'See {{ "/2015/03/04/annoucing-alot" | url }} for more.\n\n'
        "The {{ site.name }} the end, {% if x %}prices rose alot{% endif %}.\n"
    )
    project.write("story.md", text)
    result = run("check", "--format", "json", "story.md")
    found = [(f["rule"], f["line"], f["column"], f["match"]) for f in result.json["findings"]]
    assert found == [("news.usage", 3, 52, "alot")]
    run("check", "--fix", "story.md")
    assert project.root.joinpath("story.md").read_text() == text.replace("rose alot", "rose a lot")


def test_suppression_comments_work_beside_other_comments(project, run):
    project.write(
        "story.md",
        "<!-- a note: alot -->\n<!-- newslint-disable-next-line news.usage -->\n"
        "Prices rose alot. <!-- alot -->\n\nThen alot more.\n",
    )
    result = run("check", "--format", "json", "story.md")
    assert [(f["rule"], f["line"]) for f in result.json["findings"]] == [("news.usage", 5)]


def test_a_tab_in_the_front_matter_is_an_error_at_its_line_and_the_body_is_checked(project, run):
    project.write("story.md", "---\ntitle: Alot\n\tdate: 2015\n---\nPrices rose alot.\n")
    result = run("check", "story.md")
    assert result.code == 2
    assert result.err.startswith("newslint: error: story.md:3:1: front matter: ")
    assert "story.md:5:13: warning [news.usage]" in result.out


def test_common_prose_fields_of_the_front_matter_are_read_by_default():
    fields = ("title", "description", "summary", "excerpt", "subtitle", "dek", "deck")
    source = "---\n" + "".join(f"{name}: {name} x\n" for name in fields)
    doc = read(source + "standfirst: standfirst x\nauthor: nobody\n---\nBody.\n")
    for name in (*fields, "standfirst"):
        assert f"{name} x" in doc.text
    assert "nobody" not in doc.text

"""The built-in boilerplate line rules on the blocks a format reader gives (issue 13): never
the hard-wrapped lines of one Markdown paragraph; a post's own lists are not menus; a body
repeating a front-matter field is no duplicate; article prose about comments is no comment
section. Plain text keeps one block per line. Invented texts, exact positions."""

from __future__ import annotations

from newslint.api import lint_text
from newslint.kinds.boilerplate.lines import words_up_to

WHERE = ("rule", "line", "column", "end_column", "match")
PROSE = (
    "The council approved the budget for the new harbour bridge on Tuesday evening.\n\n"
    "The vote was close, and the mayor said the minutes would be published on Friday.\n\n"
    "Work on the bridge starts in May, the council said in a statement on its website.\n\n"
)


def boilerplate(text: str, name: str, rules: str = "boilerplate") -> list[tuple]:
    found = lint_text(text, name, select=[rules])
    return [tuple(getattr(f, field) for field in WHERE) for f in found]


# -- hard-wrapped Markdown ---------------------------------------------------------------------


WRAPPED = (
    PROSE + "Readers who want to have their say on the plans can\n"
    "leave a comment\n"
    "on the council's website until Friday, or write to the\n"
    "Related\n"
    "planning office at the town hall before the end of March.\n"
)


def test_wrapped_lines_of_a_markdown_paragraph_are_no_heading_or_teaser():
    assert boilerplate(WRAPPED, "post.md") == []


def test_the_same_lines_as_scraped_text_are_still_judged_line_by_line():
    # Scraped text has one block per line: there the short lines are widget headings.
    assert boilerplate(WRAPPED, "page.txt") == [
        ("boilerplate.interface", 8, 1, 16, "leave a comment"),
        (
            "boilerplate.comments",
            9,
            1,
            55,
            "on the council's website until Friday, or write to the",
        ),
        ("boilerplate.interface", 10, 1, 8, "Related"),  # once: comments gives way
        (
            "boilerplate.comments",
            11,
            1,
            58,
            "planning office at the town hall before the end of March.",
        ),
    ]


# -- a post's own lists ------------------------------------------------------------------------


def test_a_markdown_contents_list_link_list_and_steps_are_no_menu():
    post = (
        "---\ntitle: How we moved the archive\n---\n"
        "## Contents\n\n"
        "- [News](#news)\n- [Sport](#sport)\n- [Business](#business)\n- [Weather](#weather)\n\n"
        + PROSE
        + "1. Copy\n2. Check\n3. Switch\n4. Clean\n\n"
        "## More posts\n\n"
        "- [Home](/)\n- [Newsletter](/newsletter)\n- [Share](/share)\n- [Contact Us](/contact)\n"
    )
    assert boilerplate(post, "post.md") == []


def test_an_html_list_between_paragraphs_is_the_articles():
    page = (
        "<h1>How we moved the archive</h1>\n<p>The archive moved to a new server in May, "
        "the council said in a statement on Tuesday.</p>\n"
        "<ul><li>News</li><li>Sport</li><li>Business</li><li>Weather</li></ul>\n"
        "<p>Each section kept its address, and readers will find every story where it was "
        "before.</p>\n"
    )
    assert boilerplate(page, "page.html") == []


def test_an_html_nav_menu_is_still_page_chrome():
    page = (
        "<nav><ul><li>News</li><li>Sport</li><li>Business</li><li>Weather</li></ul></nav>\n"
        "<h1>Bridge approved</h1>\n<p>The council approved the bridge on Tuesday evening "
        "after a long debate.</p>\n"
    )
    menu = "Looks like page chrome (score 8.0: short, unpunctuated, no function words, every "
    menu += "word capitalised, at the edge of the text, next to similar lines, in a menu)"
    found = lint_text(page, "page.html", select=["boilerplate"])
    assert [(f.rule, f.line, f.column, f.match, f.message) for f in found] == [
        ("boilerplate.chrome", 1, 14, "News", menu),
        ("boilerplate.chrome", 1, 27, "Sport", menu),
        ("boilerplate.chrome", 1, 41, "Business", menu),
        ("boilerplate.chrome", 1, 58, "Weather", menu),
    ]


HEADER = "<p>1. Ports</p>\n<p>2. Tides</p>\n<p>3. Ferries</p>\n<p>4. Boats</p>\n"
ABOVE = "Looks like page chrome (score 6.0: short, unpunctuated, list marker, no function "
ABOVE += "words, every word capitalised, at the edge of the text, next to similar lines)"


def test_short_blocks_above_the_headline_are_the_pages_header():
    page = HEADER + "<h1>Bridge approved</h1>\n" + PROSE.replace("\n\n", "\n")
    found = lint_text(page, "page.html", select=["boilerplate.chrome"])
    assert [(f.line, f.column, f.match, f.message) for f in found] == [
        (1, 7, "Ports", ABOVE),
        (2, 7, "Tides", ABOVE),
        (3, 7, "Ferries", ABOVE),
        (4, 7, "Boats", ABOVE),
    ]
    markdown = "1\\. Ports\n\n2\\. Tides\n\n3\\. Ferries\n\n4\\. Boats\n\n# Bridge\n\n"
    assert boilerplate(markdown + PROSE, "post.md", "boilerplate.chrome") == [
        ("boilerplate.chrome", line, 5, 5 + len(word), word)
        for line, word in ((1, "Ports"), (3, "Tides"), (5, "Ferries"), (7, "Boats"))
    ]


def test_the_same_blocks_below_the_headline_are_the_articles():
    page = "<h1>Bridge approved</h1>\n" + HEADER + PROSE.replace("\n\n", "\n")
    assert boilerplate(page, "page.html") == []


def test_a_foreign_script_fragment_on_a_markdown_heading_is_reported():
    post = "# Bridge approved on Tuesday 10 ноября 2011, 16:17\n\n" + PROSE
    assert boilerplate(post, "post.md", "boilerplate.foreign-script") == [
        ("boilerplate.foreign-script", 1, 30, 51, "10 ноября 2011, 16:17")
    ]


def test_names_in_other_scripts_in_a_markdown_list_are_the_authors():
    post = PROSE + "Thanks to our contributors:\n\n- Анна Петрова\n- 王小明\n- Maria Silva\n"
    assert boilerplate(post, "post.md", "boilerplate.foreign-script") == []


def test_a_scraped_plain_text_menu_is_still_page_chrome():
    text = PROSE + "Home\nNews\nSport\nWeather\n"
    assert boilerplate(text, "a.txt") == [
        ("boilerplate.interface", 7, 1, 5, "Home"),  # once: chrome gives way
        ("boilerplate.chrome", 8, 1, 5, "News"),
        ("boilerplate.chrome", 9, 1, 6, "Sport"),
        ("boilerplate.chrome", 10, 1, 8, "Weather"),
    ]


# -- front matter ------------------------------------------------------------------------------


def test_a_body_repeating_the_front_matter_description_is_no_duplicate():
    lead = "The council approved the new harbour bridge on Tuesday after a long debate."
    post = f'+++\ntitle = "Bridge approved"\ndescription = "{lead}"\n+++\n{lead}\n\nWork starts.\n'
    assert boilerplate(post, "post.md") == []
    # Twice in the body it is one.
    assert boilerplate(f"{post}\n{lead}\n\n{lead}\n", "post.md") == [
        ("boilerplate.duplicate", 11, 1, 76, lead)
    ]


def test_list_items_equal_once_code_is_left_out_are_no_duplicates():
    post = "- `pow` works for all integer types.\n- `checked_pow` works for all integer types.\n"
    assert boilerplate(post, "post.md") == []


# -- comment sections --------------------------------------------------------------------------


def test_article_prose_about_comments_is_no_comment_section():
    text = (
        PROSE
        + "Comments\n\nThe mayor said the comments of residents would be read on 3 May 2021.\n\n"
        "Anna Berg, who lives by the harbour, said she would reply at the meeting at 10:30.\n"
    )
    assert boilerplate(text, "a.txt", "boilerplate.comments") == []
    assert boilerplate(text, "a.md", "boilerplate.comments") == []


def test_a_comment_section_in_html_is_reported_at_its_source_positions():
    page = (
        "<article>"
        + "".join(f"<p>{p}</p>\n" for p in PROSE.split("\n\n") if p)
        + "<h2>Comments</h2>\n"
        "<p>Anna, 2 hours ago</p>\n<p>This is a disgrace.</p>\n</article>"
    )
    assert boilerplate(page, "page.html") == [
        ("boilerplate.interface", 4, 5, 13, "Comments"),
        ("boilerplate.comments", 5, 4, 21, "Anna, 2 hours ago"),
        ("boilerplate.comments", 6, 4, 23, "This is a disgrace."),
    ]


def test_an_author_s_own_link_paragraph_is_a_call_to_action_not_leftover():
    post = (
        PROSE
        + "**[Register now!][signup]**\n\nShare this article\n\n[signup]: https://example.com/r\n"
    )
    found = boilerplate(post, "post.md", "boilerplate.interface")
    assert [(f[0], f[4]) for f in found] == [("boilerplate.interface", "Share this article")]


def test_words_are_counted_alike_in_ascii_and_other_text():
    ascii_text = "Don't miss well-known stories - 12 of them, 'quoted' here"
    accented = ascii_text.replace("stories", "storiés")
    for limit in (1, 5, 9, 20):
        assert words_up_to(ascii_text, limit) == words_up_to(accented, limit) == min(limit, 8)

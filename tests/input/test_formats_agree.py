"""One article as plain text, as Markdown with front matter and as HTML: the same findings,
each at its own file's line and column."""

from __future__ import annotations

from newslint.api import lint_text

PLAIN = (
    "Harbour council reportedly backs bridge\n"
    "\n"
    "The the council voted alot of money on Monday.\n"
    "\n"
    "Readers can click here for more.\n"
)
MARKDOWN = (
    "---\n"
    "title: Harbour council reportedly backs bridge\n"
    "---\n"
    "The the *council* voted [alot](https://example.org/alot) of money on Monday.\n"
    "\n"
    "Readers can **click here** for more.\n"
)
HTML = (
    "<html><body><article>\n"
    "<h1>Harbour council reportedly backs bridge</h1>\n"
    "<p>The the <em>council</em> voted <a href='/alot'>alot</a> of money on Monday.</p>\n"
    "<p>Readers can click\n   here for more.</p>\n"
    "</article></body></html>\n"
)


def findings(run, name):
    return [
        (f["rule"], f["line"], f["column"], f["match"])
        for f in run("check", "--format", "json", name).json["findings"]
    ]


def test_same_findings_at_mapped_positions(project, run, assert_spans):
    for name, text in (("a.txt", PLAIN), ("a.md", MARKDOWN), ("a.html", HTML)):
        project.write(name, text, dedent=False)
    assert findings(run, "a.txt") == [
        ("news.hedge", 1, 17, "reportedly"),
        ("news.doubled", 3, 1, "The the"),
        ("news.usage", 3, 23, "alot"),
        ("news.promo", 5, 13, "click here"),
    ]
    assert findings(run, "a.md") == [
        ("news.hedge", 2, 24, "reportedly"),
        ("news.doubled", 4, 1, "The the"),
        ("news.usage", 4, 26, "alot"),
        ("news.promo", 6, 15, "click here"),
    ]
    assert findings(run, "a.html") == [
        ("news.hedge", 2, 21, "reportedly"),
        ("news.doubled", 3, 4, "The the"),
        ("news.usage", 3, 51, "alot"),
        ("news.promo", 4, 16, "click\n   here"),
    ]
    for name, text in (("a.md", MARKDOWN), ("a.html", HTML)):
        result = run("check", "--format", "json", name)
        assert_spans(result.json["findings"], {name: text})


# A scraped page's numbered menu and share buttons. As plain text they are marked lines of
# page chrome. In HTML they are lists the reader found, and a list is the article's unless it
# is a menu outside the prose: the menu of section names above the first paragraph is still
# chrome, the list of share buttons between two paragraphs only interface text. Markdown is
# the author's source: its lists are the author's.
SCRAPED_PLAIN = (
    "  1. News\n  2. Sport\n  3. Weather\n  4. Travel\n\n"
    "Lighthouse keepers return to Skerry Point\n\n"
    "The last keeper left Skerry Point in 1998, when the light was automated.\n"
    "  • Facebook\n  • Twitter\n  • WhatsApp\n"
    "Now the trust that owns the island wants volunteers to live there in the summer.\n"
)
SCRAPED_MARKDOWN = (
    "---\ntitle: Lighthouse keepers return to Skerry Point\n---\n"
    "1. News\n2. Sport\n3. Weather\n4. Travel\n\n"
    "The last keeper left Skerry Point in 1998, when the light was automated.\n\n"
    "- Facebook\n- Twitter\n- WhatsApp\n\n"
    "Now the trust that owns the island wants volunteers to live there in the summer.\n"
)
SCRAPED_HTML = (
    "<ol>\n  <li>News</li>\n  <li>Sport</li>\n  <li>Weather</li>\n  <li>Travel</li>\n</ol>\n"
    "<h1>Lighthouse keepers return to Skerry Point</h1>\n"
    "<p>The last keeper left Skerry Point in 1998, when the light was automated.</p>\n"
    "<ul>\n  <li><a href='/share/fb'>Facebook</a></li>\n"
    "  <li><a href='/share/tw'>Twitter</a></li>\n"
    "  <li><a href='/share/wa'>WhatsApp</a></li>\n</ul>\n"
    "<p>Now the trust that owns the island wants volunteers to live there in the summer.</p>\n"
)
MENU = ["News", "Sport", "Weather", "Travel"]
SHARE = ["Facebook", "Twitter", "WhatsApp"]
CHROME = "Looks like page chrome (score {}: short, unpunctuated, {}no function words, every "
CHROME += "word capitalised, at the edge of the text, next to similar lines{})"
MARKED_MENU = CHROME.format("9.0", "list marker, ", ", in a menu")
LISTED_MENU = CHROME.format("8.0", "", ", in a menu")
INTERFACE = "Leftover interface text (social): not part of the article"


def boilerplate(name: str, text: str):
    return [
        (f.rule, f.line, f.column, f.end_column, f.match, f.message)
        for f in lint_text(text, name, select=["boilerplate"])
    ]


def expected(menu_at: tuple[int, int], share_at: tuple[int, int], menu: str):
    """The menu's lines, then each share button, from the given first line and column: once
    each, by interface (chrome-lines, which also finds the buttons, gives way to it)."""
    line, column = menu_at
    found = [
        ("boilerplate.chrome", line + i, column, column + len(w), w, menu)
        for i, w in enumerate(MENU)
    ]
    line, column = share_at
    for i, word in enumerate(SHARE):
        found.append(
            ("boilerplate.interface", line + i, column, column + len(word), word, INTERFACE)
        )
    return found


def test_menus_and_lists_in_every_format():
    assert boilerplate("a.txt", SCRAPED_PLAIN) == expected((1, 6), (9, 5), MARKED_MENU)
    assert boilerplate("a.md", SCRAPED_MARKDOWN) == []
    assert boilerplate("a.html", SCRAPED_HTML) == expected((2, 7), (10, 27), LISTED_MENU)

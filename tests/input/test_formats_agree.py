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


# A scraped page's numbered menu and share buttons: as plain text they are marked lines, in
# Markdown and HTML they are lists, whose items the built-in boilerplate rules must see as
# marked, adjacent lines all the same.
SCRAPED_PLAIN = (
    "  1. Start\n  2. Explore\n  3. Places\n  4. People\n\n"
    "Lighthouse keepers return to Skerry Point\n\n"
    "The last keeper left Skerry Point in 1998, when the light was automated.\n"
    "  • Facebook\n  • Twitter\n  • WhatsApp\n"
    "Now the trust that owns the island wants volunteers to live there in the summer.\n"
)
SCRAPED_MARKDOWN = (
    "---\ntitle: Lighthouse keepers return to Skerry Point\n---\n"
    "1. Start\n2. Explore\n3. Places\n4. People\n\n"
    "The last keeper left Skerry Point in 1998, when the light was automated.\n\n"
    "- Facebook\n- Twitter\n- WhatsApp\n\n"
    "Now the trust that owns the island wants volunteers to live there in the summer.\n"
)
SCRAPED_HTML = (
    "<ol>\n  <li>Start</li>\n  <li>Explore</li>\n  <li>Places</li>\n  <li>People</li>\n</ol>\n"
    "<h1>Lighthouse keepers return to Skerry Point</h1>\n"
    "<p>The last keeper left Skerry Point in 1998, when the light was automated.</p>\n"
    "<ul>\n  <li><a href='/share/fb'>Facebook</a></li>\n"
    "  <li><a href='/share/tw'>Twitter</a></li>\n"
    "  <li><a href='/share/wa'>WhatsApp</a></li>\n</ul>\n"
    "<p>Now the trust that owns the island wants volunteers to live there in the summer.</p>\n"
)
MENU = ["Start", "Explore", "Places", "People"]
SHARE = ["Facebook", "Twitter", "WhatsApp"]


def boilerplate(name: str, text: str):
    return [
        (f.rule, f.line, f.column, f.end_column, f.match, f.message)
        for f in lint_text(text, name, select=["boilerplate"])
    ]


def expected(menu_at: tuple[int, int], share_at: tuple[int, int]):
    """The menu's lines, then each share button twice (chrome-lines and interface), from the
    given first line and column."""
    chrome = (
        "Looks like page chrome (score 6.0: short, unpunctuated, list marker, no function "
        "words, every word capitalised, at the edge of the text, next to similar lines)"
    )
    interface = "Leftover interface text (social): not part of the article"
    line, column = menu_at
    found = [
        ("boilerplate.chrome", line + i, column, column + len(w), w, chrome)
        for i, w in enumerate(MENU)
    ]
    line, column = share_at
    for i, word in enumerate(SHARE):
        for rule, message in (("boilerplate.chrome", chrome), ("boilerplate.interface", interface)):
            found.append((rule, line + i, column, column + len(word), word, message))
    return found


def test_lists_give_the_same_chrome_findings_in_every_format():
    assert boilerplate("a.txt", SCRAPED_PLAIN) == expected((1, 6), (9, 5))
    assert boilerplate("a.md", SCRAPED_MARKDOWN) == expected((4, 4), (11, 3))
    assert boilerplate("a.html", SCRAPED_HTML) == expected((2, 7), (10, 27))

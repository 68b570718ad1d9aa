"""One article as plain text, as Markdown with front matter and as HTML: the same findings,
each at its own file's line and column."""

from __future__ import annotations

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
    "The *the* council voted [alot](https://example.org/alot) of money on Monday.\n"
    "\n"
    "Readers can **click here** for more.\n"
)
HTML = (
    "<html><body><article>\n"
    "<h1>Harbour council reportedly backs bridge</h1>\n"
    "<p>The <em>the</em> council voted <a href='/alot'>alot</a> of money on Monday.</p>\n"
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
        ("news.doubled", 4, 1, "The *the"),
        ("news.usage", 4, 26, "alot"),
        ("news.promo", 6, 15, "click here"),
    ]
    assert findings(run, "a.html") == [
        ("news.hedge", 2, 21, "reportedly"),
        ("news.doubled", 3, 4, "The <em>the"),
        ("news.usage", 3, 51, "alot"),
        ("news.promo", 4, 16, "click\n   here"),
    ]
    for name, text in (("a.md", MARKDOWN), ("a.html", HTML)):
        result = run("check", "--format", "json", name)
        assert_spans(result.json["findings"], {name: text})

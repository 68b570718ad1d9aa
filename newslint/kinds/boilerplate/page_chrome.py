"""page-chrome: text the format reader found in the page's own furniture rather than in the
article (the `chrome` scope of HTML: nav, aside, footer, a header outside the article, and
elements whose class or id has a whole word naming a menu, share buttons, related links, a
newsletter or a cookie notice; never <html>, <body>, the article's container or an element
holding most of the page's prose: see `newslint.input.html`). Each non-blank line is
reported with the element that holds it; the fix removes the line's text and leaves the
element's tags, which fixes never touch.
"""

from __future__ import annotations

from newslint.document import segment
from newslint.kinds.base import Kind
from newslint.kinds.boilerplate.lines import remove_span


class PageChrome(Kind):
    """Reports each line of the text an HTML page's own furniture holds (the `chrome` scope:
    nav, aside, footer, menu and share widgets...), naming the element; the fix removes the
    line's text."""

    name = "page-chrome"
    fields = {}
    default_scope = "chrome"
    placeholders = {"element": "<nav>"}

    def check(self, rule, doc, units):
        for unit in units:
            element = doc.origins.get(unit, "chrome")
            start = unit.start
            while start < unit.end:
                end = doc.text.find("\n", start, unit.end)
                end = unit.end if end < 0 else end
                line = segment.trim(doc.text, start, end)
                if line.end > line.start:
                    finding = rule.finding(line.start, line.end, doc.text, element=element)
                    yield remove_span(rule, finding, doc)
                start = end + 1

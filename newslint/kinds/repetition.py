"""repetition: the same word twice in a row ("the the"), across spaces or a line break only.

`exceptions` lists words that may legitimately repeat ("had had", "that that"); `alpha` skips
numbers. The fix deletes the second occurrence.
"""

from __future__ import annotations

from newslint.findings import Edit, Fix
from newslint.kinds.base import Field, Kind, compiled
from newslint.matcher import Exceptions


class Repetition(Kind):
    name = "repetition"
    fields = {
        "ignorecase": Field("bool", True),
        "alpha": Field("bool", True),
        "exceptions": Field("str-list", []),
    }
    default_scope = "sentence"
    extra_placeholders = ("word",)

    def __init__(self, options):
        self.ignorecase = options["ignorecase"]
        self.alpha = options["alpha"]
        self.exceptions = compiled("exceptions", lambda: Exceptions(options["exceptions"], True))

    def check(self, rule, doc, units):
        text = doc.text
        fold = str.casefold if self.ignorecase else str
        for unit in units:
            tokens = doc.tokens_in(unit)
            for first, second in zip(tokens, tokens[1:]):
                if fold(first.text) != fold(second.text) or not text[first.end:second.start].isspace():
                    continue
                if (self.alpha and not first.text.isalpha()) or first.text in self.exceptions:
                    continue
                finding = rule.finding(first.start, second.end, text, [first.text], word=first.text)
                yield _with_deletion(rule, finding, first.end, second.end)


def _with_deletion(rule, finding, start, end):
    """The fix removes the whitespace and the repeated word, keeping the first."""
    if rule.fix != "none":
        finding.fix = Fix((Edit(start, end, ""),), rule.fix == "safe")
    return finding

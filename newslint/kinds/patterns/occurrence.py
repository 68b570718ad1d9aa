"""occurrence: too many (or too few) of something in each scope unit, e.g. words per sentence.

`token` is the regex counted (default: words); `max` and/or `min` the limits. The finding
spans the whole unit (the sentence that is too long).
"""

from __future__ import annotations

from newslint.disk_cache import compiled_regex
from newslint.document import segment
from newslint.kinds.base import Field, FieldValueError, Kind, compiled
from newslint.kinds.regex_search import compile_regex, search

LIST_ITEMS = 6
LIST_ITEM_WORDS = 3
SEPARATOR = compiled_regex(r"[,;]")


def _a_list(text: str) -> bool:
    """Whether the text is a run of short items between commas or semicolons."""
    items = [item for item in SEPARATOR.split(text) if item.strip()]
    words = sum(len(item.split()) for item in items)
    return len(items) >= LIST_ITEMS and words <= LIST_ITEM_WORDS * len(items)


class Occurrence(Kind):
    """Reports each scope unit (a sentence, say) with too many or too few of something:
    words, or matches of a regex. The finding spans the whole unit."""

    name = "occurrence"
    fields = {
        "token": Field("str", None, doc="Regex counted in each unit; unset, words are counted."),
        "max": Field(
            "int",
            None,
            doc="Report a unit with more than this many; unset, no upper limit (give `max`, "
            "`min` or both).",
        ),
        "min": Field(
            "int", None, doc="Report a unit with fewer than this many; unset, no lower limit."
        ),
        "ignorecase": Field("bool", False, doc="Match `token` regardless of case."),
        "quoted": Field(
            "bool", True, doc="Count what lies inside quotations; false leaves it out."
        ),
        "lists": Field(
            "bool",
            True,
            doc=f"Judge units that are lists (at least {LIST_ITEMS} items of at most "
            f"{LIST_ITEM_WORDS} words on average, between commas or semicolons); false skips them.",
        ),
    }
    default_scope = "sentence"
    vale_args = ("count",)
    placeholders = {"count": 1, "max": 1, "min": 1}

    def __init__(self, options):
        if options["max"] is None and options["min"] is None:
            raise FieldValueError("max", "give `max`, `min` or both")
        self.max, self.min = options["max"], options["min"]
        self.quoted, self.lists = options["quoted"], options["lists"]
        token = options["token"]
        self.token = (
            compiled("token", lambda: compile_regex(token, options["ignorecase"]))
            if token
            else None
        )

    def count(self, doc, unit) -> int:
        if self.token is None:
            tokens = doc.tokens_in(unit)
            if not self.quoted:
                quotations = doc.quotations
                return sum(segment.outside(quotations, t.start, t.end) for t in tokens)
            return len(tokens)
        return sum(1 for _ in search(self.token, doc.text, [unit]))

    def check(self, rule, doc, units):
        for unit in units:
            if not self.lists and _a_list(doc.text[unit.start : unit.end]):
                continue
            count = self.count(doc, unit)
            if (self.max is not None and count > self.max) or (
                self.min is not None and count < self.min
            ):
                yield rule.finding(
                    unit.start, unit.end, doc.text, count=count, max=self.max, min=self.min
                )

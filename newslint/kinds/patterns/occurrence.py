"""occurrence: too many (or too few) of something in each scope unit, e.g. words per sentence.

`token` is the regex counted (default: words); `max` and/or `min` the limits. The finding
spans the whole unit (the sentence that is too long).
"""

from __future__ import annotations

from newslint.kinds.base import Field, FieldValueError, Kind, compiled
from newslint.kinds.matching import compile_regex, search


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
    }
    default_scope = "sentence"
    vale_args = ("count",)
    placeholders = {"count": 1, "max": 1, "min": 1}

    def __init__(self, options):
        if options["max"] is None and options["min"] is None:
            raise FieldValueError("max", "give `max`, `min` or both")
        self.max, self.min = options["max"], options["min"]
        token = options["token"]
        self.token = (
            compiled("token", lambda: compile_regex(token, options["ignorecase"]))
            if token
            else None
        )

    def count(self, doc, unit) -> int:
        if self.token is None:
            return len(doc.tokens_in(unit))
        return sum(1 for _ in search(self.token, doc.text, [unit]))

    def check(self, rule, doc, units):
        for unit in units:
            count = self.count(doc, unit)
            if (self.max is not None and count > self.max) or (
                self.min is not None and count < self.min
            ):
                yield rule.finding(
                    unit.start, unit.end, doc.text, count=count, max=self.max, min=self.min
                )

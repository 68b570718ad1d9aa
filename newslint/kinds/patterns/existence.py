"""existence: report every occurrence of a word, phrase or pattern.

Vale-compatible fields: `tokens` (words or regexes, matched on word boundaries unless
`nonword`), `raw` (regex pieces joined as they are), `ignorecase`, `exceptions`.
"""

from __future__ import annotations

from newslint.kinds.base import Field, FieldValueError, Kind, compiled
from newslint.kinds.matching import Exceptions, Matcher


class Existence(Kind):
    """Reports every occurrence of the listed words, phrases or patterns."""

    name = "existence"
    fields = {
        "tokens": Field(
            "str-list",
            [],
            doc="Words, phrases or regexes to report, matched on word boundaries unless "
            "`nonword`; give this or `raw`.",
        ),
        "raw": Field(
            "str-list",
            [],
            doc="Regex pieces joined into one pattern as written, no word boundaries added; "
            "give this or `tokens`.",
        ),
        "ignorecase": Field("bool", False, doc="Match regardless of case."),
        "nonword": Field("bool", False, doc="Match `tokens` anywhere, not only as whole words."),
        "exceptions": Field(
            "str-list",
            [],
            doc="Matches to leave alone: a match that one of these (a word or regex) "
            "matches whole is not reported.",
        ),
    }

    def __init__(self, options):
        if bool(options["tokens"]) == bool(options["raw"]):
            raise FieldValueError("tokens", "give either `tokens` or `raw`, not both or neither")
        if options["raw"]:
            pattern = ["".join(options["raw"])]
            self.matcher = compiled("raw", lambda: Matcher(pattern, options["ignorecase"], True))
        else:
            self.matcher = compiled(
                "tokens",
                lambda: Matcher(options["tokens"], options["ignorecase"], options["nonword"]),
            )
        self.exceptions = compiled(
            "exceptions", lambda: Exceptions(options["exceptions"], options["ignorecase"])
        )

    def check(self, rule, doc, units):
        for match in self.matcher.finditer(doc, units):
            if match.group() not in self.exceptions:
                yield rule.finding(match.start(), match.end(), doc.text)

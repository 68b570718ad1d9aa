"""existence: report every occurrence of a word, phrase or pattern.

Vale-compatible fields: `tokens` (words or regexes, matched on word boundaries unless
`nonword`), `raw` (regex pieces joined as they are), `ignorecase`, `exceptions`.
"""

from __future__ import annotations

from newslint.kinds.base import Field, FieldValueError, Kind, compiled
from newslint.kinds.matching import Exceptions, Matcher


class Existence(Kind):
    name = "existence"
    fields = {
        "tokens": Field("str-list", []),
        "raw": Field("str-list", []),
        "ignorecase": Field("bool", False),
        "nonword": Field("bool", False),
        "exceptions": Field("str-list", []),
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

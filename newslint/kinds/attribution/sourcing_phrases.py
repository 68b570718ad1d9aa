"""sourcing-phrases: wording that names no checkable source ("critics argue", "it is
believed", "a person familiar with the matter").

`pattern_files` hold regexes, one file per reason (its name is the {reason} in messages);
patterns may use the `term_files` lists by name (`{people}`). Text inside quotations is
exempt: a speaker's own words are the speaker's responsibility.
"""

from __future__ import annotations

from newslint.document import segment
from newslint.kinds.attribution import cues
from newslint.kinds.attribution.cues import PATTERN_FILES, TERM_FILES
from newslint.kinds.base import Field, Kind, compiled


class SourcingPhrases(Kind):
    """Reports wording that names no checkable source ("critics argue", "it is believed"),
    outside quotations: a speaker's own words are the speaker's."""

    name = "sourcing-phrases"
    fields = {
        "pattern_files": Field(
            "file-list",
            required=True,
            doc="Sourcing patterns: "
            + PATTERN_FILES
            + "; the file name (hyphens read as spaces) is the {reason}.",
        ),
        "term_files": Field("file-list", [], doc=TERM_FILES),
    }
    default_scope = "sentence"
    placeholders = {"reason": "unnamed-group"}

    def __init__(self, options):
        self.patterns = compiled(
            "pattern_files",
            lambda: cues.patterns(options["pattern_files"], options["term_files"]),
        )

    def check(self, rule, doc, units):
        quotations = doc.quotations
        for match in self.patterns.finditer(doc, units):
            if segment.outside(quotations, match.start(), match.end()):
                reason = self.patterns.reason(match).replace("-", " ")
                yield rule.finding(match.start(), match.end(), doc.text, reason=reason)

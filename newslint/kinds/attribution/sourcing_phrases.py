"""sourcing-phrases: wording that names no checkable source ("critics argue", "it is
believed", "a person familiar with the matter").

`pattern_files` hold regexes, one file per reason (its name is the {reason} in messages);
patterns may use the `term_files` lists by name (`{people}`). Text inside quotations and
block quotes is exempt: a speaker's own words are the speaker's responsibility. So is wording
only supposed (`condition_files`: "if it is accepted") or the writer's own reasoning
(`own_voice_files`: "Our will is thought to be"), and, in a document that reports its
own research (`research_files`: "our survey", "we asked"), wording about its respondents
(`respondent_files`: "many said", "some people pointed out"). Passive and adverbial hearsay
(`nearby_covers`: "is said to", "reportedly") borrows a source named nearby
(`nearby_source_files`: "…, according to the Times. He is said to have…"); an unnamed group
("critics argue") is the vague source itself and is reported all the same.
"""

from __future__ import annotations

from bisect import bisect_right

from newslint.document import segment
from newslint.kinds.attribution import cues
from newslint.kinds.attribution.cues import PATTERN_FILES, TERM_FILES
from newslint.kinds.base import Field, FieldValueError, Kind, compiled


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
        "condition_files": cues.CONDITION_FIELD,
        "own_voice_files": Field(
            "file-list",
            [],
            doc="What makes the words after it in their sentence the writer's own reasoning, "
            'not sourcing (a first-person subject: "Our will is thought to be"; searched up '
            "to the words, so `$` is where they start): " + PATTERN_FILES + ".",
        ),
        "research_files": cues.RESEARCH_FIELD,
        "respondent_files": Field(
            "file-list",
            [],
            doc="Matches that, in a document reporting its own research, speak of its "
            'respondents ("many said", "some people felt"), not of unnamed sources: '
            + PATTERN_FILES
            + " (matched where the phrase starts).",
        ),
        **cues.NEARBY_FIELDS,
        "nearby_covers": Field(
            "file-list",
            [],
            doc="The pattern files (among `pattern_files`) whose matches a source named "
            'nearby covers (passive and adverbial hearsay: "is said to", "reportedly").',
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
        self.conditions = cues.optional_patterns(options, "condition_files")
        self.own_voice = cues.optional_patterns(options, "own_voice_files")
        self.research = cues.optional_patterns(options, "research_files")
        self.respondents = cues.optional_patterns(options, "respondent_files")
        self.nearby = cues.Nearby(options)
        self.covered = {file.stem for file in options["nearby_covers"]}
        unknown = self.covered - set(self.patterns.reasons)
        if unknown:
            raise FieldValueError(
                "nearby_covers", f"not among pattern_files: {', '.join(sorted(unknown))}"
            )

    def check(self, rule, doc, units):
        quotations = doc.quotations
        starts = [unit.start for unit in units]
        named = cues.NamedSources(doc, self.nearby)
        for match in self.patterns.finditer(doc, units):
            start, end = match.start(), match.end()
            unit = units[bisect_right(starts, start) - 1]
            if (
                not segment.outside(quotations, start, end)
                or cues.found_before(doc, self.conditions, unit, start)
                or cues.found_before(doc, self.own_voice, unit, start)
            ):
                continue
            if self.respondents is not None and (
                self.respondents.match_at(doc, start, end) and cues.own_research(doc, self.research)
            ):
                continue
            reason = self.patterns.reason(match)
            if reason in self.covered and named.near(cues.sentence_index(doc, start)):
                continue
            reason = reason.replace("-", " ")
            yield rule.finding(start, end, doc.text, reason=reason)

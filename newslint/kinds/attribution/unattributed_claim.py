"""unattributed-claim: a sentence in the article's own voice that makes a claim a reader
needs a source for (an accusation, an arrest, a death toll, a superlative), with no
attribution in it or carried over from the sentence before.

`trigger_files` hold the claim patterns, one file per reason (its name is the {reason} in
messages); `cue_files` the attribution cues; `carry_files` the cues whose source goes on into
the next paragraph (reported speech: "The minister said on Monday that…"); all may use the
`term_files` lists by name. Questions, sentences mostly inside quotations, and claims only
supposed (`condition_files`: "if…", "…could…") make no claim in the article's voice; nor do
the `research_sources` claims (statistics) of a document that reports its own research
(`research_files`: "our survey", "we asked") or that names the study they come from
(`study_files`: "a survey of 280 schemes by IDS") earlier in their paragraph or in the
paragraph before, nor the `dated_reasons` claims (events) of a
sentence that dates its event by a year (`dated_files`: "in 1998"): that is background on
the record, not the article's news. A source named nearby (`nearby_source_files`:
"according to the Times", "Reuters reported", in the sentences either side in the same
paragraph), a link in the sentence, or a credit in the document (`credit_files`) also
covers a claim.
"""

from __future__ import annotations

from newslint.document import segment
from newslint.kinds.attribution import cues
from newslint.kinds.attribution.cues import PATTERN_FILES, TERM_FILES
from newslint.kinds.base import Field, Kind, compiled


class UnattributedClaim(Kind):
    """Reports a sentence in the article's own voice that makes a claim a reader needs a
    source for (an accusation, an arrest, a death toll), with no attribution cue in it or
    carried over from the sentence before. Questions are not claims."""

    name = "unattributed-claim"
    fields = {
        "trigger_files": Field(
            "file-list",
            required=True,
            doc="Claim patterns: "
            + PATTERN_FILES
            + "; the file name (hyphens read as spaces) is the {reason}.",
        ),
        "cue_files": Field(
            "file-list",
            required=True,
            doc='Attribution cues ("said", "according to"): ' + PATTERN_FILES + ".",
        ),
        "carry_files": Field(
            "file-list",
            [],
            doc="Cues whose source goes on into the next paragraph (reported speech: "
            '"said on Monday that"): ' + PATTERN_FILES + "; none given, a source covers its "
            "own paragraph only.",
        ),
        "condition_files": cues.CONDITION_FIELD,
        "research_files": cues.RESEARCH_FIELD,
        "research_sources": Field(
            "file-list",
            [],
            doc="The trigger files (among `trigger_files`) whose claims a document that "
            "reports its own research is the source of (its statistics); a study named "
            "(`study_files`) earlier in their paragraph or in the paragraph before is too.",
        ),
        "dated_files": Field(
            "file-list",
            [],
            doc='What dates a sentence\'s event by its year ("in 1998", "in December 2002"): '
            + PATTERN_FILES
            + "; news dates its own events by the day, so an event dated by its year is "
            "background on the record (see `dated_reasons`).",
        ),
        "dated_reasons": Field(
            "file-list",
            [],
            doc="The trigger files (among `trigger_files`) whose claims a year in the "
            "sentence (`dated_files`) makes background: events such as arrests and killings, "
            "not statistics.",
        ),
        "study_files": cues.STUDY_FIELD,
        **cues.NEARBY_FIELDS,
        "term_files": Field("file-list", [], doc=TERM_FILES),
        # A sentence more quoted than this is the speaker's voice, not the article's.
        "max_quoted": Field(
            "number",
            0.5,
            doc="A sentence with more than this share (0 to 1) of its characters inside "
            "quotations is the speaker's voice, not the article's, and is skipped.",
        ),
    }
    default_scope = "sentence"
    placeholders = {"reason": "accusation", "trigger": "organized an attack"}

    def __init__(self, options):
        terms = options["term_files"]
        self.triggers = compiled(
            "trigger_files", lambda: cues.patterns(options["trigger_files"], terms)
        )
        self.cues = compiled("cue_files", lambda: cues.patterns(options["cue_files"], terms))
        self.carry = cues.optional_patterns(options, "carry_files")
        self.conditions = cues.optional_patterns(options, "condition_files")
        self.research = cues.optional_patterns(options, "research_files")
        self.research_reasons = cues.reasons_named(
            options, "research_sources", self.triggers, "trigger_files"
        )
        self.dated = cues.optional_patterns(options, "dated_files")
        self.dated_reasons = cues.reasons_named(
            options, "dated_reasons", self.triggers, "trigger_files"
        )
        self.max_quoted = options["max_quoted"]
        self.nearby = cues.Nearby(options)
        self.studies = cues.optional_patterns(options, "study_files")

    def check(self, rule, doc, units):
        wanted = set(units)
        sourcing = cues.Sourcing(doc, self.cues, self.carry)
        named = cues.NamedSources(doc, self.nearby)
        studies = cues.NamedStudies(doc, self.studies)
        checked = [(i, sentence) for i, sentence in enumerate(doc.sentences) if sentence in wanted]
        # The triggers first: few sentences hold one, and only those can be claims.
        triggers = self._triggers(doc, [sentence for _, sentence in checked])
        for index, sentence in checked:
            trigger = triggers.get(sentence.start)
            if (
                trigger is None
                or not self._in_own_voice(doc, sentence)
                or sourcing.attributed(index)
                or named.near(index)
            ):
                continue
            reason = self.triggers.reason(trigger)
            if reason in self.research_reasons and (
                cues.own_research(doc, self.research) or studies.before(index)
            ):
                continue
            if reason in self.dated_reasons and self._dated(doc, sentence):
                continue
            reason = reason.replace("-", " ")
            yield rule.finding(
                sentence.start, sentence.end, doc.text, reason=reason, trigger=trigger.group()
            )

    def _in_own_voice(self, doc, sentence) -> bool:
        """A statement (not a question) not mostly inside quotations."""
        return (
            doc.text[sentence.end - 1] != "?"
            and cues.quoted_share(doc, sentence) <= self.max_quoted
        )

    def _triggers(self, doc, sentences: list) -> dict:
        """Each sentence's first trigger outside quotations and not only supposed, by the
        sentence's start: the sentences searched in one call (a call per sentence cost
        more than the search)."""
        quotations = doc.quotations
        by_start = {sentence.start: sentence for sentence in sentences}
        found: dict = {}
        for match in self.triggers.finditer(doc, sentences):
            sentence = by_start[match.offset]  # the span searched
            if (
                sentence.start not in found
                and segment.outside(quotations, match.start(), match.end())
                and not cues.found_before(doc, self.conditions, sentence, match.start())
            ):
                found[sentence.start] = match
        return found

    def _dated(self, doc, sentence) -> bool:
        """Whether the sentence dates its event by a year, outside quotations."""
        return self.dated is not None and any(
            segment.outside(doc.quotations, m.start(), m.end())
            for m in self.dated.finditer(doc, [sentence])
        )

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
(`nearby_source_files`: "…, according to the Times. He is said to have…"), and the legal
hedge and "reportedly" (`article_source_covers`) the police, a court or a newspaper the
article names anywhere (`article_source_files`); an unnamed group ("critics argue") is the
vague source itself and is reported all the same.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import chain

from newslint.document import segment
from newslint.document.segment import Span
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
            doc="What makes the words after it in their sentence the writer's own reasoning "
            "or a speaker's reported words, not sourcing (a first-person subject: \"Our will is "
            'thought to be"; "He said 29% was believed to…"; searched up to the words, so `$` '
            "is where they start): " + PATTERN_FILES + ".",
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
        "article_source_covers": Field(
            "file-list",
            [],
            doc="The pattern files (among `pattern_files`) whose matches a source the document "
            'names anywhere (`article_source_files`) covers: the legal hedge ("allegedly") of a '
            'case the police or a court bring, the "reportedly" of a story that says whose '
            "report it follows.",
        ),
        "article_source_files": Field(
            "file-list",
            [],
            doc='Sources an article names once for all its hedges ("police said", "the court '
            'heard", "was charged with", "the Sunday Telegraph reported"): '
            + PATTERN_FILES
            + ", found anywhere in the document outside quotations.",
        ),
        "study_files": cues.STUDY_FIELD,
        "study_covers": Field(
            "file-list",
            [],
            doc="The pattern files (among `pattern_files`) whose matches a study named "
            '(`study_files`) in their sentence or the next covers (unnamed research: "research '
            'suggests…" then "A survey of 280 schemes by IDS said…").',
        ),
        "group_files": Field(
            "file-list",
            [],
            doc='A group whose members unnamed respondents are ("a survey of contributors", '
            '"the team"): ' + PATTERN_FILES + "; named in the sentence, the one before it in "
            "its paragraph or the last of the paragraph before (a list item's: the list's "
            "lead-in), it is the source of `respondent_files` wording.",
        ),
        "claims": Field(
            "str",
            "all",
            doc="Which phrases to report by the claim they stand behind: `checkable` (a "
            "`claim_files` match in it), `other` (none), `all`.",
        ),
        "claim_files": Field(
            "file-list",
            [],
            doc='What makes a claim checkable: a figure ("£10bn", "10,000", "thousands of"), '
            'an allegation or event ("were arrested", "rigged"): '
            + PATTERN_FILES
            + "; the first match is the message's {claim}.",
        ),
        "clause_files": Field(
            "file-list",
            [],
            doc='Where a clause starts inside a sentence ("; ", ", but"): ' + PATTERN_FILES + "; "
            "a phrase's claim runs from the last before it to the first after it (searched up "
            "to the phrase, then from it: `$` is where it starts).",
        ),
        "allegation_only": Field(
            "file-list",
            [],
            doc="The pattern files (among `pattern_files`) whose phrases make a claim checkable "
            "only by an allegation or event (`allegation_files`), not by a figure: a passive "
            'hedge on a figure ("it is thought that 10,000 phones are stolen") is routine in '
            'edited news; on an allegation ("the rebels are said to have murdered") it is not.',
        ),
        "allegation_files": Field(
            "file-list",
            [],
            doc="What makes a claim checkable for the `allegation_only` phrases: "
            + PATTERN_FILES
            + ".",
        ),
        "aside_files": Field(
            "file-list",
            [],
            doc='Asides inside a claim that describe rather than claim (", which produces 60% '
            'of its oil,"), and figures it takes as given ("the £2bn cost"): '
            + PATTERN_FILES
            + "; a `claim_files` match inside one is skipped.",
        ),
        "trailing_words": Field(
            "int",
            2,
            doc="A phrase with at most this many words after it in its sentence ends it "
            '("…, party sources told the BBC."): its claim is the whole sentence.',
        ),
        "term_files": Field("file-list", [], doc=TERM_FILES),
    }
    default_scope = "sentence"
    placeholders = {"reason": "unnamed-group", "claim": "£10bn"}
    CLAIMS = ("all", "checkable", "other")

    def __init__(self, options):
        self.patterns = compiled(
            "pattern_files",
            lambda: cues.patterns(options["pattern_files"], options["term_files"]),
        )
        self.conditions = cues.optional_patterns(options, "condition_files")
        self.own_voice = cues.optional_patterns(options, "own_voice_files")
        self.research = cues.optional_patterns(options, "research_files")
        self.respondents = cues.optional_patterns(options, "respondent_files")
        self.groups = cues.optional_patterns(options, "group_files")
        self.nearby = cues.Nearby(options)
        self.claims = options["claims"]
        if self.claims not in self.CLAIMS:
            raise FieldValueError("claims", f"must be one of {', '.join(self.CLAIMS)}")
        self.checkable = cues.optional_patterns(options, "claim_files")
        if self.claims != "all" and self.checkable is None:
            raise FieldValueError("claims", f"`claims: {self.claims}` needs `claim_files`")
        self.clauses = cues.optional_patterns(options, "clause_files")
        self.asides = cues.optional_patterns(options, "aside_files")
        self.allegations = cues.optional_patterns(options, "allegation_files")
        self.trailing_words = options["trailing_words"]
        self.covered = cues.reasons_named(options, "nearby_covers", self.patterns, "pattern_files")
        self.allegation_reasons = cues.reasons_named(
            options, "allegation_only", self.patterns, "pattern_files"
        )
        self.article_source_covered = cues.reasons_named(
            options, "article_source_covers", self.patterns, "pattern_files"
        )
        self.article_sources = cues.optional_patterns(options, "article_source_files")
        self.studies = cues.optional_patterns(options, "study_files")
        self.study_covered = cues.reasons_named(
            options, "study_covers", self.patterns, "pattern_files"
        )

    def check(self, rule, doc, units):
        quotations = doc.quotations
        starts = [unit.start for unit in units]
        named = cues.NamedSources(doc, self.nearby)
        groups = cues.GroupsBefore(doc, self.groups)
        studies = cues.NamedStudies(doc, self.studies)
        for match in self.patterns.finditer(doc, units):
            start, end = match.start(), match.end()
            unit = units[bisect_right(starts, start) - 1]
            if (
                not segment.outside(quotations, start, end)
                or cues.found_before(doc, self.conditions, unit, start)
                or cues.found_before(doc, self.own_voice, unit, start)
            ):
                continue
            index = cues.sentence_index(doc, start)
            if doc.text[doc.sentences[index].end - 1] == "?":  # a question asserts nothing
                continue
            if self.respondents is not None and (
                self.respondents.match_at(doc, start, end)
                and (cues.own_research(doc, self.research) or groups.named(index))
            ):
                continue
            reason = self.patterns.reason(match)
            # The claim first: most phrases have no checkable one, and it is cheaper to find
            # (in a clause) than a source named nearby (in several sentences).
            claim = self._checkable_claim(doc, unit, index, (start, end), reason)
            if self.claims != "all" and (claim is not None) != (self.claims == "checkable"):
                continue
            if reason in self.covered and named.near(index):
                continue
            if reason in self.article_source_covered and self._article_source_named(doc):
                continue
            if reason in self.study_covered and studies.in_next(index):
                continue
            reason = reason.replace("-", " ")
            yield rule.finding(start, end, doc.text, reason=reason, claim=claim or "")

    def _article_source_named(self, doc) -> bool:
        sources = self.article_sources
        return sources is not None and doc.derived(sources.outside_quotations)

    def _checkable_claim(
        self, doc, sentence, index: int, phrase: tuple[int, int], reason: str
    ) -> str | None:
        """The first figure or allegation in the phrase's claim (None: none, or no
        `claim_files`); a figure the sentence before gives is not the claim's ("…from $15 to
        $4. And some people think that $4 is too high": a view of it)."""
        checkable = self.allegations if reason in self.allegation_reasons else self.checkable
        if checkable is None:
            return None
        start, end = phrase
        claim = self._claim(doc, sentence, start, end)
        found = checkable.finditer(doc, [claim])
        first = next(found, None)
        if first is None:  # most claims: no aside need be looked for
            return None
        asides = (
            []
            if self.asides is None
            else [Span(m.start(), m.end()) for m in self.asides.finditer(doc, [claim])]
        )
        before = _sentence_text(doc, index - 1)
        claimed = next(
            (
                m
                for m in chain([first], found)
                if segment.outside(asides, m.start(), m.end()) and m.group() not in before
            ),
            None,
        )
        return claimed.group() if claimed is not None else None

    def _claim(self, doc, sentence, start: int, end: int) -> Span:
        """What the phrase stands behind: its clause ("The economy grew 9.5% and [experts say
        the picture is strong]", "[Critics say it is a step too far], but advocates…"), or,
        when the phrase ends the sentence ("…, party sources told the BBC."), all of it."""
        if self.clauses is None or doc.words_in(Span(end, sentence.end)) <= (self.trailing_words):
            return sentence
        clause_start = sentence.start
        for joint in self.clauses.finditer(doc, [Span(sentence.start, start)]):
            clause_start = joint.end()
        joint = next(self.clauses.finditer(doc, [Span(end, sentence.end)]), None)
        return Span(clause_start, sentence.end if joint is None else joint.start())


def _sentence_text(doc, index: int) -> str:
    """The text of doc.sentences[index] ("" before the first)."""
    if index < 0:
        return ""
    sentence = doc.sentences[index]
    return doc.text[sentence.start : sentence.end]

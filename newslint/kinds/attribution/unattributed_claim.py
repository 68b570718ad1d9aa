"""unattributed-claim: a sentence in the article's own voice that makes a claim a reader
needs a source for (an accusation, an arrest, a death toll, a superlative), with no
attribution in it or carried over from the sentence before.

`trigger_files` hold the claim patterns, one file per reason (its name is the {reason} in
messages); `cue_files` the attribution cues; both may use the `term_files` lists by name.
Questions, and sentences mostly inside quotations, make no claim in the article's voice.
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
        self.max_quoted = options["max_quoted"]

    def check(self, rule, doc, units):
        wanted = set(units)
        quotations = doc.quotations
        sourcing = cues.Sourcing(doc, self.cues)
        for index, sentence in enumerate(doc.sentences):
            if sentence not in wanted or doc.text[sentence.end - 1] == "?":
                continue
            if cues.quoted_share(doc, sentence) > self.max_quoted:
                continue
            trigger = next(
                (
                    m
                    for m in self.triggers.finditer(doc, [sentence])
                    if segment.outside(quotations, m.start(), m.end())
                ),
                None,
            )
            if trigger is not None and not sourcing.attributed(index):
                reason = self.triggers.reason(trigger).replace("-", " ")
                yield rule.finding(
                    sentence.start, sentence.end, doc.text, reason=reason, trigger=trigger.group()
                )

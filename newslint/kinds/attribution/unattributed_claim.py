"""unattributed-claim: a sentence in the article's own voice that makes a claim a reader
needs a source for (an accusation, an arrest, a death toll, a superlative), with no
attribution in it or carried over from the sentence before.

`trigger_files` hold the claim patterns, one file per reason (its name is the {reason} in
messages); `cue_files` the attribution cues; both may use the `term_files` lists by name.
Questions, and sentences mostly inside quotations, make no claim in the article's voice.
"""

from __future__ import annotations

from newslint.kinds.attribution import cues
from newslint.kinds.base import Field, Kind, compiled


class UnattributedClaim(Kind):
    name = "unattributed-claim"
    fields = {
        "trigger_files": Field("file-list", required=True),
        "cue_files": Field("file-list", required=True),
        "term_files": Field("file-list", []),
        # A sentence more quoted than this is the speaker's voice, not the article's.
        "max_quoted": Field("number", 0.5),
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
                    if cues.outside(quotations, m.start(), m.end())
                ),
                None,
            )
            if trigger is not None and not sourcing.attributed(index):
                reason = self.triggers.reason(trigger).replace("-", " ")
                yield rule.finding(
                    sentence.start, sentence.end, doc.text, reason=reason, trigger=trigger.group()
                )

"""learned-sentences: sentences that a trained model judges to source their claim vaguely
("some observers", "is widely regarded as", "it has been suggested", "many scholars"), in
whatever words the phrase lists do not name.

The model file (`model`, see `kinds/model_file.py`) was trained by `newslint train` on
labelled sentences; each sentence's features (`sentence_features.py`) are its words and word
pairs, the hits of the attribution rules' pattern files by category (`cue_files`: phrases and
named sources as evidence rather than verdicts), whether it names a source, and its length.
A sentence whose score reaches the threshold (the model's operating point, chosen for
precision, unless `threshold` overrides it) is reported with the features that weighed most.

Not judged: a sentence mostly quoted (a speaker's words are the speaker's), a question (it
asserts nothing), and one of fewer than `min_words` words (a fragment, unlike the sentences
the model learned from).
"""

from __future__ import annotations

from newslint.kinds.attribution.cues import PATTERN_FILES, TERM_FILES, quoted_share
from newslint.kinds.attribution.sentence_features import FEATURE_SET, SentenceFeatures
from newslint.kinds.base import Field, Kind, compiled
from newslint.kinds.model_file import model_fields, rule_model_and_threshold

# A sentence more quoted than this is the speaker's.
MAX_QUOTED_SHARE = 0.5
# How features are named in a message: "cue:unnamed-group" is 'unnamed group'.
FEATURE_NAMES = {
    "has:quotation": "a quotation",
    "has:name-and-reporting-verb": "a name with a reporting verb",
    "names:0": "no name",
}


def describe(feature: str) -> str:
    """A feature's name as a message shows it: "word:some expert" is 'some expert'."""
    if feature in FEATURE_NAMES:
        return FEATURE_NAMES[feature]
    family, _, value = feature.partition(":")
    if family == "word":  # "<s> some": the sentence starts with it
        words = value.removeprefix("<s> ").removesuffix(" </s>")
        place = " first" if value.startswith("<s> ") else " last" if value != words else ""
        return f"'{words}'{place}"
    if family == "cue":
        return value.replace("-", " ")
    return feature


class LearnedSentences(Kind):
    """Reports sentences that a trained model judges to source their claim vaguely ("some
    observers", "is widely regarded as", "many scholars"), with the features that weighed
    most; outside quotations."""

    name = "learned-sentences"
    fields = {
        **model_fields("sentence", "folds"),
        "cue_files": Field(
            "file-list",
            [],
            doc="Sourcing phrases and cues, one category per file (its name): the model's "
            f"`cue:<name>` features; {PATTERN_FILES}. They must be the files it was trained "
            "with.",
        ),
        "term_files": Field("file-list", [], doc=TERM_FILES),
        "min_words": Field(
            "int",
            5,
            doc="A sentence of fewer words is a fragment, unlike the sentences the model "
            "learned from: not judged.",
        ),
    }
    default_scope = "sentence"
    placeholders = {"reason": "'some expert', unnamed group", "score": "0.91"}

    def __init__(self, options):
        self.model, self.threshold = rule_model_and_threshold(options, FEATURE_SET)
        self.features = compiled(
            "cue_files", lambda: SentenceFeatures(options["cue_files"], options["term_files"])
        )
        self.min_words = options["min_words"]

    def check(self, rule, doc, units):
        judged = [
            sentence
            for sentence in units
            if len(doc.tokens_in(sentence)) >= self.min_words
            and doc.text[sentence.end - 1] != "?"
            and quoted_share(doc, sentence) <= MAX_QUOTED_SHARE
        ]
        for sentence, vector in zip(judged, self.features.vectors(doc, judged)):
            score = self.model.score(vector)
            if score < self.threshold:
                continue
            reason = ", ".join(describe(name) for name in self.model.strongest(vector))
            yield rule.finding(
                sentence.start, sentence.end, doc.text, reason=reason, score=f"{score:.2f}"
            )

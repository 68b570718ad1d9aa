"""learned-lines: blocks (lines of scraped text) that a trained model judges to be leftover
interface text: teaser runs, comment threads, author boxes, counters, prompts in any
language the model was trained on.

The model file (`model`, see `kinds/model_file.py`) was trained by `newslint train`
on labelled lines of extracted web pages; each block's features (`line_features.py`) are
its shape, its words, the interface phrases in it by category (`phrase_files`: the lists the
phrase rules use, here as evidence rather than verdicts), where it stands against the
article's main run of prose, and its neighbours. A block whose score reaches the threshold
(the model's operating point, chosen for precision, unless `threshold` overrides it) is
reported with the features that weighed most, and the fix removes it. A rule that defers
to the phrase rules (`defer_to: [boilerplate]`) reports only what they miss, which is what
`newslint train` teaches its model.

A document of fewer than `min_blocks` blocks is unlike the pages the model learned from
(there is no page around a lone line to judge it by), and so is an author's source
(Markdown): nothing is reported there.
"""

from __future__ import annotations

from newslint.document.segment import inside
from newslint.kinds.base import Field, Kind
from newslint.kinds.boilerplate.line_features import FEATURE_SET, LineFeatures
from newslint.kinds.boilerplate.lines import remove_block
from newslint.kinds.model_file import model_fields, rule_model_and_threshold

# How the features that weighed most are named in a message.
FEATURE_NAMES = {
    "position:after-main": "after the article's text",
    "position:before-main": "before the article's text",
    "position:no-prose": "on a page with no prose",
    "position:first": "first line",
    "position:last": "last line",
    "doc:repeated": "repeated in the text",
    "context:label-run": "in a run of short lines",
    "words:no-function": "no function words",
    "phrase:whole-line": "interface phrases only",
    "phrase:share-of-words": "partly interface phrases",
    "shape:sentence-end": "ends like a sentence",
    "has:url": "a web address",
    "has:email": "an e-mail address",
    "has:handle": "a @handle",
    "has:separator": "separators",
    "has:time": "a date or time",
    "has:copyright": "a copyright sign",
    "case:capitalised": "capitalised words",
    "case:upper": "capital letters",
    "chars:digits": "digits",
    "chars:symbols": "symbols",
    "script:non-latin": "another script",
    "prev:none": "first line",
    "next:none": "last line",
    "topic:none-shared": "not the article's subject",
    "shape:headline-off-topic": "a headline on another subject",
    "shape:headline-off-topic-outside": "a headline on another subject, outside the article",
    "stretch:interface": "among interface text",
    "stretch:length": "among lines that are not prose",
    "stretch:topicless": "among lines on other subjects",
}
NEIGHBOUR = {
    "prose": "a paragraph",
    "label": "a short line",
    "interface": "interface text",
    "topicless": "a line on another subject",
    "alike": "a line like it",
}
SIDES = {"prev": "after", "next": "before", "prev2": "two lines after", "next2": "two lines before"}


def describe(feature: str) -> str:
    """A feature's name as a message shows it: "word:share" is 'share'."""
    if feature in FEATURE_NAMES:
        return FEATURE_NAMES[feature]
    family, _, value = feature.partition(":")
    if family == "word":
        return f"'{value}'"
    if family == "phrase":
        return f"{value} phrases"
    if family in SIDES:
        return f"{SIDES[family]} {NEIGHBOUR.get(value, value)}"
    if family == "lead":
        return f"starts '{value}'"
    if feature.startswith("shape:words="):
        return f"{feature.partition('=')[2]} words"
    return feature


class LearnedLines(Kind):
    """Reports lines that a trained model judges to be leftover interface text (teasers,
    comments, author boxes, counters, prompts), with the features that weighed most. The
    fix removes the line."""

    name = "learned-lines"
    fields = {
        **model_fields("line", "pages"),
        "phrase_files": Field(
            "file-list",
            [],
            doc="Interface phrase lists, one per category (the file name): the model's "
            "`phrase:<category>` features. They must be the lists it was trained with.",
        ),
        "stopword_files": Field(
            "file-list",
            [],
            doc="Function words of several languages: the share of a line's words among them "
            "is a feature.",
        ),
        "min_blocks": Field(
            "int",
            3,
            doc="A document with fewer blocks is unlike the pages the model learned from: "
            "nothing is reported.",
        ),
    }
    default_scope = "document"
    placeholders = {"reason": "'share', after the article's text", "score": "0.97"}

    def __init__(self, options):
        self.model, self.threshold = rule_model_and_threshold(options, FEATURE_SET)
        self.features = LineFeatures.from_files(options["phrase_files"], options["stopword_files"])
        self.min_blocks = options["min_blocks"]

    def check(self, rule, doc, units):
        if doc.authored:
            return  # an author's source (Markdown) is no scraped page
        blocks, vectors = self.features.vectors(doc)
        if len(blocks) < self.min_blocks:
            return
        for block, vector in zip(blocks, vectors):
            if not inside(block.content.start, units):
                continue
            score = self.model.score(vector)
            if score < self.threshold:
                continue
            reason = ", ".join(describe(name) for name in self.model.strongest(vector))
            finding = rule.finding(
                block.content.start,
                block.content.end,
                doc.text,
                reason=reason,
                score=f"{score:.2f}",
            )
            yield remove_block(rule, finding, doc, block)

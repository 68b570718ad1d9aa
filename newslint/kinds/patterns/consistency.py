"""consistency: one spelling per document among accepted variants.

`sets: [[percent, per cent], ...]` (or Vale's `either: {percent: per cent}`): the first form a
document uses wins; every later use of another form of the same set is reported with the
winning form as suggestion and an (unsafe by default) fix. With `own_words`, forms that are
not the writer's spelling choice are neither counted nor reported: inside quotations, quoted
titles and citation lines (see `own_prose`), or capitalised beside another
capitalised word, as part of a name ("Email Systems Ltd").
"""

from __future__ import annotations

from newslint.disk_cache import compiled_regex
from newslint.document import segment
from newslint.kinds.base import Field, FieldValueError, Kind, compiled, match_case
from newslint.kinds.matching import Matcher
from newslint.kinds.own_prose import finished_sentences, not_own_or_quoted


class Consistency(Kind):
    """Keeps one spelling per document among accepted variants: the first form a document
    uses wins, and every later use of another form of the same set is reported."""

    name = "consistency"
    fields = {
        "sets": Field(
            "str-lists",
            [],
            doc="Sets of accepted variants (`[[percent, per cent]]`), words or regexes; give "
            "this or `either`.",
        ),
        "either": Field(
            "str-map",
            {},
            doc="Vale's form of `sets`: `{variant: other variant}`, each pair one set of two.",
        ),
        "ignorecase": Field("bool", True, doc="Match the variants regardless of case."),
        "nonword": Field(
            "bool", False, doc="Match the variants anywhere, not only as whole words."
        ),
        "own_words": Field(
            "bool",
            False,
            doc="Count and report only the writer's own choices: not forms in quotations, "
            "quoted titles or citation lines, nor outside finished sentences of prose (labels, "
            'buttons: "E-mail us"), nor a capitalised form beside another capitalised word '
            '(a name: "Email Systems").',
        ),
    }
    placeholders = {"first_line": 1, "first_column": 1}

    def __init__(self, options):
        groups = [list(group) for group in options["sets"]]
        groups += [[first, second] for first, second in options["either"].items()]
        if not groups:
            raise FieldValueError("sets", "give at least one set of variants in `sets` or `either`")
        for group in groups:
            if len(group) < 2:
                raise FieldValueError("sets", f"a set needs two or more variants: {group}")
        ignorecase = options["ignorecase"]
        self.own_words = options["own_words"]
        self.groups = compiled(
            "sets",
            lambda: [(Matcher(group, ignorecase, options["nonword"]), group) for group in groups],
        )
        self.ignorecase = ignorecase
        # The sets a word can start a variant of (None: a set of regexes, searched in every
        # document): a document uses few of the sets, and asking each set's matcher costs.
        self.sets_of_word: dict[str, list[int]] | None = {}
        for index, (matcher, _) in enumerate(self.groups):
            first_words = matcher.first_words()
            if first_words is None:
                self.sets_of_word = None
                break
            for word in first_words:
                self.sets_of_word.setdefault(word, []).append(index)

    def check(self, rule, doc, units):
        if self.sets_of_word is None:
            groups = self.groups
        else:
            words = doc.word_set(folded=self.ignorecase).intersection(self.sets_of_word)
            used = {index for word in words for index in self.sets_of_word[word]}
            groups = [group for index, group in enumerate(self.groups) if index in used]
        for matcher, variants in groups:
            matches = list(matcher.finditer(doc, units))
            if len(set(map(matcher.which, matches))) < 2:
                # One variant written: nothing to report, and no need to tell the writer's
                # own choices (`_own_choice`) from the rest (30 ms of CPU over BBC).
                continue
            winner = None
            for match in matches:
                if self.own_words and not _own_choice(doc, match):
                    continue
                which = variants.index(matcher.which(match))
                if winner is None:
                    winner = (which, match)
                    continue
                if which == winner[0]:
                    continue
                first_line, first_column = doc.location(winner[1].start())
                # The winning variant as listed, in this match's case: a capital the first
                # use had at the start of a sentence is not carried over.
                form = match_case(match.group(), variants[winner[0]])
                yield rule.finding(
                    match.start(),
                    match.end(),
                    doc.text,
                    [form],
                    form,
                    first_line=first_line,
                    first_column=first_column,
                )


# A capitalised word right before or after a match, across one space or hyphen.
CAPITALISED_BEFORE = compiled_regex(r"\p{Lu}[\w'’]*[ \-]$")
CAPITALISED_AFTER = compiled_regex(r"[ \-]\p{Lu}")


def _own_choice(doc, match) -> bool:
    """Whether a match is the writer's spelling choice: in the writer's own words, in a
    finished sentence of prose, and not a capitalised word of a longer capitalised name."""
    start, end = match.start(), match.end()
    if not segment.outside(not_own_or_quoted(doc), start, end):
        return False
    if segment.outside(finished_sentences(doc), start, end):
        return False  # a label or button ("E-mail us"): the page's, not the writer's
    if not doc.text[start : start + 1].isupper():
        return True
    before = doc.text[max(0, start - 40) : start]
    return not (CAPITALISED_BEFORE.search(before) or CAPITALISED_AFTER.match(doc.text, end))

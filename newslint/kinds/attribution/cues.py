"""What the attribution kinds share: pattern lists with named terms, attribution cues, and
which sentences of a document have a source.

Pattern files hold one regular expression per line ("#" comments), matched case-insensitively
on word boundaries. A pattern may name a term list in braces, `{reporting-verb}`: a term file
of that name (one word or phrase per line) stands there as an alternation. Each pattern file
is one reason (its file name), shown in messages, so a newsroom tunes a rule by editing text
files, not code.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

import regex

from newslint.disk_cache import cached, code_stamp, compiled_regex, package_stamp
from newslint.document import segment
from newslint.document.segment import Span
from newslint.kinds.base import Field, FieldValueError, compiled
from newslint.kinds.literals import prefilter
from newslint.kinds.pattern_set import PatternSet
from newslint.kinds.regex_search import compile_regex
from newslint.kinds.wordlists import list_digest, read_words

# Fields the attribution kinds share (see `found_before` and `own_research`).
CONDITION_FIELD = Field(
    "file-list",
    [],
    doc="What makes words supposed, not asserted, when it comes before them in their sentence "
    '("if", "whether", "could"; searched up to the words, so `$` is where they start): '
    + "files of regexes, one a line, matched regardless of case on "
    "word boundaries; none given, nothing is hypothetical.",
)
RESEARCH_FIELD = Field(
    "file-list",
    [],
    doc='What shows that a document reports research of its own ("our survey", "we asked"): '
    "files of regexes, one a line, matched regardless of case on word boundaries.",
)

STUDY_FIELD = Field(
    "file-list",
    [],
    doc='A study named by whoever made it or by whom it asked ("a survey of 280 schemes by '
    'IDS", "the people Ericsson questioned"), whose figures an article goes on to report: '
    + "files of regexes, one a line, matched regardless of case on word boundaries, outside "
    "quotations.",
)

NEARBY_FIELDS = {
    "nearby_source_files": Field(
        "file-list",
        [],
        doc='Wording that names a source ("according to the Times", "Reuters reported", '
        '"Ericsson\'s survey", an issue number): '
        + "files of regexes, one a line, matched regardless of case on word boundaries"
        + "; found outside quotations in the sentence, the `sentences_before` before it or the "
        "`sentences_after` after it in the same paragraph (or early in the next: "
        "`next_paragraph_sentences`), it names the sentence's source. A "
        "link in the sentence itself does too. None given, only the sentence's own cues count.",
    ),
    "credit_files": Field(
        "file-list",
        [],
        doc='Wording that credits whoever reported what the document tells ("thanks to Ana '
        'Lind for reporting"), anywhere in it outside quotations: then every sentence has '
        "its source. Files of regexes, one a line, matched regardless of case.",
    ),
    "sentences_before": Field(
        "int", 2, doc="How many sentences before, in the same paragraph, a named source covers."
    ),
    "sentences_after": Field(
        "int",
        1,
        doc="How many sentences after, in the same paragraph, a named source covers (news "
        "intros name the source in the second sentence).",
    ),
    "next_paragraph_sentences": Field(
        "int",
        3,
        doc="A sentence that ends its paragraph also borrows a source named in this many "
        "first sentences of the next paragraph (news copy in short paragraphs names an "
        "intro's source in the paragraph after it).",
    ),
}

TERM = compiled_regex(r"\{([a-z]+(?:-[a-z]+)*)\}")
# What the attribution kinds' fields of these files say about them, in docs/kinds.md.
PATTERN_FILES = "files of regexes, one a line, matched regardless of case on word boundaries"
TERM_FILES = (
    "Word lists the patterns use by file name: `{reporting-verb}` stands for the words of "
    "reporting-verb.txt."
)


def _term_alternation(words: tuple[str, ...]) -> str:
    """Literal words and phrases as one regex that shares their common prefixes ("sa(?:id|ys)"),
    any run of spaces between words. A flat alternation of hundreds of verb forms makes the
    regex engine try every form at every position; the prefix tree tries one letter."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _tree_regex(tree)


@lru_cache(maxsize=64)
def _term_regex(file: Path) -> str:
    """A term file's alternation, made once per process: every combination of pattern
    files (each rule's, each model feature's) uses the same few term lists."""
    return _term_alternation(read_words(file))


def _tree_regex(node: dict) -> str:
    branches = [
        (r"\s+" if char.isspace() else regex.escape(char)) + _tree_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    # Greedy: a longer word is preferred, a shorter one taken when the longer does not fit.
    return f"(?:{body})?" if "" in node else body


def _expand(pattern: str, terms: dict[str, str], file: Path) -> str:
    def term(match: regex.Match) -> str:
        name = match.group(1)
        if name not in terms:
            known = ", ".join(sorted(terms)) or "none"
            raise ValueError(f"{file.name}: unknown term {{{name}}} (term lists: {known})")
        return terms[name]

    return TERM.sub(term, pattern)


class Patterns:
    """The patterns of several files, matched as one alternation; `reason(match)` names the
    file that matched. Built once per process for each combination of files."""

    def __init__(self, pattern_files: tuple[Path, ...], term_files: tuple[Path, ...]):
        self.reasons = [file.stem for file in pattern_files]
        # Expanding the term lists and finding the strings each pattern's matches need take
        # a good part of a cold start: the results are kept in the disk cache, keyed by the
        # files' names and contents. Compiling takes the `regex` module longer still: each
        # pattern is compiled when a span first holds its required strings (the cache holds
        # only patterns that compiled).
        files = [f"{file.stem}={list_digest(file)}" for file in (*pattern_files, *term_files)]
        key = f"{code_stamp()} {package_stamp('regex')} {len(pattern_files)} {' '.join(files)}"
        sources: list[str]
        required: list[list[str] | None]
        further: list[list[list[str]]]
        sources, required, further = cached(
            "cue-patterns", key, lambda: _combined(pattern_files, term_files)
        )
        self._set = PatternSet(sources, required, ignorecase=True, further=further)

    def finditer(self, doc, spans: list[Span]):
        """Matches in the spans; in each, only the patterns whose required strings it holds
        are searched (most sentences hold none, or those of a few patterns)."""
        return self._set.finditer(doc.text, doc.folded_text, spans)

    def match_at(self, doc, start: int, end: int):
        """The match that starts exactly at `start` (and ends by `end`), if any."""
        found = next(self.finditer(doc, [Span(start, end)]), None)
        return found if found is not None and found.start() == start else None

    def reason(self, match) -> str:
        return self.reasons[int(match.lastgroup[1:])]

    def outside_quotations(self, doc) -> bool:
        """Whether a match starts anywhere in the document outside quotations."""
        return any(
            segment.outside(doc.quotations, m.start(), m.start() + 1)
            for m in self.finditer(doc, [Span(0, len(doc.text))])
        )


def _combined(pattern_files: tuple[Path, ...], term_files: tuple[Path, ...]) -> list:
    """The files' patterns, terms expanded, each as a regex source of its own naming its
    file's group (their alternation is the rule's regex), and the strings one of which each
    pattern's every match holds (None: unknown), then the further such sets it holds one of
    each too (`PatternSet`'s `further`). Raises regex.error for a bad pattern."""
    terms = {file.stem: _term_regex(file) for file in term_files}
    expanded = {}
    for file in pattern_files:
        expanded[file] = [_expand(p, terms, file) for p in read_words(file)]
        if not expanded[file]:
            raise ValueError(f"{file.name}: no pattern in the file")
    # Word boundaries where the match starts or ends with a letter (a cue may start with
    # punctuation: ": “").
    sources = [
        rf"(?:(?<!\w)|(?!\w))(?P<r{index}>(?:{p}))(?:(?!\w)|(?<!\w))"
        for index, file in enumerate(pattern_files)
        for p in expanded[file]
    ]
    try:
        compile_regex("|".join(sources), True)
    except regex.error:
        _report_bad_pattern(expanded)
        raise
    sets = [prefilter(p) for file in pattern_files for p in expanded[file]]
    return [sources, [required for required, _ in sets], [further for _, further in sets]]


def _report_bad_pattern(expanded: dict[Path, list[str]]) -> None:
    """Name the file and pattern that made the combined regex fail (compiled one by one only
    then: compiling is the slow part of loading these rules)."""
    for file, patterns in expanded.items():
        for number, pattern in enumerate(patterns, 1):
            try:
                compile_regex(pattern, True)
            except regex.error as err:
                raise ValueError(
                    f"{file.name}, pattern {number}: bad regular expression: {err}"
                ) from None


@lru_cache(maxsize=32)
def _patterns(pattern_files: tuple[Path, ...], term_files: tuple[Path, ...]) -> Patterns:
    return Patterns(pattern_files, term_files)


def patterns(pattern_files, term_files) -> Patterns:
    """The Patterns of these files, built once per process. Raises regex.error for a bad
    pattern, ValueError for an unknown term or an empty file."""
    return _patterns(tuple(pattern_files), _terms_used(tuple(pattern_files), tuple(term_files)))


def _terms_used(pattern_files: tuple[Path, ...], term_files: tuple[Path, ...]) -> tuple:
    """The term files the patterns name (all of them when one named is unknown, for the
    error): rules that share cue files with different term lists then share one Patterns,
    and with it what it found in a document (its matches are the same)."""
    for file in (*pattern_files, *term_files):
        list_digest(file)  # a file that cannot be read is an error, used or not
    named = {name for file in pattern_files for p in read_words(file) for name in TERM.findall(p)}
    used = tuple(file for file in term_files if file.stem in named)
    return used if named <= {file.stem for file in used} else term_files


def optional_patterns(options, field: str) -> Patterns | None:
    """The Patterns of an optional file-list field (None when it names no file), with the
    rule's term lists; a bad file is a FieldValueError naming the field."""
    files = options[field]
    return compiled(field, lambda: patterns(files, options["term_files"])) if files else None


def reasons_named(options, field: str, found: Patterns, among: str) -> set[str]:
    """The reasons (file stems) a file-list field names, each one of the files of the
    `among` field whose Patterns are `found`; another is a FieldValueError naming the field."""
    stems = {file.stem for file in options[field]}
    unknown = stems - set(found.reasons)
    if unknown:
        raise FieldValueError(field, f"not among {among}: {', '.join(sorted(unknown))}")
    return stems


def quoted_share(doc, span: Span) -> float:
    """How much of a span lies inside quotations, from 0 to 1."""
    quotations = doc.quotations
    inside = 0
    for quote in quotations[bisect_right(quotations, span.start, key=segment.SPAN_END) :]:
        if quote.start >= span.end:
            break
        inside += min(span.end, quote.end) - max(span.start, quote.start)
    return inside / max(1, span.end - span.start)


def found_before(doc, patterns: Patterns | None, sentence: Span, start: int) -> bool:
    """Whether one of the patterns matches earlier in the sentence than `start` (the window
    they search ends there, so `$` is where the words start): a condition or a modal of
    possibility makes them supposed, not asserted ("if it is accepted", "prices could rise
    for 40% of households"); a first-person subject makes them the writer's own reasoning."""
    if patterns is None or start <= sentence.start:
        return False
    return next(patterns.finditer(doc, [Span(sentence.start, start)]), None) is not None


def own_research(doc, research: Patterns | None) -> bool:
    """Whether the document reports research of its own ("our survey", "we asked"), outside
    quotations: its statistics and its respondents' views are its own data, not hearsay.
    Found once per document, when first asked."""
    return research is not None and doc.derived(research.outside_quotations)


class Sourcing:
    """Which sentences of a document hold an attribution cue, and which have a source behind
    them, found sentence by sentence when asked: cue patterns are the costly part, and a
    rule usually needs them for a few sentences only (those that make a claim).

    `carry` (optional) names the cues whose source goes on into the next paragraph: reported
    speech that continues ("The minister said on Monday that talks had failed." and, in the
    paragraph after, "The army had moved on the capital.")."""

    def __init__(self, doc, cues: Patterns, carry: Patterns | None = None):
        self.doc, self.cues, self.carry = doc, cues, carry
        self._cue: dict[int, bool] = {}

    @property
    def paragraph(self) -> list[int]:
        return self.doc.derived(paragraph_index)

    def has_cue(self, index: int) -> bool:
        """A cue in the sentence outside quotations: a cue inside one is the speaker's, not
        the article's ("“Police said nothing,” she wrote" counts once)."""
        found = self._cue.get(index)
        if found is None:
            sentence = self.doc.sentences[index]
            quotations = self.doc.quotations
            found = any(
                segment.outside(quotations, m.start(), m.start() + 1)
                for m in self.cues.finditer(self.doc, [sentence])
            )
            self._cue[index] = found
        return found

    def attributed(self, index: int) -> bool:
        """A cue in the sentence, or in the one before it in the same paragraph ("…, police
        said. The men were charged…"), or a carrying cue in the last sentence of the
        paragraph before; one sentence only: a cue early in a long scraped paragraph does
        not vouch for all of it."""
        if self.has_cue(index):
            return True
        if index == 0:
            return False
        if self.paragraph[index - 1] == self.paragraph[index]:
            return self.has_cue(index - 1)
        return self.paragraph[index - 1] == self.paragraph[index] - 1 and self._carries(index - 1)

    def _carries(self, index: int) -> bool:
        """A carrying cue in the sentence, outside quotations."""
        if self.carry is None or not self.has_cue(index):
            return False
        quotations = self.doc.quotations
        return any(
            segment.outside(quotations, m.start(), m.start() + 1)
            for m in self.carry.finditer(self.doc, [self.doc.sentences[index]])
        )


def attributed_sentences(doc, cues: Patterns) -> list[bool]:
    """For each of doc.sentences: does a source stand behind it?"""
    sourcing = Sourcing(doc, cues)
    return [sourcing.attributed(i) for i in range(len(doc.sentences))]


def paragraph_index(doc) -> list[int]:
    """The index of each sentence's paragraph (made once per document, when a rule first
    asks: `doc.derived(paragraph_index)`)."""
    starts = [p.start for p in doc.paragraphs]
    return [bisect_right(starts, s.start) - 1 for s in doc.sentences]


class Nearby:
    """A rule's NEARBY_FIELDS, compiled."""

    def __init__(self, options):
        self.names = optional_patterns(options, "nearby_source_files")
        self.credits = optional_patterns(options, "credit_files")
        self.before, self.after = options["sentences_before"], options["sentences_after"]
        self.next_paragraph = options["next_paragraph_sentences"]


class NamedSources:
    """Which sentences have a named source near them: one named in the sentence, in the
    few sentences before or after it in the same paragraph ("…, according to the Times. He
    is said to have…"; news intros name it in the second sentence) or early in the next when
    the sentence ends its own, a link in the sentence itself, or a credit anywhere in the
    document ("thanks to Ana Lind for reporting this"). Found sentence by sentence when
    asked."""

    def __init__(self, doc, nearby: "Nearby"):
        self.doc = doc
        self.before, self.after = nearby.before, nearby.after
        self.next_paragraph = nearby.next_paragraph
        self._credits = nearby.credits
        self._names = None if nearby.names is None else SentenceMatches(doc, nearby.names)

    @property
    def paragraph(self) -> list[int]:
        return self.doc.derived(paragraph_index)

    def near(self, index: int) -> bool:
        if self._credited() or self._linked(index):
            return True
        if self._names is None:
            return False
        paragraph = self.paragraph[index]
        first, last = max(0, index - self.before), min(len(self.paragraph) - 1, index + self.after)
        window = [other for other in range(first, last + 1) if self.paragraph[other] == paragraph]
        return any(self._names(other) for other in window + self._next_paragraph(index))

    def _credited(self) -> bool:
        """A credit in the document: looked for when first asked (most documents never
        are: few of their sentences hold a phrase that needs a source)."""
        credits = self._credits
        return credits is not None and self.doc.derived(credits.outside_quotations)

    def _next_paragraph(self, index: int) -> list[int]:
        """The first sentences of the paragraph right after `index`'s, when `index` ends its
        own: news copy in one-sentence paragraphs names an intro's source in the next one
        ("Up to two million people are estimated to have died." then "The report by
        Chatham House…")."""
        following = index + 1
        if following >= len(self.paragraph) or self.paragraph[following] != (
            self.paragraph[index] + 1
        ):
            return []
        last = min(len(self.paragraph), following + self.next_paragraph)
        return [i for i in range(following, last) if self.paragraph[i] == self.paragraph[following]]

    def _linked(self, index: int) -> bool:
        links = self.doc.merged("link")
        sentence = self.doc.sentences[index]
        return bool(links) and not segment.outside(links, sentence.start, sentence.end)


class NamedStudies:
    """Where a study is named (see STUDY_FIELD), found sentence by sentence when asked. A
    survey's figures run on through the paragraph that names it and the one after ("The
    research covered 6,000 people… Brazilians were the most likely…" then "The French were
    the second most likely (48%)…"); a vague "research suggests" is named by the sentence
    after it (a news intro's second sentence, often the next paragraph)."""

    def __init__(self, doc, studies: Patterns | None):
        self.doc = doc
        self._names = None if studies is None else SentenceMatches(doc, studies)

    def before(self, index: int) -> bool:
        """Named in the sentence, earlier in its paragraph, or in the paragraph before."""
        if self._names is None:
            return False
        paragraph = self.doc.derived(paragraph_index)
        first = bisect_left(paragraph, paragraph[index] - 1)
        return any(map(self._names, range(first, index + 1)))

    def in_next(self, index: int) -> bool:
        """Named in the sentence or the one after it, in whichever paragraph."""
        if self._names is None:
            return False
        return any(map(self._names, range(index, min(index + 2, len(self.doc.sentences)))))


class SentenceMatches:
    """Whether patterns match in a sentence (by index) outside quotations, found when first
    asked: what is quoted is the speaker's, not the article's."""

    def __init__(self, doc, patterns: Patterns):
        self.doc, self.patterns = doc, patterns
        self._found: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        found = self._found.get(index)
        if found is None:
            quotations = self.doc.quotations
            found = any(
                segment.outside(quotations, m.start(), m.start() + 1)
                for m in self.patterns.finditer(self.doc, [self.doc.sentences[index]])
            )
            self._found[index] = found
        return found


class GroupsBefore:
    """Which sentences have a group named just before them, whose members a bare "some",
    "many" or "people" then are: in the sentence, the one before it in its paragraph, or the
    last sentence of the paragraph before; for a list item, of the paragraph that leads into
    its list ("we created a survey of contributors… People felt…"; "When the team stepped
    through the options: - Some felt…"). Found sentence by sentence when asked."""

    def __init__(self, doc, groups: Patterns | None):
        self.doc = doc
        self._names = None if groups is None else SentenceMatches(doc, groups)

    def named(self, index: int) -> bool:
        names = self._names
        return names is not None and (names(index) or any(map(names, self._before(index))))

    def _before(self, index: int) -> list[int]:
        """The sentence before in the paragraph, else the last of the lead-in paragraph."""
        doc = self.doc
        paragraph = doc.derived(paragraph_index)
        if index > 0 and paragraph[index - 1] == paragraph[index]:
            return [index - 1]
        lead_in = _lead_in(doc, paragraph[index])
        if lead_in is None:
            return []
        last = bisect_right(doc.derived(_sentence_starts), doc.paragraphs[lead_in].end - 1) - 1
        return [last] if last >= 0 and paragraph[last] == lead_in else []


def _lead_in(doc, paragraph: int) -> int | None:
    """The paragraph before; for a list item, the last before its list that is none."""
    items = doc.derived(_list_spans)

    def in_list(index: int) -> bool:
        span = doc.paragraphs[index]
        return not segment.outside(items, span.start, span.end)

    before = paragraph - 1
    if in_list(paragraph):
        while before >= 0 and in_list(before):
            before -= 1
    return before if before >= 0 else None


def _list_spans(doc) -> list[Span]:
    return segment.union(doc.list_items)


def sentence_index(doc, start: int) -> int:
    """The index in doc.sentences of the sentence holding `start`."""
    return bisect_right(doc.derived(_sentence_starts), start) - 1


def _sentence_starts(doc) -> list[int]:
    return [s.start for s in doc.sentences]

"""unattributed-quote: a direct quotation of several words whose speaker the reader cannot
tell. A quotation is attributed when its own sentence, the one before or the one after holds
an attribution cue ("…,” she said", "The minister said: “…”"), or when the subject of its
own sentence (before the quotation) or of the sentence before, or of a clause in them, is
a person: a name ("McIlroy is brimming with confidence. “I've been…”") or a personal
pronoun ("He is clear: …"). A block quote (Markdown `>`, HTML <blockquote>, <q>) is a
quotation too: the sentence that introduces it ("The minister wrote:") attributes it.
Quotations that run on one after another are one speaker's, and a quotation that follows an
earlier one in its paragraph, or opens the paragraph after a quotation left open, continues
that speaker (or that gap, reported once).

`cue_files` hold the attribution cues, `lead_in_files` what may come before a sentence's
subject ("But", "After the match,"), `clause_files` where a clause with its own subject
starts inside a sentence (", but"), `subject_files` the pronouns that make a subject a
person; all may use the `term_files` lists by name. A capitalised word is a name when
`name_spans` takes it for one (a sentence's first word only when it is rarer in English
than `common_frequency`). Titles ("“The Lord of the Rings”") and phrases quoted inside
running text as names or terms (the “one time, last time” rule) are not quotations of
anyone.
"""

from __future__ import annotations

from bisect import bisect_right

from newslint.disk_cache import compiled_regex
from newslint.document.segment import QUOTE_MARK, WORD_UNIT, Span, inside
from newslint.kinds.attribution import cues
from newslint.kinds.attribution.cues import PATTERN_FILES, TERM_FILES
from newslint.kinds.base import Field, Kind, compiled
from newslint.kinds.spelling.dictionary import Dictionary
from newslint.kinds.spelling.names import fold, name_spans, titles

# Between two quotations of one speaker: spaces (no-break ones too) and full stops.
CHAIN_GAP = compiled_regex(r"[\s.,;]*")
CLOSING_MARKS = '”»"'
MAX_LEAD_INS = 3  # "But, after the match, …": a few lead-ins, not a whole clause chain


class UnattributedQuote(Kind):
    """Reports a direct quotation (or a run of them) whose speaker the reader cannot tell: no
    attribution cue in its sentence or the ones either side, and no person as the subject of
    its sentence or the one before. Titles and terms in quotation marks are left alone."""

    name = "unattributed-quote"
    fields = {
        "cue_files": Field(
            "file-list",
            required=True,
            doc='Attribution cues ("she said"): ' + PATTERN_FILES + ".",
        ),
        "lead_in_files": Field(
            "file-list",
            required=True,
            doc='What may come before a sentence\'s subject ("But", "After the match,"): '
            + PATTERN_FILES
            + ".",
        ),
        "clause_files": Field(
            "file-list",
            [],
            doc='Where a clause with its own subject starts inside a sentence (", but"): '
            + PATTERN_FILES
            + "; none given, only a sentence's first subject counts.",
        ),
        "subject_files": Field(
            "file-list",
            required=True,
            doc='Pronouns that make a subject a person ("he", "they"): ' + PATTERN_FILES + ".",
        ),
        "term_files": Field("file-list", [], doc=TERM_FILES),
        "min_words": Field("int", 4, doc="Quotations of fewer words than this are not checked."),
        "common_frequency": Field(
            "int",
            10000,
            doc="A sentence's capitalised first word is taken for a name only when it is rarer "
            "than this in English (in the frequency dictionary).",
        ),
    }
    default_scope = "document"

    def __init__(self, options):
        terms = options["term_files"]
        self.cues = compiled("cue_files", lambda: cues.patterns(options["cue_files"], terms))
        self.lead_ins = compiled(
            "lead_in_files", lambda: cues.patterns(options["lead_in_files"], terms)
        )
        self.clauses = (
            compiled("clause_files", lambda: cues.patterns(options["clause_files"], terms))
            if options["clause_files"]
            else None
        )
        self.subjects = compiled(
            "subject_files", lambda: cues.patterns(options["subject_files"], terms)
        )
        self.min_words = options["min_words"]
        self.common_frequency = options["common_frequency"]

    def check(self, rule, doc, units):
        sentences = doc.sentences
        if not sentences:
            return
        sourcing = cues.Sourcing(doc, self.cues)
        paragraph = sourcing.paragraph
        starts = [s.start for s in sentences]
        speaking = _Speakers(self, doc)
        # Paragraphs whose speaker is already known: one quoted before, or the paragraph
        # after a quotation left open at its end (a quotation that runs on, news style).
        quoted_paragraphs = _continued_paragraphs(doc)
        for chain in _chains(doc):
            first_quote = chain[0]
            words = WORD_UNIT.findall(doc.text, first_quote.start, first_quote.end)
            if (
                len(words) < self.min_words
                or _title(doc.text, first_quote, words)
                or _mention(doc.text, first_quote)
            ):
                continue
            first = max(0, bisect_right(starts, first_quote.start) - 1)
            last = max(0, bisect_right(starts, chain[-1].end - 1) - 1)
            if paragraph[first] in quoted_paragraphs:
                continue  # the paragraph's speaker goes on
            quoted_paragraphs.add(paragraph[first])
            if any(
                sourcing.has_cue(i) for i in range(max(0, first - 1), min(last + 2, len(sentences)))
            ):
                continue
            if speaking.subject(first, first_quote.start) or (
                first > 0 and speaking.subject(first - 1, sentences[first - 1].end)
            ):
                continue
            if inside(first_quote.start, units):
                yield rule.finding(first_quote.start, first_quote.end, doc.text)


class _Speakers:
    """Whether a sentence's subject is a person: a name, a title or a personal pronoun."""

    def __init__(self, kind: UnattributedQuote, doc):
        self.kind, self.doc = kind, doc
        dictionary = Dictionary.english()
        self.names = frozenset(
            span.start
            for span in name_spans(
                doc, lambda word: dictionary.frequency(word.casefold()) >= kind.common_frequency
            )
        )

    def subject(self, index: int, before: int) -> bool:
        """Whether sentence `index`, up to offset `before`, has a person as the subject of
        its first clause or of a clause joined on ("…, but Gervais is keen")."""
        sentence = self.doc.sentences[index]
        span = [Span(sentence.start, before)]
        joints = self.kind.clauses.finditer(self.doc, span) if self.kind.clauses else ()
        starts = [sentence.start, *(joint.end() for joint in joints)]
        return any(self._person_at(start, before) for start in starts)

    def _person_at(self, at: int, before: int) -> bool:
        for _ in range(MAX_LEAD_INS):
            lead_in = self.kind.lead_ins.match_at(self.doc, at, before)
            if lead_in is None:
                break
            at = lead_in.end()
        if at >= before:
            return False
        if self.kind.subjects.match_at(self.doc, at, before) is not None:
            return True
        token = self.doc.token_after(at)
        if token is None or token.start != at:
            return False
        return fold(token.text) in titles() or token.start in self.names


def _chains(doc) -> list[list]:
    """Quotations that follow one another with only spaces, line breaks or the punctuation
    that closes a sentence between them: one speaker going on, across sentences and
    paragraphs, attributed once."""
    chains: list[list] = []
    for quote in doc.quotations:
        if chains and CHAIN_GAP.fullmatch(doc.text, chains[-1][-1].end, quote.start):
            chains[-1].append(quote)
        else:
            chains.append([quote])
    return chains


def _continued_paragraphs(doc) -> set[int]:
    """The paragraphs that follow one ending inside an open quotation (an opening mark and
    no closing one; a block quote has no marks and is closed where it ends)."""
    ends = {p.end: index for index, p in enumerate(doc.paragraphs)}
    return {
        ends[quote.end] + 1
        for quote in doc.quotations
        if quote.end in ends
        and QUOTE_MARK.match(doc.text, quote.start)
        and doc.text[quote.end - 1] not in CLOSING_MARKS
    }


def _title(text: str, quote, words: list[str]) -> bool:
    """Title case: the first word (after any number: "10 Things You Need") and every long
    word capitalised ("Gone with the Wind", "How Soon Is Now?"), and no full stop or comma
    closing the words inside, as speech has ("“I won it at last,” he said")."""
    words = [w for w in words if not w[:1].isdigit()]
    if text[quote.start + 1 : quote.end - 1].rstrip().endswith((".", ",", "…")):
        return False
    return (
        bool(words) and words[0][:1].isupper() and all(w[:1].isupper() for w in words if len(w) > 4)
    )


def _mention(text: str, quote) -> bool:
    """A phrase quoted inside running text, not speech: a word right before the opening mark
    and either no punctuation closing the words inside ("the “one time, last time” rule") or
    a fragment that the article's sentence runs into ("and “a fight from start to
    finish.”"), which its own sentence attributes or the claim rules judge."""
    index = quote.start - 1  # the last character before it, spaces aside (no copy of the text)
    while index >= 0 and text[index].isspace():
        index -= 1
    before = text[index] if index >= 0 else ""
    inner = text[quote.start + 1 : quote.end - 1].rstrip()
    return before.isalnum() and (
        not inner.endswith((".", ",", "!", "?", "…")) or inner[:1].islower()
    )

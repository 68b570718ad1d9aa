"""repetition: the same word twice in a row ("the the"), across spaces or a line break only.

`exceptions` lists words that may legitimately repeat ("had had", "that that"), and
`idiom_files` name lists of idioms and reduplications ("done done", "yada yada yada"). A repeat
that emphasis sets apart ("actually *actually*", "very <b>very</b>") is meant, not a slip,
and is never reported, and so is a word said three times or more ("green green green": a
song, a chant) unless it is a slip word. `slip_files` list the words whose repeat is always
a slip (in English, articles: "the the", "a a"); when given, only those repeats keep the
rule's fix safety, and the fix of any other repeat ("to to", "happy happy") is unsafe. `alpha` skips
numbers; `names: false` skips a repeat whose second word is capitalised, which in news is
nearly always a name or title ("Duran Duran", "Bafana Bafana"), and a word capitalised inside
a sentence before the same word in lower case is another word, unless it is a slip word
("the parent's Will will", a testament). Words of scripts written without
spaces between words (Chinese, Japanese, Thai) are not compared: a space there parts
phrases or fields (a user name and a date), not words. `grammatical_contexts` are regexes
for repeats that grammar allows ("the moment I've waited for for years": a stranded
preposition, then a phrase of time). With `sentences_only`, a repeat of a word that is not
a slip word is reported only in a finished sentence of prose, not in a page's labels and
buttons ("print print email email"). The fix deletes the second occurrence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import compress, count, islice
from operator import eq, itemgetter
from typing import Iterator

from newslint.disk_cache import compiled_regex
from newslint.document import segment
from newslint.kinds.base import Field, Kind, compiled
from newslint.kinds.matching import Exceptions
from newslint.kinds.own_prose import finished_sentences
from newslint.kinds.regex_search import compile_regex, match_at
from newslint.kinds.wordlists import read_words

# Scripts written without spaces between words: a space there parts phrases or fields.
UNSPACED_SCRIPT = compiled_regex(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)

# A line the next one repeats, in words written a line each between line breaks (no word
# holds one); opening with a line break, the search skips to each in C.
REPEATED_LINE = re.compile(r"\n([^\n]++)\n\1\n")


class Repetition(Kind):
    """Reports the same word twice in a row ("the the"), across spaces or a line break only;
    the fix deletes the second one."""

    name = "repetition"
    fields = {
        "ignorecase": Field(
            "bool", True, doc='Compare the two words regardless of case ("The the").'
        ),
        "alpha": Field(
            "bool", True, doc='Only words with a letter count: numbers may repeat ("5 5").'
        ),
        "exceptions": Field(
            "str-list",
            [],
            doc='Words that may repeat ("had had", "that that"), as words or regexes, '
            "regardless of case.",
        ),
        "idiom_files": Field(
            "file-list",
            [],
            doc='Lists of idioms and reduplications that are not slips ("done done", "yada '
            'yada yada"), one a line, the word repeated; the word may repeat, regardless of case.',
        ),
        "slip_files": Field(
            "file-list",
            [],
            doc='Lists of words whose repeat is always a slip ("the the"), one a line; when '
            "given, the fix of a repeat of any other word is unsafe.",
        ),
        "unsafe_after": Field(
            "str-list",
            [],
            doc="Words after which a repeated slip word may stand for another word, so that its "
            'fix is unsafe ("reach out the the team" meant "out to the": deleting one "the" '
            "hides the slip), regardless of case.",
        ),
        "names": Field(
            "bool",
            True,
            doc="Report a repeat whose second word is capitalised; false leaves those, mostly "
            'names ("Duran Duran"), alone.',
        ),
        "grammatical_contexts": Field(
            "str-list",
            [],
            doc="Regexes matched (regardless of case) where a repeat starts: a match is a "
            'repeat that grammar allows ("for for years": a stranded preposition, then a '
            "phrase of time).",
        ),
        "sentences_only": Field(
            "bool",
            False,
            doc="Report a repeat of a word not in `slip_files` only inside a finished sentence "
            'of prose, not in a page\'s labels and buttons ("print print email email").',
        ),
    }
    default_scope = "sentence"
    placeholders = {"word": "word"}

    def __init__(self, options):
        self.ignorecase = options["ignorecase"]
        self.alpha = options["alpha"]
        self.names = options["names"]
        self.exceptions = compiled("exceptions", lambda: Exceptions(options["exceptions"], True))
        self.idioms = frozenset(
            line.split()[0].casefold() for f in options["idiom_files"] for line in read_words(f)
        )
        self.slips = frozenset(
            line.strip().casefold() for f in options["slip_files"] for line in read_words(f)
        )
        self.grammatical = compiled(
            "grammatical_contexts",
            lambda: [compile_regex(pattern, True) for pattern in options["grammatical_contexts"]],
        )
        self.sentences_only = options["sentences_only"]
        self.unsafe_after = frozenset(word.casefold() for word in options["unsafe_after"])

    def check(self, rule, doc, units):
        text = doc.text
        fold = str.casefold if self.ignorecase else str
        # Each unit's tokens are a run of the document's: no word the next one repeats in the
        # document, none in a unit (nine articles in ten), and no need to place the words;
        # nor need a unit be looked at where none of the document's repeats starts. A repeat
        # across more than whitespace ("it. It", "6-4, 6-4": two in three) is none either,
        # and places no words (25 ms of CPU over BBC).
        repeats = [
            index
            for index in _same_as_next_in(doc.token_texts, self.ignorecase)
            if doc.after_token(index).isspace()
        ]
        if not repeats:
            return
        starts = [doc.tokens[index].start for index in repeats]
        emphasis = doc.merged("emphasis")
        for unit in units:
            if bisect_left(starts, unit.start) == bisect_left(starts, unit.end):
                continue
            tokens = doc.tokens_in(unit)
            for index in _same_as_next(list(map(itemgetter(2), tokens)), fold):
                first, second = tokens[index], tokens[index + 1]
                if not text[first.end : second.start].isspace():
                    continue
                if first.text.casefold() not in self.slips and self._in_a_run(
                    text, tokens, index, fold
                ):
                    continue  # meant: "green green green", "happy happy joy joy"
                # alpha: numbers ("5 5", "3.5 3.5") may repeat; "don't don't" may not.
                if (
                    (self.alpha and not any(ch.isalpha() for ch in first.text))
                    or first.text in self.exceptions
                    or first.text.casefold() in self.idioms
                ):
                    continue
                if not self.names and second.text[:1].isupper():
                    continue
                if not self.reported(doc, first, second):
                    continue
                if emphasis and segment.outside(
                    emphasis, first.start, first.end
                ) != segment.outside(emphasis, second.start, second.end):
                    continue  # "very *very*": one emphasised, the other not, on purpose
                finding = rule.finding(first.start, second.end, text, [first.text], word=first.text)
                # The fix removes the whitespace and the repeated word, keeping the first.
                fix = rule.fix_for(first.end, second.end)
                if fix and (
                    (self.slips and first.text.casefold() not in self.slips)
                    or (index and tokens[index - 1].text.casefold() in self.unsafe_after)
                ):
                    fix = replace(fix, safe=False)
                finding.fix = fix
                yield finding

    def _in_a_run(self, text, tokens, index: int, fold) -> bool:
        """Whether the repeat at tokens[index] is part of a run: the word a third time beside
        it ("green green green") or another repeat right before or after ("happy happy joy
        joy")."""
        beside = (
            (index - 2, index - 1),
            (index - 1, index),
            (index + 1, index + 2),
            (index + 2, index + 3),
        )
        return any(
            a >= 0 and b < len(tokens) and self.repeats(text, tokens[a], tokens[b], fold)
            for a, b in beside
        )

    def reported(self, doc, first, second) -> bool:
        """Whether a repeat that passed the word lists is worth reporting where it stands."""
        slip = first.text.casefold() in self.slips
        if UNSPACED_SCRIPT.search(first.text):
            return False
        if (
            not slip
            and first.text[:1].isupper()
            and second.text[:1].islower()
            and first.start not in doc.sentence_initial
        ):
            return False  # "the parent's Will will": a noun or name, then the word
        if any(match_at(pattern, doc.text, first.start) for pattern in self.grammatical):
            return False
        return (
            slip
            or not self.sentences_only
            or not segment.outside(finished_sentences(doc), first.start, second.end)
        )

    @staticmethod
    def repeats(text: str, first, second, fold) -> bool:
        """Whether `second` repeats `first` with only whitespace between them."""
        return fold(first.text) == fold(second.text) and text[first.end : second.start].isspace()


def _same_as_next(words: list[str], fold) -> Iterator[int]:
    """The indices of the words that the next one repeats (folded), in order: C-level steps
    over every word of the text, Python only for the few repeats."""
    return compress(count(), _repeated(words, fold))


def _same_as_next_in(words: list[str], ignorecase: bool) -> list[int]:
    """`_same_as_next` over a document's words, all in C: one search of the words, case-folded
    as one text a line each, tells most texts have no repeat, without a step per word."""
    if not ignorecase:
        return list(_same_as_next(words, str))
    lines = "\n".join(words).casefold()  # casefold maps each character on its own
    if not REPEATED_LINE.search(f"\n{lines}\n"):
        return []
    return list(_same_as_next(lines.split("\n"), str))


def _repeated(words: list[str], fold) -> Iterator[bool]:
    """For each word but the last, whether the next one repeats it (folded)."""
    folded = list(map(fold, words))
    return map(eq, folded, islice(folded, 1, None))

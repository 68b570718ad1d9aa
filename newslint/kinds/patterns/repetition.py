"""repetition: the same word twice in a row ("the the"), across spaces or a line break only.

`exceptions` lists words that may legitimately repeat ("had had", "that that"), and
`idiom_files` name lists of idioms and reduplications ("done done", "yada yada yada"). A repeat
that emphasis sets apart ("actually *actually*", "very <b>very</b>") is meant, not a slip,
and is never reported, and so is a word said three times or more ("green green green": a
song, a chant) unless it is a slip word. `slip_files` list the words whose repeat is always
a slip (in English, articles: "the the", "a a"); when given, only those repeats keep the
rule's fix safety, and the fix of any other repeat ("to to", "happy happy") is unsafe. `alpha` skips
numbers; `names: false` skips a repeat whose second word is capitalised, which in news is
nearly always a name or title ("Duran Duran", "Bafana Bafana"). The fix deletes the second
occurrence.
"""

from __future__ import annotations

from dataclasses import replace

from newslint.document import segment
from newslint.kinds.base import Field, Kind, compiled
from newslint.kinds.matching import Exceptions
from newslint.kinds.wordlists import read_words


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
        "names": Field(
            "bool",
            True,
            doc="Report a repeat whose second word is capitalised; false leaves those, mostly "
            'names ("Duran Duran"), alone.',
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

    def check(self, rule, doc, units):
        text = doc.text
        fold = str.casefold if self.ignorecase else str
        emphasis = doc.merged("emphasis")
        for unit in units:
            tokens = doc.tokens_in(unit)
            for index, (first, second) in enumerate(zip(tokens, tokens[1:])):
                if not self.repeats(text, first, second, fold):
                    continue
                if first.text.casefold() not in self.slips and (
                    (index and self.repeats(text, tokens[index - 1], first, fold))
                    or (
                        index + 2 < len(tokens)
                        and self.repeats(text, second, tokens[index + 2], fold)
                    )
                ):
                    continue  # three times or more: meant ("green green green")
                # alpha: numbers ("5 5", "3.5 3.5") may repeat; "don't don't" may not.
                if (
                    (self.alpha and not any(ch.isalpha() for ch in first.text))
                    or first.text in self.exceptions
                    or first.text.casefold() in self.idioms
                ):
                    continue
                if not self.names and second.text[:1].isupper():
                    continue
                if emphasis and segment.outside(
                    emphasis, first.start, first.end
                ) != segment.outside(emphasis, second.start, second.end):
                    continue  # "very *very*": one emphasised, the other not, on purpose
                finding = rule.finding(first.start, second.end, text, [first.text], word=first.text)
                # The fix removes the whitespace and the repeated word, keeping the first.
                fix = rule.fix_for(first.end, second.end)
                if fix and self.slips and first.text.casefold() not in self.slips:
                    fix = replace(fix, safe=False)
                finding.fix = fix
                yield finding

    @staticmethod
    def repeats(text: str, first, second, fold) -> bool:
        """Whether `second` repeats `first` with only whitespace between them."""
        return fold(first.text) == fold(second.text) and text[first.end : second.start].isspace()

"""substitution: a wrong form and the right one (`swap: {wrong: right}`).

Keys are words or regexes (Vale-compatible), matched longest first on word boundaries unless
`nonword`; `swap_files` adds `wrong->right` lines from word lists beside the rule file.
`skip_names` leaves alone matches written like names (capitalised mid-sentence, CamelCase,
ALL CAPS, a word clipped short in a compound whose parts are all capitalised:
"Commun-I-Go", a capitalised first word with the evidence of `name_evidence`: "Tage Larsen
said", or one consonant away from its correction, respelt as brands are: "Makro", unless the
text writes the correction): "Devine" is a surname, not "divine" misspelt; `skip_code_words`
leaves alone a match that the document's code uses (an identifier: HTTP's `Referer`);
`prose_words_only` leaves alone matches in tags, handles (and lower-case words where a handle
stands: `handles`), file names and numbers, dialect forms with an elision mark ("gettin'")
and the inflected last part of a compound ("know-it-alls"). A correction that
is the word right beside the match is dropped (it would write a word twice), and a match with
none left, or glossed with one in brackets, is meant ("genealogy geneology" in a keyword list,
"Fordward (Forward)"). A value "a|b" offers
several suggestions and no fix. The replacement takes the case of the text it replaces
("Alot" -> "A lot"). The fix is marked safe or unsafe by the rule's `fix`.
"""

from __future__ import annotations

import json

from newslint.document.segment import whole_word_starts
from newslint.findings import Edit, Fix
from newslint.kinds.base import Field, FieldValueError, Kind, compiled, match_case
from newslint.kinds.matching import Exceptions, Matcher
from newslint.kinds.spelling.dialect import in_dialect_voice
from newslint.kinds.spelling.dictionary import Dictionary
from newslint.kinds.spelling.distance import respelt
from newslint.kinds.spelling.handles import in_handle_position
from newslint.kinds.spelling.name_evidence import (
    heads_an_entry,
    in_a_list_of_names,
    initial_reads_as_name,
    linked_names,
)
from newslint.kinds.spelling.names import POSSESSIVE
from newslint.kinds.spelling.shape import (
    glossed,
    inflected_compound_part,
    not_beside,
    not_prose_word,
    title_case_compound,
    word_shape,
)
from newslint.kinds.word_table import cached_table
from newslint.kinds.wordlists import list_digest, read_pairs


class Substitution(Kind):
    """Reports a wrong form with the right one as suggestion and fix, the replacement taking
    the case of the text it replaces ("Alot" -> "A lot")."""

    name = "substitution"
    fields = {
        "swap": Field(
            "str-map",
            {},
            doc="Wrong form -> right form; keys are words or regexes, matched longest first; "
            "a value `a|b` gives several suggestions and no fix.",
        ),
        "swap_files": Field(
            "file-list",
            [],
            doc="Word lists of `wrong->right` lines (paths relative to the rule file), added "
            "to `swap`.",
        ),
        "ignorecase": Field("bool", False, doc="Match regardless of case."),
        "nonword": Field("bool", False, doc="Match the keys anywhere, not only as whole words."),
        "exceptions": Field(
            "str-list",
            [],
            doc="Matches to leave alone: a match that one of these (a word or regex) "
            "matches whole is not reported.",
        ),
        "skip_names": Field(
            "bool",
            False,
            doc="Leave alone matches written like names or acronyms (capitalised "
            "mid-sentence, CamelCase, ALL CAPS), and capitalised first words of a sentence "
            "that read as names (used as a name elsewhere, or before a capitalised word or "
            'a verb like "said": "Tage Larsen said"), and capitalised words one consonant '
            'respelt from a word the text does not write ("Makro", "Sention").',
        ),
        "skip_code_words": Field(
            "bool",
            False,
            doc="Leave alone matches that the document's code uses (Markdown code spans and "
            "blocks, HTML <code>, <pre>, <kbd>, <samp>): a prose mention of an identifier, "
            "which a fix would break.",
        ),
        "prose_words_only": Field(
            "bool",
            False,
            doc="Leave alone matches not written as words of prose (#hashtags, @handles, file "
            "names, next to digits, units after a number, dialect forms with an elision mark: "
            '"gettin\'"), and the last part of a hyphenated compound that is an English word '
            'with an ending ("know-it-alls").',
        ),
        "possessives": Field(
            "bool",
            False,
            doc="A wrong form in -s of a known word may be its possessive with the apostrophe "
            'left out ("a womens shirt", "lifes lessons"): the possessive is offered too, and '
            "with two suggestions there is no fix.",
        ),
    }
    vale_args = ("suggestion", "match")

    def __init__(self, options):
        ignorecase = options["ignorecase"]

        def swap() -> dict[str, str]:
            pairs = dict(options["swap"])
            for file in options["swap_files"]:
                pairs.update(read_pairs(file))
            return pairs

        # A list of 60,000 misspellings comes from the disk cache as sorted tables, keyed by
        # the pairs written in the rule and the lists' contents.
        key = json.dumps(options["swap"]) + "".join(
            f" {list_digest(file)}" for file in options["swap_files"]
        )
        self.swap = cached_table("swap", key, swap)
        if not self.swap:
            raise FieldValueError("swap", "give `swap` pairs or `swap_files`")
        self.matcher = compiled(
            "swap",
            lambda: Matcher.cached(key, lambda: list(swap()), ignorecase, options["nonword"]),
        )
        self.skip_names = options["skip_names"]
        self.skip_code_words = options["skip_code_words"]
        self.prose_words_only = options["prose_words_only"]
        self.possessives = options["possessives"]
        self.exceptions = compiled(
            "exceptions", lambda: Exceptions(options["exceptions"], ignorecase)
        )

    def check(self, rule, doc, units):
        for match in self.matcher.finditer(doc, units):
            text = match.group()
            if text in self.exceptions or (self.skip_names and self._name(doc, match)):
                continue
            if self.skip_code_words and text.casefold() in doc.code_words:
                continue
            if self.prose_words_only and self._not_prose(doc, match):
                continue
            value = str(self.swap[self.matcher.which(match)])
            if self.skip_names and (
                _clipped_name_part(doc, match, value) or _respelt_name(doc, match, value)
            ):
                continue
            options = [match_case(text, option) for option in value.split("|")]
            if text in options or glossed(doc.text, match.end(), options):
                continue  # "Fordward (Forward)": the writer's gloss
            several = len(options) > 1  # dropping one below makes no other certain
            options = not_beside(doc.text, match.start(), match.end(), options)
            if not options:
                continue  # "genealogy geneology": a keyword list of the variants searchers type
            if self.possessives and not doc.text.startswith(tuple(APOSTROPHES), match.end()):
                options += _possessive_option(text, options)  # "childrens'" is fixed whole
            replacement = options[0] if len(options) == 1 and not several else None
            finding = rule.finding(match.start(), match.end(), doc.text, options, replacement)
            if finding.fix is not None and replacement is not None:
                finding.fix = _possessive_fix(doc.text, match, replacement, finding.fix)
            yield finding

    def _name(self, doc, match) -> bool:
        shape = word_shape(match.group(), match.start(), doc)
        return shape in ("name", "acronym") or (
            shape == "initial"
            and (
                initial_reads_as_name(match.group(), doc, match.start(), match.end())
                or in_a_list_of_names(doc, match.start(), match.end())  # "- @lqd", "- Tage"
            )
        )

    def _not_prose(self, doc, match) -> bool:
        if not_prose_word(doc.text, match.start(), match.end()):
            return True
        if in_dialect_voice(doc, match.group()):
            return True  # "sellin poison … gettin by": the writer's voice
        if match.group().islower() and in_handle_position(
            doc, match.start(), match.end(), lambda word: not Dictionary.english().knows(word)
        ):
            return True  # "cui fliter (cuishuang)": a contributor's name, not a slip
        if match.group().casefold() in doc.derived(linked_names):
            return True  # a page or mailbox the text links to: a handle, not a slip
        if match.group().islower() and heads_an_entry(doc.text, match.start(), match.end()):
            return True  # "markey: New server": a handle heading a post
        token = doc.token_at(match.start())
        return token is not None and inflected_compound_part(
            match.group(), token.text, match.start() - token.start, Dictionary.english().knows
        )


def _clipped_name_part(doc, match, value: str) -> bool:
    """Whether the match is a word clipped short ("Commun" of "common") as a part of a
    compound whose parts are all capitalised: a name coined so ("Commun-I-Go"); a misspelt
    word in a headline's compound ("Goverment-Backed") is no clipping."""
    word = match.group().casefold()
    if not any(option.casefold().startswith(word) for option in value.split("|")):
        return False
    token = doc.token_at(match.start())
    whole = POSSESSIVE.sub("", token.text) if token is not None else match.group()
    return whole != match.group() and title_case_compound(whole)


def _respelt_name(doc, match, value: str) -> bool:
    """Whether a capitalised match is its one correction with a consonant respelt
    (`distance.respelt`: "Makro", "Sention") and the text never writes that word: a brand's
    or a name's spelling more often than a slip."""
    text = match.group()
    if text.islower() or "|" in value or not respelt(text, value):
        return False
    return next(whole_word_starts(doc.folded_text, value.casefold()), None) is None


# A plural's possessive mark: an apostrophe after a word's final s, no letter after it.
APOSTROPHES = "'’"


def _possessive_option(text: str, options: list[str]) -> list[str]:
    """The possessive the wrong form may be ("womens" of "women"), when it is not offered."""
    stem = text[:-1]
    if not text.endswith("s") or len(stem) < 3 or not Dictionary.english().knows(stem.casefold()):
        return []
    possessive = stem + "'s"
    return [] if possessive in options else [possessive]


def _possessive_fix(text: str, match, replacement: str, fix: Fix) -> Fix:
    """The fix for a form ending in s before a possessive mark ("childrens'") whose right
    form drops the s ("children"): the mark moves to the right form ("children's"), which
    is certain only when the right form has no plural in s ("childrens" is not in the
    frequency list); else the writer may have meant another plural ("aggresions'"), so
    the fix is unsafe."""
    end = match.end()
    if not (
        end < len(text)
        and text[end] in APOSTROPHES
        and not (end + 1 < len(text) and text[end + 1].isalpha())
        and match.group()[-1:] in "sS"
        and replacement[-1:] not in "sS"
    ):
        return fix
    possessive = replacement + text[end] + ("S" if replacement.isupper() else "s")
    certain = not Dictionary.english().frequency((replacement + "s").casefold())
    return Fix((Edit(match.start(), end + 1, possessive),), fix.safe and certain)

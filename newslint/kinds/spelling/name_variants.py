"""name-variants: one name spelt two ways in one document ("Jund al-Khalifat" ... "Djund
Al-Khalifat"), found without any configured list.

Capitalised name spans are normalised (case, diacritics, particles, hyphens, transliteration
equivalences, doubled letters; see newslint.kinds.spelling.names); spans that normalise alike but
are written differently (beyond capitalisation) are variants. The form the lexicons know is
taken as the article's, else the form used most often (see `variant_evidence`: also quoted
forms, notes of doubt, and hyphen or space only); every other form is reported with it as
suggestion.
A surname-only mention, a translation or a nickname normalises differently and is not merged.
Most texts write no name two ways: the distinct words of their runs of capitalised words (one
scan), or where those cannot tell, what each run can give (kept across texts), show it before
any span is placed, and end the check.

Only mentions in prose are compared: not page chrome, nor the items of tag, link or name
lists (see `mention_blocks`). Two forms are variants only when each word differs in one
place of a few letters ("Djund"/"Jund", "Stefan"/"Stephan", not "Tomasz"/"Thomas"); a short
name differs by one letter, not its first ("Cong" is not "Kong"). A single word counts as
evidence only where it stands outside a longer name the text repeats: "Kong" in "Hong Kong",
"Libz" in "Libz Blitz" are that name's, not a spelling of a word on its own; nor is a listed
name (`name_files`) inside a longer name: "Brasil" of "Roadshow Brasil" is that name's own
spelling, and "Alan" of "Alan DeYoung" is another person than "Allan" of "Allan Vann".
Names that differ by a Roman numeral ("Ramses II", "Ramses III") are two things, and a form
whose own singular, plural or possessive occurs in the text ("GameBoys" beside "GameBoy") is
the writer's word. Block quotes, quoted titles and citation lines are other people's words
and are left out (`own_prose`).

Forms that differ as two names do are not variants (issue 13, judged on web pages): two
listed names ("Thomas"/"Tomas", "Brazil"/"Brasil") are two names; capitals inside a word
make it an acronym or a handle, whose shape and first letter are its identity
("THEnet"/"TENET", "VA"/"WA", "MarcC"/"Marc"; "EDSAQ" is a slip for "EDSAC"); a part
after a hyphen in lower case in one form and capitalised in the other is a compound beside
a title-case heading ("Grade-span"/"Grade Span"), not a name; a word seen only inside
other longer names, sharing no other word with them ("Instituut" of "Groningen Instituut"
beside "Institut" of "Institut Pasteur"), belongs to its own name. Accents go one way: a form
without the accents of the preferred one is reported ("Hotel Fama" for "Hotel Fáma", a
dropped accent), never a form with accents the preferred one lacks ("Padmé" beside
"Padme": the accented form is the proper spelling, however rare).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache
from os.path import commonprefix

import regex

from newslint.disk_cache import compiled_regex
from newslint.document import segment
from newslint.document.model import fold_keeping_length
from newslint.document.segment import Span
from newslint.kinds.base import Field, Kind
from newslint.kinds.spelling import mention_blocks
from newslint.kinds.spelling.dictionary import Dictionary
from newslint.kinds.spelling.names import (
    NAME_WORDS,
    POSSESSIVE,
    NameSpan,
    fold,
    name_key,
    name_runs,
    name_spans,
    run_texts,
)
from newslint.kinds.spelling.variant_evidence import (
    doubted,
    joined_alike,
    known_form,
    names_joined,
    own_words,
    quoted_elsewhere,
    running_sentence,
)
from newslint.kinds.word_table import WordTable, cached_table
from newslint.kinds.wordlists import list_digest, read_words

MIN_LETTERS = 4  # a shorter name ("Li", "Ng") normalises too easily into another
DOMAIN_OR_FILE = compiled_regex(r"\.\w")  # after a name: "Cat-Stevens.com", "Gamma.pdf"
ROMAN = compiled_regex(r"[IVXLCDM]+")  # a regnal or treaty number, as written: "III"


class NameVariants(Kind):
    """Reports one name spelt two ways in one document ("Jund al-Khalifat" ... "Djund
    Al-Khalifat"), found without any list: every form but the most used one, with that one
    as suggestion and fix."""

    name = "name-variants"
    fields = {
        "common_frequency": Field(
            "int",
            10000,
            doc="A capitalised first word of a sentence this frequent in English (in the "
            "frequency dictionary) or more is a common word, not part of a name.",
        ),
        "short_name": Field(
            "int",
            4,
            doc="A name of at most this many letters is a variant of another only when the two "
            "differ by one letter in the same place, not the first, or by a doubled letter, "
            'and the other stands on its own twice or more ("Cong" is not "Kong").',
        ),
        "max_difference": Field(
            "int",
            3,
            doc="The most letters in which each word of two variants may differ, in one place "
            '("Stefan"/"Stephan": 1 and 2; "Tomasz"/"Thomas" differ in two places).',
        ),
        "name_files": Field(
            "file-list",
            [],
            doc="Lists of names (places, given names). A listed name inside a longer name is "
            'that name\'s own spelling ("Brasil" of "Roadshow Brasil") or another person\'s '
            'given name ("Alan DeYoung" beside "Allan Vann"), not a variant by itself.',
        ),
        "max_variant_uses": Field(
            "int",
            2,
            doc="A form written more times than this is a spelling the text keeps, not a slip: "
            "several writers' forms in a comment thread, a product list's label, a house "
            "style (`entity.house-names` enforces one).",
        ),
        "word_files": Field(
            "file-list",
            [],
            doc="Lists of known words (in any case). A form whose own words are all known "
            "words or listed names is preferred to a form with an unknown word, however often "
            'that one is used ("Chappell" once beside "Chappel" twice).',
        ),
        "doubt_files": Field(
            "file-list",
            [],
            doc='Notes of doubt about a spelling, one a line ("not sure of the spelling", '
            '"sic"): a name followed by one in brackets is not compared.',
        ),
        "join_majority": Field(
            "int",
            2,
            doc="Forms that differ only by a hyphen or a space are reported only between a "
            'name\'s words ("Kilroy-Silk", "Tony Blair"), where the text\'s form is used at '
            "least this many times as often as the other, and the other stands in a running "
            "sentence (`running_words`).",
        ),
        "running_words": Field(
            "int",
            8,
            doc="A running sentence has at least this many words, a third of them in lower case, "
            "and ends as a sentence does: not a list line, a signature or a table row.",
        ),
        "label_words": Field(
            "int",
            6,
            doc="A list item (or, in plain text, a line in a run of short lines) of at most this "
            "many words and no sentence punctuation is a label (a tag, link or name list), "
            "not prose: its names are not compared.",
        ),
    }
    placeholders = {"where": "1:1", "count": 1}

    def __init__(self, options):
        self.common_frequency = options["common_frequency"]
        self.short_name = options["short_name"]
        self.max_difference = options["max_difference"]
        self.label_words = options["label_words"]
        self.max_variant_uses = options["max_variant_uses"]
        # Folding 135,000 names would be most of a cold start: sorted tables from the disk
        # cache instead (read and folded when a list changed; a bad list is reported now).
        self.listed_names = _folded(tuple(options["name_files"]))
        self.known_words = _folded(tuple(options["name_files"] + options["word_files"]))
        self.doubt_cues = tuple(cue for path in options["doubt_files"] for cue in read_words(path))
        self.join_majority = options["join_majority"]
        self.running_words = options["running_words"]

    def _part_of_other_name(self, word: NameSpan, spans: list[NameSpan], uses: Counter) -> bool:
        """Whether a word belongs to the longer name that holds it, not to the name it is
        compared with: that longer name is written the same way twice or more ("Libz" of
        "Libz Blitz"), or the word is a listed name in its own right, the name's own
        spelling ("Brasil" of "Roadshow Brasil") or another person's given name ("Alan" of
        "Alan DeYoung" beside "Allan Vann")."""
        name = _long_name_around(word, spans)
        if name is None:
            return False
        return uses[name.text.casefold()] > 1 or fold(word.text) in self.listed_names

    def _two_listed_names(self, variant: str, preferred: str) -> bool:
        """Whether two single words are two different entries of the name lists: "Thomas"
        and "Tomas", "Michelle" and "Michel" are two names, not one spelt two ways."""
        a, b = fold(variant), fold(preferred)
        return a != b and a in self.listed_names and b in self.listed_names

    def _common(self, word: str) -> bool:
        """A capitalised first word of a sentence that is a common word ("The", "Leader")."""
        return Dictionary.english().frequency(word.casefold()) >= self.common_frequency

    def check(self, rule, doc, units):
        if not self._may_vary(doc):
            return  # no name of the text is spelt two ways: most texts
        not_prose = mention_blocks.not_prose(doc, self.label_words)
        text = doc.text
        everywhere = units == [Span(0, len(text))]  # the document's scope holds every name
        spans = [
            span
            for span in name_spans(doc, self._common)
            if (everywhere or any(u.start <= span.start and span.end <= u.end for u in units))
            and (not not_prose or segment.outside(not_prose, span.start, span.end))
            and not (text.startswith(".", span.end) and DOMAIN_OR_FILE.match(text, span.end))
        ]
        reported: list[NameSpan] = []
        # Whole names first ("Djund Al-Khalifat" for "Jund al-Khalifat"), then single words
        # wherever they occur ("Hennman" for the "Henman" of "Tim Henman"). A name written
        # two ways is settled as a whole: its words are not compared one by one. Nor are the
        # words of a name written the same way twice or more: that is the article's form,
        # and a word-by-word fix there would undo the whole-name fix, pass after pass. A
        # whole name written once each way settles nothing ("Luis Garcya", "Luis Garcia"):
        # its words are compared with the name's other mentions ("Garcia" alone).
        names = _group(span for span in spans if _is_long(span))
        settled = {
            span
            for forms in names.values()
            if len(forms) < 2 or self._ranked(forms)
            for uses in forms.values()
            for span in uses
        }
        uses = Counter(span.text.casefold() for span in spans if _is_long(span))
        words = [word for span in spans if span not in settled for word in _words(span)]
        alone = Counter(span.text.casefold() for span in spans if not _is_long(span))
        for group, whole in ((names, True), (_group(words), False)):
            for forms in group.values():
                for span, preferred, house in self._variants(forms, alone, doc):
                    if any(r.start < span.end and span.start < r.end for r in reported):
                        continue
                    if not whole and (
                        self._part_of_other_name(span, spans, uses)
                        or self._two_listed_names(span.text, preferred.text)
                        or _only_in_other_names(span, house, spans)
                    ):
                        continue
                    reported.append(span)
                    yield rule.finding(
                        span.start,
                        span.end,
                        doc.text,
                        [preferred.text],
                        preferred.text,
                        where=_where(doc, house),
                        count=len(house),
                    )

    def _may_vary(self, doc) -> bool:
        """Whether some name the document's forms (`_compared_as`) normalise to is written
        two ways (`_varied`): from the text's distinct runs, without placing a span; first
        from their words alone (`_suspect_words`), which settle most texts, then from the
        forms of the runs that hold a suspect word."""
        runs = name_runs(doc)
        if runs is None:
            texts = {span.text for span in name_spans(doc, self._common)}
            return _varied(form for text in texts for form in _compared_as(text))
        suspects = _suspect_words(runs)
        return bool(suspects) and _varied(
            form
            for run in runs
            if not suspects.isdisjoint(run.split(" "))
            for form in _run_forms(run)
        )

    def _variants(self, forms: dict[str, list[NameSpan]], alone: Counter, doc):
        """(span, preferred form, its uses) for each use of a minority form of one name
        that has no support of its own in the text (see `_supported`)."""
        if len(forms) < 2:
            return
        if all(" " not in form for form in forms) and any(
            Dictionary.english().is_common(form) for form in forms
        ):
            return  # "Bank" / "Banc", "Friday" / "Fridday": words; the typo rules see to them
        uses_of_all = (span for uses in forms.values() for span in uses)
        if any(doubted(span, doc.text, self.doubt_cues) for span in uses_of_all):
            return  # "Wincups (not sure of the spelling)": the writer's guess, nothing to align
        ranked = self._ranked(forms)
        if not ranked:
            return  # nothing says which spelling is the intended one
        preferred = ranked[0][0].text
        for uses in ranked[1:]:
            variant = uses[0].text
            if (
                len(uses) <= self.max_variant_uses
                and self._close(variant, preferred, alone)
                and not _written_as_another_name(variant, preferred)
                and not _supported(variant, preferred, doc)
                and not quoted_elsewhere(uses, ranked[0], doc.quotations)
                and self._clear_join(uses, ranked[0], doc)
            ):
                for span in uses:
                    yield span, ranked[0][0], ranked[0]

    def _ranked(self, forms: dict[str, list[NameSpan]]) -> list[list[NameSpan]]:
        """The uses of each form, best supported first: a form of known words and names before
        one with an unknown word (see `variant_evidence`), then the most used, then the first;
        [] when nothing sets the two best apart (both or neither known, used equally often)."""
        texts = [uses[0].text for uses in forms.values()]
        support = {
            id(uses): (not known_form(own_words(uses[0].text, texts), self.known_words), -len(uses))
            for uses in forms.values()
        }
        ranked = sorted(forms.values(), key=lambda uses: (support[id(uses)], uses[0].start))
        if len(ranked) > 1 and support[id(ranked[0])] == support[id(ranked[1])]:
            return []
        return ranked

    def _clear_join(self, uses: list[NameSpan], preferred: list[NameSpan], doc) -> bool:
        """Forms that differ only by a hyphen or a space ("Kilroy Silk"/"Kilroy-Silk") are
        a finding only between a name's words (`names_joined`), where the text's form clearly
        dominates and the other is written in a running sentence: a term joined either way
        ("Objective C"), a list, a signature or a table, or a name written both ways about
        as often, is house style, not a slip."""
        if not joined_alike(uses[0].text, preferred[0].text):
            return True
        if not names_joined(uses[0].text, preferred[0].text, doc):
            return False
        return len(preferred) >= self.join_majority * len(uses) and all(
            running_sentence(doc, span, self.running_words) for span in uses
        )

    def _close(self, variant: str, preferred: str, alone: Counter) -> bool:
        """Whether two spellings of one normalised name are near enough to be one name
        written two ways: each word differs in one place, by at most `max_difference`
        letters. A short name differs by one letter (see `_one_letter`), and its preferred
        form stands on its own (`alone`: uses outside longer names) at least twice: "Kong"
        of "Hong Kong" is no evidence against "Cong"."""
        written = list(zip(NAME_WORDS.findall(variant), NAME_WORDS.findall(preferred)))
        if any(ROMAN.fullmatch(a) and ROMAN.fullmatch(b) and a != b for a, b in written):
            return False  # "START III" / "START II", "Ramses III" / "Ramses II": two things
        pairs = [(fold(a), fold(b)) for a, b in written]
        short = sum(len(b) for _, b in pairs) <= self.short_name
        for a, b in pairs:
            head = len(commonprefix([a, b]))
            tail = len(commonprefix([a[head:][::-1], b[head:][::-1]]))
            changed = (len(a) - head - tail, len(b) - head - tail)
            if max(changed) > self.max_difference:
                return False
            if short and max(changed) and not _one_letter(a, b, head, changed):
                return False
        return not short or alone[preferred.casefold()] >= 2


def _written_as_another_name(variant: str, preferred: str) -> bool:
    """Whether two forms of one normalised name are written as two different names: an
    acronym or handle with capitals in other places or another first letter ("THEnet"/"TENET",
    "MarcC"/"Marc", "VA"/"WA"); a hyphenated
    compound beside a title-case heading ("Grade-span"/"Grade Span"); a form with accents
    the preferred one lacks ("Padmé" beside "Padme", "Vasarely Múzeum" beside "Vasarely
    Museum": never drop an accent, nor turn a local name into a translation); or forms that
    differ only by an apostrophe ("McDonald's"/"McDonalds": a brand's own or a possessive,
    and nothing in the text says which the name is)."""
    if _without_apostrophes(variant) == _without_apostrophes(preferred):
        return True
    written = list(zip(NAME_WORDS.finditer(variant), NAME_WORDS.finditer(preferred)))
    for index, (a, b) in enumerate(written):
        a_word, b_word = a.group(), b.group()
        if (_inner_capital(a_word) or _inner_capital(b_word)) and not _same_shape(a_word, b_word):
            return True
        if index and a_word[0].isupper() != b_word[0].isupper():
            joins = {
                _join(variant, written[index - 1][0], a),
                _join(preferred, written[index - 1][1], b),
            }
            if joins == {"-", " "}:
                return True
    return _accents(variant) > _accents(preferred)


def _without_apostrophes(form: str) -> str:
    return form.replace("'", "").replace("\u2019", "")


def _inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def _same_shape(a: str, b: str) -> bool:
    """Whether two words with capitals inside are one acronym or handle with a slip: the
    same first letter and capitals in the same places ("EDSAQ" for "EDSAC"), not "VA" and
    "WA", "THEnet" and "TENET", "MarcC" and "Marc"."""
    return fold(a[0]) == fold(b[0]) and [c.isupper() for c in a] == [c.isupper() for c in b]


def _join(form: str, before, after) -> str:
    """What stands between two words of a form: "-", " " or another separator."""
    return form[before.end() : after.start()]


def _accents(form: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", form) if unicodedata.combining(c))


def _only_in_other_names(word: NameSpan, house: list[NameSpan], spans) -> bool:
    """Whether a word inside a longer name is compared with a form seen only inside other
    longer names, with no other word in common: "Instituut" of "Groningen Instituut" and
    "Institut" of "Institut Pasteur" are words of two names, not one word spelt two ways
    ("Motorsport Endeavur" beside "Motorsport Endeavour Club" is a slip)."""
    around = _long_name_around(word, spans)
    if around is None or around[:2] == word[:2]:
        return False
    others: set[str] = set()
    for use in house:
        name = _long_name_around(use, spans)
        if name is None or name[:2] == use[:2]:
            return False  # the form stands on its own somewhere
        others.update(fold(w) for w in NAME_WORDS.findall(name.text))
    own = {fold(w) for w in NAME_WORDS.findall(around.text)} - {fold(word.text)}
    return not own & others


def _supported(form: str, preferred: str, doc) -> bool:
    """Whether the form's other number (singular or plural of its last word), or that one's
    possessive, occurs in the text: "GameBoys" beside "GameBoy" is the writer's word, not a
    slip for "Gameboyzz". A word that is as much the preferred form's other number is no
    support: "Tory" speaks for "Tories", not for "Toryes"."""
    head, _, last = form.casefold().rpartition(" ")
    theirs = {name_key(other) for other in _other_numbers(preferred.casefold().rpartition(" ")[2])}
    others = {other for other in _other_numbers(last) if name_key(other) not in theirs}
    if not others:
        return False
    prefix = regex.escape(fold_keeping_length(head + " ")) if head else ""
    alternatives = "|".join(regex.escape(fold_keeping_length(o)) for o in sorted(others))
    pattern = rf"(?<!\w){prefix}(?:{alternatives})(?:['’]s)?(?!\w)"
    return regex.search(pattern, doc.folded_text) is not None


def _other_numbers(word: str) -> set[str]:
    """The (case-folded) word's plural, or its singular if it may be a plural."""
    others = {word + "s", word + "es"}
    if word.endswith("s"):
        others.add(word[:-1])
    if word.endswith("es"):
        others.add(word[:-2])
    if word.endswith("ies"):
        others.add(word[:-3] + "y")
    return others


def _one_letter(a: str, b: str, head: int, changed: tuple[int, int]) -> bool:
    """Whether two words that share `head` letters before their one difference differ by
    one letter in the same place, not the first ("Saki"/"Saky"), or by a doubled letter
    ("Dyer"/"Dyerr"): a slip of the hand, not another name's letters ("Cong"/"Kong")."""
    if changed == (1, 1):
        return head > 0
    longer = a if changed == (1, 0) else b
    return sorted(changed) == [0, 1] and head > 0 and longer[head] == longer[head - 1]


def _group(spans) -> dict[tuple, dict[str, list[NameSpan]]]:
    """Spans by normalised name, then by spelling (case aside); only names written in more
    than one way. Distinct texts are keyed first: most documents have no variant at all."""
    spans = list(spans)
    keys: dict[str, tuple] = {}
    forms: dict[tuple, set[str]] = defaultdict(set)
    for text in {span.text for span in spans}:
        key = name_key(text)
        if sum(map(len, key)) >= MIN_LETTERS:
            keys[text] = key
            forms[key].add(_spelling(text))
    varied = {key for key, spellings in forms.items() if len(spellings) > 1}
    groups: dict[tuple, dict[str, list[NameSpan]]] = defaultdict(lambda: defaultdict(list))
    if varied:
        for span in spans:
            key = keys.get(span.text, ())  # () is no name's key
            if key in varied:
                groups[key][_spelling(span.text)].append(span)
    return groups


def _varied(keyed) -> bool:
    """Whether some normalised form among these (normalised form, form) pairs is written two
    ways: where none is, `_group` finds no variants, whichever spans it is given."""
    forms: dict[tuple, str] = {}
    for key, form in keyed:
        first = forms.setdefault(key, form)
        if first != form and _spelling(first) != _spelling(form):
            return True
    return False


def _suspect_words(runs) -> set[str]:
    """The runs' words (as written) of which any two forms the runs give (`run_texts`) that
    normalise alike and are spelt differently (`_varied`) each hold one: none in most texts.

    A form is some of a run's words, joined by spaces, the last without its possessive
    ending; its normalised form is its words' ones in a row (`name_key` keeps no word across
    a space). Two forms that normalise alike either have words in the same places that
    normalise alike and are spelt differently, or, where their words first part, a word
    that normalises to several words ("Kilroy-Silk") in one and in the other a word
    normalising to the first of them ("Kilroy"), followed by a word starting with the next
    one ("Silk")."""
    words = set(" ".join(runs).split(" "))
    keyed = set(map(_keyed_word, words))
    keys = dict(keyed).keys()  # each normalised word once (made in C)
    if () in keys:
        return words  # a word without letters: no telling where the forms' words part
    parted = _parted(keys)
    if len(keys) == len(keyed) and not parted:
        return set()  # each normalised word spelt one way: most texts
    spellings = Counter(key for key, _ in keyed)
    suspect = {key for key, count in spellings.items() if count > 1} | parted
    return {word for word in words if _keyed_word(word)[0] in suspect}


def _parted(keys) -> set[tuple]:
    """The normalised words (of one word or several) where two forms' words may part: one
    normalises to several, another to the first of them, and a word starts with the next."""
    several = [key for key in keys if len(key) > 1]
    if not several:
        return set()  # most texts
    firsts = {key[0] for key in keys}
    return {
        part
        for key in several
        for end in range(1, len(key))
        if key[:end] in keys and key[end] in firsts
        for part in (key, key[:end])
    }


@lru_cache(maxsize=65536)  # a corpus repeats its names' words
def _keyed_word(word: str) -> tuple[tuple, str]:
    """(normalised form, spelling) of a run's word as it stands in a form: a possessive
    ending closes a form and is left out (see `name_spans`)."""
    if "'" in word or "’" in word:
        word = POSSESSIVE.sub("", word)
    return name_key(word), _spelling(word)


@lru_cache(maxsize=32768)  # about 8 MB: BBC's 2,225 articles hold 23,000 distinct runs
def _run_forms(run: str) -> tuple[tuple[tuple, str], ...]:
    """(normalised form, form) of each form a run's spans may be compared by."""
    return tuple(dict.fromkeys(form for text in run_texts(run) for form in _compared_as(text)))


def _compared_as(text: str) -> list[tuple[tuple, str]]:
    """(normalised form, form) of a span's text and of each capitalised word it is compared
    by (`_words`), as `_group` keys them: the forms of MIN_LETTERS letters or more."""
    forms = [text]
    if " " in text:
        forms += {word for word in text.split(" ") if word[:1].isupper()} - {text}
    return [(key, form) for form in forms if sum(map(len, key := name_key(form))) >= MIN_LETTERS]


def _spelling(text: str) -> str:
    """A form's spelling: case and the typographic apostrophe ("Shi’a", "SHI'A") aside."""
    return text.casefold().replace("’", "'")


def _is_long(span: NameSpan) -> bool:
    return " " in span.text or "-" in span.text


def _long_name_around(word: NameSpan, spans: list[NameSpan]) -> NameSpan | None:
    """The name of several words (or a hyphenated one) that holds this word, if any."""
    index = bisect_right(spans, (word.start, float("inf"))) - 1
    if index >= 0 and _is_long(spans[index]) and spans[index].end >= word.end:
        return spans[index]
    return None


def _words(span: NameSpan):
    """The capitalised words of a name, each as a span of its own."""
    if " " not in span.text:
        if span.text[:1].isupper():
            yield span
        return
    offset = span.start
    for word in span.text.split(" "):
        if word[:1].isupper():
            yield NameSpan(offset, offset + len(word), word)
        offset += len(word) + 1


def _where(doc, spans) -> str:
    places = [f"{line}:{column}" for line, column in (doc.location(s.start) for s in spans)]
    return places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]


@lru_cache(maxsize=8)
def _folded(paths: tuple) -> WordTable:
    """The words of these lists, case and diacritics folded (`fold`'s own cache is for the
    words of texts: 135,000 list entries would push them out)."""

    def words() -> set[str]:
        return {fold.__wrapped__(word) for path in paths for word in read_words(path)}

    return cached_table("folded-names", " ".join(list_digest(path) for path in paths), words)

"""spelling: unknown words reported only with evidence that they are typos.

A word is checked when it is not in the frequency dictionary (British spellings, common
prefixes and suffixes included), not in `word_files`, and, when capitalised, not in
`name_files` (places, first names, organisations). It is reported when

- a close form occurs in the same document ("Kazkahstan" where "Kazakhstan" is used 7 times;
  "Siusice" where "suicide" is used), or
- it is not name-like and a much more frequent dictionary word is one or two edits away.

Name-like words (capitalised mid-sentence, ALL CAPS) get only the first kind of evidence:
most unknown names are correct names; a word with a capital inside ("CMake") is a product's
name. A name's lost first letter ("Mr Oward" beside "Mr Howard") and a short name one slip
from a known name the text writes only as a name ("Spaib" beside "Spain") count unless a
capitalised word follows, which makes the word a name of its own ("Hristian Ng"). A
capitalised word written once that the lists know, or that is known only as a derived form,
is checked too, against the names of the text: a slip where it shares a neighbour with one
("Manchester Nited", "Willian Hague"), or, in no list, where no capitalised word follows it
("on Moday" beside "Monday"). Evidence in the text is a likely slip (`distance.likely_slip`),
and a spelling used twice is deliberate. Regular inflections of known words ("linting",
`inflection`) are words; handles in a name's place ("by aliu", `handles`) and code
("Vec::new") are not prose. Words with digits or in other scripts are not checked, nor are
the words of the document's own code (`Document.code_words`: a post that writes `rustc` in a
code span may write "rustc" in prose), nor a word the text links to as a page
("[Centril](https://github.com/centril)", `name_evidence.linked_names`). In a document with
code, short lower-case words ("stdio", "libm") and, anywhere, a lower-case first word of a
sentence ("teor held") get only the first kind of evidence. Across a run of many files,
`running.run_vocabulary` drops the findings on a word flagged in several files.

What holds in any text (whether the dictionary or the lists know a word) is decided once per
distinct word and kept across documents (`word_memo`); cheap tests rule out a word's
occurrence before the costly ones look at its context (`Spelling._reportable`).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from functools import cache, lru_cache, partial
from importlib import resources
from os.path import commonprefix

from newslint.disk_cache import compiled_regex
from newslint.document.code_words import code_stems, inflection_stem
from newslint.document.segment import every_non_ascii, inside, whole_word_starts, within
from newslint.kinds.base import Field, Kind, match_case
from newslint.kinds.own_prose import citation_lines
from newslint.kinds.spelling.coinages import latin_epithet, prefixed, suffixed
from newslint.kinds.spelling.dialect import in_dialect_voice
from newslint.kinds.spelling.dictionary import LONG_WORD_LENGTH, Dictionary
from newslint.kinds.spelling.distance import likely_slip, neighbour_key, osa_distance
from newslint.kinds.spelling.handles import in_handle_position
from newslint.kinds.spelling.inflection import (
    ending_kept,
    regular_inflection,
    run_together_words,
    spellings,
)
from newslint.kinds.spelling.mentions import cue_phrase, mentioned
from newslint.kinds.spelling.name_evidence import (
    SUBJECT_VERBS,
    after_a_given_name,
    after_a_person,
    another_name_beside,
    heads_an_entry,
    line_item,
    linked_names,
    name_follows,
    named,
    same_company,
    surname_first,
    used_as_name,
)
from newslint.kinds.spelling.names import POSSESSIVE, same_name
from newslint.kinds.spelling.nearby_words import nearby_words, reach
from newslint.kinds.spelling.shape import (
    CONTRAST,
    combining_form,
    contrasted_variant,
    glossed,
    inflected_compound_part,
    not_beside,
    not_prose_word,
    title_case_compound,
    word_shape,
)
from newslint.kinds.spelling.word_memo import WordSorter
from newslint.kinds.word_table import WordTable, cached_table
from newslint.kinds.wordlists import list_digest, read_pairs, read_words

# The shapes of words written in lower case (see `Spelling.evidence`).
LOWER_SHAPES = ("lower", "part", "styled")
# A word in Latin letters; in a token, its parts between hyphens and apostrophes.
LATIN_WORD = compiled_regex(r"[\p{Latin}]+")
# A letter typed three times or more: a stretched word ("sooo", "hmmmm") if it is one of
# the `interjection_files` words with the run cut to one or two letters.
STRETCHED = compiled_regex(r"(.)\1{2,}")


# Ligatures that formal and older spellings keep: "encyclopædia" is "encyclopaedia".
LIGATURES = str.maketrans({"æ": "ae", "œ": "oe"})


NOT_IN_DICTIONARY = "not in the dictionary"
# The shortest part a run-together word splits into: "to", "of".
RUN_TOGETHER_PART = 2
# How much more frequent a word one neighbouring key away must be than the words a short
# word's swapped or dropped letters make, to be suggested for it ("wno": "who", 40x "won").
KEYED_FREQUENCY_RATIO = 10
# How much more frequent the other word of a split must be than the dictionary's candidate:
# "andwritten" is "and written" (85x "handwritten"), "trailor" no "trail or" (2x "traitor").
RUN_TOGETHER_FREQUENCY_RATIO = 10
# How much more frequent than the likeliest slip a word one unlikely edit away must be to be
# offered second: "delision" is "delusion" (a vowel), or "decision" (30x as frequent).
UNLIKELY_SLIP_FREQUENCY_RATIO = 20
# The (word, shape) pairs whose dictionary candidates a rule remembers.
CANDIDATES_MEMO = 4096
# An ellipsis right after a word: it may be cut short ("Resolut...").
TRUNCATED = compiled_regex(r"\.\.\.|…")
# The longest piece of a word split by a space ("fo llowing") beside the unknown rest.
SPLIT_FRAGMENT = 4
FRAGMENT_BEFORE = compiled_regex(rf"(?<![\p{{L}}\p{{M}}'’-])(\p{{Ll}}{{1,{SPLIT_FRAGMENT}}}) $")
FRAGMENT_AFTER = compiled_regex(rf" (\p{{Ll}}{{1,{SPLIT_FRAGMENT}}})(?![\p{{L}}\p{{M}}'’-])")
# A word next to another: a space or a joining mark between ("Preyas & Sreyas").
WORD_BEFORE_GAP = compiled_regex(r"([\p{L}\p{M}'’]+)(?:" + CONTRAST + r"|[ \t]*[&/–—-]?[ \t]*)$")
WORD_AFTER_GAP = compiled_regex(r"(?:" + CONTRAST + r"|[ \t]*[&/–—-]?[ \t]*)([\p{L}\p{M}'’]+)")
# The two words before and after a word, spaces only between: the phrase it stands in.
TWO_WORDS_BEFORE = compiled_regex(
    r"(?:(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+)?(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+$"
)
TWO_WORDS_AFTER = compiled_regex(r"[ \t]+([\p{L}\p{M}]+)(?:[ \t]+([\p{L}\p{M}]+))?")


class Spelling(Kind):
    """Reports unknown words only with evidence that they are typos: a close form used
    elsewhere in the document, or, for words not written like names, a much more frequent
    dictionary word one or two edits away."""

    name = "spelling"
    fields = {
        "name_files": Field(
            "file-list",
            [],
            doc="Word lists of names (places, first names, organisations): a capitalised word "
            "in them is known.",
        ),
        "first_name_files": Field(
            "file-list",
            [],
            doc='Lists of first names: a capitalised word after one is a surname ("Andrew Cann", '
            'not a slip for "can"), though the first name is also a word or a place.',
        ),
        "word_files": Field("file-list", [], doc="Word lists of extra known words, in any case."),
        "no_suggest_files": Field(
            "file-list",
            [],
            doc="Words never offered as a correction unless the text writes them (vulgar and "
            "offensive words: 'dicks' for a surname insults the person named); a typo whose "
            "every candidate is one of them is not reported.",
        ),
        "interjection_files": Field(
            "file-list",
            [],
            doc="Lists of interjections and words writers stretch ('whoa', 'hmm', 'so'): known, "
            "and so are their forms with a letter typed three times or more ('sooo').",
        ),
        "foreign_word_files": Field(
            "file-list",
            [],
            doc="Function words of other languages ('des', 'und', 'los'): they, and an unknown "
            "word beside one, are a phrase of that language and get no dictionary evidence.",
        ),
        "foreign_particle_files": Field(
            "file-list",
            [],
            doc="Function words of other languages that English names use too ('del', 'de', "
            "'la'): in lower case between two lower-case words they make a phrase of that "
            "language ('figlio del poeta'), and an unknown word beside one gets no "
            "evidence; 'Guillermo del Toro' is a name.",
        ),
        "foreign_letters": Field(
            "str",
            "",
            doc="Letters English text does not use, loans included ('å', 'ø', 'ß'): an unknown "
            "word within two words of a word with one is in a phrase of another language "
            "('Gode råd til poetas') and gets no evidence.",
        ),
        "mention_cue_files": Field(
            "file-list",
            [],
            doc="Lists of cues that a word is mentioned, not used ('coined', 'so-called', "
            "'pun'): a single word in quotation marks or emphasis in a sentence with one gets "
            "no dictionary evidence (a coinage, a pun: 'coined the phrase \"liberati\"').",
        ),
        "min_length": Field("int", 3, doc="Words of fewer letters than this are not checked."),
        "min_frequency": Field(
            "int",
            1000,
            doc="How often a dictionary word one edit away must occur (in pyspellchecker's "
            "English word counts) to be evidence.",
        ),
        "min_frequency_long": Field(
            "int",
            200,
            doc="The same for a lower-case word of 8 letters or more: few words lie one slip "
            "from a long word, so a rarer one counts ('shrotcomings', 'shortcomings').",
        ),
        "min_frequency_capitalised": Field(
            "int",
            20000,
            doc="The same for a capitalised first word of a sentence or a part of a hyphenated "
            "word (often names or loans); two edits away never counts for them.",
        ),
        "min_frequency_far": Field(
            "int",
            50000,
            doc="How often a word two edits away must occur to be evidence; only for words of "
            "8 letters or more.",
        ),
        "min_frequency_short": Field(
            "int",
            100000,
            doc="How often a word one edit away must occur for a lower-case word of fewer than "
            "4 letters; the edit must swap two letters or leave one out ('teh', 'wil'; other "
            "short words get no dictionary evidence).",
        ),
        "term_max_length": Field(
            "int",
            5,
            doc="In a document with code, a lower-case word of 4 letters up to this many gets no "
            "dictionary evidence: technical writing coins short terms one letter from a word "
            "('stdio', 'libm', 'noop'); evidence in the text still counts.",
        ),
        "compound_part_length": Field(
            "int",
            4,
            doc="A lower-case word made of two dictionary words of at least this many letters "
            "('compiletest', 'rustup') is a closed compound a team coins, not a slip: it gets "
            "no evidence (0: off).",
        ),
        "compound_part_frequency": Field(
            "int",
            1000,
            doc="How often (in the word counts) each part of such a compound must occur.",
        ),
        "max_suggestions": Field("int", 3, doc="At most this many dictionary words are suggested."),
        "skip_files": Field(
            "file-list",
            [],
            doc="Misspelling lists (`wrong->right`) another rule reports: their words, unless "
            "written like names, are left to that rule.",
        ),
        "skip_name_files": Field(
            "file-list",
            [],
            doc="Misspelling lists of names (`wrong->right`) another rule reports however "
            "they are written: their words are left to that rule, capitalised too.",
        ),
        "subject_verbs": Field(
            "str-list",
            list(SUBJECT_VERBS),
            doc="A capitalised first word followed by one of these, or by another capitalised "
            'word, reads as a name ("Horan said").',
        ),
    }
    placeholders = {"evidence": "evidence"}
    run_vocabulary = True  # jargon is flagged file after file; a slip is not

    def __init__(self, options):
        self.options = options
        # The long lists (100,000 places, 60,000 misspellings) as sorted tables from the
        # disk cache: a short document asks about a few of their words.
        self.names = _casefolded(options["name_files"], read_words)
        self.foreign_words = frozenset(
            w.casefold() for f in options["foreign_word_files"] for w in read_words(f)
        )
        self.foreign_particles = frozenset(
            w.casefold() for f in options["foreign_particle_files"] for w in read_words(f)
        )
        self.foreign_letters = frozenset(options["foreign_letters"].lower())  # "ß" folds to "ss"
        self.interjections = frozenset(
            w.casefold() for f in options["interjection_files"] for w in read_words(f)
        )
        # In sorted order: a British spelling is known when a listed word starts with its
        # British letters (`_dictionary_knows`).
        self.words = _casefolded(options["interjection_files"] + options["word_files"], read_words)
        self.mention_cues = frozenset(
            cue_phrase(cue) for f in options["mention_cue_files"] for cue in read_words(f)
        )
        self.first_names = frozenset(
            w.casefold() for f in options["first_name_files"] for w in read_words(f)
        )
        # Known misspellings: the misspellings rule reports them where they are not
        # capitalised like names.
        self.skipped = _casefolded(options["skip_files"], read_pairs)
        self.skipped_names = _casefolded(options["skip_name_files"], read_pairs)
        self.no_suggest = _casefolded(options["no_suggest_files"], read_words)
        self.min_length = options["min_length"]
        self.subject_verbs = frozenset(options["subject_verbs"])
        self._word_verdicts = WordSorter(
            self._ordinary,
            self._verdict,
            known=lambda words: Dictionary.english().frequencies.among(words),
        )
        # A word's dictionary candidates depend on it and its shape only: the same typos and
        # terms come back file after file.
        self._candidates = lru_cache(maxsize=CANDIDATES_MEMO)(self._dictionary_candidates)

    def known(self, word: str) -> bool:
        """In the dictionary or the word lists, or a regular inflection of a word in them
        ("linting", "inlined", "grepping"), or one of them written with a ligature
        ("encyclopædia", "manœuvre")."""
        plain = word.translate(LIGATURES)
        if plain != word:
            return self.known(plain)
        return (
            self._listed(word)
            or self._stretched(word)
            or regular_inflection(word, self._listed, self._dictionary_knows)
        )

    def _dictionary_knows(self, word: str) -> bool:
        """Known to the dictionary, and a word known only as a British spelling has its
        British letters attested, when the rule has word lists: a listed word starts with
        them ("colour" for "colourful"; none starts with "pagre": "pagres" is no "pagers")."""
        dictionary = Dictionary.english()
        if not dictionary.knows(word):
            return False
        letters = dictionary.british_letters(word)
        if not (letters and self.words):
            return True  # without word lists, nothing can attest a British spelling
        return any(self.words.starts_a_word(p) for p in letters)

    def _stretched(self, word: str) -> bool:
        """An interjection or a word writers stretch, with a letter typed three times or
        more for effect: "sooo", "hmmmm", "whoaaa"."""
        return bool(STRETCHED.search(word)) and any(
            STRETCHED.sub(run, word) in self.interjections for run in (r"\1", r"\1\1")
        )

    def _listed(self, word: str) -> bool:
        dictionary = Dictionary.english()
        return word in dictionary.frequencies or word in self.words or self._dictionary_knows(word)

    def _ordinary(self, word: str) -> bool:
        """A word no check looks at: in the dictionary (most words of a text), too short,
        or not in Latin letters."""
        return (
            word in Dictionary.english().frequencies
            or len(word) < self.min_length
            or not LATIN_WORD.fullmatch(word)
        )

    def _verdict(self, word: str) -> tuple[bool, bool]:
        """Whether a word the dictionary lacks is unknown (see `known`), and whether it is
        in the name lists."""
        return word not in self.words and not self.known(word), word in self.names

    def check(self, rule, doc, units):
        # The verdicts on words that hold in any text, decided once per distinct word.
        verdicts = self._word_verdicts.rest(doc.word_set(folded=True))
        code = doc.code_words  # `rustc`, `impl`
        stems = doc.derived(code_stems)  # and their inflections: `namespace`, "namespaced"
        rare = {
            w for w in verdicts if w not in code and (not stems or inflection_stem(w) not in stems)
        }
        unknown = {w for w in rare if verdicts[w][0]}
        names = {w for w in rare if verdicts[w][1]}  # of the name lists
        listed = self._listed_once(rare, unknown, names, doc)
        if not (unknown or listed):
            return
        text = doc.text
        # An occurrence that cannot be reported by itself (most: a name written once that no
        # word of the text is close to) is left before its token is looked for.
        alone_reportable = partial(
            self._reportable, parts=1, unknown=unknown, names=names, listed=listed, doc=doc
        )
        for token in _tokens_with(doc, unknown | listed, units, alone_reportable):
            parts = _parts(token)
            reportable = [
                self._reportable(
                    p.group(), token.start + p.start(), len(parts), unknown, names, listed, doc
                )
                for p in parts
            ]
            if not any(reportable):
                continue  # cheap first: no part can be reported (see `_reportable`)
            if (
                not_prose_word(text, token.start, token.end)
                or _alone_on_its_line(doc, token)
                or in_dialect_voice(doc, token.text)
            ):
                continue  # "#climatechange", "@jdoe", "foo.py", "5kWh", "70 mph", "gettin'"
            if token.text.casefold() in doc.derived(linked_names):
                continue  # a page the text links to: "[Centril](https://github.com/centril)"
            if len(parts) > 1 and self.known("".join(p.group() for p in parts).casefold()):
                continue  # "co-ordinating", "pre-empt"
            if sum(p.group().casefold() in unknown for p in parts) > 1:
                continue  # a name or slug of terms: "aws-sdk-rust"
            compound = title_case_compound(token.text)
            for part, may_report in zip(parts, reportable):
                if not may_report:
                    continue
                word = part.group()
                folded = word.casefold()
                in_a_list = folded in listed
                shape = word_shape(word, token.start + part.start(), doc)
                if in_a_list and shape != "name":
                    continue  # a listed word at a sentence start is the word
                if shape == "lower" and in_handle_position(
                    doc, token.start + part.start(), token.start + part.end(), unknown.__contains__
                ):
                    continue  # "by aliu", "thanks to centril, secona and ijackson"
                if word.islower() and heads_an_entry(text, token.start, token.end):
                    continue  # "markey: New server": a handle heading a post
                if folded in self.skipped_names or (
                    folded in self.skipped and shape in ("lower", "initial")
                ):
                    continue  # a misspellings rule reports it (typo.misspelling skips names)
                if len(parts) > 1 and inflected_compound_part(
                    word, token.text, part.start(), self.known
                ):
                    continue  # "know-it-alls", "X-rayed"
                if len(parts) > 1 and combining_form(word, token.text, part.start(), self.known):
                    continue  # "veno-occlusive", "socio-economic"
                if len(parts) > 1 and shape == "lower" and len(word) < 4:
                    continue  # a short part is an abbreviation or a term: "aws-sdk", "gcc-rs"
                as_name = shape != "lower" and named(word, doc, token.start, token.end)
                if shape == "lower" and len(parts) > 1:
                    shape = "part"
                elif shape == "lower" and token.start + part.start() in doc.sentence_initial:
                    shape = "styled"  # a lower-case start is meant ("teor held") or lost a letter
                elif shape == "initial" and (
                    as_name
                    or compound
                    or POSSESSIVE.search(token.text)  # "Hoban's rule": a person's
                    or heads_an_entry(text, token.start, token.end)  # "Davantage - Unholy EP"
                    or surname_first(doc, token.end, self.first_names)  # "Stoll, Mark (ed.)"
                    or name_follows(doc, token.end, self.subject_verbs, past_tense=True)
                ):
                    shape = "name"  # "Phyto-Contour" is a product, "Rolls-Royce" a company
                person = shape == "name" and after_a_person(
                    doc,
                    token.start + part.start(),
                    Dictionary.english().is_common,
                    self.names,
                    self.first_names,
                )
                start = token.start + part.start()
                at = (start, start + len(word))
                if TRUNCATED.match(text, at[1]) and Dictionary.english().starts_a_word(folded):
                    continue  # "1280 x 1024 | Resolut...": a teaser cut short
                if len(parts) == 1 and word.islower() and (split := _split_by_space(text, *at)):
                    first, last, joined = split  # "fo llowing": "following", not "allowing"
                    evidence = f"'{joined}' split by a space"
                    yield rule.finding(first, last, text, [joined], joined, evidence=evidence)
                    continue
                found = self.evidence(folded, doc, shape, as_name, person, at, in_a_list)
                if found is None:
                    continue
                # After the evidence: a document's citation lines are found only where a word
                # with evidence asks (in 18 of the BBC's 2,225 documents, not 550: 26 ms).
                if shape not in LOWER_SHAPES and inside(token.start, citation_lines(doc)):
                    continue  # a reference's names and abbreviations: "Health Plann Manage"
                suggestions, evidence = found
                suggestions = [
                    s
                    for s in suggestions
                    if s.casefold() not in self.no_suggest or s.casefold() in doc.word_counts
                ]
                if not suggestions:
                    continue  # never a vulgar word for one the text does not write
                if compound and not (
                    self._names_beside(parts, part)
                    or _compound_in_text(doc, token, part, suggestions[0])
                ):
                    continue  # "Phyto-Contour" is a product; "Rolls-Royse" beside "Rolls-Royce"
                if (
                    evidence == NOT_IN_DICTIONARY and _beside_unknown(text, at, unknown)
                ) or self._foreign_phrase(doc, at, folded):
                    continue  # "janma kundli", "Verlag fuer Bauwesen": another language
                if evidence == NOT_IN_DICTIONARY and within(doc.merged("link"), *at):
                    # a link's text names a site, a blog or a page ("world of chig"); a word a
                    # link starts inside ("electo[in](…)") is the writer's
                    continue
                if glossed(text, at[1], suggestions):
                    continue  # "Fordward (Forward)": a motto or an old spelling, glossed
                suggestions = not_beside(text, *at, suggestions)
                if not suggestions or contrasted_variant(text, *at):
                    continue  # "genealogy geneology": a keyword list; "ise or ize"
                if _accented(word) and not _accented(suggestions[0]):
                    continue  # "département" beside "department": an accent is typed on purpose
                suggestions = [match_case(word, s) for s in suggestions]
                yield rule.finding(
                    start, start + len(word), text, suggestions, suggestions[0], evidence=evidence
                )

    def _reportable(self, word: str, start: int, parts: int, unknown, names, listed, doc) -> bool:
        """The cheap tests that rule out a part of a token (`word` at `start`, of `parts`
        parts) by itself: it is neither an unknown word nor a word of the lists written
        once, or it is a listed name, a product's name, an acronym or a spelling used twice,
        which get no evidence (`evidence`; only a lower-case word alone may still be a word
        split by a space, `_split_by_space`), or a name with no word in the text close
        enough to be what it misspells (`_document_evidence`: the only evidence for names)."""
        folded = word.casefold()
        if folded not in listed and (
            folded not in unknown or (word[:1].isupper() and folded in names)
        ):
            return False
        if any(c.isupper() for c in word[1:]) or (len(word) > 1 and word.isupper()):
            return False  # a capital inside: a product's name ("CMake", "eServer"); an acronym
        used = doc.word_counts.get(folded, 0)
        if used > 1:
            return parts == 1 and word.islower()
        named = word[:1].isupper() and start not in doc.sentence_initial  # `word_shape`
        return not named or bool(nearby_words(folded, doc, reach(folded)))

    def _names_beside(self, parts, part) -> bool:
        """Whether the compound's other parts are names of the lists: two names joined
        ("Austria-Hungray"), whose parts are checked as names, not a name coined of
        parts ("Phyto-Contour")."""
        return all(p.group().casefold() in self.names for p in parts if p is not part)

    def _foreign_phrase(self, doc, at: tuple[int, int], folded: str) -> bool:
        """Whether the word at `at` stands in a phrase of another language: it, or a word
        beside it, is a foreign function word ("Verlag fuer Bauwesen"; a capitalised one
        beside a capitalised word in mid-sentence is a name: "Opus Dei"), a foreign particle
        in lower case stands between it and another lower-case word ("figlio del poeta"), or
        it or a word within two of it has letters English does not use ("Gode råd til
        poetas", "Samskriti Bhāratī", "Athenáion")."""
        text = doc.text
        lower = text[at[0]].islower()
        if folded in self.foreign_words or any(
            m.group(1).casefold() in self.foreign_words
            and (lower or m.group(1).islower() or m.start(1) in doc.sentence_initial)
            for m in _side_matches(text, at)
        ):
            return True
        start, end = at
        before = TWO_WORDS_BEFORE.search(text, max(0, start - 80), start)
        after = TWO_WORDS_AFTER.match(text, end)
        near, far = [], []
        for found in (before, after):
            if found is not None:
                side = [w for w in found.groups() if w]
                near.append(side[-1] if found is before else side[0])
                far.extend(side)
        if any(self._has_foreign_letters(word) for word in (text[start:end], *far)):
            return True
        return lower and any(self._particle_between(text, at, word, before, after) for word in near)

    def _has_foreign_letters(self, word: str) -> bool:
        return not self.foreign_letters.isdisjoint(unicodedata.normalize("NFC", word).lower())

    def _particle_between(self, text, at, word, before, after) -> bool:
        """`word`, beside the word at `at`, is a lower-case foreign particle with a lower-case
        word on its other side too."""
        if not (word.islower() and word in self.foreign_particles):
            return False
        found = before if before is not None and before.group(2) == word else after
        other = found.group(1) if found is before else found.group(2)
        return bool(other) and other[:1].islower()

    def evidence(
        self,
        word: str,
        doc,
        shape: str,
        named: bool = False,
        person: bool = False,
        at: tuple[int, int] | None = None,
        in_a_list: bool = False,
    ):
        """(suggestions, why) when `word` is probably a typo, else None. `shape` is "acronym",
        "name" (capitalised mid-sentence, CamelCase), "initial" (capitalised first word of a
        sentence: maybe a name), "part" (of a hyphenated word), "styled" (a lower-case first
        word of a sentence: a handle or a term written so, or a word that lost its first
        letter) or "lower"; `named`: it stands beside a title or another capitalised word;
        `person`: after a title or a first name; `at`: the word's (start, end) in the text;
        `in_a_list`: a word of the word or name lists (see `_listed_once`)."""
        used = doc.word_counts.get(word, 0)
        if shape == "acronym":
            return None
        if used > 1 or (shape in LOWER_SHAPES and _made_from_a_name(word, doc)):
            return None  # a spelling used twice is deliberate: "rustc", "impls", "Xargo"
        if shape in LOWER_SHAPES and prefixed(word, doc):
            return None  # "unsolvated" beside "solvated": the text's own word, prefixed
        if suffixed(word, doc):
            return None  # "Scrappyana" beside "Scrappy": the text's own word, suffixed
        if shape == "lower" and at is not None and latin_epithet(doc.text, *at):
            return None  # "Hoya imperialis": a species' name
        if (
            shape == "styled"
            and at is not None
            and doc.text[at[0] - 1 : at[0]] == "\n"
            and Dictionary.english().ends_a_common_word(word)
        ):
            return None  # "Page 5 ... dustry almost": a word broken across a page
        if shape in LOWER_SHAPES and self._coined_compound(word):
            return None  # "compiletest", "codegen": two words joined into a term
        close = _document_evidence(word, doc, self, shape, named, person, at, in_a_list)
        candidates = (
            ()
            if shape == "name" or self._technical_term(word, doc, shape)
            else self._candidates(word, shape)
        )
        if (
            close
            and close[2] > 1
            and shape in LOWER_SHAPES
            and not _closer_stem(word, close[0], close[2])  # "amibition" beside "ambitions"
        ):
            closer = Dictionary.english().one_edit_words(word)
            if closer:  # "hydrophylic" is "hydrophilic", not the text's "hydrophobic"
                # a form of the text's word first: "arhythmic" beside "arrhythmia" is
                # "arrhythmic" before "rhythmic"
                closer.sort(key=lambda w: not _form_of(w, close[0]))
                suggestions = [*closer, close[0]][: self.options["max_suggestions"]]
                return suggestions, NOT_IN_DICTIONARY
        if close and not (candidates and candidates[0][1] < close[2]):
            best, count, distance = close
            form = doc.written_form(best)
            times = {1: "once", 2: "twice"}.get(count, f"{count} times")
            suggestion = _closer_stem(word, best, distance) or form
            if shape in LOWER_SHAPES and self._common_word(suggestion.casefold(), doc):
                suggestion = suggestion.casefold()  # "chocie" is "choice", the text's "Choice"
            suggestions = [suggestion]
            if shape in LOWER_SHAPES and suggestion.islower():
                # the form the writer typed: "garunteed" -> "guaranteed", not "guarantee"
                suggestions = _keeping_ending(word, suggestions)
                if distance > 1 and (split := _run_together(word, suggestions[0])):
                    # "willingto" is "willing to" (a space lost), not the text's "willingly"
                    suggestions = [split, *suggestions]
            return suggestions, f"'{form}' is used {times} in this text"
        if not candidates:
            return None  # no evidence; or an unknown name, or a word used the same way twice
        if at is not None and self.mention_cues and mentioned(doc, *at, self.mention_cues):
            return None  # a coinage or pun the sentence announces: 'coined "liberati"'
        best = _keeping_ending(word, [c for c, _, _ in candidates])
        if shape in LOWER_SHAPES and (split := _run_together(word, best[0])):
            best = [split, *best]  # "andwritten": "and written" before "handwritten"
        return best[: self.options["max_suggestions"]], NOT_IN_DICTIONARY

    def _common_word(self, word: str, doc) -> bool:
        """A common word, not a name the text writes only capitalised ("Jesus")."""
        return Dictionary.english().is_common(word) and (
            word not in self.names or word in doc.lower_case_words
        )

    def _listed_once(self, rare: set[str], unknown: set[str], names: set[str], doc) -> set[str]:
        """Words of the lists (or known only as derived forms: "saners") that the text writes
        once, capitalised: a slip in a name can make one ("Manchester Nited", "Lod Ashcroft",
        "Willian Hague"), so they are checked, against names of the text only, with
        stronger evidence (`_document_evidence`)."""
        return {
            w
            for w in rare
            if doc.word_counts.get(w, 0) == 1
            and (w not in unknown or w in names)
            and _written_once_as_name(w, doc)  # last: the first word that asks makes sets
        }

    def _coined_compound(self, word: str) -> bool:
        """Two whole, frequent enough words joined ("compile" + "test"): a coined term. A slip
        seldom splits so into two words of four letters or more."""
        length = self.options["compound_part_length"]
        if not length:
            return False
        dictionary = Dictionary.english()
        least = self.options["compound_part_frequency"]
        return any(
            dictionary.frequency(word[:i]) >= least
            and dictionary.frequency(word[i:]) >= least
            and not dictionary.doubled_at_join(word, i)  # "attackking"
            for i in range(length, len(word) - length + 1)
        )

    def _technical_term(self, word: str, doc, shape: str) -> bool:
        """A short lower-case word in a document with code: a term more often than a slip."""
        return (
            shape == "lower"
            and 4 <= len(word) <= self.options["term_max_length"]
            and bool(doc.code_words)
        )

    def _dictionary_candidates(self, word: str, shape: str) -> tuple[tuple[str, int, int], ...]:
        """One likely slip from a frequent word; two edits only for long words and very
        frequent ones. Capitalised first words and parts of hyphenated words are often names
        or loans. A word one unlikely edit away but far more frequent than the likeliest slip
        is offered second ("delision": "delusion", "decision"). Remembered (`__init__`)."""
        cautious = shape in ("initial", "part")
        min_frequency = self.options["min_frequency_capitalised" if cautious else "min_frequency"]
        if shape == "lower" and len(word) >= LONG_WORD_LENGTH:
            min_frequency = min(min_frequency, self.options["min_frequency_long"])
        if len(word) < 4:
            if shape != "lower":
                return ()
            min_frequency = self.options["min_frequency_short"]
        found = Dictionary.english().candidates(word, 2)
        if shape == "styled":  # only a capital lost at the start, as drop caps are: "elcome"
            found = [(c, d, f) for c, d, f in found if c[1:] == word]
        if len(word) < 4:  # "xor", "aws": terms; swapped or left-out letters are slips
            found = _short_slips(word, found)
        kept = [
            (c, d, f)
            for c, d, f in found
            if (d == 1 and f >= min_frequency and likely_slip(word, c))
            or (
                d == 2
                and not cautious
                and not _built_on(word, c)
                and len(word) >= 8
                and f >= self.options["min_frequency_far"]
            )
        ]
        if not kept:
            return ()
        # one edit no hand makes, to a word far more frequent: "delision" may be "decision"
        likeliest = kept[0][2]
        unlikely = [
            (c, d, f)
            for c, d, f in found
            if d == 1 and f > UNLIKELY_SLIP_FREQUENCY_RATIO * likeliest and (c, d, f) not in kept
        ]
        return tuple(kept[:1] + unlikely[:1] + kept[1:])


def _accented(word: str) -> bool:
    """Whether a letter of the word bears a diacritic ("département", "Nuñez")."""
    return any(unicodedata.combining(char) for char in unicodedata.normalize("NFD", word))


def _split_by_space(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, the word) when the unknown word at text[start:end] and a fragment of a
    few letters beside it, a space between, make a common word ("fo llowing", "follo
    wing"): a word split in two, not a slip of another."""
    dictionary = Dictionary.english()
    before = FRAGMENT_BEFORE.search(text, max(0, start - SPLIT_FRAGMENT - 2), start)
    if before is not None and dictionary.is_common((before.group(1) + text[start:end]).lower()):
        return before.start(1), end, before.group(1) + text[start:end]
    after = FRAGMENT_AFTER.match(text, end)
    if after is not None and dictionary.is_common((text[start:end] + after.group(1)).lower()):
        return start, after.end(1), text[start:end] + after.group(1)
    return None


def _run_together(word: str, candidate: str) -> str | None:
    """The word as a function word and a common word with the space between them lost
    ("andwritten" is "and written", not "handwritten"), if it splits so and its other word
    is far more frequent than the dictionary's `candidate` ("somethin" is "something", not
    "some thin"; "trailor" is "traitor" or "trailer", not "trail or")."""
    dictionary, function_words = Dictionary.english(), run_together_words()
    # The article "a" may be the second part ("anda": "and a"); other parts have two letters.
    last = len(word) - (1 if word.endswith("a") else RUN_TOGETHER_PART)
    for i in range(RUN_TOGETHER_PART, last + 1):
        first, second = word[:i], word[i:]
        other = second if first in function_words else first if second in function_words else ""
        if dictionary.is_common(other) and (
            other == candidate
            or dictionary.frequency(other)
            > RUN_TOGETHER_FREQUENCY_RATIO * dictionary.frequency(candidate)
        ):
            return f"{first} {second}"
    return None


def _keeping_ending(word: str, candidates: list[str]) -> list[str]:
    """The candidates, one that keeps the word's ending first: the best with it of those as
    close as the best, else the best inflected with it ("consided" -> "considered" before
    "consider": the sentence needs the form the writer typed)."""
    ending = ending_kept(word, candidates[0])
    if ending is None:
        return candidates
    distance = osa_distance(word, candidates[0], 2)
    for candidate in candidates:
        if osa_distance(word, candidate, 2) > distance:
            break
        if candidate.endswith(ending):
            return [candidate] + [c for c in candidates if c != candidate]
    attested = Dictionary.english().frequencies  # not merely regular: no "transducered"
    inflected = sorted(
        form
        for form in spellings(candidates[0], ending)
        if form != word and form in attested and osa_distance(word, form, 2) <= distance + 1
    )
    return inflected[:1] + candidates


def _tokens_with(doc, words: set[str], units, may_report):
    """The tokens in which any of the (case-folded) words occurs, in order, found with
    str.find in the case-folded text rather than by a look at every token. In a text of
    plain letters (`_plain_letters`), where an occurrence is a token's part as written,
    only those that `may_report(word as written, start)` lets through (as a token's only
    part: `_reportable`'s most lenient test) are looked at: that leaves out no token with a
    part that `_reportable` lets through, but for tokens with a digit, which are no prose
    (`not_prose_word`): each such part is found by a search for its own word unless a digit
    stands beside it. The BBC run looks at 1,900 tokens so, not 9,300 (30 ms)."""
    folded, text = doc.folded_text, doc.text
    plain = doc.derived(_plain_letters)
    starts = {
        start
        for word in words
        for start in whole_word_starts(folded, word)
        if not plain or may_report(text[start : start + len(word)], start)
    }
    seen = set()
    for start in sorted(starts):
        token = doc.token_at(start)
        if token is not None and token.start not in seen and inside(token.start, units):
            seen.add(token.start)
            yield token


def _written_once_as_name(word: str, doc) -> bool:
    """`used_as_name` for a word the text writes once. In a text of plain letters its one
    written form is the word in lower case, or capitalised, or in capitals, most often:
    the text's written words tell which without the sets of its capitalised and lower-case
    words, which most documents then never make (40 ms of the BBC run)."""
    if doc.derived(_plain_letters):
        written = doc.word_set(folded=False)
        if word in written:
            return False
        if word[:1].isalpha() and (word.capitalize() in written or word.upper() in written):
            return True  # ("3D" is no capitalised word)
    return used_as_name(word, doc)


def _plain_letters(doc) -> bool:
    """Whether the text's letters and digits are all ASCII and no other character of it
    changes when case-folded: then a word in lower case is the case-folded word as written,
    and a word's neighbours are letters or digits in the case-folded text as in the text
    (for `Document.derived`)."""
    return every_non_ascii(doc.text, lambda c: not c.isalnum() and c.casefold() == c)


def _parts(token):
    """The alphabetic parts of a token: "al-Khalifat" -> al, Khalifat; a possessive's
    "'s" is not a part. Contractions ("isn't") are skipped whole."""
    text = token.text
    if ("'" in text or "’" in text) and not POSSESSIVE.search(text):
        return []
    return [
        m
        for m in LATIN_WORD.finditer(text)
        if not (m.group() == "s" and m.start() > 0 and text[m.start() - 1] in "'’")
    ]


def _document_evidence(
    word: str,
    doc,
    kind: Spelling,
    shape: str,
    named: bool = False,
    person: bool = False,
    at: tuple[int, int] | None = None,
    in_a_list: bool = False,
):
    """A more established form of the word in the same document: (form, count, distance)
    or None. A capitalised word is compared with words written capitalised somewhere in the
    document ("Worlld" with "World"; never "Benn" with "been"); one that stands among names
    ("Gov. Kenneth Mapp") only with a form the text writes as a name in mid-sentence, never
    with a word it writes only in lower case or at sentence starts ("map"). Two short
    capitalised forms one edit apart are often different people ("Horan", "Horgan"): for them
    only a typing slip counts (letters swapped, a letter doubled or undoubled: "Hneman",
    "Brrown", "Rusia"), unless the two share a neighbour (`same_company`: "Mr Fogtg" beside
    "Mr Fogg", "Aln Milburn" beside "Alan Milburn"), which also lets a name written once
    elsewhere, or only at sentence starts, count."""
    counts = doc.word_counts
    own = counts.get(word, 0)
    capitalised = shape in ("name", "initial")
    dictionary = Dictionary.english()
    best = None

    def beside(other: str) -> bool:
        if not capitalised or at is None:
            return False
        return same_company(doc, at[0], at[1], other, kind.first_names)

    def someone_else(other: str) -> bool:
        """Not `other` misspelt but a name of its own: a capitalised word follows it, or a
        first name that `other` never has stands before it."""
        return at is None or (
            _starts_a_name(doc, at)
            or another_name_beside(doc, at[0], at[1], other, kind.first_names)
        )

    # Only words within `reach` can pass the tests below: keep the two in step.
    for other, count in nearby_words(word, doc, reach(word)):
        if _ending_apart(word, other, inflected=not capitalised) or _adjective_of(word, other):
            continue  # inflections and gendered forms: "Ivanov" / "Ivanova"
        if word.translate(LIGATURES) == other.translate(LIGATURES):
            continue  # one word with and without its ligature: "Encyclopædia"
        if _built_on(word, other):
            continue
        established = kind.known(other) or other in kind.names
        if count < own or not (count >= 2 or established or beside(other)):
            continue
        if count == own and not (established or dictionary.less_plausible(word, other)):
            continue  # used equally often: only a clumsier spelling gives the typo away
        other_capitalised = other in doc.capitalised_words
        if shape == "name" and not other_capitalised:
            continue
        if capitalised and not other_capitalised and count < 2:
            continue  # a capitalised "Patry" is no slip of a "party" written once
        if named and not (_name_in_mid_sentence(other, doc) or beside(other)):
            continue
        as_names = capitalised and other_capitalised and not dictionary.is_common(other)
        if as_names:
            limit = 2 if len(word) >= 9 else 1
        else:
            limit = 3 if len(word) >= 6 and kind.known(other) else (1 if len(word) < 7 else 2)
        if len(set(word) ^ set(other)) > 2 * limit:
            continue  # cheap bound: each edit changes at most two letters of the alphabet used
        distance = osa_distance(word, other, limit)
        if distance > limit:
            continue
        if not capitalised and distance > 1 and other not in doc.lower_case_words:
            continue  # a lower-case word is no far slip of a word the text only capitalises
        if (
            as_names
            and person
            and at is not None
            and not _typing_slip(word, other)
            and another_name_beside(doc, at[0], at[1], other, kind.first_names, side="after")
        ):
            continue  # two people: "John Kulang Puot" beside "Chief Kulong Marial"
        if as_names:
            # Two names: short ones one letter apart are often two people.
            short = len(word) < 6 or (count < 2 and not established) or own > 1
            if (
                distance == 1
                and short
                and not (
                    _typing_slip(word, other)
                    or beside(other)
                    or (
                        shape == "name"
                        and established
                        and count >= 2
                        and used_as_name(other, doc)
                        and not someone_else(other)
                    )
                )
            ):
                continue
        elif distance > (1 if len(word) < 9 else 2) and not (
            distance == 3 and 2 * distance < len(word) and _same_letters(word, other)
        ):  # scrambled letters, half the word's at most: "Siusice"; "strcpy" is no "script"
            continue
        elif distance == 1 and len(word) < 5 and capitalised and not _typing_slip(word, other):
            continue  # "Benn" is not "been"
        if len(word) < 4 and not _short_slip(word, other):
            continue  # "aws" beside "as", "xor" beside "for": terms
        if len(other) < 4 and len(word) > len(other) and not _typing_slip(word, other):
            continue  # a letter added to a short word makes a term: "wasm" beside "asm"
        if distance == 1 and not likely_slip(word, other):
            continue  # "mtime" is no slip for "time", "Cython" none for "Python"
        # A name that lost its first letter ("Mr Oward", "in Cotland"), where the text writes
        # the name in mid-sentence; not a name of its own ("Hristian Ng" beside "Christian").
        lost_first = capitalised and word == other[1:]
        if lost_first and not (
            beside(other)
            or (
                (count >= 2 or established)
                and _name_in_mid_sentence(other, doc)
                and not someone_else(other)
            )
        ):
            continue
        if (
            capitalised
            and person
            and (
                other in doc.lower_case_words
                or (
                    _only_a_word(other, doc, kind)
                    and not (beside(other) or _typing_slip(word, other))  # "Green Paepr"
                )
            )
        ):
            continue  # a surname is no slip for a word: "Brendan Miniter", "Peter Paret"
        if (
            other in kind.first_names
            and at is not None
            and after_a_given_name(doc, at[0], kind.first_names)
            and not _ever_a_surname(other, doc, kind)
        ):
            continue  # a surname is no slip for a first name: "Mark C. Paulk" beside "Paul"
        if in_a_list and not (
            beside(other)
            or (
                distance == 1
                and _slip_of_a_name(word, other, doc, kind)
                and not someone_else(other)
            )
        ):
            continue  # a word or name of its own: "Evra" beside "Vera"
        if in_a_list and count == own and not (other in kind.names or dictionary.frequency(other)):
            continue  # "Matt Moffat" beside "Matt Moffatt": which is the slip?
        if in_a_list and dictionary.spelling_variants(word, other):
            continue  # "Peace Centre" beside "Peace Center": one word, two spellings
        both_first_names = word in kind.first_names and other in kind.first_names
        if word in kind.names and other in kind.names and (both_first_names or not beside(other)):
            continue  # two real names: "Joan" / "Jon", "Joan Smith" / "John Smith"
        if same_name(word, other) and count > own and not dictionary.is_common(other):
            continue  # a transliteration variant of a name: the entity rules report those
        if best is None or (distance, -count) < best[0]:
            best = ((distance, -count), other, count)
    return (best[1], best[2], best[0][0]) if best else None


def _only_a_word(word: str, doc, kind: Spelling) -> bool:
    """A common word that no list names and the text uses as no name: "Part" ("Part
    Three") is no name that "Peter Paret" could be a slip of; "Hill" of "Mr Hill" is, and
    "Pound" of "said Pound. Pound continued" (capitalised twice, never in lower case)."""
    return (
        Dictionary.english().is_common(word)
        and word not in kind.names
        and not (used_as_name(word, doc) and doc.word_counts.get(word, 0) >= 2)
        and not _ever_a_surname(word, doc, kind)
    )


def _ever_a_surname(name: str, doc, kind: Spelling) -> bool:
    """Whether the text writes the (case-folded) name after a title, an initial or a given
    name somewhere ("Mr Howard", "Michael Howard"): a surname too, not a first name only."""
    common = Dictionary.english().is_common
    return any(
        after_a_person(doc, index, common, kind.names, kind.first_names)
        for index in whole_word_starts(doc.folded_text, name)
    )


def _closer_stem(word: str, form: str, distance: int) -> str | None:
    """A dictionary word that `form` (the text's word) inflects and that is fewer edits from
    `word`: "amibition" is "ambition" misspelt, though the text writes "ambitions"."""
    for candidate, _, _ in Dictionary.english().candidates(word, distance - 1):
        if form.startswith(candidate) and form[len(candidate) :] in ENDINGS:
            return candidate
    return None


def _alone_on_its_line(doc, token) -> bool:
    """A word that is all its line holds, list marker aside, is a name, handle or term in
    a list (a contributors' list: "- bluss"), not prose."""
    return line_item(doc.text, token.start, token.end) == token.text


def _made_from_a_name(word: str, doc) -> bool:
    """A lower-case word that starts or ends with a word of 4 letters or more the text uses
    only as a name is a term or a handle made from it ("rustc" beside "Rust", "ehuss" beside
    "Eric Huss"), not a slip."""
    return any(
        used_as_name(word[:i], doc) or used_as_name(word[-i:], doc) for i in range(4, len(word))
    )


def _name_in_mid_sentence(word: str, doc) -> bool:
    """The text writes the (case-folded) word capitalised somewhere a sentence does not
    start: as a name ("Road Safety Bill"), not only as a capitalised first word."""
    if word not in doc.capitalised_words:
        return False
    return any(
        doc.text[index].isupper() and index not in doc.sentence_initial
        for index in whole_word_starts(doc.folded_text, word)
    )


ENDINGS = frozenset(
    ("s", "es", "a", "e", "i", "o", "y", "ed", "er", "ers", "ing", "ian", "ese", "ish", "an", "ns")
)


@cache
def _ending_pairs() -> tuple[int, dict[int, tuple[tuple[str, str], ...]]]:
    """The endings that take turns on one stem (`ending-pairs.json`: "Sagittarius" /
    "Sagittarii", "strawman" / "strawmen"), each way round, by how much longer the second
    makes a word than the first; and the shortest stem they apply to."""
    data = resources.files("newslint.kinds.spelling").joinpath("ending-pairs.json")
    pairs = json.loads(data.read_text("utf-8"))
    by_difference: dict[int, list[tuple[str, str]]] = {}
    for first, second in pairs["pairs"]:
        for a, b in ((first, second), (second, first)):
            by_difference.setdefault(len(b) - len(a), []).append((a, b))
    return pairs["stem_min"], {k: tuple(v) for k, v in by_difference.items()}


def _ending_apart(a: str, b: str, inflected: bool) -> bool:
    """One word is the other plus an inflection or a gendered ending ("Ivanov" / "Ivanova",
    "German" / "Germany"), or, for `inflected` (lower-case) words, both inflect one stem
    ("vectorizer" / "vectorized"): two words, not a typo. Names have no such stems:
    "Gerrare" is a slip for "Gerrard". A last letter typed twice is no ending: "Batess",
    "Kellyy". Endings that take turns on one stem (`ending-pairs.json`: "Sagittarius" /
    "Sagittarii", "strawman" / "strawmen") make two words, for names too."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    ending = longer[len(shorter) :]
    if longer.startswith(shorter) and ending in ENDINGS and ending != shorter[-1:]:
        return True
    if _paired(a, b) or _paired(a, b.removesuffix("s")) or _paired(a.removesuffix("s"), b):
        return True  # "horoscopic" beside "horoscope" or "horoscopes"
    return inflected and inflection_stem(a) == inflection_stem(b)


def _form_of(word: str, other: str) -> bool:
    """Whether `other` is `word` with its last two letters or fewer changed: a form of it
    ("arrhythmic", "arrhythmia")."""
    return len(commonprefix((word, other))) >= len(word) - 2


def _paired(a: str, b: str) -> bool:
    """Whether `a` and `b` are one stem with two endings of a pair (only the pairs whose
    endings differ in length as the words do can fit)."""
    stem_min, by_difference = _ending_pairs()
    for first, second in by_difference.get(len(b) - len(a), ()):
        stem = a[: -len(first)]
        if a.endswith(first) and len(stem) >= stem_min and b == stem + second:
            return True
    return False


def _adjective_of(word: str, other: str) -> bool:
    """One word is the other's adjective in -ic or -ical ("stylometry" / "stylometric",
    "biology" / "biological"), its noun in -ics, or its adjective in -an of a name in -a
    ("Saurischia" / "Saurischian", "Angola" / "Angolan"): two words, not a slip."""
    for a, b in ((word, other), (other, word)):
        stem = b[:-1] if b.endswith("y") else b[:-3] if b.endswith("ics") else None
        if stem and len(stem) >= 4 and a in (stem + "ic", stem + "ical"):
            return True
        if len(b) >= 4 and b.endswith("a") and a == b + "n":
            return True
    return False


def _built_on(word: str, other: str) -> bool:
    """The word is another with two letters or more added: a word built on it ("changeset"
    on "changes", "unsafeck" on "unsafe"), not a slip."""
    return len(word) - len(other) >= 2 and word.startswith(other)


def _short_slip(word: str, other: str) -> bool:
    """A word of three letters is a slip for another only with two letters swapped ("teh")
    or one left out ("wil"); a letter more or another letter makes a term: "aws", "xor"."""
    return sorted(word) == sorted(other) or len(other) > len(word)


def _short_slips(word: str, found: list) -> list:
    """The candidates (word, distance, frequency) a word of three letters is a slip for
    (`_short_slip`), and one typed with a key beside the right one where it is far more
    frequent than all of those: "wno" is "who" before "won"; "teh" is not "ten", and "tru"
    is "true" before "try"."""
    slips = [c for c in found if _short_slip(word, c[0])]
    most = max((f for _, d, f in slips if d == 1), default=0)
    keyed = [
        (c, d, f)
        for c, d, f in found
        if f > KEYED_FREQUENCY_RATIO * most
        and len(c) == len(word)
        and len(diffs := [(a, b) for a, b in zip(word, c) if a != b]) == 1
        and neighbour_key(*diffs[0])
    ]
    return sorted(keyed + slips, key=lambda c: (c[1], -c[2]))


def _slip_of_a_name(word: str, other: str, doc, kind: Spelling) -> bool:
    """A word known only as a derived form ("moday": mod + -ay; "saners"), in no list, is a
    slip for `other`, a known name that the text writes only as a name, in mid-sentence too
    ("on Moday" beside "Monday"; not "John Houser" beside "White House"). A word of the lists
    is a name of its own here ("Horan" beside "Horgan", "Walliams" beside "Williams")."""
    return (
        word not in kind.names
        and word not in kind.words
        and (kind.known(other) or other in kind.names)
        and not Dictionary.english().is_common(other)
        and used_as_name(other, doc)
        and _name_in_mid_sentence(other, doc)
    )


def _starts_a_name(doc, at: tuple[int, int] | None) -> bool:
    """A capitalised word follows the word at `at`: it is the first name of someone, perhaps
    of another person than a like name's ("Mirco Bergamasco" beside "Marco")."""
    return at is not None and name_follows(doc, at[1], ())


def _typing_slip(a: str, b: str) -> bool:
    """One edit that fingers make: adjacent letters swapped, or a letter typed twice or
    once too few ("Brrown" / "Brown", "Rusia" / "Russia")."""
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) - len(shorter) != 1:
        return False
    i = next((i for i in range(len(shorter)) if longer[i] != shorter[i]), len(shorter))
    if longer[:i] + longer[i + 1 :] != shorter:
        return False
    return (i > 0 and longer[i] == longer[i - 1]) or (
        i + 1 < len(longer) and longer[i] == longer[i + 1]
    )


def _same_letters(a: str, b: str) -> bool:
    """Scrambled letters: the two words' letters differ by at most one substitution."""
    extra = Counter(a) - Counter(b)
    missing = Counter(b) - Counter(a)
    return sum(extra.values()) <= 1 and sum(missing.values()) <= 1


def _compound_in_text(doc, token, part, suggestion: str) -> bool:
    """Whether the text writes the compound with `suggestion` in the part's place: the
    evidence a part of a name needs ("Rolls-Royse" beside "Rolls-Royce")."""
    whole = POSSESSIVE.sub("", token.text)
    meant = whole[: part.start()] + suggestion + whole[part.end() :]
    return next(whole_word_starts(doc.folded_text, meant.casefold()), None) is not None


def _side_matches(text: str, at: tuple[int, int]):
    """The words right before and after text[at] (group 1), a space or a joining mark
    between."""
    start, end = at
    before = WORD_BEFORE_GAP.search(text, max(0, start - 40), start)
    after = WORD_AFTER_GAP.match(text, end)
    return [m for m in (before, after) if m is not None]


def _beside_unknown(text: str, at: tuple[int, int], unknown: set[str]) -> bool:
    """Whether a word right before or after text[at] is unknown too: two unknown words side
    by side are a phrase in another language ("janma kundli") or a pair of terms ("Preyas &
    Sreyas"), seldom two slips."""
    lower = text[at[0]].islower()
    return any(
        len(word) > 1
        and word.casefold() in unknown
        and word[0].islower() == lower  # a slip beside an unknown name is still one
        for word in (m.group(1) for m in _side_matches(text, at))
    )


def _casefolded(files: list, read) -> WordTable:
    """The case-folded entries (the words, or the wrong forms of pairs) of the lists."""
    key = f"{read.__name__} " + " ".join(list_digest(file) for file in files)
    return cached_table("casefolded", key, lambda: {w.casefold() for f in files for w in read(f)})

"""The language of a document and of each of its blocks (issue 13: English rules on a
Spanish post made most of its typo findings).

Where the language comes from, first match wins:

- a declaration in the file: HTML `lang` (on <html> for the document, on inner elements for
  their text), front-matter `lang`/`language`, a dataset record's `lang`/`language`;
- for the document, the configured `language`;
- detection, on each line of a paragraph and on each paragraph: a block in another script
  (Cyrillic, Han, Arabic ...) is in that script's language; a block in Latin letters is in
  the language whose frequent function words and rare letters it has most of, when it has
  enough of them and clearly more than of any other language (`languages.json`);
- a block too short to judge is in its paragraph's language, a paragraph in the document's,
  and a document that cannot be judged is English.

Inner declarations win over detection (an author marked that text); the document's own
declaration is only its default (templates declare `lang="en"` on pages in any language).
Codes are compared by their primary subtag: "pt-BR" is "pt".
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from importlib import resources
from itertools import accumulate, chain, compress, repeat
from operator import mul
from typing import NamedTuple

from newslint.config.language_codes import primary
from newslint.document.segment import NON_ASCII, Span

FALLBACK = "en"
# A phrase of another language inside a line: this many of its function words at least,
# at most PHRASE_GAP other words apart.
PHRASE_MIN_WORDS = 2
PHRASE_GAP = 2
CODE_MARKS = frozenset("-/@_<>=`#&%\\|{}[]")
PHRASE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
PHRASE_SPLIT = re.compile(f"({PHRASE_WORD.pattern})")  # the words among the pieces
# Stands for a line break among the words of a `_cleaned` text, which has no full stops.
LINE_BREAK = "."
# Han ideographs are written in Chinese and Japanese: a block with kana is Japanese.
KANA = frozenset(("HIRAGANA", "KATAKANA"))


@lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("newslint.document").joinpath("languages.json").read_text("utf-8")
    data = json.loads(text)
    words: dict[str, list[str]] = {}
    for language, listed in data["stopwords"].items():
        for word in listed.split():
            words.setdefault(word, []).append(language)
    letters: dict[str, list[str]] = {}
    for language, listed in data["letters"].items():
        for letter in listed:
            letters.setdefault(letter, []).append(language)
    # A word or letter shared by several languages counts for each of them: what decides is
    # how much more one language scores than the language of the text around.
    # The forms a function word is written in: as listed, Capitalised, and in CAPITALS
    # from three letters on; a letter alone only as listed. Initials ("S Byrne", "O'Gara")
    # and abbreviations ("SA", "US") are not function words.
    data["stopword_forms"] = {
        form: word
        for word in words
        for form in {word, word.capitalize() if len(word) > 1 else word}
        | ({word.upper()} if len(word) > 2 else set())
    }
    data["word_languages"] = {w: tuple(ls) for w, ls in words.items()}
    data["form_languages"] = {
        f: data["word_languages"][w] for f, w in data["stopword_forms"].items()
    }
    data["phrase_words"] = {w: frozenset(ls) for w, ls in words.items() if len(w) > 1}
    data["phrase_order"] = {lang: rank for rank, lang in enumerate(data["stopwords"])}
    data["own_words"] = {lang: frozenset(ws.split()) for lang, ws in data["own_words"].items()}
    weight = data["letter_weight"]
    # What another language scores from function words the language around does not list
    # when it scores enough to be told (see `PlainLatin`); no bound when a ratio of 1 or
    # less lets a block change language on words both list.
    ratio = data["min_ratio"]
    data["switch_evidence"] = data["min_switch_score"] * (1 - 1 / ratio) if ratio > 1 else None
    data["letter_weights"] = {c: [(lang, weight) for lang in ls] for c, ls in letters.items()}
    data["script_of"] = {
        language: name
        for name, spec in data["scripts"].items()
        for language in [spec["default"], *spec.get("languages", ())]
    }
    return data


def script_of(language: str) -> str | None:
    """The script a language is written in, named as `letter_script` names it."""
    return _data()["script_of"].get(language)


@lru_cache(maxsize=8192)
def letter_script(char: str) -> str:
    """A letter's script as the first word of its Unicode name (LATIN, CYRILLIC, CJK,
    HIRAGANA ...); half- and full-width forms as their script."""
    if char.isascii():
        return "LATIN"
    try:
        words = unicodedata.name(char).split()
    except ValueError:
        return "UNKNOWN"
    if words[0] in ("HALFWIDTH", "FULLWIDTH") and len(words) > 1:
        return words[1]
    return words[0]


class Evidence:
    """What a stretch of text says about its language: letters per script, and scores per
    language from its function words and rare letters. Evidence adds up (lines to
    paragraphs, paragraphs to the document)."""

    __slots__ = ("scripts", "scores", "function_words")

    def __init__(self) -> None:
        self.scripts: dict[str, int] = {}
        self.scores: dict[str, float] = {}
        self.function_words: set[str] = set()  # as listed, lower case

    @classmethod
    def of(cls, text: str) -> Evidence:
        return cls.tallied(_cleaned(text))[0]

    @classmethod
    def tallied(cls, cleaned: str) -> tuple[Evidence, Counter]:
        """The evidence of a text as `_cleaned` gave it, and how often it has each form of a
        function word."""
        data = _data()
        found = cls()
        words = cleaned.split()
        forms = data["stopword_forms"]
        counts = _form_counts(words)
        scripts, scores = found.scripts, found.scores
        found.function_words.update(map(forms.__getitem__, counts))
        languages, letter_weights = data["form_languages"], data["letter_weights"]
        for form, count in counts.items():
            for language in languages[form]:  # each occurrence scores 1 for each
                scores[language] = scores.get(language, 0.0) + count
        latin = sum(map(len, words))
        others = () if cleaned.isascii() else Counter(NON_ASCII.findall(cleaned)).items()
        for char, count in others:
            latin -= count
            if not char.isalpha():
                continue
            name = letter_script(char)
            scripts[name] = scripts.get(name, 0) + count
            for language, weight in letter_weights.get(char.lower(), ()):
                scores[language] = scores.get(language, 0.0) + weight * count
        if latin > 0:
            scripts["LATIN"] = scripts.get("LATIN", 0) + latin
        return found, counts

    def add(self, other: Evidence) -> None:
        for name, count in other.scripts.items():
            self.scripts[name] = self.scripts.get(name, 0) + count
        for language, score in other.scores.items():
            self.scores[language] = self.scores.get(language, 0.0) + score
        self.function_words |= other.function_words

    def language(self, around: str | None = None) -> str | None:
        """The language the evidence shows, or None when it is too little to tell. In Latin
        letters, another language than the text around it (`around`; for a whole document,
        English) must score clearly more than that language does, and, inside text in
        another language, enough to be more than a title or a name: an English film title
        in a French article is not a block of English."""
        data = _data()
        if not self.scripts:
            return None
        grouped = dict(self.scripts)
        kana = sum(grouped.pop(name, 0) for name in KANA)
        if kana:
            grouped["CJK"] = grouped.get("CJK", 0) + kana
        script = max(grouped, key=grouped.__getitem__)
        letters = grouped[script]
        spec = data["scripts"].get(script)
        if spec is None:
            return None
        candidates = spec.get("languages", ())
        if script == "LATIN":
            return self._latin(candidates, around, data)
        if letters < data["min_script_letters"]:
            return None
        if script == "CJK" and kana >= data["kana_share"] * letters:
            return "ja"
        # In a script of several languages, a little evidence tells them apart.
        scores = self.scores
        best = max(candidates, key=lambda c: scores.get(c, 0.0), default=spec["default"])
        return best if scores.get(best, 0.0) > 0 else spec["default"]

    def may_hold_a_phrase_beside(self, language: str) -> bool:
        """Whether the text could hold a phrase of another language than `language`: it has
        a function word that only other languages list (`foreign_phrases`)."""
        return not self.function_words.isdisjoint(_beside(language).phrase_words)

    def _latin(self, candidates, around: str | None, data: dict) -> str | None:
        scores = self.scores  # a tie goes to the language listed first
        best = max(candidates, key=lambda c: scores.get(c, 0.0))
        score = scores.get(best, 0.0)
        if score < data["min_score"]:
            return None
        if around is None or best == around:
            return best
        if score < max(data["min_switch_score"], data["min_ratio"] * scores.get(around, 0.0)):
            return None
        return best


def _form_counts(words: list[str]) -> Counter:
    """How often the words have each form of a function word."""
    return Counter(filter(_data()["stopword_forms"].__contains__, words))


def _may_switch(ahead: Counter, own_score: float) -> bool:
    """Whether a block in Latin letters may be in another language than the one around it,
    A, when its function words give each other language `ahead` points more than A and give
    A `own_score` points: another language L switches it only when it scores at least
    `min_switch_score` and `min_ratio` times A's score, and L's score is at most A's plus
    L's points ahead, so those are at least `switch_evidence` and (`min_ratio` - 1) times
    A's score."""
    data = _data()
    least = max(data["switch_evidence"], (data["min_ratio"] - 1) * own_score)
    return any(points >= least for points in ahead.values())


def foreign_phrases(text: str, start: int, end: int, around: str) -> list[Run]:
    """The phrases of another language in text[start:end], which is in `around`: at least
    PHRASE_MIN_WORDS function words that another language lists and `around` does not, with
    at most PHRASE_GAP other words between each and the next and none of `around`'s
    function words, taken with the words they bind (one before, PHRASE_GAP after):
    "Centre des ressources sur la non-violence", "(Wet op de rechterlijke organisatie)".
    A function word alone is a phrase only between two lower-case words ("torsade de
    pointes"; not "Jews sans frontieres", "Guillermo del Toro")."""
    # A text with none of its words a phrase could start from (most lines with a capitalised
    # "De" or an "I've") needs no closer look.
    if _beside(around).phrase_words.isdisjoint(PHRASE_WORD.findall(text, start, end)):
        return []
    data = _data()
    listed, order = data["phrase_words"], data["phrase_order"]
    own = data["own_words"].get(around, ())
    # (start, end, the languages listing it as a function word, or None for another word):
    # only in lower case (a capitalised one is a title's or a name's: "Los Caballeros",
    # "Robert De Niro"), and never a word of `around` ("per", "die" in English).
    # Most words are listed by no language: all looked up at C speed, the costlier tests
    # only for the others. The words are placed as `segment.word_tokens` places them.
    pieces = PHRASE_SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts, ends, words = offsets[1:-1:2], offsets[2::2], pieces[1::2]
    listings = list(map(listed.get, words))
    for index in list(compress(range(len(words)), listings)):
        if words[index] in own or _in_code(text, starts[index], ends[index]):
            listings[index] = None
    tokens = list(zip(starts, ends, listings))
    found: list[Run] = []
    first = last = -1  # the phrase's first and last function word
    languages: set[str] = set()
    count = 0

    def close() -> None:
        if (
            count == 1
            and 0 < first < len(tokens) - 1
            and _between_words(text, tokens, first)
            and not any(
                around in _languages_of(text[tokens[side][0] : tokens[side][1]], data)
                for side in (first - 1, first + 1)
            )
        ):
            # one function word between two lower-case words: "torsade de pointes"
            language = min(languages, key=lambda lang: order.get(lang, len(order)))
            found.append(Run(tokens[first - 1][0], tokens[first + 1][1], language))
        if count < PHRASE_MIN_WORDS:
            return
        begin = first
        if first > 0 and _bound(text, tokens, first - 1, first):
            listing = tokens[first - 1][2]
            begin -= listing is None or around not in listing
        stop = last
        while stop + 1 < len(tokens) and stop - last < PHRASE_GAP:
            word_start, _, listing = tokens[stop + 1]
            if (
                not _bound(text, tokens, stop, stop + 1)
                or not text[word_start].islower()
                or (listing is not None and around in listing)
            ):
                break
            stop += 1
        # Only capitalised words beside the function words: a name ("Charles de la Fontaine",
        # "Rio de la Plata"), English around it.
        if any(
            listing is None and text[word_start].islower()
            for word_start, _, listing in tokens[first : stop + 1]
        ):
            language = min(languages, key=lambda lang: order.get(lang, len(order)))
            found.append(Run(tokens[begin][0], tokens[stop][1], language))

    # Only the function words need a look: the other words between two of them end a
    # phrase when there are more than PHRASE_GAP.
    for index in compress(range(len(tokens)), listings):
        listing = listings[index]
        if count and index - last > PHRASE_GAP + 1:
            close()
            count = 0
        if around in listing:
            close()
            count = 0
            continue
        if count and listing & languages and index - last <= PHRASE_GAP + 1:
            languages &= listing
            count, last = count + 1, index
        else:
            close()
            first = last = index
            languages, count = set(listing), 1
    close()
    return found


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the word is part of an address, a path, code or a compound ("sfgate.com",
    "row_len", "a2d4a0ca70", "m-ou-se")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (
        before in CODE_MARKS
        or after in CODE_MARKS
        or before.isdigit()
        or after.isdigit()
        or (before == "." and text[start - 2 : start - 1].isalnum())
        or (after == "." and text[end + 1 : end + 2].isalnum())
    )


def _languages_of(word: str, data: dict) -> set[str]:
    """The languages listing `word` as a function word (one letter ones too: "a")."""
    return set(data["word_languages"].get(word, ()))


def _between_words(text: str, tokens: list, index: int) -> bool:
    """Whether the function word at `index` stands between two lower-case words of no
    function, spaces only between them."""
    return all(
        tokens[side][2] is None and text[tokens[side][0]].islower()
        for side in (index - 1, index + 1)
    ) and all(
        text[tokens[a][1] : tokens[b][0]] == " "
        for a, b in ((index - 1, index), (index, index + 1))
    )


def _bound(text: str, tokens: list, left: int, right: int) -> bool:
    """Whether two neighbouring words stand in one phrase: only spaces or a hyphen between."""
    between = text[tokens[left][1] : tokens[right][0]]
    return between.strip(" -\u00a0") == "" and "\n" not in between


def _cleaned(text: str) -> str:
    """The text with punctuation and digits as spaces (see `_separators`): splitting it at
    spaces then is several times faster than a regular expression, and the odd symbol left
    on a word costs nothing."""
    if text.isascii():  # bytes translate at C speed, a table lookup per character
        return text.encode("ascii").translate(_ascii_separators()).decode("ascii")
    # `str.translate` looks every character of other text up in a dict; a character class
    # finds the few separators at C speed.
    return _separator_class().sub(" ", text)


@lru_cache(maxsize=1)
def _separators() -> dict[int, str]:
    """A `str.translate` table turning ASCII punctuation (but the hyphen: "co-lead" is
    not the Czech "co"), digits and the common typographic marks into spaces."""
    marks = (
        string.punctuation.replace("-", "")
        + string.digits
        + "«»“”‘’„‚‹›—–…·•¿¡\u00a0\u3000、。，．・「」『』（）"
    )
    return {ord(c): " " for c in marks}


@lru_cache(maxsize=1)
def _separator_class() -> re.Pattern:
    """`_separators` as a character class."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in _separators()) + "]")


@lru_cache(maxsize=1)
def _ascii_separators() -> bytes:
    """`_separators` for ASCII text, as a `bytes.translate` table."""
    table = _separators()
    return bytes(ord(table.get(code, chr(code))) for code in range(128)) + bytes(range(128, 256))


class Run(NamedTuple):
    start: int
    end: int
    language: str


class LanguageMap:
    """The language of every offset of a text: runs in text order that cover it."""

    def __init__(self, document: str, runs: list[Run]):
        self.document = document
        self.runs = runs
        self._starts = [run.start for run in runs]
        self.present = frozenset(run.language for run in runs)

    def at(self, offset: int) -> str:
        index = bisect_right(self._starts, offset) - 1
        return self.runs[index].language if index >= 0 else self.document

    def within(self, start: int, end: int) -> set[str]:
        """The languages of the text in [start, end) (at `start` for an empty span)."""
        first = max(0, bisect_right(self._starts, start) - 1)
        last = bisect_right(self._starts, max(start, end - 1))
        found = {run.language for run in self.runs[first:last]}
        return found or {self.document}


def language_map(
    text: str,
    paragraphs: list[Span],
    lines: list[Span],
    declared: str | None = None,
    declared_spans: tuple = (),
    default: str | None = None,
) -> LanguageMap:
    """The languages of a text whose paragraphs and lines are given. `declared`: the
    document's declared language; `declared_spans`: (start, end, language) of text an
    inner element declares; `default`: the configured language."""
    spans = [(s, e, lang) for s, e, raw in declared_spans if (lang := primary(raw)) and e > s]
    plain = PlainLatin.of(text, paragraphs)
    if plain is None:
        blocks = _blocks(text, paragraphs, lines)
        whole = Evidence()
        for parts in blocks:
            for _, evidence in parts:
                whole.add(evidence)
    document = (
        primary(declared)
        or _declared_majority(spans, len(text))
        or primary(default)
        or (
            plain.document_language(FALLBACK)
            if plain is not None
            else whole.language(around=FALLBACK) or FALLBACK
        )
    )
    phrases: list[Run] = []
    if plain is not None:
        # The other paragraphs and their lines are in `document`: the gaps between runs are.
        judged, phrase_parts = plain.to_judge(document, lines)
        blocks = _blocks(text, judged, lines)
        for part in phrase_parts:
            phrases.extend(foreign_phrases(text, part.start, part.end, document))
    runs: list[Run] = []
    for parts in blocks:
        if len(parts) == 1:
            paragraph_evidence = parts[0][1]
        else:
            paragraph_evidence = Evidence()
            for _, evidence in parts:
                paragraph_evidence.add(evidence)
        own = paragraph_evidence.language(document) or document
        for part, evidence in parts:
            language = (evidence.language(own) or own) if len(parts) > 1 else own
            runs.append(Run(part.start, part.end, language))
            if evidence.may_hold_a_phrase_beside(language):
                phrases.extend(foreign_phrases(text, part.start, part.end, language))
    runs = _filled(runs, len(text), document)
    for phrase in phrases:
        runs = _painted(runs, *phrase)
    for start, end, language in sorted(spans, key=lambda s: s[0] - s[1]):  # outer first
        runs = _painted(runs, start, end, language)
    return LanguageMap(document, _merged(runs))


def _blocks(text: str, paragraphs: list[Span], lines: list[Span]) -> list[list]:
    """Each paragraph's parts on its lines, with their evidence."""
    line_starts = [line.start for line in lines]
    blocks: list[list[tuple[Span, Evidence]]] = []
    for paragraph in paragraphs:
        parts = []
        first = max(0, bisect_right(line_starts, paragraph.start) - 1)
        for line in lines[first:]:
            if line.start >= paragraph.end:
                break
            part = Span(max(line.start, paragraph.start), min(line.end, paragraph.end))
            if part.end > part.start:
                parts.append((part, Evidence.of(text[part.start : part.end])))
        blocks.append(parts)
    return blocks


class PlainLatin:
    """The paragraphs of a text in Latin letters, none of them one that `languages.json`
    lists for some languages (most English text): their function words alone tell their
    language, so a paragraph with too few of another language's is in the language around
    it, and only the others need judging line by line.

    The bound: in another language L than the one around it, A, a block scores at least
    `min_switch_score`, and `min_ratio` times A's score. What L scores beyond A's score
    comes from the points its function words give L and not A (`Beside.more`): those make
    at least 1 - 1/`min_ratio` of L's score (`switch_evidence`). Only those function words
    (and the ones a phrase may start from) are counted: most words of a text are its own
    language's, whose score matters only when another language is that far ahead."""

    def __init__(self, text: str, paragraphs: list[Span], cleaned: str):
        self.text = text
        self.paragraphs = paragraphs
        self.cleaned = cleaned  # the paragraphs `_cleaned`, one "\n" between each two
        # its words, with a LINE_BREAK where a line ends (paragraphs end lines too)
        self.words = cleaned.replace("\n", f" {LINE_BREAK} ").split()
        self._seen: dict[str, tuple[list[str], Counter, Counter]] = {}

    @cached_property
    def evidence(self) -> Evidence:
        """The sum of their lines' evidence."""
        return Evidence.tallied(self.cleaned)[0]

    def document_language(self, fallback: str) -> str:
        """`self.evidence.language(around=fallback) or fallback`: without tallying the
        evidence when no other language is far enough ahead of `fallback` to be told."""
        if _text_may_switch(self.seen(fallback)[2], self.cleaned, _beside(fallback)):
            return self.evidence.language(around=fallback) or fallback
        return fallback

    def seen(self, around: str) -> tuple[list[str], Counter, Counter]:
        """The words `Beside.looked_for` beside `around` in text order, LINE_BREAK among
        them; how often each function word's form among them occurs; and the points each
        other language scores more than `around` from them."""
        if around not in self._seen:
            beside = _beside(around)
            marks = list(filter(beside.looked_for.__contains__, self.words))
            counts = Counter(marks)
            del counts[LINE_BREAK]
            present = beside.more.keys() & counts.keys()
            more = map(beside.more.__getitem__, present)
            ahead = Counter(chain.from_iterable(map(mul, more, map(counts.__getitem__, present))))
            self._seen[around] = marks, counts, ahead
        return self._seen[around]

    @classmethod
    def of(cls, text: str, paragraphs: list[Span]) -> PlainLatin | None:
        """None when the text is no such text, or its paragraphs overlap or are out of
        order (the runs of their lines would not follow one another)."""
        if _data()["switch_evidence"] is None or any(
            before.end > after.start for before, after in zip(paragraphs, paragraphs[1:])
        ):
            return None
        cleaned = _cleaned("\n".join(text[p.start : p.end] for p in paragraphs))
        if not (cleaned.isascii() or _unmarked_latin(cleaned)):
            return None
        return cls(text, paragraphs, cleaned)

    def to_judge(self, around: str, lines: list[Span]) -> tuple[list[Span], list[Span]]:
        """The paragraphs that may be in another language than `around`, the language around
        them; and the parts on lines of the others that have a function word a phrase of
        another language may start from (`may_hold_a_phrase_beside`), in text order."""
        beside = _beside(around)
        marks, counts, ahead = self.seen(around)
        present = beside.more.keys() & counts.keys()
        least = _data()["switch_evidence"]
        telling = {language for language, points in ahead.items() if points >= least}
        phrase_forms = beside.phrase_forms.intersection(counts)  # looks up the fewer
        suspect = phrase_forms.union(f for f in present if telling.intersection(beside.more[f]))
        if not suspect:
            return [], []
        # Each suspect word with the index of its line among the paragraphs' lines: how many
        # line breaks come before it.
        line_indexes = accumulate(map(LINE_BREAK.__eq__, marks), initial=0)
        found = compress(zip(line_indexes, marks), map(suspect.__contains__, marks))
        first_lines = list(
            accumulate(
                (self.text.count("\n", p.start, p.end) + 1 for p in self.paragraphs), initial=0
            )
        )
        points: dict[int, list[str]] = {}  # by paragraph: a language for each point
        phrase_lines: dict[int, list[int]] = {}  # by paragraph: the lines of its phrase words
        for line_index, form in found:
            index = bisect_right(first_lines, line_index) - 1
            if form in beside.more:
                points.setdefault(index, []).extend(beside.more[form])
            if form in phrase_forms:
                phrase_lines.setdefault(index, []).append(line_index - first_lines[index])
        judged = {
            index
            for index, scored in points.items()
            if any(scored.count(language) >= least for language in telling)
            and self._paragraph_may_switch(index, Counter(scored), beside)
        }
        line_starts = [line.start for line in lines]
        parts: list[Span] = []
        for index, offsets in phrase_lines.items():
            if index in judged:
                continue
            paragraph = self.paragraphs[index]
            first = bisect_right(line_starts, paragraph.start) - 1
            for offset in offsets:
                line = lines[first + offset]
                part = Span(max(line.start, paragraph.start), min(line.end, paragraph.end))
                if not parts or parts[-1] != part:
                    parts.append(part)
        return [self.paragraphs[index] for index in sorted(judged)], parts

    def _paragraph_may_switch(self, index: int, ahead: Counter, beside: Beside) -> bool:
        """Whether paragraph `index`, whose function words put other languages `ahead`, may
        be in another language than the one `beside` is about, or hold a line that is.
        Judged by the paragraph's own function words when it is one line; a paragraph of
        several lines is judged line by line."""
        paragraph = self.paragraphs[index]
        text = self.text[paragraph.start : paragraph.end]
        return "\n" in text or _text_may_switch(ahead, _cleaned(text), beside)


def _text_may_switch(ahead: Counter, cleaned: str, beside: Beside) -> bool:
    """`_may_switch` for a `_cleaned` text whose function words put other languages `ahead`
    of the language `beside` is about. That language's words are counted only when another
    is further ahead than a lower bound of their score allows: how often the first word it
    lists (its most frequent) stands between two spaces."""
    bound = cleaned.count(f" {beside.frequent} ") * beside.own.get(beside.frequent, 0)
    # The score is at least the bound, and the test only harder to pass with a higher one.
    return _may_switch(ahead, bound) and _may_switch(
        ahead, _score(_form_counts(cleaned.split()), beside)
    )


def _score(counts: Counter, beside: Beside) -> int:
    """The points function words counted in `counts` give the language `beside` is about."""
    return sum(map(mul, map(beside.own.get, counts, repeat(0)), counts.values()))


class Beside(NamedTuple):
    """What the function words say beside text in one language."""

    # each form of a function word that scores more for other languages than for this one:
    # those languages, once for each point more
    more: dict[str, tuple[str, ...]]
    # the function words only other languages list, as `foreign_phrases` starts from, and
    # their forms
    phrase_words: frozenset[str]
    phrase_forms: frozenset[str]
    # each form of a function word this language lists: how many times it lists the word
    own: dict[str, int]
    # the forms `PlainLatin` counts (those of `more` and `phrase_forms`), and LINE_BREAK
    looked_for: frozenset[str]
    # the first word this language lists, its most frequent ("" when it lists none)
    frequent: str


@lru_cache(maxsize=64)
def _beside(around: str) -> Beside:
    data = _data()
    own = data["own_words"].get(around, ())
    phrase_words = frozenset(
        word
        for word, languages in data["phrase_words"].items()
        if around not in languages and word not in own
    )
    # Worked out once per word, not for each of its forms: a start builds this table.
    ahead_of, times = {}, {}
    for word, languages in data["word_languages"].items():
        mine = languages.count(around)
        if mine:
            times[word] = mine
        if len(set(languages)) == len(languages):  # each language lists it once: most words
            ahead = () if mine else languages
        else:
            times = Counter(languages)
            ahead = tuple(
                chain.from_iterable(
                    [other] * (n - mine) for other, n in times.items() if other != around
                )
            )
        if ahead:
            ahead_of[word] = ahead
    forms = data["stopword_forms"]
    more = {form: ahead_of[word] for form, word in forms.items() if word in ahead_of}
    phrase_forms = frozenset(form for form, word in forms.items() if word in phrase_words)
    own_forms = {form: times[word] for form, word in forms.items() if word in times}
    looked_for = phrase_forms.union(more, [LINE_BREAK])
    frequent = next(iter(data["stopwords"].get(around, "").split()), "")
    return Beside(more, phrase_words, phrase_forms, own_forms, looked_for, frequent)


def _unmarked_latin(cleaned: str) -> bool:
    """Whether every letter of a `_cleaned` text is Latin and listed for no language, and
    every space an ASCII one (so that no line's count of Latin letters comes out below
    zero, and the text's is its lines' sum)."""
    weighted = _data()["letter_weights"]
    return not any(
        char.isspace()
        or (char.isalpha() and (letter_script(char) != "LATIN" or char.lower() in weighted))
        for char in set(NON_ASCII.findall(cleaned))
    )


def _declared_majority(spans: list[tuple[int, int, str]], length: int) -> str | None:
    """The language declared for most of the text by inner elements (an <article lang>)."""
    covered: Counter = Counter()
    for start, end, language in spans:
        covered[language] += end - start
    if covered:
        language, chars = covered.most_common(1)[0]
        if chars > length / 2:
            return language
    return None


def _filled(runs: list[Run], length: int, language: str) -> list[Run]:
    """The runs with the gaps between them (and around them) in `language`."""
    out, cursor = [], 0
    for run in runs:
        if run.start > cursor:
            out.append(Run(cursor, run.start, language))
        out.append(run)
        cursor = run.end
    if cursor < length or not out:
        out.append(Run(cursor, max(cursor, length), language))
    return out


def _painted(runs: list[Run], start: int, end: int, language: str) -> list[Run]:
    """The runs with [start, end) in `language`."""
    out = []
    for run in runs:
        if run.end <= start or run.start >= end:
            out.append(run)
            continue
        if run.start < start:
            out.append(run._replace(end=start))
        out.append(Run(max(run.start, start), min(run.end, end), language))
        if run.end > end:
            out.append(run._replace(start=end))
    return out


def _merged(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if out and out[-1].language == run.language and out[-1].end == run.start:
            out[-1] = out[-1]._replace(end=run.end)
        else:
            out.append(run)
    return out

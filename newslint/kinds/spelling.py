"""spelling: unknown words reported only with evidence that they are typos.

A word is checked when it is not in the frequency dictionary (British spellings, common
prefixes and suffixes included), not in `word_files`, and, when capitalised, not in
`name_files` (places, first names, organisations). It is reported when

- a close form occurs in the same document ("Kazkahstan" where "Kazakhstan" is used 7 times;
  "Siusice" where "suicide" is used), or
- it is not name-like and a much more frequent dictionary word is one or two edits away.

Name-like words (capitalised mid-sentence, ALL CAPS, CamelCase) get only the first kind of
evidence: most unknown names are correct names. Words with digits or in other scripts are not
checked.
"""

from __future__ import annotations

from collections import Counter

import regex

from newslint.kinds.base import Field, Kind, match_case
from newslint.spelling.dictionary import Dictionary
from newslint.spelling.distance import osa_distance
from newslint.spelling.names import same_name
from newslint.spelling.shape import word_shape
from newslint.segment import Span
from newslint.wordlists import read_pairs, read_words

LATIN_WORD = regex.compile(r"[\p{Latin}]+")
PART = regex.compile(r"[\p{Latin}]+")  # a token's parts between hyphens and apostrophes


class Spelling(Kind):
    name = "spelling"
    fields = {
        "name_files": Field("file-list", []),
        "word_files": Field("file-list", []),
        "min_length": Field("int", 4),
        "min_frequency": Field("int", 1000),
        "min_frequency_capitalised": Field("int", 20000),
        "min_frequency_far": Field("int", 50000),
        "max_suggestions": Field("int", 3),
        "skip_files": Field("file-list", []),
        # A capitalised first word followed by one of these is the subject: likely a name
        # ("Horan said ...", "Kenteris has ...").
        "subject_verbs": Field("str-list", ["said", "says", "told", "added", "has", "had", "is",
                                            "was", "will", "would", "could", "can", "did", "does",
                                            "and", "who", "also", "admitted", "insisted",
                                            "claimed", "denied", "won", "scored", "wrote"]),
    }
    placeholders = {"evidence": "evidence"}

    def __init__(self, options):
        self.options = options
        self.names = frozenset(w.casefold() for f in options["name_files"] for w in read_words(f))
        self.words = frozenset(w.casefold() for f in options["word_files"] for w in read_words(f))
        # Words another rule owns (known misspellings): reported there, with a better message.
        self.skipped = frozenset(w.casefold() for f in options["skip_files"] for w in read_pairs(f))
        self.min_length = options["min_length"]
        self.subject_verbs = frozenset(options["subject_verbs"])

    def known(self, word: str) -> bool:
        return word in self.words or Dictionary.english().knows(word)

    def check(self, rule, doc, units):
        # Set differences first (in C): most words of a document are in the dictionary.
        rare = doc.word_set(folded=True).difference(
            Dictionary.english().frequencies).difference(self.words).difference(self.skipped)
        unknown = {w for w in rare
                   if len(w) >= self.min_length and LATIN_WORD.fullmatch(w) and not self.known(w)}
        if not unknown:
            return
        text = doc.text
        for token in _tokens_with(doc, unknown, units):
            if any(c.isdigit() for c in token.text) or "." in token.text:
                continue
            parts = _parts(token)
            if len(parts) > 1 and self.known("".join(p.group() for p in parts).casefold()):
                continue  # "co-ordinating", "pre-empt"
            for part in parts:
                word = part.group()
                folded = word.casefold()
                if folded not in unknown:
                    continue
                if word[:1].isupper() and folded in self.names:
                    continue
                shape = word_shape(word, token.start + part.start(), doc)
                if shape == "lower" and len(parts) > 1:
                    shape = "part"
                elif shape == "initial" and self._before_verb(doc, token):
                    shape = "name"
                found = self.evidence(folded, doc, shape)
                if found is None:
                    continue
                suggestions, evidence = found
                suggestions = [match_case(word, s) for s in suggestions]
                start = token.start + part.start()
                yield rule.finding(start, start + len(word), text, suggestions,
                                   suggestions[0], evidence=evidence)

    def _before_verb(self, doc, token) -> bool:
        following = doc.tokens_in(Span(token.end, min(len(doc.text), token.end + 30)))[:1]
        return bool(following) and following[0].text.casefold() in self.subject_verbs \
            and doc.text[token.end:following[0].start] == " "

    def evidence(self, word: str, doc, shape: str):
        """(suggestions, why) when `word` is probably a typo, else None. `shape` is "acronym",
        "name" (capitalised mid-sentence, CamelCase), "initial" (capitalised first word of a
        sentence: maybe a name), "part" (of a hyphenated word) or "lower"."""
        if shape == "acronym":
            return None
        close = _document_evidence(word, doc, self, shape)
        if close:
            best, count = close
            form = doc.word_forms.get(best, best)
            times = {1: "once", 2: "twice"}.get(count, f"{count} times")
            return [form], f"'{form}' is used {times} in this text"
        if shape == "name" or doc.word_counts.get(word, 0) > 1:
            return None  # an unknown name, or a word used the same way twice: deliberate
        # One edit from a frequent word; two only for long words and very frequent ones.
        # Capitalised first words and parts of hyphenated words are often names or loans.
        cautious = shape in ("initial", "part")
        min_frequency = self.options["min_frequency_capitalised" if cautious else "min_frequency"]
        candidates = [(c, d, f) for c, d, f in Dictionary.english().candidates(word, 2)
                      if (d == 1 and f >= min_frequency)
                      or (d == 2 and not cautious and len(word) >= 8
                          and f >= self.options["min_frequency_far"])]
        if not candidates:
            return None
        best = [c for c, _, _ in candidates[:self.options["max_suggestions"]]]
        return best, "not in the dictionary"


def _tokens_with(doc, words: set[str], units):
    """The tokens in which any of the (case-folded) words occurs, in order, found with
    str.find in the case-folded text rather than by a look at every token."""
    folded = doc.folded_text
    starts = set()
    for word in words:
        index = folded.find(word)
        while index != -1:
            end = index + len(word)
            if not (index and folded[index - 1].isalnum()) and not (
                    end < len(folded) and folded[end].isalnum()):
                starts.add(index)
            index = folded.find(word, end)
    seen = set()
    for start in sorted(starts):
        token = doc.token_at(start)
        if token is not None and token.start not in seen and any(
                unit.start <= token.start < unit.end for unit in units):
            seen.add(token.start)
            yield token


def _parts(token):
    """The alphabetic parts of a token: "al-Khalifat" -> al, Khalifat; a possessive's
    "'s" is not a part. Contractions ("isn't") are skipped whole."""
    text = token.text
    if ("'" in text or "’" in text) and not regex.search(r"['’]s?$", text):
        return []
    return [m for m in PART.finditer(text) if not (m.group() == "s" and m.start() > 0
                                                    and text[m.start() - 1] in "'’")]


def _document_evidence(word: str, doc, kind: Spelling, shape: str):
    """A more established form of the word in the same document: (form, count) or None.
    Two capitalised forms are compared as names: both must be long, since short names one
    letter apart are usually different people ("Horan", "Horgan"); and a name mid-sentence
    is never a typo of a common word ("Benn", "been")."""
    counts = doc.word_counts
    own = counts.get(word, 0)
    capitalised = shape in ("name", "initial")
    best = None
    for other, count in doc.words_by_initial.get(word[:1], ()):
        if other == word or abs(len(other) - len(word)) > 2:
            continue
        if other.startswith(word) or word.startswith(other):
            continue  # inflections and gendered forms: "Ivanov" / "Ivanova"
        known = kind.known(other)
        if count < own or (count == own and not known) or not (
                count >= 2 or known or other in kind.names):
            continue
        other_capitalised = doc.word_forms.get(other, other)[:1].isupper()
        if shape == "name" and not other_capitalised:
            continue
        as_name = capitalised and other_capitalised
        if as_name and len(word) < 7:
            continue
        distance = osa_distance(word, other, 3)
        allowed = 1 if len(word) < (9 if as_name else 7) else 2
        if distance > allowed and not (distance == 3 and not as_name and len(word) >= 6
                                       and known and _same_letters(word, other)):
            continue
        if word in kind.names and other in kind.names:
            continue  # two real names: "Joan" / "Jon"
        if same_name(word, other):
            continue  # a transliteration variant: the entity rules report those
        if best is None or (distance, -count) < best[0]:
            best = ((distance, -count), other, count)
    return (best[1], best[2]) if best else None


def _same_letters(a: str, b: str) -> bool:
    """Scrambled letters: the two words' letters differ by at most one substitution."""
    extra = Counter(a) - Counter(b)
    missing = Counter(b) - Counter(a)
    return sum(extra.values()) <= 1 and sum(missing.values()) <= 1

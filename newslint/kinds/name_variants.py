"""name-variants: one name spelt two ways in one document ("Jund al-Khalifat" ... "Djund
Al-Khalifat"), found without any configured list.

Capitalised name spans are normalised (case, diacritics, particles, hyphens, transliteration
equivalences, doubled letters; see newslint.spelling.names); spans that normalise alike but
are written differently (beyond capitalisation) are variants. The form used most often (the
first, on a tie) is taken as the article's; every other form is reported with it as suggestion.
A surname-only mention, a translation or a nickname normalises differently and is not merged.
"""

from __future__ import annotations

from collections import defaultdict

from newslint.kinds.base import Field, Kind
from newslint.spelling.dictionary import Dictionary
from newslint.spelling.names import name_key, name_spans


class NameVariants(Kind):
    name = "name-variants"
    fields = {
        "common_frequency": Field("int", 10000),
        "min_letters": Field("int", 4),
        # A one-word form this frequent in English is a word, not a spelling of a name.
        "word_frequency": Field("int", 1000),
    }
    placeholders = {"where": "1:1", "count": 1}

    def __init__(self, options):
        self.common_frequency = options["common_frequency"]
        self.min_letters = options["min_letters"]
        self.word_frequency = options["word_frequency"]

    def _common(self, word: str) -> bool:
        """A capitalised first word of a sentence that is a common word ("The", "Leader")."""
        return Dictionary.english().frequency(word.casefold()) >= self.common_frequency

    def check(self, rule, doc, units):
        groups = defaultdict(list)
        for span in name_spans(doc, self._common):
            key = name_key(span.text)
            if sum(map(len, key)) >= self.min_letters and any(
                    unit.start <= span.start and span.end <= unit.end for unit in units):
                groups[key].append(span)
        for spans in groups.values():
            forms: dict[str, list] = defaultdict(list)
            for span in spans:
                forms[span.text.casefold()].append(span)
            if len(forms) < 2 or (len(spans[0].text.split()) == 1 and any(
                    Dictionary.english().frequency(form) >= self.word_frequency for form in forms)):
                continue  # "Bank" / "Banc", "Scot" / "Scott": words, not one name misspelt
            # Most used form first; on a tie, the one used first.
            ranked = sorted(forms.values(), key=lambda group: (-len(group), group[0].start))
            house = ranked[0]
            preferred = house[0].text
            where = _where(doc, house)
            for group in ranked[1:]:
                for span in group:
                    yield rule.finding(span.start, span.end, doc.text, [preferred], preferred,
                                       where=where, count=len(house))


def _where(doc, spans) -> str:
    places = [f"{line}:{column}" for line, column in (doc.position(s.start) for s in spans)]
    return places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]

"""name-variants: one name spelt two ways in one document ("Jund al-Khalifat" ... "Djund
Al-Khalifat"), found without any configured list.

Capitalised name spans are normalised (case, diacritics, particles, hyphens, transliteration
equivalences, doubled letters; see newslint.kinds.spelling.names); spans that normalise alike but
are written differently (beyond capitalisation) are variants. The form used most often (the
first, on a tie) is taken as the article's; every other form is reported with it as suggestion.
A surname-only mention, a translation or a nickname normalises differently and is not merged.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict

from newslint.kinds.base import Field, Kind
from newslint.kinds.spelling.dictionary import Dictionary
from newslint.kinds.spelling.names import NameSpan, name_key, name_spans

MIN_LETTERS = 4  # a shorter name ("Li", "Ng") normalises too easily into another


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
    }
    placeholders = {"where": "1:1", "count": 1}

    def __init__(self, options):
        self.common_frequency = options["common_frequency"]

    def _common(self, word: str) -> bool:
        """A capitalised first word of a sentence that is a common word ("The", "Leader")."""
        return Dictionary.english().frequency(word.casefold()) >= self.common_frequency

    def check(self, rule, doc, units):
        spans = [
            span
            for span in name_spans(doc, self._common)
            if any(unit.start <= span.start and span.end <= unit.end for unit in units)
        ]
        reported: list[NameSpan] = []
        # Whole names first ("Djund Al-Khalifat" for "Jund al-Khalifat"), then single words
        # wherever they occur ("Hennman" for the "Henman" of "Tim Henman"). A name written
        # two ways is settled as a whole: its words are not compared one by one. Nor are the
        # words of a name written the same way twice or more: that is the article's form,
        # and a word-by-word fix there would undo the whole-name fix, pass after pass.
        names = _group(span for span in spans if _is_long(span))
        settled = {span for forms in names.values() for uses in forms.values() for span in uses}
        words = (word for span in spans if span not in settled for word in _words(span))
        uses = Counter(span.text.casefold() for span in spans if _is_long(span))
        for group, whole in ((names, True), (_group(words), False)):
            for forms in group.values():
                for span, preferred, house in self._variants(forms):
                    if any(r.start < span.end and span.start < r.end for r in reported):
                        continue
                    name = None if whole else _long_name_around(span, spans)
                    if name is not None and uses[name.text.casefold()] > 1:
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

    def _variants(self, forms: dict[str, list[NameSpan]]):
        """(span, preferred form, its uses) for each use of a minority form of one name."""
        if len(forms) < 2:
            return
        if all(" " not in form for form in forms) and any(
            Dictionary.english().is_common(form) for form in forms
        ):
            return  # "Bank" / "Banc", "Friday" / "Fridday": words; the typo rules see to them
        ranked = sorted(forms.values(), key=lambda uses: (-len(uses), uses[0].start))
        if len(ranked[0]) == len(ranked[1]):
            return  # a tie: nothing says which spelling is the intended one
        for uses in ranked[1:]:
            for span in uses:
                yield span, ranked[0][0], ranked[0]


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
            forms[key].add(text.casefold())
    varied = {key for key, spellings in forms.items() if len(spellings) > 1}
    groups: dict[tuple, dict[str, list[NameSpan]]] = defaultdict(lambda: defaultdict(list))
    if varied:
        for span in spans:
            key = keys.get(span.text, ())  # () is no name's key
            if key in varied:
                groups[key][span.text.casefold()].append(span)
    return groups


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

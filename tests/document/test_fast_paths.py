"""The document's fast paths give what the plain computations give: `re` where it agrees with
`regex`, the language bound that skips lines, str methods for trimming and word splitting.

Sample sentences are invented for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest
import regex

from newslint.document import language, segment
from newslint.document.language import Evidence, PlainLatin, language_map
from newslint.document.model import Document, fold_keeping_length
from newslint.document.segment import Span

# A combining accent (a word character to `regex`, not to `re`), a Kelvin sign (folds to
# ASCII "k"), a sharp s (folds to two letters), a superscript two (a digit to neither, a word
# character to `re` only), an ideographic space and the separators `re` and `regex` split.
AWKWARD = [
    "The cafe\u0301 opened. Its owner, Mr. Lee, said so.",
    "A 5 \u212a sample. STRAßE and Straße are one word. x\u00b2 grew.",
    "One\u3000two. Three\x1cfour. Five",
    "Plain ASCII text. It has two sentences.",
    "",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_word_units_and_tokens_are_what_regex_finds(text):
    assert segment.word_units(text) == segment.WORD_UNIT.findall(text)
    expected = [(m.start(), m.end(), m.group()) for m in segment.WORD.finditer(text)]
    assert [tuple(token) for token in segment.word_tokens(text)] == expected
    assert segment.word_split(text)[1::2] == segment.WORD.findall(text)
    assert segment.word_texts(text) == segment.WORD.findall(text)


@pytest.mark.parametrize(
    "text",
    [*AWKWARD, "al-Khalifat's ’tis 7‐8 U.S. 3.5 1,200 Tengrinews.kz _a_b_ co-op'd x.-y"],
)
def test_word_units_from_the_words_are_the_units_of_the_text(text):
    units = segment.word_units(text, segment.word_texts(text))
    assert units == segment.word_units(text) == segment.WORD_UNIT.findall(text)


# Words as `segment.WORD` finds them, written plainly (it is written to scan faster).
PLAIN_WORD = r"\w+(?:(?:['’\-‐]|\.(?=\w)|(?<=\d),(?=\d))\w+)*"


@pytest.mark.parametrize(
    "text",
    [
        *AWKWARD,
        "U.S. e.g., 3.5. 1,200,000 a,b 2,x x,2 al-Khalifat -x- it's ’tis a'' b.. c'.d 7‐8 _a_",
        "the bomber's Tengrinews.kz site,, at 10.30am; 1.,2 x.-y end.",
    ],
)
def test_words_are_what_the_plain_pattern_finds(text):
    expected = [(m.start(), m.end()) for m in regex.finditer(PLAIN_WORD, text)]
    assert [(m.start(), m.end()) for m in segment.WORD.finditer(text)] == expected
    assert segment.word_split(text) == regex.split(f"({PLAIN_WORD})", text)


def test_re_is_used_only_where_it_agrees_with_regex():
    assert segment.re_agrees("Plain text, and curly ’quotes’ — and £5.")
    assert not segment.re_agrees("cafe\u0301")  # \w: `regex` takes the accent, `re` not
    assert not segment.re_agrees("x\u00b2")


# Boundaries a full stop's word and the capital after it decide, and ones they do not.
PLAIN_ENDS = [
    'He said so. "It was. ‘Twice. He left.\nThen Gov. Mapp and Mr. Lee came. The end.',
    "Fees rose. Jan. Smith paid 12. Then etc. Shops in the U.S. The x\u2009word. Next",
    '12. Item. (a. B. A. B. it. "We. “Ok. “‘Two.',
]


@pytest.mark.parametrize("text", AWKWARD + PLAIN_ENDS)
def test_sentences_are_what_regex_finds(text):
    blocks = [Span(0, len(text))] if text else []
    fast = segment.sentence_spans(text, blocks)
    slow = _sentence_spans_with_regex(text, blocks)
    assert fast == slow


def _sentence_spans_with_regex(text, blocks):
    spans = []
    for block in blocks:
        start = block.start
        for match in segment.BOUNDARY.finditer(text, block.start, block.end):
            following = segment.NEXT_WORD.match(text, match.end("gap"))
            if segment._ends_sentence(text, start, match, following):
                spans.append(_trimmed(text, start, match.start("gap")))
                start = match.end("gap")
        if start < block.end:
            spans.append(_trimmed(text, start, block.end))
    return [s for s in spans if s.end > s.start]


def _trimmed(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


@pytest.mark.parametrize(
    "text, start, end",
    [(" \u3000a b\n", 0, 6), ("   ", 0, 3), ("ab", 0, 2), ("ab", 2, 1), ("a\x1c", 0, 2)],
)
def test_trim_strips_what_isspace_calls_space(text, start, end):
    assert segment.trim(text, start, end) == _trimmed(text, start, end)


@pytest.mark.parametrize("text", ["U.S. plans. More", "said (e.g. here", "x\u2009y. Z", " . A"])
def test_the_word_before_a_full_stop_runs_back_to_a_space(text):
    end = text.index(". ")
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    expected = text[start:end].lstrip(segment.OPENING) or None
    assert segment._word_before(text, 0, end) == expected


@pytest.mark.parametrize("text", AWKWARD)
def test_word_counts_are_the_folded_texts_words(text):
    doc = Document(text)
    expected = Counter(segment.WORD_UNIT.findall(fold_keeping_length(text)))
    assert list(doc.word_counts.items()) == list(expected.items())


def test_separators_in_other_text_are_what_translate_gives():
    text = "«Él dijo» — ¿qué? 3,5 km… ‘sí’ (no)・「はい」\u00a0fin"
    assert language._cleaned(text) == text.translate(language._separators())


ENGLISH = "The council said on Monday that the new bridge would open to traffic next spring."
SPANISH = "El consejo dijo el lunes que el nuevo puente se abrirá al tráfico la próxima primavera."
PHRASE = "She works for the Centre des ressources sur la non-violence in the town."
LONE = "He had a bout of torsade de pointes last year, and the doctors were worried."
# Possessives: each "s" scores for languages that list it, never enough to be told.
OWNERS = "It's Anna's car, Tom's bike and the council's van: the town's and the BBC's news."
BARE_OWNERS = "Tom's, Ann's, Bob's, Kim's and Eve's."
CAPITALISED = "De Niro met Los Angeles officials and the De La Salle team at the co-de desk."
WRAPPED = (
    "The first line of a wrapped paragraph goes on and on\n"
    "y la segunda linea es de los que hablan en castellano y\n"
    "and the third line is English once again for the end."
)
WRAPPED_PHRASE = (
    "The first line of a wrapped paragraph goes on and on about the\n"
    "heart, and the doctors said he had a bout of torsade de pointes\n"
    "and the third line is English once again for the end."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [ENGLISH, SPANISH, ENGLISH],
        [ENGLISH, PHRASE, LONE],
        [SPANISH, ENGLISH, SPANISH, SPANISH],
        [WRAPPED, ENGLISH],
        [ENGLISH.upper(), "Van der Berg", ""],
        [OWNERS, OWNERS + " " + OWNERS, CAPITALISED, SPANISH + " " + OWNERS],
        [SPANISH, OWNERS, "los " + OWNERS, "de la " + OWNERS],
        # Possessives with too few of the language's own words to rule a switch out, in the
        # document and in a paragraph; a phrase on the later lines of a later paragraph.
        [BARE_OWNERS],
        [ENGLISH, BARE_OWNERS + " " + BARE_OWNERS, OWNERS, WRAPPED, PHRASE],
        [OWNERS, WRAPPED_PHRASE, ENGLISH + "\n" + LONE],
    ],
)
@pytest.mark.parametrize("default", [None, "en", "es"])
def test_the_language_bound_changes_no_language(paragraphs, default, monkeypatch):
    doc = Document("\n\n".join(paragraphs))
    args = (doc.text, doc.paragraphs, doc.lines, None, (), default)
    assert PlainLatin.of(doc.text, doc.paragraphs) is not None
    fast = language_map(*args)
    monkeypatch.setattr(PlainLatin, "of", classmethod(lambda cls, text, paragraphs: None))
    slow = language_map(*args)
    assert (fast.document, fast.runs) == (slow.document, slow.runs)


@pytest.mark.parametrize("around", ["en", "es", "fr"])
@pytest.mark.parametrize(
    "text", [PHRASE, LONE, OWNERS, CAPITALISED, SPANISH, "de-la x", "x d'la y"]
)
def test_phrases_are_found_alike_without_a_look_at_every_line(text, around, monkeypatch):
    fast = language.foreign_phrases(text, 0, len(text), around)

    class EveryPhraseWord:  # as if each line had every word a phrase could start from
        @staticmethod
        def findall(*args):
            return list(language._data()["phrase_words"])

    monkeypatch.setattr(language, "PHRASE_WORD", EveryPhraseWord)
    assert language.foreign_phrases(text, 0, len(text), around) == fast


def test_the_whole_texts_evidence_is_its_lines_sum():
    text = "\n".join([ENGLISH, SPANISH, PHRASE])
    whole = PlainLatin.of(text, segment.line_spans(text)).evidence
    summed = Evidence()
    for line in text.split("\n"):
        summed.add(Evidence.of(line))
    assert (whole.scripts, whole.scores, whole.function_words) == (
        summed.scripts,
        summed.scores,
        summed.function_words,
    )


@pytest.mark.parametrize(
    "text",
    ["Ça va très bien, merci.", "Москва и Петербург", "A\u2009thin space", "Zürich"],
)
def test_text_with_marked_letters_or_other_spaces_takes_no_shortcut(text):
    assert PlainLatin.of(text, [Span(0, len(text))]) is None


def test_the_memos_are_bounded():
    assert language._beside.cache_info().maxsize is not None
    assert segment._same_classes.cache_info().maxsize is not None
    assert segment._non_ascii_chars.cache_info().maxsize is not None


@pytest.mark.parametrize("around", ["en", "fr", "de", "xx"])
def test_what_function_words_say_beside_a_language_is_worked_out_per_word_alike(around):
    """`_beside` works each function word out once; a form's entry is what its word's
    languages give: each other language once for each time more it lists the word."""
    data = language._data()
    more = {}
    for form, word in data["stopword_forms"].items():
        times = Counter(data["word_languages"][word])
        ahead = [o for o, n in times.items() if o != around for _ in range(n - times[around])]
        if ahead:
            more[form] = tuple(ahead)
    assert language._beside(around).more == more


COUNTED = [
    *AWKWARD,
    "The U.S. paid 1,200.50 dollars to al\u2010Khalifat's bomber-men, didn’t it?",
    "Mr. Lee's co-op (2,3) said 3.5 a.m. - no.",
]


@pytest.mark.parametrize("text", COUNTED)
def test_words_counted_from_the_split_words_as_by_a_scan(text):
    scanned = segment.counted_words(text)
    assert scanned == len(segment.COUNTED_WORD.findall(text))
    assert segment.counted_words(text, segment.word_split(text)[1::2]) == scanned
    doc = Document(text, "a.txt")
    assert doc.counted_words() == scanned  # before and after a rule splits out its words
    assert doc.token_texts == segment.word_split(text)[1::2]  # as a rule splits them out
    assert doc.counted_words() == scanned


def test_counted_words_split_at_dots_commas_and_the_hyphen_u2010():
    assert segment.counted_words("U.S 1,200 al\u2010Khalifat bomber's co-op") == 8


@pytest.mark.parametrize(
    "text", ['He said "yes" and «oui» „ja“ “no”.', "No marks at all.", '"""', '“a” "b" «c»']
)
def test_quotation_marks_found_by_find_are_the_patterns_matches(text):
    marks = [mark for mark in '“”«»„"' if mark in text]
    for start, end in ((0, len(text)), (1, len(text) - 1)):
        expected = [m.start() for m in segment.QUOTE_MARK.finditer(text, start, end)]
        assert segment.char_offsets(text, start, end, marks) == expected

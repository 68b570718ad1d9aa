"""Document model: positions, line endings, paragraphs, sentences and tokens, exact values.

Sample sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers import pack_rule

from newslint.document import segment
from newslint.document.model import Document
from newslint.document.segment import Span, Token
from newslint.linting.lint import lint_document


def texts(doc: Document, spans) -> list[str]:
    return [doc.text[s.start : s.end] for s in spans]


def sentences(text: str) -> list[str]:
    doc = Document(text)
    return texts(doc, doc.sentences)


def paragraphs(text: str) -> list[str]:
    doc = Document(text)
    return texts(doc, doc.paragraphs)


# -- positions ---------------------------------------------------------------------------

CYRILLIC = "Астана принимает форум.\nВ среду прибыли делегации."


def test_positions_on_cyrillic_count_code_points():
    doc = Document(CYRILLIC)
    assert doc.lines == [Span(0, 23), Span(24, 50)]
    assert doc.position(0) == (1, 1)  # "А"
    assert doc.position(7) == (1, 8)  # "п" of "принимает"
    assert doc.text[7:16] == "принимает"
    assert doc.position(22) == (1, 23)  # the full stop
    assert doc.position(23) == (1, 24)  # the newline: one past line 1
    assert doc.position(24) == (2, 1)  # "В"
    assert doc.position(49) == (2, 26)  # last character "."
    assert doc.position(50) == (2, 27)  # end of text, exclusive end
    with pytest.raises(ValueError):
        doc.position(51)
    with pytest.raises(ValueError):
        doc.position(-1)


def test_positions_on_accents_combining_marks_and_emoji():
    # "é" precomposed (1 code point), "é" decomposed (e + U+0301, 2), "🎉" (1, astral).
    text = "Café\nCafe\u0301 🎉 opens"
    doc = Document(text)
    assert doc.lines == [Span(0, 4), Span(5, 18)]
    assert doc.position(3) == (1, 4)  # "é"
    assert doc.position(8) == (2, 4)  # "e" before the combining acute
    assert doc.position(9) == (2, 5)  # U+0301 has its own column
    assert doc.text[11] == "🎉"
    assert doc.position(11) == (2, 7)
    assert doc.position(12) == (2, 8)  # the space after the emoji
    assert doc.position(13) == (2, 9)  # "o" of "opens"
    assert doc.position(len(text)) == (2, 14)
    assert [t.text for t in doc.tokens] == ["Café", "Cafe\u0301", "opens"]
    assert doc.tokens[1] == Token(5, 10, "Cafe\u0301")


def test_offset_and_position_round_trip_everywhere():
    text = "Алматы 🎉 news\n\nSecond line é\n"
    doc = Document(text)
    for offset in range(len(text) + 1):
        line, column = doc.position(offset)
        assert doc.offset(line, column) == offset
    assert doc.position(len(text)) == (4, 1)  # after the final newline
    assert doc.offset(4, 1) == len(text)
    assert doc.offset(2, 1) == 14  # the empty line
    with pytest.raises(ValueError):
        doc.offset(5, 1)
    with pytest.raises(ValueError):
        doc.offset(1, 15)  # line 1 has 13 characters


def test_empty_document():
    doc = Document("")
    assert doc.lines == [Span(0, 0)]
    assert doc.position(0) == (1, 1)
    assert doc.paragraphs == [] and doc.sentences == [] and doc.tokens == []
    assert doc.headline == []
    assert doc.units("document") == [Span(0, 0)]
    assert doc.units("line") == []


# -- line endings --------------------------------------------------------------------------

LF = "Flood warning issued\nRiver levels rose overnight.\n\nResidents were told to leave.\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_give_same_lines_and_columns_as_lf(newline):
    lf = Document(LF)
    other = Document(LF.replace("\n", newline), "warning.txt")
    assert other.text == LF
    assert other.original == LF.replace("\n", newline)
    assert other.lines == lf.lines
    assert other.paragraphs == lf.paragraphs
    assert other.sentences == lf.sentences
    assert other.tokens == lf.tokens
    for offset in range(len(LF) + 1):
        assert other.position(offset) == lf.position(offset)


def test_original_offset_with_crlf():
    original = "Flood warning\r\nRiver rose.\r\n\r\nLeave now.\r\n"
    doc = Document(original)
    assert doc.text == "Flood warning\nRiver rose.\n\nLeave now.\n"
    # Every character of the normalised text maps onto the same character as read.
    for offset, char in enumerate(doc.text):
        mapped = doc.original_offset(offset)
        assert original[mapped] == ("\r" if char == "\n" else char)
    assert doc.original_offset(0) == 0
    assert doc.original_offset(13) == 13  # the first "\r"
    assert doc.original_offset(14) == 15  # "R" of "River"
    assert doc.original_offset(26) == 28  # second line break of the blank pair
    assert doc.original_offset(27) == 30  # "L" of "Leave"
    assert doc.original_offset(len(doc.text)) == len(original)


def test_original_offset_with_cr_only_is_identity():
    original = "Flood warning\rRiver rose.\r\rLeave now."
    doc = Document(original)
    assert doc.text == original.replace("\r", "\n")
    assert [doc.original_offset(i) for i in range(len(original) + 1)] == list(
        range(len(original) + 1)
    )


def test_mixed_line_endings():
    original = "One line\r\nTwo line\rThree line\nFour line\r\n"
    doc = Document(original)
    assert doc.text == "One line\nTwo line\nThree line\nFour line\n"
    assert texts(doc, doc.lines) == ["One line", "Two line", "Three line", "Four line", ""]
    assert doc.position(doc.text.index("Three")) == (3, 1)
    assert doc.position(doc.text.index("Four") + 2) == (4, 3)
    # Only the CRLF breaks shift later offsets.
    assert doc.original_offset(doc.text.index("Two")) == original.index("Two")  # 10
    assert doc.original_offset(doc.text.index("Three")) == original.index("Three")  # 19
    assert doc.original_offset(doc.text.index("Four")) == original.index("Four")  # 30
    assert doc.original_offset(len(doc.text)) == len(original)


# -- sentences -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles
        (
            "Dr. Aliya Seitkali met Mr. Brandt in Astana. Mrs. Kim was absent.",
            ["Dr. Aliya Seitkali met Mr. Brandt in Astana.", "Mrs. Kim was absent."],
        ),
        # initials
        (
            "The novel by J. K. Rowling sold out. Shops ordered more.",
            ["The novel by J. K. Rowling sold out.", "Shops ordered more."],
        ),
        # an initial-like capital before a sentence starter ends the sentence
        (
            "The company chose Plan B. The vote was unanimous.",
            ["The company chose Plan B.", "The vote was unanimous."],
        ),
        (
            "Nobody else would go, so did I. The rest followed later.",
            ["Nobody else would go, so did I.", "The rest followed later."],
        ),
        # U.S. before a capitalised non-starter continues; before "The" it ends
        (
            "The U.S. Senate passed the bill on Friday. Its fate is unclear.",
            ["The U.S. Senate passed the bill on Friday.", "Its fate is unclear."],
        ),
        (
            "Aid arrived from the U.S. The next convoy is due on Monday.",
            ["Aid arrived from the U.S.", "The next convoy is due on Monday."],
        ),
        # months before digits
        (
            "The vote is set for Oct. 31. Turnout may be low.",
            ["The vote is set for Oct. 31.", "Turnout may be low."],
        ),
        (
            "Prices rose sharply in Oct. Analysts blamed fuel costs.",
            ["Prices rose sharply in Oct.", "Analysts blamed fuel costs."],
        ),
        # numbered abbreviations only before a number
        (
            "The prime minister returned to No. 10 on Tuesday. Aides were waiting.",
            ["The prime minister returned to No. 10 on Tuesday.", "Aides were waiting."],
        ),
        (
            "Asked about a deal, his answer was no. Officials declined to comment.",
            ["Asked about a deal, his answer was no.", "Officials declined to comment."],
        ),
        (
            "Critics called the mural a work of art. The council disagreed.",
            ["Critics called the mural a work of art.", "The council disagreed."],
        ),
        (
            "Art. 5 of the treaty applies. Members must respond.",
            ["Art. 5 of the treaty applies.", "Members must respond."],
        ),
        # decimals and times
        (
            "Growth slowed to 3.5 per cent in May. Inflation was 8.2 per cent.",
            ["Growth slowed to 3.5 per cent in May.", "Inflation was 8.2 per cent."],
        ),
        (
            "The session ended at 10 p.m. The mayor left first.",
            ["The session ended at 10 p.m.", "The mayor left first."],
        ),
        # quotation marks
        ('"Stop!" he said. The crowd fell silent.', ['"Stop!" he said.', "The crowd fell silent."]),
        (
            'He told reporters: "We will win." The crowd cheered.',
            ['He told reporters: "We will win."', "The crowd cheered."],
        ),
        (
            "“Is it safe?” she asked. “Nobody knows.” Rescuers kept digging.",
            ["“Is it safe?” she asked.", "“Nobody knows.”", "Rescuers kept digging."],
        ),
        # ellipsis
        (
            "The minister paused... Then he resigned. Wait... what happened next?",
            ["The minister paused...", "Then he resigned.", "Wait... what happened next?"],
        ),
        ("Talks stalled… Both sides left.", ["Talks stalled…", "Both sides left."]),
        # companies
        (
            "Shares of Acme Inc. fell 3% on Monday. Traders were calm.",
            ["Shares of Acme Inc. fell 3% on Monday.", "Traders were calm."],
        ),
        # Cyrillic
        ("Цены выросли на 5%. Это рекорд!", ["Цены выросли на 5%.", "Это рекорд!"]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


def test_sentence_spans_are_exact_and_trimmed():
    doc = Document("  Dr. Ospanova spoke.   She left.  ")
    assert doc.sentences == [Span(2, 21), Span(24, 33)]
    assert texts(doc, doc.sentences) == ["Dr. Ospanova spoke.", "She left."]


def test_list_numbers_are_not_sentences():
    text = "1. Main findings of the audit\n2. Next steps for the ministry\n3. Budget"
    assert sentences(text) == [
        "1. Main findings of the audit",
        "2. Next steps for the ministry",
        "3. Budget",
    ]


def test_no_sentence_spans_a_blank_line():
    text = "Power was cut to the district of Dr\n\nSmith said repairs would take days"
    doc = Document(text)
    assert texts(doc, doc.sentences) == [
        "Power was cut to the district of Dr",
        "Smith said repairs would take days",
    ]
    text = "The storm hit the U.S.\n\nThe Senate met. Mr.\n\nKaiyrbekov spoke."
    doc = Document(text)
    assert texts(doc, doc.sentences) == [
        "The storm hit the U.S.",
        "The Senate met.",
        "Mr.",
        "Kaiyrbekov spoke.",
    ]
    for span in doc.sentences:
        assert "\n\n" not in doc.text[span.start : span.end]


def test_long_scraped_line_with_several_sentences():
    line = (
        "ASTANA, Oct. 12 - The government on Thursday approved a plan to build 1,200 new "
        "schools by 2030, Education Minister Dr. Marat Ismailov said. The U.S. Agency for "
        'International Development will fund part of the work. "We expect costs of about '
        '3.5 billion tenge," he said, speaking at No. 4 Government House. Critics, however, '
        "were unconvinced... Opposition deputies called it a pre-election stunt! Will it "
        "work? Officials said construction starts in Jan. 2025."
    )
    assert len(line) > 400
    assert sentences(line) == [
        "ASTANA, Oct. 12 - The government on Thursday approved a plan to build 1,200 new "
        "schools by 2030, Education Minister Dr. Marat Ismailov said.",
        "The U.S. Agency for International Development will fund part of the work.",
        '"We expect costs of about 3.5 billion tenge," he said, speaking at No. 4 '
        "Government House.",
        "Critics, however, were unconvinced...",
        "Opposition deputies called it a pre-election stunt!",
        "Will it work?",
        "Officials said construction starts in Jan. 2025.",
    ]


# -- paragraphs -------------------------------------------------------------------------


def test_blank_line_separated_paragraphs_are_trimmed():
    text = "\n  Markets fell.  \n\n\t\nThey recovered by noon.\n   \nTraders were relieved.\n\n"
    doc = Document(text)
    assert doc.paragraphs == [Span(3, 16), Span(22, 45), Span(50, 72)]
    assert texts(doc, doc.paragraphs) == [
        "Markets fell.",
        "They recovered by noon.",
        "Traders were relieved.",
    ]
    assert doc.units("paragraph") is doc.paragraphs


def test_long_lines_are_one_paragraph_each():
    first = (
        "The regional court on Wednesday sentenced a former mayor to six years in prison for "
        "taking bribes from construction firms"
    )
    second = (
        "Prosecutors had asked for eight years and said they would consider an appeal "
        "against what they called a lenient verdict"
    )
    assert len(first) > 100 and len(second) > 100
    assert paragraphs(first + "\n" + second + "\n") == [first, second]


def test_short_lines_are_one_paragraph_each():
    assert paragraphs("Markets fell\nThey recovered by noon\nTraders were relieved") == [
        "Markets fell",
        "They recovered by noon",
        "Traders were relieved",
    ]


def test_hard_wrapped_prose_joins_into_one_paragraph():
    lines = [
        "The city council voted on Tuesday to raise parking fees in the",
        "old town by a third, a move that shopkeepers say will drive",
        "customers to the new malls on the edge of the city. The mayor",
        "defended the decision, saying the money would pay for buses.",
    ]
    assert all(40 <= len(line) <= 72 for line in lines)
    text = "\n".join(lines) + "\n\nA second paragraph follows here.\n"
    doc = Document(text)
    assert texts(doc, doc.paragraphs) == ["\n".join(lines), "A second paragraph follows here."]
    # Sentences run across the soft wraps.
    assert texts(doc, doc.sentences) == [
        "The city council voted on Tuesday to raise parking fees in the\n"
        "old town by a third, a move that shopkeepers say will drive\n"
        "customers to the new malls on the edge of the city.",
        "The mayor\ndefended the decision, saying the money would pay for buses.",
        "A second paragraph follows here.",
    ]


def test_headline_above_a_long_scraped_line_is_its_own_paragraph():
    headline = "Council approves parking fee rise after long debate"
    body = (
        "The city council on Tuesday approved a one-third rise in parking fees in the old "
        "town after a debate that lasted more than six hours."
    )
    doc = Document(headline + "\n" + body)
    assert texts(doc, doc.paragraphs) == [headline, body]
    assert texts(doc, doc.sentences) == [headline, body]
    assert texts(doc, doc.headline) == [headline]
    assert doc.units("headline") == [Span(0, len(headline))]


def test_list_items_are_separate_paragraphs():
    text = (
        "Key measures in the new budget for the coming financial year\n"
        "- More money for rural schools\n"
        "- Fewer new road projects\n"
        "1) Higher pensions from January\n"
        "• A freeze on utility tariffs"
    )
    assert paragraphs(text) == [
        "Key measures in the new budget for the coming financial year",
        "- More money for rural schools",
        "- Fewer new road projects",
        "1) Higher pensions from January",
        "• A freeze on utility tariffs",
    ]


def test_headline_is_first_non_empty_line_trimmed():
    doc = Document("\n   \n  Floods hit the north  \nBody text.")
    assert texts(doc, doc.headline) == ["Floods hit the north"]
    assert doc.headline == [Span(7, 27)]


def test_units_by_scope():
    doc = Document("Floods hit the north\n\nRain fell. Rivers rose.\n")
    assert doc.units("document") == [Span(0, 46)]
    assert texts(doc, doc.units("line")) == ["Floods hit the north", "Rain fell. Rivers rose."]
    assert texts(doc, doc.units("paragraph")) == ["Floods hit the north", "Rain fell. Rivers rose."]
    assert texts(doc, doc.units("sentence")) == [
        "Floods hit the north",
        "Rain fell.",
        "Rivers rose.",
    ]
    assert texts(doc, doc.units("headline")) == ["Floods hit the north"]


# -- tokens --------------------------------------------------------------------------------


def test_tokens_keep_hyphens_apostrophes_possessives_domains_and_numbers():
    text = (
        "Kazakhstan's state-run Tengrinews.kz said the bombers’ co‐operation "
        "rock'n'roll fans' e-mail cost $1,200, or 3.5% more."
    )
    doc = Document(text)
    assert doc.tokens == [
        Token(0, 12, "Kazakhstan's"),
        Token(13, 22, "state-run"),
        Token(23, 36, "Tengrinews.kz"),
        Token(37, 41, "said"),
        Token(42, 45, "the"),
        Token(46, 53, "bombers"),  # trailing apostrophe is not part of the word
        Token(55, 67, "co‐operation"),  # U+2010 hyphen
        Token(68, 79, "rock'n'roll"),
        Token(80, 84, "fans"),
        Token(86, 92, "e-mail"),
        Token(93, 97, "cost"),
        Token(99, 104, "1,200"),
        Token(106, 108, "or"),
        Token(109, 112, "3.5"),
        Token(114, 118, "more"),
    ]
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text


def test_tokens_curly_apostrophe_and_cyrillic():
    doc = Document("The minister’s aide met Нұрлан Әлиев in the U.S. on Monday.")
    assert [t.text for t in doc.tokens] == [
        "The",
        "minister’s",
        "aide",
        "met",
        "Нұрлан",
        "Әлиев",
        "in",
        "the",
        "U.S",
        "on",
        "Monday",
    ]
    assert doc.tokens[1] == Token(4, 14, "minister’s")


def test_tokens_in_span_and_word_sets():
    doc = Document("Floods hit the north.\nThe army's trucks arrived.")
    first, second = doc.sentences
    assert [t.text for t in doc.tokens_in(first)] == ["Floods", "hit", "the", "north"]
    assert [t.text for t in doc.tokens_in(second)] == ["The", "army's", "trucks", "arrived"]
    assert [t.text for t in doc.tokens_in(Span(7, 14))] == ["hit", "the"]
    assert doc.tokens_in(Span(21, 22)) == []
    assert doc.word_set(False) == frozenset(
        {"Floods", "hit", "the", "north", "The", "army", "s", "trucks", "arrived"}
    )
    assert doc.word_set(True) == frozenset(
        {"floods", "hit", "the", "north", "army", "s", "trucks", "arrived"}
    )


def test_words_in_a_span_are_counted_alike_before_and_after_the_document_places_its_tokens():
    text = "Sales rose 1,200 units.\nThe U.S. firm's well-known chief—Ann Lee—said so, at 10.30."
    spans = [Span(start, end) for start in range(len(text)) for end in range(start, len(text) + 1)]
    counted = [Document(text).words_in(span) for span in spans]  # a new document: no tokens
    doc = Document(text)
    assert counted == [len(doc.tokens_in(span)) for span in spans]
    assert "tokens" in doc.__dict__
    assert [doc.words_in(span) for span in spans] == counted


def test_structure_is_computed_once():
    doc = Document("Rain fell. Rivers rose.")
    assert doc.sentences is doc.sentences
    assert doc.tokens is doc.tokens
    assert doc.paragraphs is doc.paragraphs


def test_c1_controls_are_read_as_the_windows_1252_characters_they_stand_for():
    # A page decoded as Latin-1 upstream: "wasn\x92t" is "wasn’t" (no misspelt "wasn").
    text = "The looting wasn\x92t as bad as \x93reported\x94.\x81"
    doc = Document(text)
    assert doc.text == "The looting wasn’t as bad as “reported”.\x81"
    assert doc.location(text.index("as bad")) == (1, 20)
    assert lint_document(doc, [pack_rule("typo/misspelling")]).findings == []


def test_words_are_found_where_they_stand_in_the_text():
    text = "Al-Khalifa's 1,200 e\u0301te\u0301 co\u200dop A.B. snake_case 'quoted' (x) x ² x\n—x"
    expected = [(m.start(), m.end(), m.group()) for m in segment.WORD.finditer(text)]
    assert [tuple(token) for token in segment.word_tokens(text)] == expected
    assert Document(text).token_texts == [word for _, _, word in expected]
    assert Document(text).tokens == segment.word_tokens(text)
    assert [token.text for token in segment.word_tokens(text)][:4] == [
        "Al-Khalifa's",
        "1,200",
        "e\u0301te\u0301",
        "co\u200dop",
    ]


def test_word_characters_are_letters_digits_underscores_and_marks():
    assert [segment.is_word_char(c) for c in "a5_\u0301 .-\u200d²"] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        True,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Farabi's 1,200 e.g. co-op, co_op; Mr. Smith's 3.5 km. THE The the",  # ASCII
        "Al-Farabi’s 1,200 e.g. naïve co-op, co_op; Straße STRASSE the The",
    ],
)
def test_ascii_text_has_the_words_other_text_has(text):
    """ASCII text is scanned with `re`, other text with `regex`: the same words."""
    from collections import Counter

    doc = Document(text)
    assert [t.text for t in doc.tokens] == segment.WORD.findall(text)
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    folded = Counter(segment.WORD_UNIT.findall(doc.folded_text))
    assert doc.word_counts == folded and list(doc.word_counts) == list(folded)
    assert doc.word_set(folded=False) == frozenset(segment.WORD_UNIT.findall(text))

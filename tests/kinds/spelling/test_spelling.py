"""The English dictionary (newslint.kinds.spelling.dictionary) and the `spelling` rule kind, on
short invented news texts. Positions are 1-based (line, column, end_column exclusive)."""

from __future__ import annotations

import pytest
from helpers import findings, formatted_positions, make_rule, positions, typo_pack

from newslint.document.model import Document
from newslint.kinds.spelling import unknown_words
from newslint.kinds.spelling.dictionary import Dictionary
from newslint.kinds.spelling.name_evidence import used_as_name
from newslint.kinds.wordlists import read_words
from newslint.ruleset.paths import builtin_rules_dir

# The spelling rule under test: make_rule(tmp_path, "spelling", fields, **SPELLING).
SPELLING = {
    "message": "Possible typo: '{match}' ({evidence})",
    "rule_id": "typo.unknown-word",
    "category": "typo",
}


@pytest.fixture(scope="module")
def english() -> Dictionary:
    return Dictionary.english()


@pytest.fixture
def rule(tmp_path):
    return make_rule(tmp_path, "spelling", **SPELLING)


# -- the dictionary -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "the",
        "government",
        "minister",
        "said",
        "election",
        "coordinating",
        "landline",
        "bandmates",
        "unsurprisingly",
        "counterattacks",  # compounds, affixes
    ],
)
def test_dictionary_knows_common_words(english, word):
    assert english.knows(word)


@pytest.mark.parametrize(
    "word",
    [
        "colour",
        "colours",
        "organise",
        "organised",
        "organisation",
        "centre",
        "centres",
        "travelling",
        "travelled",
        "programme",
        "programmes",
        "defence",
        "defences",
        "manoeuvre",
        "manoeuvres",
        "manoeuvred",
        "analyse",
        "neighbour",
        "favourite",
        "theatre",
        "catalogue",
        "licence",
        "apologise",
    ],
)
def test_dictionary_knows_british_spellings(english, word):
    assert english.knows(word)


@pytest.mark.parametrize(
    "word",
    [
        "recieve",
        "goverment",
        "beleive",
        "occured",
        "comming",
        "seperate",
        "accomodate",
        "tommorow",
        "untill",
        "acheive",
    ],
)
def test_dictionary_does_not_know_classic_misspellings(english, word):
    assert not english.knows(word)


def test_candidates_recieve(english):
    candidates = english.candidates("recieve")
    assert candidates[0] == ("receive", 1, english.frequency("receive"))
    assert candidates[1][:2] == ("relieve", 1)
    assert [c for c, d, _ in english.candidates("recieve", 1)] == ["receive", "relieve"]


@pytest.mark.parametrize("word", ["recieve", "goverment", "seperate", "tehy", "cabniet"])
def test_candidates_ranked_by_distance_then_frequency(english, word):
    candidates = english.candidates(word)
    assert candidates
    assert candidates == sorted(candidates, key=lambda c: (c[1], -c[2], c[0]))
    for candidate, distance, frequency in candidates:
        assert candidate != word and 1 <= distance <= 2
        assert frequency == english.frequency(candidate) >= english.index_min_frequency


def test_candidates_examples(english):
    assert english.candidates("goverment", 1) == [
        ("government", 1, english.frequency("government"))
    ]
    assert english.candidates("seperate")[0][:2] == ("separate", 1)
    assert english.candidates("tehy")[0][:2] == ("they", 1)  # transposition
    assert english.candidates("zzzzqqqq") == []


# -- the spelling kind: reported --------------------------------------------------------


def test_lowercase_typo_of_frequent_word(rule):
    [f] = findings(rule, "The minister said the goverment would act.")
    assert (f.line, f.column, f.end_column, f.match) == (1, 23, 32, "goverment")
    assert f.suggestions == ["government"]
    assert f.message == "Possible typo: 'goverment' (not in the dictionary)"
    assert f.fix is not None and not f.fix.safe
    assert [(e.column, e.end_column, e.content) for e in f.fix.edits] == [(23, 32, "government")]


def test_typo_at_sentence_start_keeps_case(rule):
    assert positions(rule, "Goverment officials met on Monday.", suggestions=True) == [
        (1, 1, 10, "Goverment", ["Government"])
    ]
    assert positions(rule, '"Goverment officials lied," he said.', suggestions=True) == [
        (1, 2, 11, "Goverment", ["Government"])
    ]


def test_several_suggestions_best_first(rule, tmp_path):
    text = "The report was recieved on Monday."
    assert positions(rule, text, suggestions=True) == [
        (1, 16, 24, "recieved", ["received", "receive"])
    ]
    one = make_rule(tmp_path, "spelling", "max_suggestions: 1\n", **SPELLING)
    assert positions(one, text, suggestions=True) == [(1, 16, 24, "recieved", ["received"])]


def test_several_typos_in_one_sentence(rule):
    assert positions(
        rule, "Officials beleive the goverment will recieve it.", suggestions=True
    ) == [
        (1, 11, 18, "beleive", ["believe"]),
        (1, 23, 32, "goverment", ["government"]),
        (1, 38, 45, "recieve", ["receive"]),  # "relieve": c for l is no likely slip
    ]


def test_transposed_letters(rule):
    assert positions(
        rule, "The cabinet met. Officials said the cabniet would meet again.", suggestions=True
    ) == [(1, 37, 44, "cabniet", ["cabinet"])]


def test_name_misspelt_once_among_correct_uses(rule):
    text = (
        "Nazarbayev arrived on Monday. Nazarbayev met the cabinet.\n"
        "Aides said Nazarbayev was tired and Nazarbyaev left early."
    )
    [f] = findings(rule, text)
    assert (f.line, f.column, f.end_column, f.match) == (2, 37, 47, "Nazarbyaev")
    assert f.suggestions == ["Nazarbayev"]
    assert f.message == "Possible typo: 'Nazarbyaev' ('Nazarbayev' is used 3 times in this text)"


def test_possessive_excluded_from_span(rule):
    text = "Kazakstan's capital was quiet. Kazakhstan and Uzbekistan later signed in Kazakhstan."
    [f] = findings(rule, text)
    assert (f.line, f.column, f.end_column, f.match) == (1, 1, 10, "Kazakstan")
    assert f.suggestions == ["Kazakhstan"]
    assert f.message == "Possible typo: 'Kazakstan' ('Kazakhstan' is used twice in this text)"
    curly = "Officials said Kazakstan’s capital was quiet. Kazakhstan and Kazakhstan signed."
    assert positions(rule, curly, suggestions=True) == [(1, 16, 25, "Kazakstan", ["Kazakhstan"])]


def test_scrambled_word_at_sentence_start(rule):
    text = (
        "The suicide attack killed four. Police said it was a suicide bomber.\n"
        "Siucide bomber claims were denied."
    )
    [f] = findings(rule, text)
    assert (f.line, f.column, f.end_column, f.match) == (2, 1, 8, "Siucide")
    assert f.suggestions == ["Suicide"]
    assert f.message == "Possible typo: 'Siucide' ('suicide' is used twice in this text)"


def test_scrambled_three_edits_from_a_word_in_the_text(rule):
    text = "The suicide attack was condemned. Police called it a siusice attack, not suicide."
    [f] = findings(rule, text)
    assert (f.column, f.end_column, f.match, f.suggestions) == (54, 61, "siusice", ["suicide"])
    assert f.message == "Possible typo: 'siusice' ('suicide' is used twice in this text)"


def test_typo_in_part_of_hyphenated_word(rule):
    assert positions(rule, "Officials said the anti-goverment protest grew.", suggestions=True) == [
        (1, 25, 34, "goverment", ["government"])
    ]
    assert positions(rule, "Goverment-backed groups protested.", suggestions=True) == [
        (1, 1, 10, "Goverment", ["Government"])
    ]


def test_positions_on_later_lines_and_paragraphs(rule):
    text = "Talks went on.\n\nThe goverment said so.\nOfficials were untill then silent."
    assert positions(rule, text, suggestions=True) == [
        (3, 5, 14, "goverment", ["government"]),
        (4, 16, 22, "untill", ["until"]),
    ]


# -- the spelling kind: silent ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Minister Zhaksybekov said the talks would go on.",  # unknown name mid-sentence
        "Zhaksybekov arrived. Officials said Zhaksybekov would speak.",  # used consistently
        "Talks between NATO, the OSCE and KAZINFORM went on.",  # acronyms
        "GOVERMENT OFFICIALS MET.",  # ALL CAPS is not checked
        "The A320 and the B737X jets landed at Gate 4b; goverment2 posted it.",  # digits
        "Officials in Алматы said правительсвто would wait.",  # other scripts
        "Officials were co-ordinating the response.",  # joined form is a word
        "The programme manoeuvre was organised in the centre.",  # British spellings
        "Officials said it isn't clear whether O'Brein spoke.",  # apostrophe words skipped
        "Officials said Horgan had resigned. Mr Horgan and Mr Horan disagreed.",  # two people
        "The goverment and the goverment met.",  # the same twice: deliberate
        "Ivanova met Ivanov. Officials said Ivanov and Ivanova agreed.",  # gendered forms
    ],
)
def test_silent(rule, text):
    assert positions(rule, text) == []


def test_word_files_and_name_files(tmp_path):
    (tmp_path / "words.txt").write_text("# house words\ngoverment\n", encoding="utf-8")
    (tmp_path / "names.txt").write_text("Nazarbyaev\n", encoding="utf-8")
    text = "Officials said Nazarbyaev left. Nazarbayev and Nazarbayev stayed."
    plain = make_rule(tmp_path, "spelling", **SPELLING)
    assert positions(plain, "The goverment met.", suggestions=True) == [
        (1, 5, 14, "goverment", ["government"])
    ]
    assert positions(plain, text, suggestions=True) == [(1, 16, 26, "Nazarbyaev", ["Nazarbayev"])]
    listed = make_rule(
        tmp_path, "spelling", "word_files: [words.txt]\nname_files: [names.txt]\n", **SPELLING
    )
    assert positions(listed, "The goverment met.") == []
    assert positions(listed, text) == []


def test_verdicts_on_words_are_kept_across_texts_and_evidence_is_each_texts(rule):
    # The rule remembers that "goverment" is unknown; whether it is a slip is each text's.
    once = "The goverment met."
    found = [(1, 5, 14, "goverment", ["government"])]
    assert positions(rule, once, suggestions=True) == found
    assert positions(rule, "The goverment met. The goverment left.") == []  # deliberate
    assert positions(rule, once, suggestions=True) == found  # the candidates remembered
    assert positions(rule, "Mr Oward left. Officials met Mr Howard and Mr Howard.") == [
        (1, 4, 9, "Oward")
    ]
    assert positions(rule, "Mr Oward left. Officials met Mr Hayward.") == []


def test_name_files_apply_to_capitalised_words_only(tmp_path):
    (tmp_path / "names.txt").write_text("Hosue\n", encoding="utf-8")
    rule = make_rule(tmp_path, "spelling", "name_files: [names.txt]\n", **SPELLING)
    # "hosue" written lower case is not the listed name.
    assert positions(rule, "Officials said hosue was a word.", suggestions=True) == [
        (1, 16, 21, "hosue", ["house"])
    ]


def test_a_listed_name_or_a_word_used_twice_is_looked_at_where_written_in_lower_case(tmp_path):
    # Only such occurrences may be reported: in a text of plain ASCII letters the others are
    # not looked at, in one with other letters ("Café") they are; the findings are the same.
    (tmp_path / "names.txt").write_text("Hosue\n", encoding="utf-8")
    rule = make_rule(tmp_path, "spelling", "name_files: [names.txt]\n", **SPELLING)
    for more in ("", " The Café met."):
        assert positions(rule, "Officials said hosue was a word." + more, suggestions=True) == [
            (1, 16, 21, "hosue", ["house"])
        ]
        assert positions(rule, "Officials met at the Hosue, not HOSUE-TV." + more) == []
        split = "It was fo llowing the vote. Llowing, LLOWING and llowing-up." + more
        assert positions(rule, split) == [(1, 8, 18, "fo llowing")]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The Hosue met.", True),
        ("It cost £5 – “a lot”, he said’s.", True),
        ("The Café met.", False),
        ("The ﬁrst met.", False),  # a ligature: case-folded it is two letters
        ("A mark \u0345 alone.", False),  # no letter, but case-folded it is one
    ],
)
def test_plain_letters(text, plain):
    assert unknown_words._plain_letters(Document(text, "story.txt")) is plain


@pytest.mark.parametrize("more", ["", " The Café met."])
def test_a_word_written_once_is_a_name_as_the_sets_of_the_text_tell(more):
    text = "Hosue met the BBC, McDonald and eBay; Jones saw rain-like rain in 3D." + more
    doc = Document(text, "story.txt")
    words = ["hosue", "the", "bbc", "mcdonald", "ebay", "jones", "saw", "3d"]
    found = [unknown_words._written_once_as_name(word, doc) for word in words]
    assert found == [used_as_name(word, Document(text, "story.txt")) for word in words]
    assert found == [True, False, True, True, False, True, False, False]


# -- known problems (newslint/kinds/spelling.py) -----------------------------------------


def test_short_name_at_sentence_start_is_not_a_typo_of_another_name(rule):
    text = "Horan said the deal was done. Officials met Horgan on Monday. Horgan agreed."
    assert positions(rule, text) == []


# -- issue 13: what is not a typo ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She texted the coach; texting is how the wideout and the orgs talk.",
        "Her bio says paleo, electronica and hehe, and the async job ran.",
    ],
)
def test_current_words_are_known(text):
    assert positions(typo_pack(), text) == []


def test_current_words_leave_out_listed_misspellings_and_slips():
    words = set(read_words(builtin_rules_dir() / "typo" / "current-words.txt"))
    assert {"texted", "wideout", "async", "electronica", "hehe"} <= words
    assert not {"teh", "recieve", "definately", "alot", "eas", "thr"} & words


@pytest.mark.parametrize(
    "text",
    [
        "Follow #goverment and @goverment, or see ~/notes/goverment and goverment.pdf.",
        "It ran 70 mph, then 110 kph, and 110 kph again at 10am on the 2nd.",
        "A 4K screen, 3D glasses, 5G masts, COVID-19, an A380 and a 5kWh battery.",
    ],
)
def test_tags_handles_files_units_and_numbers_are_not_typos(text):
    assert positions(typo_pack(), text) == []


def test_unit_is_not_a_typo_of_another_unit_in_the_text(rule):
    text = "The car reached 70 mph. Later it did 110 kph and then 120 kph on the road."
    assert positions(rule, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They were gettin' tired, and the times are a changin'.",
        "They kept singin' and dancin' until five o'clock, y'all.",
    ],
)
def test_dialect_forms_with_an_elision_mark_are_not_typos(text):
    assert positions(typo_pack(), text) == []


def test_inflected_last_part_of_a_compound_is_not_a_word_alone():
    assert positions(typo_pack(), "They are know-it-alls, and the bag was X-rayed.") == []
    # Written solid the compound is a word, or its last part is a word with an ending.
    assert positions(typo_pack(), "The left-hander pre-empted the move.") == []
    # A misspelt part is still reported.
    assert positions(typo_pack(), "It was a well-konwn fact.", suggestions=True) == [
        (1, 15, 20, "konwn", ["known"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # After a title: a name, even when the text writes the word it looks like.
        "The map shows the islands. Gov. Mapp said the map was old. Map makers agreed.",
        # Used twice as a name, once after a first name: not "self" misspelt.
        "Why I quit\n\nBy Tracy Sefl\n\nI wrote it myself. My self was tired.\n\nSefl\n\n"
        "The self-made woman.\n",
    ],
)
def test_capitalised_word_among_names_is_not_a_typo_of_a_lower_case_word(rule, text):
    assert positions(rule, text) == []


def test_name_typo_beside_a_title_still_found_from_the_name_used_twice(rule):
    text = "Mr Blakemore spoke. Officials met Blakemore. Later Mr Blakemroe left."
    assert positions(rule, text, suggestions=True) == [(1, 55, 64, "Blakemroe", ["Blakemore"])]


def test_lower_case_term_made_from_a_name_in_the_text(rule):
    text = "Rust is a language. Rust is fast, and the rustc compiler is too."
    assert positions(rule, text) == []
    # A word the text also writes in lower case is still evidence.
    assert positions(rule, "The rust spread. Rust is red, and the rustt spread.") == [
        (1, 39, 44, "rustt")
    ]


def test_dictionary_evidence_only_for_likely_slips(rule):
    # s for y: far apart on the keyboard, no likely slip ("imply").
    assert positions(rule, "They wrote the impls first.") == []
    assert positions(rule, "The presdient spoke.", suggestions=True) == [
        (1, 5, 14, "presdient", ["president", "present"])
    ]


def test_word_alone_on_a_list_line_is_not_prose(rule):
    assert positions(rule, "Thanks to:\n\n- bluss\n- Andrew Smith\n") == []
    assert positions(rule, "Thanks to:\n\n- the presidnet\n", suggestions=True) == [
        (3, 7, 16, "presidnet", ["president"])
    ]


def test_handle_made_from_a_name(rule):
    assert positions(rule, "Thanks to Alan Somers (asomers) and Eric Huss (ehuss).") == []


# -- issue 13: a document's code is its vocabulary; names at sentence starts ---------------


def test_a_prose_word_in_a_markdown_code_span_is_the_documents_term():
    source = "Run `presidnet --fast` first.\n\nThe presidnet tool checks the electoin results.\n"
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (3, 31, 39, "electoin", "typo.unknown-word")
    ]


def test_a_short_word_in_a_document_with_code_is_a_term_without_evidence_in_the_text():
    # "libm" is one swap from "limb", "stdio" a letter short of "studio": in a post that
    # writes code they are terms; the same words in a post without code are slips.
    prose = "We use the libm crate and locked stdio handles.\n"
    assert formatted_positions(typo_pack(), "Call `sqrt` here.\n\n" + prose, "post.md") == []
    assert formatted_positions(typo_pack(), prose, "post.md") == [
        (1, 12, 16, "libm", "typo.unknown-word"),
        (1, 34, 39, "stdio", "typo.unknown-word"),
    ]


def test_a_long_slip_in_a_document_with_code_is_still_found():
    source = "Call `sqrt` here.\n\nThe case was open for an unsually long time.\n"
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (3, 26, 34, "unsually", "typo.unknown-word")
    ]


def test_a_part_of_an_identifier_in_a_code_block_is_the_documents_term():
    source = (
        "```\nlet n = parse_presidnet(x);\n```\n\nThe presidnet step ran. The electoin is near.\n"
    )
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (5, 29, 37, "electoin", "typo.unknown-word")
    ]


def test_a_prose_word_in_html_code_is_the_documents_term():
    source = "<p>Call <code>presidnetStats()</code>. The presidnet stats show the electoin.</p>"
    assert formatted_positions(typo_pack(), source, "post.html") == [
        (1, 69, 77, "electoin", "typo.unknown-word")
    ]


def test_a_known_misspelling_the_code_uses_is_an_identifier():
    # `fliter` is the code's name: the prose mention names it; "recieve" is still a typo.
    source = "<pre>make fliter</pre><p>The fliter step ran. We recieve mail.</p>"
    assert formatted_positions(typo_pack(), source, "post.html") == [
        (1, 50, 57, "recieve", "typo.misspelling")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Monday. Tage Larsen said the plan was ready.",  # a name follows
        "Officials met on Monday. Tage said the plan was ready.",  # a subject's verb follows
        "The award went to Tage. Tage accepted it.",  # a name elsewhere in the text
    ],
)
def test_a_listed_misspelling_at_a_sentence_start_that_reads_as_a_name(text):
    assert positions(typo_pack(), text) == []


def test_a_listed_misspelling_at_a_sentence_start_without_name_evidence():
    text = "Officials met on Monday. Tage the plan was ready. Goverment officials said no."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 26, 30, "Tage", ["Stage", "Take", "Tag", "Tagged"]),
        (1, 51, 60, "Goverment", ["Government"]),
    ]


def test_an_inflection_of_a_code_word_is_the_documents_term():
    source = "Call `presidnet()` once.\n\nBoth presidnets ran. The electoin is near.\n"
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (3, 26, 34, "electoin", "typo.unknown-word")
    ]


def test_two_inflections_of_one_stem_are_not_typos_of_each_other(rule):
    assert (
        positions(rule, "The vectorized loop ran twice, vectorized again. The vectorizer won.")
        == []
    )


def test_a_name_with_a_slip_in_its_ending_is_still_a_typo(rule):
    text = "Gerrard scored twice. Fans cheered Gerrard. The captain, Gerrare, left."
    assert positions(rule, text, suggestions=True) == [(1, 58, 65, "Gerrare", ["Gerrard"])]


@pytest.mark.parametrize(
    "word",
    ["hoem", "ould", "ewre", "poeak", "bren", "fre"],  # "hem", "old", "ewer", "peak", ...
)
def test_a_british_rewrite_to_a_short_word_is_no_british_spelling(english, word):
    assert not english.knows(word)

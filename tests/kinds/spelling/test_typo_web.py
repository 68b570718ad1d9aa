"""Issue 13, item 5: the typo rules on web pages -- names made of capitalised parts, phrases of
other languages, colloquial spellings, the suggestion a closer word makes, and endings that take
turns on one stem. Texts are invented; positions are 1-based (line, column, end_column
exclusive)."""

from __future__ import annotations

import pytest
from helpers import findings, formatted_positions, pack_rule, positions, typo_pack

from newslint.kinds.spelling.dialect import dialect_form
from newslint.kinds.spelling.inflection import ending_kept

# -- compounds whose parts are all capitalised ----------------------------------------------


def test_a_part_of_a_capitalised_compound_is_a_name_not_a_slip():
    # 'Photo' twice made 'Phyto' a slip of it; 'Commun' is in the misspelling list
    text = "Photo: the desk. Photo: the lab.\n\nPhyto-Lift, a new cream, is sold out.\n"
    assert positions(typo_pack(), text) == []
    assert positions(typo_pack(), "Useful links:\n\nCommun-I-Go\n\nFood banks\n") == []
    # a misspelt word in a headline's compound is no clipped part of a name
    text = "Goverment-Backed Loans Rise\n\nThe loans grew.\n"
    assert positions(typo_pack(), text) == [(1, 1, 10, "Goverment")]


def test_a_capitalised_compound_close_to_one_the_text_writes_or_of_names_is_checked():
    text = "Harley-Davidson grew. Harley-Davidson hired. Then Harley-Davidsen fell."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 58, 66, "Davidsen", ["Davidson"])]
    text = "Austria-Hungray Empire\n\nThe empire of Hungary fell. Hungary is small."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 9, 16, "Hungray", ["Hungary"])]
    # a misspelt name matched whole is still reported
    rule = pack_rule("typo/misspelled-name")
    assert positions([rule], "The Al-Quaeda forum grew.") == [(1, 5, 14, "Al-Quaeda")]


# -- phrases of other languages -------------------------------------------------------------

POETS = "The poets met and the poets read. "


def test_an_unknown_word_in_a_phrase_of_another_language_is_no_typo():
    # an English slip is reported ...
    assert positions(typo_pack(), POETS + "They were poetas of note.", suggestions=True) == [
        (1, 45, 51, "poetas", ["poets"])
    ]
    # ... but not within two words of letters English does not write ...
    assert positions(typo_pack(), POETS + "The book Gode råd til poetas sold well.") == []
    assert positions(typo_pack(), POETS + "The book Un año de poetas sold well.") == []
    # ... nor beside a function word of another language, though the text writes 'poets' ...
    assert positions(typo_pack(), POETS + "The book Ein Abend für poetas sold well.") == []
    # ... nor beside a particle between two words in lower case.
    assert positions(typo_pack(), POETS + "It was the figlio del poeta nuovo.") == []


def test_a_capitalised_function_word_of_another_language_is_a_name_in_mid_sentence():
    text = "Opus Dei met. Opus Dei grew. She joined the movement Opjus Dei."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 54, 59, "Opjus", ["Opus"])]
    # first in a sentence it starts a phrase of its language
    assert positions(typo_pack(), "She read it.\n\nHet boek is klaar.\n") == []
    assert positions(typo_pack(), "She read it | Het boek is klaar.") == []


def test_a_name_beside_a_word_with_letters_english_does_not_write_is_left_alone():
    text = "Sanskrit is old and Sanskrit is sung. The Samskriti Bhāratī school teaches it."
    assert positions(typo_pack(), text) == []
    text = "Sanskrit is old and Sanskrit is sung. The Samskriti school teaches it."
    assert positions(typo_pack(), text) == [(1, 43, 52, "Samskriti")]
    # a word with such letters itself is written in its own language
    text = "The Athenian law. Athenian men. The Athenian state. Of the Athenáion."
    assert positions(typo_pack(), text) == []


# -- colloquial spellings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "dialect"),
    [("fixins", True), ("whatsa", True), ("gettin", True), ("fixings", False), ("what", False)],
)
def test_dialect_forms(word, dialect):
    assert dialect_form(word) is dialect


def test_a_plural_with_its_g_dropped_is_colloquial():
    assert positions(typo_pack(), "Bring a salad to finish the meal, or other fixins.") == []


def test_a_run_on_a_is_dialect_in_a_dialect_voice_only():
    assert positions(typo_pack(), '"Hey, whatsa goin\' on?" he asked.') == []
    assert positions(typo_pack(), "Hey, whatsa matter?") == [(1, 6, 12, "whatsa")]


# -- suggestions ----------------------------------------------------------------------------


def test_a_real_word_one_edit_away_beats_a_farther_word_of_the_text():
    text = "The hydrophobic end holds oil and the hydrophylic end holds water."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 39, 50, "hydrophylic", ["hydrophilic", "hydrophobic"])
    ]
    (finding,) = findings(typo_pack(), text)
    assert finding.message == "Possible typo: 'hydrophylic' (not in the dictionary)"
    # of two words one edit away, a form of the text's word comes first
    text = "The arrhythmia was mild and the arrhythmia passed, but the beat stayed arhythmic."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 72, 81, "arhythmic", ["arrhythmic", "rhythmic", "arrhythmia"])
    ]


def test_a_word_split_by_a_space_is_reported_whole_with_the_word():
    (finding,) = findings(typo_pack(), "Read the fo llowing notes.")
    assert (finding.column, finding.end_column, finding.match) == (10, 20, "fo llowing")
    assert finding.suggestions == ["following"]
    assert finding.message == "Possible typo: 'fo llowing' ('following' split by a space)"
    assert positions(typo_pack(), "Read the follo wing notes.", suggestions=True) == [
        (1, 10, 20, "follo wing", ["following"])
    ]
    # a fragment is a few letters standing alone, not the end of a longer word
    assert positions(typo_pack(), "Read the somefo llowing notes.") == []


def test_a_word_cut_short_by_an_ellipsis_or_beside_an_equals_sign_is_no_slip():
    assert positions(typo_pack(), "Wallpapers 1280 x 1024 | Resolut...") == []
    assert positions(typo_pack(), "The matrix has Hij = Hji for every entry.") == []
    # a slip before an ellipsis that begins no word is still one
    assert positions(typo_pack(), "He sent a mesage... and left.") == [(1, 11, 17, "mesage")]


def test_an_ending_kept_from_the_text_makes_only_an_attested_word():
    # "transducer" + "ed" is regular but no word: the text's own word is suggested alone
    text = "We used the transducer. The transducer was new. The signal was transduced twice."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 64, 74, "transduced", ["transducer"])
    ]


def test_a_function_word_run_into_a_common_word_is_suggested_as_two_words():
    text = "The note was andwritten in ink."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 14, 24, "andwritten", ["and written", "handwritten"])
    ]
    # the dictionary's word first when it is more frequent than the split's other word
    text = "He said somethin odd."
    assert positions(typo_pack(), text, suggestions=True)[0][4][0] == "something"
    # "to" takes endings ("toed") but runs into a word all the same: the word with "to"
    # first, not the word without it ("hard understand")
    text = "Some things are hard tounderstand."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 22, 34, "tounderstand", ["to understand", "understand"])
    ]


def test_the_old_third_person_of_a_known_verb_is_a_word():
    # until now "beareth" was taken for a slip of the text's "breath"
    text = "The Spirit beareth witness of the breath; he maketh peace and setteth the table."
    assert positions(typo_pack(), text) == []


def test_a_prefix_on_a_word_the_text_writes_is_a_coinage():
    text = "The case was unsolved. The solvated ions and the unsolvated ones react."
    assert positions(typo_pack(), text) == []
    # without the word alone in the text, the prefixed word is checked
    text = "The case was unsolved. The unsolvated ions react."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 28, 38, "unsolvated", ["unsolved"])
    ]


def test_a_lower_case_slip_of_a_common_word_is_suggested_in_lower_case():
    text = "The chocie was hard. Choice Hotels said so. Choice grew."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 5, 11, "chocie", ["choice"])]
    # a name stays capitalised
    text = "Jesus wept. The jezus figure was old."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 17, 22, "jezus", ["Jesus"])]


def test_a_suggestion_with_an_ending_takes_no_other():
    assert ending_kept("arrestees", "arrested") is None  # not "arresteds"
    assert ending_kept("consided", "consider") == "ed"


# -- forms of one stem, names and scrambles -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sagittarius is a fire sign. Those born under Sagittarius travel. You Sagittarii roam.",
        "The strawman was weak. It was a field of strawmen.",
        "The grumbletonians met. The grumbletonians left. What is grumbletonianism?",
        "The pollinia are waxy and the pollinia stick. One is a pollinium.",
        "The horoscopes said so. Read the horoscopic chart.",
        "She was delusional. The delusionary plan failed.",
    ],
)
def test_endings_that_take_turns_on_one_stem_make_two_words(text):
    assert positions(typo_pack(), text) == []


def test_a_possessive_first_word_is_a_name():
    assert positions(typo_pack(), "Homan's sign was tested on the human foot.") == []
    assert positions(typo_pack(), "Homan sign was tested on the human foot.") == [
        (1, 1, 6, "Homan")
    ]


def test_scrambled_letters_count_only_in_longer_words():
    text = "A grep for strcpy found a script error in each script and a script bug."
    assert positions(typo_pack(), text) == []
    text = "The suicide rate fell. Suicide is rare. The siucide note was found."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 45, 52, "siucide", ["suicide"])]


def test_a_capitalised_word_heading_a_list_entry_is_a_name():
    # "Artist - Title (Label)": the artist's name is checked against the text's names only
    text = "Davantage - Unholy EP (Black Rain)\n\nThe advantage was clear.\n"
    assert positions(typo_pack(), text) == []
    text = "Davantage - the plan\n\nThe advantage was clear.\n"  # no capitalised entry
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 1, 10, "Davantage", ["Advantage"])
    ]
    text = "Americna: A History\n\nThe American way.\n"
    assert positions(typo_pack(), text, suggestions=True) == [(1, 1, 9, "Americna", ["American"])]


def test_verbs_made_of_common_words_with_ize_are_words():
    text = "Chips were commoditized, loans securitized, and the data weaponised by incentivizing."
    assert positions(typo_pack(), text) == []
    # a stem that is not a common word, or "-ssize" for "-ssive", is still checked
    text = "The theory was successize; we summerize it."  # a listed misspelling too
    assert [found[3] for found in positions(typo_pack(), text)] == ["successize", "summerize"]


def test_a_word_joined_to_a_bracket_is_a_changed_quotation():
    text = 'The report said "[r]outine transfer is needed" and he walk[ed] home.'
    assert positions(typo_pack(), text) == []


def test_a_surname_after_an_initial_is_no_slip_of_a_first_name():
    text = "Paul came. Mark C. Paulk, Charles V. Weber and Bill Curtis wrote it."
    assert positions(typo_pack(), text) == []


def test_a_capitalised_word_beside_a_dutch_function_word_is_in_a_dutch_name():
    text = "Rene Cappers (Groningen Instituut voor Archeologie) spoke. The Institute agreed."
    assert positions(typo_pack(), text) == []


def test_a_surname_written_before_a_given_name_is_a_name():
    still = " The book was still there, still and still."
    assert positions(typo_pack(), "Stoll, Mark (ed.)." + still) == []
    assert positions(typo_pack(), "Stoll, M. (ed.)." + still) == []
    assert positions(typo_pack(), "Stoll, then still." + still, suggestions=True) == [
        (1, 1, 6, "Stoll", ["Still"])
    ]


def test_a_run_together_word_is_split_before_the_text_s_word_is_offered():
    text = "I was willingto overlook it. He came willingly."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 7, 16, "willingto", ["willing to", "willingly"])
    ]


def test_capitalised_words_of_a_journal_reference_are_names_and_abbreviations():
    plan = "We plan a Plan. The Plan is big. Plan it.\n\n"
    reference = "Int J Health Plann Manage 1994, 9:151-181.\n"
    assert positions(typo_pack(), plan + reference) == []
    # no volume and pages (a time span is none): a line of prose
    assert positions(typo_pack(), plan + "Health Plann met in 1994, 10:30-11:30.\n") == [
        (3, 8, 13, "Plann")
    ]


def test_a_species_epithet_after_its_genus_is_latin():
    assert positions(typo_pack(), "We grow Hoya imperialis, Lindl., and H. carnosus.") == []
    # an English slip after a name is still one
    assert positions(typo_pack(), "Then Merkel descibe it.") == [(1, 13, 20, "descibe")]


def test_a_suffix_on_a_name_of_the_text_coins_a_word():
    text = "Scrappy is here. Visit Scrappyland and Scrappyland again. A collector of Scrappyana."
    assert positions(typo_pack(), text) == []


def test_an_adjective_in_ional_of_a_known_noun_is_a_word():
    text = "A capstone conclusional activity ends the course; its conclusions are drawn."
    assert positions(typo_pack(), text) == []


def test_a_noun_in_ence_of_a_known_adjective_in_ent_is_a_word():
    text = "Trees are arborescent plants. Trees or arborescence; the arborescent form."
    assert positions(typo_pack(), text) == []
    assert positions(typo_pack(), "Its independance was won.") == [(1, 5, 17, "independance")]


def test_a_combining_form_and_an_adjective_in_ic_beside_ical_are_words():
    text = (
        "The vena cava and the vena porta. Hepatic veno-occlusive disease. Topological "
        "structures, topological spaces, and differential-topologic structures."
    )
    assert positions(typo_pack(), text) == []


def test_the_article_a_run_into_a_function_word_is_split():
    text = "It had lower pressure anda threshold of one."
    assert positions(typo_pack(), text, suggestions=True)[0][3:] == (
        "anda",
        ["and a", "panda", "and"],
    )


def test_the_plural_of_a_noun_in_ee_is_a_word():
    text = "The offenders arrested were no more likely than other arrestees."
    assert positions(typo_pack(), text) == []


def test_the_accusative_of_a_slavic_name_is_no_slip():
    text = "We went to Serednia school in Kyiv, and Serednia was good. The Seredniu paper came."
    assert positions(typo_pack(), text) == []


def test_a_lower_case_handle_heading_a_post_is_no_slip():
    text = "markey: New server to replace the old one\n\nThe server is new.\n"
    assert positions(typo_pack(), text) == []
    assert positions(typo_pack(), "We saw the markey: New server.\n") == [(1, 12, 18, "markey")]


def test_a_combining_form_joined_solid_to_a_word_is_a_word():
    text = "The neurohormonal axis. Neurohormonal control. Whether neurohormones fix identity."
    assert positions(typo_pack(), text) == []


def test_an_accented_word_is_no_slip_of_the_word_without_its_accent():
    text = "There is one for each département (French areas), and each department has one."
    assert positions(typo_pack(), text) == []


def test_spellings_set_against_each_other_are_discussed_not_slips():
    text = "For spelling conventions (e.g. ise or ize, erred or ered) consult the dictionary."
    assert positions(typo_pack(), text) == []
    assert positions(typo_pack(), "He will recieve or send it.") == [(1, 9, 16, "recieve")]


def test_the_tail_of_a_word_broken_across_a_page_is_no_slip():
    text = "The war turned the in-\n\nPage 5\n\ndustry almost wholly to war use. It was dusty.\n"
    assert positions(typo_pack(), text) == []


def test_a_capitalised_word_with_a_consonant_respelt_is_a_name_not_a_misspelling():
    # "Makro" and "Sention" are a wholesaler and a company, not "Macro" and "Section"
    text = (
        "Sention, cofounded by a professor at MIT, has gone upstream.\n\n"
        "Makro. Spicy burger sauce with sugar.\n\nGoverment officials met.\n"
    )
    assert positions(typo_pack(), text) == [(5, 1, 10, "Goverment")]
    # where the text writes the word itself, the capitalised form is a slip of it
    text = "Makro. Spicy burger sauce with sugar and a macro lens.\n"
    assert positions(typo_pack(), "Said so.\n\n" + text) == [(3, 1, 6, "Makro")]


def test_a_surname_is_no_slip_of_a_common_word_the_text_never_uses_as_a_surname():
    text = "The book, Part Three of the series, was edited by Michael Howard and Peter Paret."
    assert positions(typo_pack(), text) == []
    # "Hill" is a surname in this text: "Hil" is a slip of it
    text = "Mr Hil spoke first. Mr Hill said so, and Mr Hill left."
    assert positions(typo_pack(), text) == [(1, 4, 7, "Hil")]
    # a name in this text (capitalised twice, never lower case)
    text = "Chief Dick Pounnd says so. Asked why, said Pound. Pound continued: no."
    assert positions(typo_pack(), text) == [(1, 12, 18, "Pounnd")]
    # two letters swapped are a slip whatever comes before
    text = "The White Paper came out. Then the Green Paepr did."
    assert positions(typo_pack(), text) == [(1, 42, 47, "Paepr")]


def test_a_misspelt_name_of_the_names_list_is_left_to_the_misspelled_name_rule():
    text = "Visayan Forum (Phillipines)\n\nThe Philippines is big. The Philippines is far.\n"
    assert positions(pack_rule("typo/unknown-word"), text) == []
    assert positions(pack_rule("typo/misspelled-name"), text) == [(1, 16, 27, "Phillipines")]


def test_a_far_more_frequent_word_one_unlikely_edit_away_is_offered_second():
    # 'c' -> 'l' is no slip of the hand, but "decision" is 30 times as frequent as "delusion"
    text = "The court delision was announced on Monday."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 11, 19, "delision", ["delusion", "decision"])
    ]


def test_a_split_at_a_function_word_needs_a_far_more_frequent_word():
    # "trail" is only twice as frequent as "trailer": no "trail or"
    text = "He looked like a child of the trailor park."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 31, 38, "trailor", ["trailer", "tailor"])
    ]


def test_eye_dialect_and_the_latin_of_legal_citations_are_words():
    text = "He danced, as my girlfriend sez, for nuthin. See Oil Co. v. Doe, sub nom. Chevron Corp."
    assert positions(typo_pack(), text) == []


def test_words_joined_by_a_bullet_or_middle_dot_are_no_prose():
    text = "chugg•nutt (chug'nut), n. A site. Home•Abuot•Contact\n\nSome kewl company."
    assert positions(typo_pack(), text) == []


def test_a_vulgar_word_is_never_offered_unless_the_text_writes_it():
    # "dicks" is the only candidate for this commenter's surname: nothing is reported
    assert positions(typo_pack(), "Posted by emily dickos on May 5. I loved the film.") == []
    text = "He was a proud wanker in the comic. She is a wnker."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 46, 51, "wnker", ["wanker"])]


def test_two_full_names_with_different_surnames_after_are_two_people():
    text = (
        "Chief Kulong Marial spoke. Chief Kulong Marial left. Kulong came back. "
        "One is John Kulang Puot."
    )
    assert positions(typo_pack(), text) == []
    # a typing slip is one all the same: "Tnoy" beside "Tony"
    text = "Tony Blair spoke. Mr Blair left. Then Tnoy Blair came back."
    assert positions(typo_pack(), text) == [(1, 39, 43, "Tnoy")]


def test_an_unknown_word_in_a_link_s_text_names_a_site_or_a_page():
    page = (
        "<html><body><p>Blogs we read every week, as the readers of this page know well: "
        '<a href="http://example.com/">world of chig</a>, and <a href="/x">the goverment</a>.'
        "</p><p>He said the electoin results would come on Monday, and the count went on all "
        "night.</p></body></html>"
    )
    # the misspelling list's word is still reported in a link; the evidence-free guess not
    assert formatted_positions(typo_pack(), page, "page.html") == [
        (1, 151, 160, "goverment", "typo.misspelling"),
        (1, 184, 192, "electoin", "typo.unknown-word"),
    ]


def test_the_practice_of_an_ist_noun_in_ry_is_a_word():
    text = "Crying, touristry to the Third World, and dentistry are the subjects."
    assert positions(typo_pack(), text) == []

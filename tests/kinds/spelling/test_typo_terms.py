"""Issue 13, typo precision on a technical blog: names in lists of people, closed compounds
a team coins, adjectives in -ic from known nouns, censored words, and real but rarer words.
Texts are invented; positions are 1-based (line, column, end_column exclusive)."""

from __future__ import annotations

from helpers import findings, pack_rule, positions, typo_pack


def matches(text: str, path: str = "story.txt") -> list[str]:
    return [f.match for f in findings(typo_pack(), text, path)]


# -- a capitalised word in a list of people ---------------------------------------------------


def test_a_capitalised_item_of_a_list_of_handles_is_a_name():
    text = (
        "Who did what this month:\n\n"
        "- @quillwright\n"
        "  - rewrote the parser\n"
        "- Tage\n"
        "  - kept the benchmarks running\n"
    )
    assert matches(text, "post.md") == []


def test_a_lone_capitalised_misspelling_outside_a_list_of_people_is_reported():
    # Nothing around it is a handle or a name: the item is the word.
    text = "Steps to take:\n\n- Tage\n- build the release\n"
    assert positions(pack_rule("typo/misspelling"), text) == [(3, 3, 7, "Tage")]


# -- closed compounds a team coins --------------------------------------------------------------


def test_a_lower_case_compound_of_two_whole_words_is_a_coined_term():
    text = "The team completes the review. Then we ran the compiletest suite on the fixes."
    assert positions(typo_pack(), text) == []
    # A slip that splits into no two words is still reported, with the text's form.
    text = "The team completes the review. Then it compeltes the release notes."
    assert positions(typo_pack(), text) == [(1, 40, 49, "compeltes")]


# -- adjectives in -ic, and capitalised forms ---------------------------------------------------


def test_an_adjective_in_ic_beside_its_noun_is_no_slip():
    text = "We study glossometry. Her glossometry lab ran glossometric tests for a week."
    assert positions(typo_pack(), text) == []


def test_a_lower_case_word_is_no_far_slip_of_a_word_only_capitalised():
    text = "Skatebrook Park opened. Skatebrook Park is busy. The skatbrooks are full."
    assert positions(typo_pack(), text) == []


# -- censored words -----------------------------------------------------------------------------


def test_a_word_censored_with_asterisks_is_no_typo():
    text = "The coach called it a godd***ed mess and a f**king disgrace, then left."
    assert positions(typo_pack(), text) == []


def test_the_halves_of_a_word_that_lost_a_character_in_decoding_are_no_words():
    text = "It wasn\ufffdt until 1743 that a communiqu\ufffd was signed; it wasn\u00b4t late."
    assert positions(typo_pack(), text) == []
    assert matches("It was a communiqu before.") == ["communiqu"]


def test_a_name_in_a_beside_its_adjective_in_an_is_no_slip():
    text = "The Order Glossaria grew. Glossarian fossils are old. Glossarian teeth are sharp."
    assert positions(typo_pack(), text) == []


def test_the_halves_of_a_word_broken_at_a_line_end_are_no_words():
    assert matches("The Property Manage- ment Co. sold the flat.") == []
    assert matches("The Property Manage-\nment Co. sold the flat.") == []
    assert matches("The ment was good.") == ["ment"]


def test_g_dropping_with_several_words_is_the_writers_voice():
    assert matches("He was sellin poison and gettin by, brother.") == []
    assert matches("He was gettin by, brother.") == ["gettin"]


def test_a_word_with_its_ligature_is_the_word():
    text = (
        "The Encyclopaedia Brevis is old. The Encyclopaedia Brevis sold. Encyclopædia Brevis won."
    )
    assert matches(text) == []
    assert matches("The manœuvre was swift.") == []


def test_a_suggestion_from_the_text_keeps_the_ending_typed():
    text = "We guarantee it. The benefits are scheduled, not garunteed."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 50, 59, "garunteed", ["guaranteed", "guarantee"])
    ]


def test_dialect_with_several_words_and_elided_starts_are_the_writers_voice():
    assert matches("They said dese people were over dere.") == []
    assert matches("It opens a whole 'nother dimension.") == []
    assert matches("They said that dese people knew it.") == ["dese"]


def test_a_handle_after_a_header_from_is_no_typo():
    assert matches("From: chrish\n\nThe council met on Monday.") == []


def test_two_unknown_words_side_by_side_are_another_language():
    assert matches("We study the janma kundli charts.") == []
    assert matches("The Preyas & Sreyas menu opened.") == []
    # a slip beside an unknown name is still a slip
    assert matches("Mr Zhaksybekov spoke yesterdy.") == ["yesterdy"]


def test_a_wrong_form_in_s_may_be_a_possessive_so_it_has_no_fix():
    (finding,) = findings([pack_rule("typo/misspelling")], "He wore a womens shirt.")
    assert (finding.suggestions, finding.fix) == (["women", "women's"], None)
    # before a possessive mark the form is fixed whole
    (finding,) = findings([pack_rule("typo/misspelling")], "The childrens' toys.")
    assert finding.suggestions == ["children"] and finding.fix is not None


def test_a_capitalised_word_is_no_slip_of_a_word_written_once_in_lower_case():
    assert matches("Patry wrote the post.\n\nThe party went on all night.") == []
    assert matches("Lefties and righties alike voted.") == []


def test_a_word_beside_a_function_word_of_another_language_is_no_typo():
    assert matches("Berlin: Verlag fuer Bauwesen, 1990.") == []
    assert matches("The work of los ingenieros was done.") == []


def test_an_agent_noun_in_or_is_no_slip_of_another_form_of_its_stem():
    text = "The trait was implemented. It was implemented twice. Each implementor must agree."
    assert matches(text) == []

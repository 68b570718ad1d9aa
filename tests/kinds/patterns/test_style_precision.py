"""Style findings an editor acts on (issue 13): brackets that pair across smileys, list
markers and full-width forms; doubled words that grammar allows, that name another word, or
that stand in a page's buttons; spellings compared only in finished sentences; spaces that
lay out a line in columns. Invented sentences; exact spans, messages and fixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import fixed, make_rule, positions

from newslint.ruleset.loading import load_rule_file

STYLE = Path(__file__).resolve().parents[3] / "rules" / "style"


def builtin(name: str):
    [rule] = load_rule_file(STYLE / f"{name}.yaml")
    return rule


# -- brackets ----------------------------------------------------------------------------


def bracket_rule(tmp_path, body: str = ""):
    return make_rule(tmp_path, "brackets", body, message="Unbalanced '{match}'", scope="paragraph")


def test_brackets_nest_to_any_depth_and_report_each_unpartnered_one(tmp_path):
    rule = bracket_rule(tmp_path)
    text = "A (b (c (d) e) f) g.\n\nAn aside (never closed, and one) too many).\n"
    assert positions(rule, text) == [(3, 42, 43, ")")]
    assert positions(rule, "It (was (left open.") == [(1, 4, 5, "("), (1, 9, 10, "(")]


def test_brackets_of_one_kind_close_each_other(tmp_path):
    rule = bracket_rule(tmp_path, 'pairs: ["()（）", "[]"]\n')
    assert positions(rule, "写成(这样）。 A [list) here].") == [(1, 16, 17, ")")]


def test_brackets_not_brackets_are_never_counted(tmp_path):
    rule = bracket_rule(tmp_path, "not_brackets: ['[:;]\\(']\n")
    assert positions(rule, "It crashed again :( and (again).") == []


def test_brackets_not_brackets_naming_a_word_hold_in_any_case(tmp_path):
    # searched only in the paragraphs that hold the word (case-folded), as written
    rule = bracket_rule(tmp_path, "not_brackets: ['Frown\\(']\n")
    assert positions(rule, "A Frown( here.\n\nA FROWN( there.\n\nNo frown.\n") == [(3, 8, 9, "(")]


def test_brackets_optional_closers_close_only_what_nothing_else_closes(tmp_path):
    rule = bracket_rule(tmp_path, "optional_closers: ['[:;]-?\\)']\n")
    # the smiley is a smiley: the last ")" closes the aside
    assert positions(rule, "(He insisted ;-) ) It stood.") == []
    # the smiley is all there is to close the aside: it does, and is never reported
    assert positions(rule, "(He insisted ;-) It stood. ;)") == []


def test_brackets_pairs_must_be_pairs(tmp_path):
    from newslint.errors import RuleError

    with pytest.raises(RuleError, match="pair"):
        bracket_rule(tmp_path, 'pairs: ["(()"]\n')


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frown, plain or escaped, opens nothing
        ("The new version keeps crashing :(\n", []),
        ("The public are consistently dull :- &lt;(\n", []),
        # a smiley inside an aside does not close it
        ("(Besides, he wanted his name on it too ;-) ) Nobody minded.\n", []),
        # a short word and ")" closes an aside when one is open, else it is a list marker
        ("Both (the one in Leeds and the one in NC) agreed.\n", []),
        ("Two facts matter: 1) the cost and 2) the delay.\n", []),
        # a smiley typed with a space, and script code left in the text
        ('...make that a big "fsck -f" : )\n', []),
        ("document.write('<b>'); //-->\n", []),
        # full-width closing of an ASCII opening
        ("改裝成車中床(懶得收帳篷才是事實）。\n", []),
        # a team sheet with a club's bracket lost: a real slip, kept
        ("J Smith (Leeds (capt); P Jones (Hull), K Brown (York).\n", [(1, 9, 10, "(")]),
        ("P Jones (Hull), K Brown York), T Green (Bath).\n", [(1, 29, 30, ")")]),
    ],
)
def test_unbalanced_brackets_builtin(text, expected):
    assert positions(builtin("unbalanced-brackets"), text) == expected


# -- doubled words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a stranded preposition, then the same one opening a phrase of time
        "It was the moment he had been waiting for for years.\n",
        "It is a place we have been placed in in the past year.\n",
        "It is the report she worked on on Monday.\n",
        # a demonstrative pronoun, then a determiner
        "Add to this this new law, which removes the right to appeal.\n",
        # a capitalised noun inside a sentence, then the verb
        "Any guardian named in the parent's Will will take charge.\n",
        # interjections and reduplication
        "It was cheap, heh heh, and it worked.\n",
        "They came from France, Spain, Italy etc etc.\n",
        '"Don\'t cry, please please, it will be all right."\n',
        # a page's buttons and labels, not a finished sentence
        "print print email email\n",
        "Email email this story to a friend\n",
        # a script written without spaces between words: a user name and a date
        "#5 青草 青草 於 2013/12/28\n",
    ],
)
def test_doubled_word_leaves_grammar_labels_and_idioms_alone(text):
    assert positions(builtin("doubled-word"), text) == []


def test_doubled_word_still_reports_slips_with_their_fixes():
    rule = builtin("doubled-word")
    text = (
        "Nobody would be talking about about their goal. She waited for for the bus.\n"
        "Share this\n\nthe the best of the week\n"
    )
    assert positions(rule, text, suggestions=True) == [
        (1, 25, 36, "about about", ["about"]),
        (1, 60, 67, "for for", ["for"]),
        (4, 1, 8, "the the", ["the"]),
    ]
    assert fixed(rule, text, unsafe=False) == (
        "Nobody would be talking about about their goal. She waited for for the bus.\n"
        "Share this\n\nthe best of the week\n"
    )


def test_a_doubled_article_after_a_particle_is_reported_with_an_unsafe_fix():
    # "reach out the the team" meant "out to the": deleting one "the" would hide the slip
    rule = builtin("doubled-word")
    text = "You can reach out the the team. The the vote passed.\n"
    assert positions(rule, text) == [(1, 19, 26, "the the"), (1, 33, 40, "The the")]
    assert fixed(rule, text, unsafe=False) == "You can reach out the the team. The vote passed.\n"


def test_repetition_grammatical_contexts_and_sentences_only(tmp_path):
    rule = make_rule(
        tmp_path,
        "repetition",
        "grammatical_contexts: ['(in)\\s+\\1\\s+(?:the past)']\nsentences_only: true\n",
        message="'{word}' twice",
    )
    text = "He lived in in the past. He sat in in the car.\n\nclick click here\n"
    assert positions(rule, text) == [(1, 33, 38, "in in")]


# -- spelling consistency ----------------------------------------------------------------


def test_spelling_consistency_compares_finished_sentences_only():
    rule = builtin("spelling-consistency")
    text = (
        "E-mail us\n\nApply through our web site\n\n"
        "Readers may reply by email. Or they may reply by e-mail.\n\n"
        "Story title | E-Mail\n"
    )
    found = positions(rule, text, suggestions=True)
    assert found == [(5, 50, 56, "e-mail", ["email"])]


# -- missing spaces --------------------------------------------------------------------


def test_missing_space_not_before_a_button_label_that_ends_the_line():
    rule = builtin("missing-space")
    text = "Nobody hires from the job board.Report\nIt was late.Then it rained.\n"
    assert positions(rule, text, suggestions=True) == [(2, 12, 13, ".", [". "])]


# -- double spaces -----------------------------------------------------------------------


def test_double_space_leaves_a_line_laid_out_in_columns():
    rule = builtin("double-space")
    text = (
        "VOTE   Was the minister right to resign?   Yes  No   Results are indicative\n"
        "The vote was held on  Tuesday.\n"
    )
    assert positions(rule, text, suggestions=True) == [(2, 21, 23, "  ", [" "])]
    assert fixed(rule, text, unsafe=False).splitlines()[1] == "The vote was held on Tuesday."

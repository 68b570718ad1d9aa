"""Issue 13, typo precision: words mentioned rather than used, interjections and stretched
words, real words the current-words build once dropped as slips, suggestions that keep the
misspelling's ending, and misspelling fixes before a possessive mark. Texts are invented;
positions are 1-based (line, column, end_column exclusive)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from helpers import findings, fixed, pack_rule, positions, typo_pack

from newslint.document.model import Document
from newslint.input import markdown
from newslint.linting.lint import lint_document


def typo_rule(name: str):
    return pack_rule(f"typo/{name}")


# -- a word mentioned, not used --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Last year the mayor coined the phrase "governmint" for the new tax.',
        "Critics dubbed the tour 'monstar', a blend of two words.",
        'The so-called "celebritty" of the show won it readers.',
        'He used the word "fantestic" twice.',
        'It is what he calls "governmint" money.',
    ],
)
def test_a_coinage_or_pun_the_sentence_announces_is_no_typo(text):
    rules = [typo_rule("unknown-word")]
    assert [f.match for f in findings(rules, text)] == []


def test_a_mention_needs_both_the_marks_and_the_cue():
    rule = typo_rule("unknown-word")
    # Quoted, but nothing announces a coinage: a slip in a quotation is still a slip.
    text = 'The mayor called the shelters "disgracfeul" and left.'
    assert positions(rule, text, suggestions=True) == [(1, 32, 43, "disgracfeul", ["disgraceful"])]
    # A cue, but the word is not set apart.
    text = "Critics dubbed the presidnet a liar."
    assert positions(rule, text, suggestions=True) == [(1, 20, 29, "presidnet", ["president"])]


def test_an_emphasised_pun_in_markdown_is_no_typo():
    def found(text):
        doc = Document(text, "post.md", markdown.reader("post.md"))
        return [
            (f.match, f.suggestions)
            for f in lint_document(doc, [typo_rule("unknown-word")]).findings
        ]

    assert found("If you like puns, the branch names are simply *fantestic*.\n") == []
    # Not emphasised: the dictionary's evidence holds.
    text = "If you like puns, the branch names are simply fantestic.\n"
    assert found(text) == [("fantestic", ["fantastic"])]


# -- interjections and stretched words -------------------------------------------------------


def test_interjections_and_stretched_words_are_no_typos():
    text = "Whoo boy. Hmmmm, that was sooo close. Aaargh, whoaaa, ooh and yesss, she wrote."
    assert positions(typo_pack(), text) == []


def test_a_doubled_letter_is_still_a_slip():
    # Typed twice, not three times: a slip, not a stretched word.
    text = "The minister said she was fine, soo the vote goes ahead, and thee vote passed."
    assert [f.match for f in findings(typo_pack(), text)] == []  # short: no dictionary evidence
    text = "The minister was verry clear about the deadline."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 18, 23, "verry", ["very"])]


# -- current words the build kept ----------------------------------------------------------


def test_real_words_one_letter_from_a_frequent_word_are_no_typos():
    text = "He wanted a kick up the arse. They fitted floor uplights and downlights."
    assert positions(typo_pack(), text) == []


def _build_lexicons():
    path = Path(__file__).resolve().parents[3] / "tools" / "build_lexicons.py"
    spec = importlib.util.spec_from_file_location("build_lexicons", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_drops_rare_slips_but_keeps_frequent_words():
    build = _build_lexicons()
    frequent = {"are": 226, "the": 127}
    # "thr" (603 cB) is a slip of "the"; "arse" (543 cB) is as frequent as a neighbour.
    assert build._slips({"arse": 543, "thr": 603, "thre": 700}, frequent) == {"thr", "thre"}


# -- suggestions keep the misspelling's ending ---------------------------------------------


def test_a_suggestion_keeps_the_ending_the_misspelling_keeps():
    rule = typo_rule("unknown-word")
    text = "The traits are currently not consided compatible with the old design."
    assert positions(rule, text, suggestions=True) == [
        (1, 30, 38, "consided", ["considered", "consider"])
    ]
    assert fixed(rule, text) == (
        "The traits are currently not considered compatible with the old design."
    )


def test_a_suggestion_with_the_ending_already_first_is_kept():
    rule = typo_rule("unknown-word")
    text = "The presidnet said on Monday that the talks had ended."
    assert positions(rule, text, suggestions=True) == [(1, 5, 14, "presidnet", ["president"])]


# -- misspelling fixes before a possessive mark --------------------------------------------


def test_a_plural_without_s_takes_the_possessive_mark():
    rule = typo_rule("misspelling")
    text = "They discussed their childrens' schools and the womens’ league on Monday."
    [first, second] = findings(rule, text)
    assert (first.match, first.suggestions, first.fix.safe) == ("childrens", ["children"], True)
    assert [(e.start, e.end, e.content) for e in first.fix.edits] == [(21, 31, "children's")]
    assert (second.match, second.fix.safe) == ("womens", True)
    assert fixed(rule, text, unsafe=False) == (
        "They discussed their children's schools and the women’s league on Monday."
    )


def test_a_possessive_of_a_word_with_an_s_plural_is_fixed_only_when_unsafe():
    rule = typo_rule("misspelling")
    text = "The algorithyms' output was checked."
    [found] = findings(rule, text)
    assert found.fix.safe is False
    assert fixed(rule, text, unsafe=False) == text
    assert fixed(rule, text) == "The algorithm's output was checked."


def test_a_misspelling_before_an_apostrophe_s_keeps_its_plain_fix():
    rule = typo_rule("misspelling")
    text = "The goverment's plan and the childrens book."
    # "childrens" may be "children's": two suggestions, no fix
    assert fixed(rule, text, unsafe=False) == "The government's plan and the childrens book."

"""Issue 13, item 5: the typo rules on technical and name-rich prose -- regular inflections,
product names and names, handles and code, short terms, and the suggestion's form. Texts are
invented; positions are 1-based (line, column, end_column exclusive)."""

from __future__ import annotations

import pytest
from helpers import formatted_positions, positions, typo_pack

from newslint.kinds.spelling.inflection import regular_inflection

# -- regular inflections of known words ----------------------------------------------------

KNOWN = frozenset({"lint", "inline", "grep", "tier", "triage", "version", "run", "rune", "com"})
KNOWN |= {"come", "coming", "writ", "writing", "running", "stop", "stopped", "try", "occur"}
KNOWN |= {"occurred", "prom", "big"}


@pytest.mark.parametrize(
    "word",
    ["linting", "inlined", "grepping", "tiering", "triaged", "versioned", "linters", "tried"],
)
def test_a_regular_inflection_of_a_known_word(word):
    assert regular_inflection(word, KNOWN.__contains__, KNOWN.__contains__)


@pytest.mark.parametrize(
    "word",
    [
        "runing",  # "run" doubles its n; "rune" + ing loses to "running"
        "comming",  # "coming"
        "writting",  # "writing"
        "stoped",  # "stopped"
        "occured",  # "occurred"
        "greping",  # one syllable: the p doubles
        "promsed",  # a plural takes no further ending
        "bigest",  # "big" doubles its g
    ],
)
def test_a_misspelt_inflection_is_no_word(word):
    assert not regular_inflection(word, KNOWN.__contains__, KNOWN.__contains__)


def test_inflections_of_known_and_listed_words_are_not_typos():
    text = "We kept linting, and the call was inlined. Grepping the tiering logs, we triaged it."
    assert positions(typo_pack(), text) == []
    text = "We were runing late and writting notes."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 9, 15, "runing", ["running", "ruining", "tuning"]),
        (1, 25, 33, "writting", ["writing"]),
    ]


# -- capitalised words: product names, names against words and names ------------------------


def test_a_word_with_a_capital_inside_is_a_products_name():
    text = "Make the tools. We make them with CMake and GObject on the eServer and AppleTV."
    assert positions(typo_pack(), text) == []


def test_a_name_used_twice_is_no_slip_for_a_lower_case_word():
    text = "The CSS Style Guide is short. The style is set. Stylo is an engine. It runs Stylo."
    assert positions(typo_pack(), text) == []


def test_a_surname_after_a_first_name_is_no_slip_for_a_word():
    text = "The minister spoke to the Prime Minister. Brendan Miniter wrote the column."
    assert positions(typo_pack(), text) == []
    # Not after a person: a slip, though a capitalised word stands before it.
    text = "The minister met the Prime Minister. Later the Prime Miinster left."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 54, 62, "Miinster", ["Minister"])]


@pytest.mark.parametrize(
    "text",
    [
        "Python is great. We like Python. Some write C, Cython or Fortran.",  # c, p far apart
        "We met Joshua Smith and Joshua Brown. We met Yoshua Ng.",  # y and j far apart
        "We met Christian Smith and Christian Brown. We met Hristian Ng.",  # a first letter
        "We met David Smith and David Brown. We met Dawid Ng.",  # w and v far apart
    ],
)
def test_a_name_that_differs_from_another_by_no_slip_is_a_name(text):
    assert positions(typo_pack(), text) == []


def test_real_slips_in_names_are_still_found():
    text = "Ethereum rose. Ethereum fell. The price of Etherum fell, said Guillaume Ng."
    text += " Guillaume Ng spoke. Later Guillame left."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 44, 51, "Etherum", ["Ethereum"]),
        (1, 103, 111, "Guillame", ["Guillaume"]),
    ]


def test_a_short_name_one_slip_away_is_found_where_both_share_a_neighbour():
    # Not a typing slip, so alone no evidence (see below); the shared first name is.
    text = "Sarah Pell spoke. Sarah Pell left. Then Sarah Pelk said no."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 47, 51, "Pelk", ["Pell"])]
    # Two people with one title: "Mr" is no shared first name.
    text = "Mr Horgan spoke. Mr Horgan left. Then Mr Horan said no."
    assert positions(typo_pack(), text) == []


# -- misspelt names: a lost first letter, short names, words of the lists ------------------


@pytest.mark.parametrize(
    "text, found",
    [
        # A name the text writes in mid-sentence, its first letter lost.
        (
            "Mr Howard spoke on Monday. Critics said Mr Oward was wrong.",
            (44, 49, "Oward", "Howard"),
        ),
        (
            "Fishermen in Scotland met. The committee will be in Cotland next week.",
            (53, 60, "Cotland", "Scotland"),
        ),
        # A capitalised word after it: only where it follows the name too.
        (
            "Shares rose in Hong Kong. The bank will list in Ong Kong next year.",
            (49, 52, "Ong", "Hong"),
        ),
    ],
)
def test_a_name_that_lost_its_first_letter(text, found):
    start, end, match, suggestion = found
    assert positions(typo_pack(), text, suggestions=True) == [(1, start, end, match, [suggestion])]


@pytest.mark.parametrize(
    "text, found",
    [
        # A short name one slip from a known name that the text uses as a name, twice.
        (
            "Fans in Spain cheered as Spain beat England. The game, which Spaib won, was tense.",
            (62, 67, "Spaib", "Spain"),
        ),
        ("Mr Fogg said so. Mr Fogg left. Mr Fogtg said no.", (35, 40, "Fogtg", "Fogg")),
    ],
)
def test_a_short_name_one_slip_from_a_known_name(text, found):
    start, end, match, suggestion = found
    assert positions(typo_pack(), text, suggestions=True) == [(1, start, end, match, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised word after it makes it a name of its own: a first name, a club.
        "We met Christian Smith and Christian Brown. We met Hristian Ng.",
        "Spain beat England. The fans of Spaib Rovers sang.",
    ],
)
def test_a_name_one_slip_away_that_starts_a_name_of_its_own(text):
    assert positions(typo_pack(), text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # Words of the lists or derived forms, written once where a name's neighbour stands.
        (
            "Fans of Manchester United sang. Glazer made an offer for Manchester Nited.",
            (69, 74, "Nited", "United"),
        ),
        (
            "William Hague spoke. The former leader Willian Hague said no.",
            (40, 47, "Willian", "William"),
        ),
        # Known only as a derived form ("mod" + "-ay"), beside a name of the text.
        (
            "He spoke on Monday and on Monday night. A scan is due on Moday, his doctor said.",
            (58, 63, "Moday", "Monday"),
        ),
    ],
)
def test_a_listed_or_derived_word_that_is_a_slip_in_a_name(text, found):
    start, end, match, suggestion = found
    assert positions(typo_pack(), text, suggestions=True) == [(1, start, end, match, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        # Names of the word lists, one letter apart: two people.
        "Marcus Horgan played. Horgan scored. The pack: Sheahan, Horan, Miller.",
        "Robbie Williams sang. Williams won. David Walliams presented the prize.",
        # Two listed first names before one surname: a family.
        "Joan Smith spoke. Later John Smith said no.",
        # Each written once beside the same first name: which one is the slip?
        "Fan Matt Moffat wrote in. Later Matt Moffatt said no.",
        # One word in two spellings.
        "The Peace Pilgrim Center opened. A Peace Pilgrim Centre is in Moscow.",
    ],
)
def test_listed_names_one_letter_apart_are_two_names(text):
    assert positions(typo_pack(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A first name that the other name never has: two people.
        "Arthur Clarke wrote it. Clarke said so. We read Glenda Larke too.",
        # A known name the text writes once is too little to call a short name its slip.
        "Pictures from the tomb of Seba are old. Scenes in the tomb of Senba show dogs.",
        # A common word that the text writes as a name is no name a surname misspells.
        "The White House spoke. The House voted. The House met. Police named John Houser.",
    ],
)
def test_a_name_one_slip_away_that_is_someone_else(text):
    assert positions(typo_pack(), text) == []


def test_a_last_letter_typed_twice_is_no_ending():
    # "Batess" is no plural of "Bates", nor "Kellyy" a form of "Kelly".
    text = "Chris Kelly spoke. Kelly left. Then Kellyy said no."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 37, 43, "Kellyy", ["Kelly"])]


def test_a_capitalised_word_after_a_first_name_is_a_surname():
    # "Andrew" is a place and a common word too; as a first name, "Cann" after it is a
    # surname, not a slip for the "Can" of the heading.
    text = "How You Can Help\n\nWe can ship it. You can try it. They can help.\n\nAndrew Cann"
    assert positions(typo_pack(), text) == []


def test_a_capitalised_first_word_before_a_past_tense_is_a_subject():
    assert positions(typo_pack(), "Teor joined the board as a contractor.") == []


def test_a_word_the_text_links_to_as_a_page_is_a_name():
    source = "* [Centril](https://example.com/centril), for the electoin work.\n"
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (1, 51, 59, "electoin", "typo.unknown-word")
    ]


def test_a_commenter_the_text_links_to_by_mail_is_a_handle():
    source = (
        '<p>I liked it.</p><p>anonymouse (<a href="mailto:Anonymouse@example.net">mail</a>):</p>'
        "<p>I recieve it late.</p>"
    )
    assert formatted_positions(typo_pack(), source, "page.html") == [
        (1, 93, 100, "recieve", "typo.misspelling")
    ]


# -- handles and code -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The patch by aliu was merged.",
        "Thanks to centril, secona and ijackson for the review.",
        "As oli wrote, the design works. The oil is hot.",
        "On Monday. ijackson proposed a retry.",
        "Call Vec::neww or spawnn() or `thred` here.",
        "It slowed the aws-sdk-rust repo.",  # two unknown parts: a name
        # a name with its handle in brackets: not even a known misspelling is a slip there
        "Thanks to our contributors:\n\n- cui fliter (cuishuang)\n- Ann Lee (alee)\n",
    ],
)
def test_handles_and_code_are_not_typos(text):
    assert positions(typo_pack(), text) == []


def test_a_known_misspelling_before_words_in_brackets_is_still_reported():
    assert positions(typo_pack(), "The water fliter (a new one) broke.") == [(1, 11, 17, "fliter")]


def test_a_markdown_link_whose_text_is_one_lower_case_word_is_a_handle():
    source = "Work by [aliu](https://example.com/aliu) on the electoin tool.\n"
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (1, 49, 57, "electoin", "typo.unknown-word")
    ]


def test_a_word_that_a_link_starts_inside_is_still_checked():
    source = "The electo[in](https://example.com/a) results.\n"
    assert formatted_positions(typo_pack(), source, "post.md") == [
        (1, 5, 14, "electo[in", "typo.unknown-word")
    ]


def test_a_slip_beside_a_name_or_in_a_list_of_words_is_still_a_typo():
    text = "It was the right colleages, Robert, and apples, oranegs and plums."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 18, 27, "colleages", ["colleagues"]),
        (1, 49, 56, "oranegs", ["oranges"]),
    ]


# -- short words and weak slips ---------------------------------------------------------


def test_short_terms_are_no_slips_for_common_short_words():
    text = "Set the mode for the flag: panic xor return, as the docs say."
    assert positions(typo_pack(), text) == []
    # "ins" in the text is no slip for "ino" (o for s); "into", a letter left out, is.
    text = "The ins and outs. It was moved ino the server."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 32, 35, "ino", ["into"])]
    # Two letters swapped still make a slip: "aws" for "was".
    assert positions(typo_pack(), "It aws late.", suggestions=True) == [(1, 4, 7, "aws", ["was"])]


def test_short_slips_that_swap_or_drop_a_letter_are_found():
    text = "He said teh vote was close. They wil vote again."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 9, 12, "teh", ["the"]),
        (1, 34, 37, "wil", ["will"]),
    ]


def test_a_short_slip_of_a_key_beside_counts_for_a_more_frequent_word():
    # "who" (n for h, keys side by side) is more frequent than the swap's "won"
    text = "He praises those wno obey. Jones bas been picked."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 18, 21, "wno", ["who", "won"]),
        (1, 34, 37, "bas", ["has", "bad"]),
    ]
    # not when the keyed word is only a few times more frequent: "tru" is "true", not "try"
    assert positions(typo_pack(), "How far tru it is.", suggestions=True) == [
        (1, 9, 12, "tru", ["true"])
    ]


def test_a_letter_that_is_no_slip_is_no_evidence_from_the_text():
    # m before t is no slip ("mtime" for "time"); n doubled is one ("tiime").
    text = "It takes time, and more time. Check the mtime first, and the tiime again."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 62, 67, "tiime", ["time"])]


# -- the suggestion's form -----------------------------------------------------------------


def test_the_dictionary_word_the_texts_form_inflects_is_suggested_when_closer():
    text = "Their ambitions grew. Her amibition was clear."
    assert positions(typo_pack(), text, suggestions=True) == [
        (1, 27, 36, "amibition", ["ambition"])
    ]


# -- deliberate spellings: used twice, built on a word, derived ----------------------------


def test_a_capitalised_spelling_used_twice_is_deliberate():
    text = "Use Xargo here. Cargo is fine and Cargo works. With Xargo we go."
    assert positions(typo_pack(), text) == []


def test_a_word_built_on_another_or_derived_from_one_is_no_slip():
    text = (
        "Review the changeset and the changes. The unsafeck pass is unsafe. Use comptime to "
        "compile. It feels bready, and incrementality matters for incremental builds."
    )
    assert positions(typo_pack(), text) == []


def test_a_credit_after_a_dash_is_a_handle():
    assert positions(typo_pack(), "Type fallback — centril\n\nThe central plan.\n") == []


# -- terms of technical writing (issue 13: lower-case words with only weak evidence) -------


def test_a_lower_case_first_word_of_a_sentence_is_written_so_on_purpose():
    text = "The workshop ran late. teor held it on interop.\n"
    assert positions(typo_pack(), text) == []
    # Evidence in the text still counts: "Tyically" is no styled handle.
    text = "It is typically late. tyically it is.\n"
    assert positions(typo_pack(), text) == [(1, 23, 31, "tyically")]
    # A first letter lost, as drop caps are in scraped pages, is still found.
    text = "Our firm is small. elcome to it.\n"
    assert positions(typo_pack(), text, suggestions=True) == [(1, 20, 26, "elcome", ["welcome"])]


def test_a_short_part_of_a_hyphenated_word_is_a_term():
    text = "It was slow when publishing the aws-sdk-rust repo, as it was before.\n"
    assert positions(typo_pack(), text) == []


def test_a_letter_added_to_a_short_word_of_the_text_makes_a_term():
    # "wasm" is "asm" with a w before it, no slip; a letter typed twice is one ("asmm").
    text = "Reasons included asm, proc macros and wasm.\n"
    assert positions(typo_pack(), text) == []


@pytest.mark.parametrize("word", ["callee", "trainee", "finalish"])
def test_nouns_in_ee_and_adjectives_in_ish_of_known_words_are_words(word):
    known = {"call", "train", "final", "there", "agree"}.__contains__
    assert regular_inflection(word, known, known)


@pytest.mark.parametrize("word", ["theree", "agreee"])
def test_a_final_e_typed_twice_is_no_noun_in_ee(word):
    known = {"call", "train", "final", "there", "agree"}.__contains__
    assert not regular_inflection(word, known, known)


def test_a_callee_beside_its_caller_is_no_slip():
    text = "The caller waits until the callee returns a value.\n"
    assert positions(typo_pack(), text) == []


def test_an_adjective_in_ish_needs_a_dictionary_stem():
    # "soane" in a list of current words is a name: "Soanish" is a slip for "Spanish".
    known = {"soane", "final"}.__contains__
    assert not regular_inflection("soanish", known, {"final"}.__contains__)


def test_a_capitalised_compound_at_a_sentence_start_is_a_name():
    text = "Spas stock many brands.\n\nPhyto-Contour, YonKa and others are sold."
    assert positions(typo_pack(), text) == []
    # A lower-case second part leaves the first word a word: a slip is still found.
    text = "Spas stock many brands.\n\nGoverment-backed spas are sold."
    assert [p[3] for p in positions(typo_pack(), text)] == ["Goverment"]


# -- the writer's own gloss ------------------------------------------------------------------


def test_a_misspelling_listed_beside_its_correction_is_a_keyword():
    text = "Tags: family history, genealogy geneology, scrapbooks. We recieve letters."
    assert positions(typo_pack(), text) == [(1, 59, 66, "recieve")]


def test_a_correction_that_is_the_word_beside_is_not_offered():
    text = "She made a surge in the lasp lap of the race."
    # "lap" itself is left out; "last", one unlikely edit away but far more frequent, is
    # offered with the likelier slips
    assert positions(typo_pack(), text, suggestions=True) == [(1, 25, 29, "lasp", ["last", "laps"])]


def test_a_word_glossed_with_its_common_form_is_deliberate():
    text = "The clan motto is Fordward (Forward). Forward they went."
    assert positions(typo_pack(), text) == []
    text = "The clan motto is Fordward, they say. Forward they went."
    assert positions(typo_pack(), text, suggestions=True) == [(1, 19, 27, "Fordward", ["Forward"])]

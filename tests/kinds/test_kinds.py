"""Each rule kind, built from YAML text as a user writes it, on short invented news texts."""

from __future__ import annotations

import textwrap

import pytest
from helpers import fixed, lint, make_rule, positions

from newslint.document.model import Document
from newslint.errors import RuleError
from newslint.kinds.own_prose import _not_own_or_quoted
from newslint.kinds.patterns import repetition
from newslint.linting.lint import lint_document
from newslint.ruleset.loading import load_rules

# -- existence ---------------------------------------------------------------------------


def test_existence_matches_whole_words_only(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [cat]\n")
    text = "The cat, a category, a bobcat, Cat's cat-based policy and the cat's toy."
    assert positions(rule, text) == [(1, 5, 8, "cat"), (1, 38, 41, "cat"), (1, 63, 66, "cat")]


def test_existence_ignorecase(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [cat]\nignorecase: true\n")
    assert positions(rule, "The cat and the CAT and Cat's bowl.") == [
        (1, 5, 8, "cat"),
        (1, 17, 20, "CAT"),
        (1, 25, 28, "Cat"),
    ]


def test_existence_nonword_matches_inside_words(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [ing]\nnonword: true\n")
    assert positions(rule, "Reporting on a ring.") == [(1, 7, 10, "ing"), (1, 17, 20, "ing")]
    bounded = make_rule(tmp_path, "existence", "tokens: [ing]\n", rule_id="news.bounded")
    assert positions(bounded, "Reporting on a ring.") == []


def test_existence_regex_tokens_on_word_boundaries(tmp_path):
    rule = make_rule(tmp_path, "existence", r"tokens: ['colou?r', '\d+ per ?cent']" + "\n")
    text = "Colour and colour, a color, colours, 5 per cent and 7 percent, 15per cent."
    assert positions(rule, text) == [
        (1, 12, 18, "colour"),
        (1, 22, 27, "color"),
        (1, 38, 48, "5 per cent"),
        (1, 53, 62, "7 percent"),
    ]


def test_existence_exceptions_are_full_matches(tmp_path):
    rule = make_rule(
        tmp_path,
        "existence",
        "tokens: ['[A-Z]{2,}']\nexceptions: [NATO, UN]\n",
        message="Acronym '{match}'",
    )
    result = lint(rule, "The UN and NATO met EU and UNHCR officials.")
    assert [(f.column, f.match, f.message) for f in result.findings] == [
        (21, "EU", "Acronym 'EU'"),
        (28, "UNHCR", "Acronym 'UNHCR'"),
    ]


def test_existence_exceptions_follow_ignorecase(tmp_path):
    rule = make_rule(
        tmp_path,
        "existence",
        "tokens: [breaking, exclusive]\nignorecase: true\nexceptions: [exclusive]\n",
    )
    assert positions(rule, "BREAKING: an Exclusive report.") == [(1, 1, 9, "BREAKING")]


def test_existence_raw_pieces_are_joined(tmp_path):
    rule = make_rule(tmp_path, "existence", r"raw: ['\(', '\d{4}', '\)']" + "\n")
    assert positions(rule, "The law (2019) and (May) and ( 2020 ).") == [(1, 9, 15, "(2019)")]


def test_existence_positions_on_later_lines(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [flood]\n")
    text = "Storm warning\n\nThe river rose.\nA flood hit the town; the flood receded."
    assert positions(rule, text) == [(4, 3, 8, "flood"), (4, 27, 32, "flood")]


def test_existence_needs_tokens_or_raw(tmp_path):
    with pytest.raises(RuleError, match="either `tokens` or `raw`"):
        make_rule(tmp_path, "existence", "tokens: [a]\nraw: [b]\n")


def test_bad_regex_is_reported_when_the_rule_loads(tmp_path):
    with pytest.raises(RuleError, match="bad regular expression"):
        make_rule(tmp_path, "existence", "tokens: ['(unclosed']\n")


# -- substitution ------------------------------------------------------------------------


def test_substitution_longest_match_first(tmp_path):
    rule = make_rule(
        tmp_path,
        "substitution",
        "swap:\n  tow: pull\n  tow the line: toe the line\n",
        message="Use '{suggestion}' instead of '{match}'",
    )
    result = lint(rule, "Ministers tow the line. Tugs tow barges.")
    assert [(f.column, f.match, f.message, f.suggestions) for f in result.findings] == [
        (11, "tow the line", "Use 'toe the line' instead of 'tow the line'", ["toe the line"]),
        (30, "tow", "Use 'pull' instead of 'tow'", ["pull"]),
    ]


def test_substitution_longest_match_first_for_regex_keys(tmp_path):
    rule = make_rule(
        tmp_path, "substitution", "swap:\n  'colou?r': hue\n  'colou?r schemes?': palette\n"
    )
    result = lint(rule, "The colour scheme and the color.")
    assert [(f.match, f.suggestions) for f in result.findings] == [
        ("colour scheme", ["palette"]),
        ("color", ["hue"]),
    ]


def test_substitution_keeps_case_of_a_sentence_initial_word(tmp_path):
    rule = make_rule(
        tmp_path, "substitution", "ignorecase: true\nfix: safe\nswap:\n  alot: a lot\n"
    )
    text = "Alot of voters left. They said alot. ALOT happened."
    result = lint(rule, text)
    assert [(f.column, f.match, f.suggestions) for f in result.findings] == [
        (1, "Alot", ["A lot"]),
        (32, "alot", ["a lot"]),
        (38, "ALOT", ["A LOT"]),
    ]
    fix = result.findings[0].fix
    assert fix.safe and [(e.start, e.end, e.content) for e in fix.edits] == [(0, 4, "A lot")]
    assert (
        fixed(rule, text, unsafe=False) == "A lot of voters left. They said a lot. A LOT happened."
    )


def test_substitution_without_ignorecase_is_case_sensitive(tmp_path):
    rule = make_rule(tmp_path, "substitution", "swap:\n  alot: a lot\n")
    assert positions(rule, "Alot of voters, alot of noise.") == [(1, 17, 21, "alot")]


def test_substitution_alternatives_give_suggestions_and_no_fix(tmp_path):
    rule = make_rule(
        tmp_path,
        "substitution",
        "fix: safe\nswap:\n  utilise: use|employ\n",
        message="Say '{suggestion}', not '{match}'",
    )
    [finding] = lint(rule, "Officials utilise the fund.").findings
    assert finding.suggestions == ["use", "employ"]
    assert finding.message == "Say 'use', not 'utilise'"
    assert finding.fix is None
    assert fixed(rule, "Officials utilise the fund.") == "Officials utilise the fund."


def test_substitution_skips_text_that_is_already_right(tmp_path):
    rule = make_rule(tmp_path, "substitution", "swap:\n  'judge?ment': judgment\n")
    assert positions(rule, "A judgment, then a judgement.") == [(1, 20, 29, "judgement")]


def test_substitution_exceptions(tmp_path):
    rule = make_rule(
        tmp_path,
        "substitution",
        "ignorecase: true\nswap:\n  '\\w+ise': ize\nexceptions: [otherwise, Wise]\n",
    )
    assert positions(rule, "Otherwise, wise people organise.") == [(1, 24, 32, "organise")]


@pytest.mark.parametrize(
    ("setting", "safe"),
    [("fix: safe\n", True), ("", False), ("fix: unsafe\n", False), ("fix: none\n", None)],
)
def test_substitution_fix_safety_follows_the_rule(tmp_path, setting, safe):
    rule = make_rule(tmp_path, "substitution", setting + "swap:\n  irregardless: regardless\n")
    [finding] = lint(rule, "He stayed irregardless.").findings
    if safe is None:
        assert finding.fix is None
    else:
        assert finding.fix.safe is safe
        [edit] = finding.fix.edits
        assert (edit.line, edit.column, edit.end_column, edit.content) == (1, 11, 23, "regardless")


def test_substitution_nonword_pattern(tmp_path):
    rule = make_rule(tmp_path, "substitution", "nonword: true\nfix: safe\nswap:\n  ' {2,}': ' '\n")
    assert positions(rule, "Two  spaces and   three.") == [(1, 4, 6, "  "), (1, 16, 19, "   ")]
    assert fixed(rule, "Two  spaces and   three.") == "Two spaces and three."


# -- consistency -------------------------------------------------------------------------

SETS = "sets:\n  - [percent, per cent]\n  - [email, e-mail]\n"
CONSISTENCY_MESSAGE = "'{match}' here, '{suggestion}' first at {first_line}:{first_column}"


def test_consistency_first_form_wins(tmp_path):
    rule = make_rule(tmp_path, "consistency", SETS, message=CONSISTENCY_MESSAGE)
    text = "Prices rose 5 per cent.\nWages rose 3 percent, rents 2 per cent and fees 1 percent."
    result = lint(rule, text)
    assert [
        (f.line, f.column, f.end_column, f.match, f.message, f.suggestions) for f in result.findings
    ] == [
        (2, 14, 21, "percent", "'percent' here, 'per cent' first at 1:15", ["per cent"]),
        (2, 51, 58, "percent", "'percent' here, 'per cent' first at 1:15", ["per cent"]),
    ]
    assert result.findings[0].fix.safe is False  # unsafe unless the rule says otherwise


def test_consistency_other_order(tmp_path):
    rule = make_rule(tmp_path, "consistency", SETS)
    assert positions(rule, "Up 5 percent, then 3 per cent.") == [(1, 22, 30, "per cent")]


def test_consistency_sets_are_independent(tmp_path):
    rule = make_rule(tmp_path, "consistency", SETS)
    text = "Send an e-mail. Prices rose 5 percent. Send an email or 3 per cent."
    assert positions(rule, text) == [(1, 48, 53, "email"), (1, 59, 67, "per cent")]


def test_consistency_suggestion_has_the_case_of_the_replaced_text(tmp_path):
    rule = make_rule(tmp_path, "consistency", SETS)
    text = "Per cent figures rose. It was 5 percent. Percent is fine."
    result = lint(rule, text)
    # The capital of the sentence-initial first use is not carried into mid-sentence text.
    assert [(f.match, f.suggestions) for f in result.findings] == [
        ("percent", ["per cent"]),
        ("Percent", ["Per cent"]),
    ]
    assert fixed(rule, text) == "Per cent figures rose. It was 5 per cent. Per cent is fine."


def test_consistency_either_map_and_case_sensitivity(tmp_path):
    rule = make_rule(tmp_path, "consistency", "ignorecase: false\neither:\n  toward: towards\n")
    # Case-sensitive: "Toward" is no variant, so "towards" is the first form used.
    assert positions(rule, "Toward peace, towards war, toward rest.") == [(1, 28, 34, "toward")]
    folded = make_rule(tmp_path, "consistency", "either:\n  toward: towards\n", rule_id="news.ci")
    assert positions(folded, "Toward peace, towards war, toward rest.") == [(1, 15, 22, "towards")]


def test_consistency_fix_is_unsafe_by_default(tmp_path):
    rule = make_rule(tmp_path, "consistency", SETS)
    text = "An email came, then an e-mail."
    assert fixed(rule, text, unsafe=False) == text
    assert fixed(rule, text, unsafe=True) == "An email came, then an email."


def test_consistency_sets_of_regexes_beside_sets_of_words(tmp_path):
    # A set of words is searched where the document has one of its first words; a set of
    # regexes, in every document.
    rule = make_rule(tmp_path, "consistency", SETS + "  - [colou?r, hue]\n")
    text = "A colour and a hue. Send an e-mail or an email."
    assert positions(rule, text) == [(1, 16, 19, "hue"), (1, 42, 47, "email")]
    assert positions(rule, "A hue, then a color.") == [(1, 15, 20, "color")]


def test_consistency_of_one_variant_does_not_tell_the_writers_own_choices(tmp_path):
    rule = make_rule(tmp_path, "consistency", SETS + "own_words: true\n")
    doc = Document('Up 5 per cent. "Per cent," he said. Send an e-mail.')
    assert lint_document(doc, [rule]).findings == []
    assert _not_own_or_quoted not in doc._derived  # one variant a set: nothing to tell apart
    doc = Document('Up 5 per cent. "Percent," he said. Or 3 percent.')
    assert [f.match for f in lint_document(doc, [rule]).findings] == ["percent"]


def test_consistency_needs_two_variants(tmp_path):
    with pytest.raises(RuleError, match="two or more variants"):
        make_rule(tmp_path, "consistency", "sets:\n  - [percent]\n")


# -- occurrence --------------------------------------------------------------------------


def test_occurrence_max_words_per_sentence(tmp_path):
    rule = make_rule(tmp_path, "occurrence", "max: 5\n", message="{count} words (max {max})")
    text = "The council met today. It voted to close the old bridge. Work starts soon."
    result = lint(rule, text)
    assert [(f.column, f.end_column, f.match, f.message) for f in result.findings] == [
        (24, 57, "It voted to close the old bridge.", "7 words (max 5)")
    ]


def test_occurrence_max_is_inclusive(tmp_path):
    rule = make_rule(tmp_path, "occurrence", "max: 4\n")
    assert positions(rule, "The council met today.") == []
    assert positions(rule, "The council met again today.") == [
        (1, 1, 29, "The council met again today.")
    ]


def test_occurrence_min(tmp_path):
    rule = make_rule(tmp_path, "occurrence", "min: 3\n", message="{count} < {min}")
    result = lint(rule, "Breaking news. The bridge is closed. Why?")
    assert [(f.match, f.message) for f in result.findings] == [
        ("Breaking news.", "2 < 3"),
        ("Why?", "1 < 3"),
    ]


def test_occurrence_token_and_paragraph_scope(tmp_path):
    rule = make_rule(
        tmp_path,
        "occurrence",
        r"token: '\d+'" + "\nmax: 2\nscope: paragraph\n",
        message="{count} numbers",
    )
    text = "In 2020 it was 5. In 2021 it was 6.\n\nIn 2022 it was 7."
    result = lint(rule, text)
    assert [(f.line, f.column, f.end_column, f.message) for f in result.findings] == [
        (1, 1, 36, "4 numbers")
    ]


def test_occurrence_leaves_quoted_words_out_of_the_count(tmp_path):
    rule = make_rule(tmp_path, "occurrence", "max: 5\nquoted: false\n", message="{count}")
    text = '"We will close the old bridge soon," she said. It voted to close the old bridge.'
    result = lint(rule, text)
    assert [(f.column, f.match, f.message) for f in result.findings] == [
        (48, "It voted to close the old bridge.", "7")
    ]


def test_occurrence_lists_false_skips_lists_run_together(tmp_path):
    rule = make_rule(tmp_path, "occurrence", "max: 5\nlists: false\n")
    team = "Side: Lewis, Cueto, Tindall, Greenwood, Cohen; Wilkinson, Dawson."
    assert positions(rule, team) == []
    prose = "Officials, who met today, said the bridge, which is old, will close."
    assert positions(rule, prose) == [(1, 1, 69, prose)]


def test_occurrence_needs_a_limit(tmp_path):
    with pytest.raises(RuleError, match="give `max`, `min` or both"):
        make_rule(tmp_path, "occurrence", "token: x\n")


# -- repetition --------------------------------------------------------------------------


def test_repetition_across_spaces_and_a_line_break(tmp_path):
    rule = make_rule(tmp_path, "repetition", "scope: paragraph\n", message="'{word}' twice")
    text = (
        "The finance minister said that the the budget would\n"  # a hard-wrapped paragraph
        "pass through parliament before the end of the\nthe month."
    )
    result = lint(rule, text)
    assert [
        (f.line, f.column, f.end_line, f.end_column, f.match, f.message) for f in result.findings
    ] == [(1, 32, 1, 39, "the the", "'the' twice"), (2, 43, 3, 4, "the\nthe", "'the' twice")]
    assert fixed(rule, text) == (
        "The finance minister said that the budget would\n"
        "pass through parliament before the end of the month."
    )


def test_repetition_not_across_punctuation(tmp_path):
    rule = make_rule(tmp_path, "repetition", "scope: paragraph\n")
    assert (
        positions(rule, "He left, left the room. It ended. Ended, they said; said no more.") == []
    )


def test_repetition_not_across_sentences_in_sentence_scope(tmp_path):
    rule = make_rule(tmp_path, "repetition", "")  # default scope: sentence
    assert positions(rule, "Voters were told to vote. Vote early, they said.") == []


def test_repetition_places_no_word_in_a_text_where_none_repeats(tmp_path):
    rule = make_rule(tmp_path, "repetition", "")
    doc = Document("Voters were told to vote early. Results came in.")
    assert lint_document(doc, [rule]).findings == []
    assert "tokens" not in doc.__dict__  # told by the words' texts alone, never placed
    doc = Document("He left, left the room. It ended. Ended, they said.")
    assert lint_document(doc, [rule]).findings == []
    assert "tokens" not in doc.__dict__  # repeats across punctuation only: none placed
    doc = Document("Voters were told to vote vote early.")
    assert [f.match for f in lint_document(doc, [rule]).findings] == ["vote vote"]


@pytest.mark.parametrize(
    ("words", "ignorecase", "repeats"),
    [
        (["The", "the", "end", "END", "x"], True, [0, 2]),
        (["The", "the", "end", "END", "x"], False, []),
        (["STRASSE", "straße", "a", "a"], True, [0, 2]),  # casefold: "ß" is "ss"
        (["the", "then", "the"], True, []),  # a whole word, not the start of the next
        (["a"], True, []),
        ([], True, []),
    ],
)
def test_repetition_finds_every_repeat_in_one_search(words, ignorecase, repeats):
    assert repetition._same_as_next_in(words, ignorecase) == repeats
    fold = str.casefold if ignorecase else str
    assert repeats == [i for i in range(len(words) - 1) if fold(words[i]) == fold(words[i + 1])]


def test_repetition_ignorecase_and_fix_keeps_the_first(tmp_path):
    rule = make_rule(tmp_path, "repetition", "fix: safe\n")
    text = "The the council met."  # "The The": a capitalised word removed, unsafe (fix_safety)
    [finding] = lint(rule, text).findings
    assert (finding.match, finding.suggestions, finding.fix.safe) == ("The the", ["The"], True)
    assert fixed(rule, text, unsafe=False) == "The council met."
    case_sensitive = make_rule(tmp_path, "repetition", "ignorecase: false\n", rule_id="news.cs")
    assert positions(case_sensitive, "The the council met.") == []


def test_repetition_idiom_files_regardless_of_case(tmp_path):
    (tmp_path / "idioms.txt").write_text("# idioms\ndone done\nyada yada yada\n")
    rule = make_rule(tmp_path, "repetition", "idiom_files: [idioms.txt]\n")
    text = "It is done done. Yada yada yada, they said. It was was over."
    assert positions(rule, text) == [(1, 48, 55, "was was")]


def test_repetition_exceptions_numbers_and_contractions(tmp_path):
    rule = make_rule(tmp_path, "repetition", "exceptions: [had]\n")
    text = "She had had enough. It rose 5 5 times. We don't don't know."
    assert positions(rule, text) == [(1, 43, 54, "don't don't")]
    numbers = make_rule(tmp_path, "repetition", "alpha: false\n", rule_id="news.numbers")
    assert positions(numbers, "It rose 5 5 times.") == [(1, 9, 12, "5 5")]


def slip_rule(tmp_path, fields: str = ""):
    """A repetition rule whose one slip word is "the"."""
    (tmp_path / "slips.txt").write_text("# articles\nthe\n")
    return make_rule(tmp_path, "repetition", "slip_files: [slips.txt]\n" + fields)


def test_repetition_tripled_slip_word_fixed_in_one_pass(tmp_path):
    rule = slip_rule(tmp_path)
    assert positions(rule, "It was the the the end.") == [
        (1, 8, 15, "the the"),
        (1, 12, 19, "the the"),
    ]
    assert fixed(rule, "It was the the the end.") == "It was the end."


def test_repetition_three_times_or_more_is_meant_unless_a_slip_word(tmp_path):
    rule = slip_rule(tmp_path)
    text = "They sang green green green, ah ah ah ah, then the the end."
    assert positions(rule, text) == [(1, 48, 55, "the the")]


def test_repetition_fix_is_safe_only_for_slip_words(tmp_path):
    rule = slip_rule(tmp_path, "fix: safe\n")
    text = "It was a happy happy day for the the town, said to to them."
    found = lint(rule, text).findings
    assert [(f.match, f.fix.safe) for f in found] == [
        ("happy happy", False),
        ("the the", True),
        ("to to", False),
    ]
    assert (
        fixed(rule, text, unsafe=False) == "It was a happy happy day for the town, said to to them."
    )
    assert fixed(rule, text) == "It was a happy day for the town, said to them."


def test_repetition_names_false_skips_capitalised_repeats(tmp_path):
    rule = make_rule(tmp_path, "repetition", "names: false\n")
    assert positions(rule, "Fans of Duran Duran said the the show was late.") == [
        (1, 26, 33, "the the")
    ]


# -- metric ------------------------------------------------------------------------------


def metric(tmp_path, formula: str, condition: str = "> 1", extra: str = "", rule_id="news.metric"):
    return make_rule(
        tmp_path,
        "metric",
        f"formula: {formula!r}\ncondition: {condition!r}\n" + extra,
        message="Score {score} ({condition})",
        rule_id=rule_id,
    )


@pytest.mark.parametrize(
    "formula",
    [
        "__import__('os').system('touch pwned')",
        "words.real",
        "len(words)",
        "words ** 2",
        "'words'",
        "True",
        "[words]",
        "words if words else 1",
        "lambda: 1",
        "words; 1",
        "(words",
        "words\x00",
        "+".join(["words"] * 3000),
        "(" * 100_000 + "words" + ")" * 100_000,
        "9" * 100_000,
        "-" * 100_000 + "words",
        "words ** 99999999999",
        "__builtins__",
        "().__class__.__bases__",
    ],
)
def test_metric_formula_rejects_anything_but_arithmetic(tmp_path, monkeypatch, formula):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RuleError, match="formula|arithmetic|nested"):
        metric(tmp_path, formula)
    assert not (tmp_path / "pwned").exists()  # parsed, never evaluated


def test_metric_formula_unknown_name(tmp_path):
    with pytest.raises(RuleError, match="unknown name 'os'"):
        metric(tmp_path, "os + words")


@pytest.mark.parametrize("condition", ["=> 3", "> x", "> 1 and < 3", ">", "3", "> 1e3"])
def test_metric_condition_rejects_non_comparisons(tmp_path, condition):
    with pytest.raises(RuleError, match="expected a comparison such as '> 14'"):
        metric(tmp_path, "words", condition)


@pytest.mark.parametrize(
    ("condition", "flagged"),
    [
        ("> 4", True),
        (">= 5", True),
        ("> 5", False),
        ("<= 5", True),
        ("< 5", False),
        ("== 5", True),
        ("!= 5", False),
        (" >  -1.5 ", True),
    ],
)
def test_metric_condition_comparisons(tmp_path, condition, flagged):
    rule = metric(tmp_path, "words", condition, "scope: sentence\n")
    assert bool(lint(rule, "The bridge reopened on Monday.").findings) is flagged


def test_metric_formula_over_counts_per_paragraph(tmp_path):
    rule = metric(tmp_path, "(words + 0) / sentences", "> 5", "scope: paragraph\n")
    text = (
        "The council met. It voted.\n\n"
        "The council met on a cold Monday. It voted to close the old bridge."
    )
    result = lint(rule, text)
    assert [(f.line, f.column, f.end_column, f.message) for f in result.findings] == [
        (3, 1, 68, "Score 7.0 (> 5)")
    ]


def test_metric_min_words_and_division_by_zero(tmp_path):
    rule = metric(tmp_path, "words", "> 0", "scope: sentence\nmin_words: 4\n")
    assert positions(rule, "Short one. This sentence has five words.") == [
        (1, 12, 41, "This sentence has five words.")
    ]
    zero = metric(tmp_path, "words / (sentences - 1)", "> 0", rule_id="news.zero")
    assert positions(zero, "Only one sentence here.") == []


def test_metric_document_scope_points_at_start_of_text(tmp_path):
    rule = metric(tmp_path, "characters", "> 10")
    [finding] = lint(rule, "\n\n  The bridge reopened.").findings
    assert (finding.line, finding.column, finding.end_column, finding.match) == (3, 3, 3, "")
    assert finding.message == "Score 24.0 (> 10)"  # the whole text, blank lines included


# -- scopes ------------------------------------------------------------------------------

SCOPE_TEXT = (
    "Mayor resigned amid scandal\n"
    "\n"
    "The mayor of the river town spoke to reporters on Monday. He\n"
    "left an hour later, the mayor's aides said.\n"
    "\n"
    "Officials said the deputy mayor of the town had\n"
    "resigned. A mayor resigned in 2019 too."
)
SPANNING = r"raw: ['\bmayor\b[\s\S]*?\bresigned\b']" + "\nignorecase: true\n"


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        # "mayor" in paragraph 2, "resigned" in paragraph 3: only the whole document joins them.
        ("document", [(1, 1, 1, 15), (3, 5, 7, 9), (7, 13, 7, 27)]),
        ("paragraph", [(1, 1, 1, 15), (6, 27, 7, 9), (7, 13, 7, 27)]),
        ("sentence", [(1, 1, 1, 15), (6, 27, 7, 9), (7, 13, 7, 27)]),
        ("line", [(1, 1, 1, 15), (7, 13, 7, 27)]),
        ("headline", [(1, 1, 1, 15)]),
    ],
)
def test_scope_restricts_matches(tmp_path, scope, expected):
    rule = make_rule(tmp_path, "existence", SPANNING + f"scope: {scope}\n")
    result = lint(rule, SCOPE_TEXT)
    assert [(f.line, f.column, f.end_line, f.end_column) for f in result.findings] == expected


def test_paragraph_scope_stops_at_blank_lines(tmp_path):
    document = make_rule(tmp_path, "existence", SPANNING, rule_id="news.doc")
    paragraph = make_rule(
        tmp_path, "existence", SPANNING + "scope: paragraph\n", rule_id="news.par"
    )
    text = "The mayor spoke.\n\nLater he resigned."
    assert positions(document, text) == [(1, 5, 18, "mayor spoke.\n\nLater he resigned")]
    assert positions(paragraph, text) == []


def test_anchor_matches_at_the_start_of_each_scope_unit(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: ['^(?:And|But)']\nscope: sentence\n")
    text = "But the vote failed. And then it passed. The mayor and But Street.\nAnd more."
    assert positions(rule, text) == [(1, 1, 4, "But"), (1, 22, 25, "And"), (2, 1, 4, "And")]


def test_headline_scope_is_first_non_blank_line(tmp_path):
    rule = make_rule(tmp_path, "existence", "tokens: [BREAKING]\nscope: headline\n")
    assert positions(rule, "\n  BREAKING: bridge closed\nBREAKING again") == [
        (2, 3, 11, "BREAKING")
    ]


def test_rules_from_a_folder_with_load_rules(tmp_path):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "a.yaml").write_text(
        textwrap.dedent("""\
        - id: news.one
          category: typo
          message: "one {match}"
          description: d
          kind: existence
          tokens: [teh]
        - id: news.two
          category: style
          message: "two {match}"
          description: d
          kind: substitution
          swap: {recieve: receive}
        """),
        encoding="utf-8",
    )
    rules = load_rules([tmp_path / "pack"])
    result = lint(rules, "They recieve teh report.")
    assert [(f.rule, f.column, f.message) for f in result.findings] == [
        ("news.two", 6, "two recieve"),
        ("news.one", 14, "one teh"),
    ]


def test_empty_matches_are_never_reported(tmp_path):
    existence = make_rule(tmp_path, "existence", "raw: ['x*']\n", rule_id="news.empty")
    substitution = make_rule(
        tmp_path, "substitution", "nonword: true\nfix: safe\nswap:\n  'x*': y\n"
    )
    text = "A box of xx."
    assert positions(existence, text) == [(1, 5, 6, "x"), (1, 10, 12, "xx")]
    assert positions(substitution, text) == [(1, 5, 6, "x"), (1, 10, 12, "xx")]
    assert fixed(substitution, text) == "A boy of y."


def test_metric_score_takes_a_format_spec_in_the_message(tmp_path):
    rule = make_rule(
        tmp_path,
        "metric",
        "formula: words / 3\ncondition: '> 1'\nscope: sentence\n",
        message="Score {score:.3f}, or {score}",
    )
    [finding] = lint(rule, "The council met on Monday.").findings
    assert finding.message == "Score 1.667, or 1.7"

"""Which sourcing an editor questions: the split between vague sourcing (a warning) and wire
convention (attribution.wire-sourcing, information, off by default), and the text that is
not sourcing of news at all (the writer's own reasoning, a judged view, a thing classed, a
cited source, background dated by its year). Invented sentences only."""

from __future__ import annotations

import pytest
from helpers import findings, make_rule, pack_rule, pack_rules

from newslint import lint_text
from newslint.errors import RuleError

VAGUE = pack_rules("attribution/vague-source")  # vague-source, vague-opinion


def where(rule_, text: str) -> list[tuple[int, int, str, str]]:
    return [(f.column, f.end_column, f.match, f.message) for f in findings(rule_, text)]


WIRE = "Unnamed source by wire convention"


def test_a_polled_profession_is_wire_convention_not_vague():
    text = "Rates rose. Analysts said the rise was expected, and dealers agreed."
    assert findings(VAGUE, text) == []
    assert where(pack_rule("attribution/wire-sourcing"), text) == [
        (13, 26, "Analysts said", f"{WIRE} (professional group): 'Analysts said'"),
        (54, 68, "dealers agreed", f"{WIRE} (professional group): 'dealers agreed'"),
    ]


def test_a_quantifier_makes_a_profession_vague():
    text = "Some analysts say rates will rise, according to reports."
    assert where(VAGUE, text) == [
        (
            1,
            18,
            "Some analysts say",
            "Vague attribution (unnamed group): 'Some analysts say' names no source a reader "
            "can check",
        ),
        (
            36,
            56,
            "according to reports",
            "Vague attribution (unnamed reports): 'according to reports' names no source a "
            "reader can check",
        ),
    ]
    assert findings(pack_rule("attribution/wire-sourcing"), text) == []


def test_groups_named_for_their_opinion_or_authority_stay_vague():
    text = "Critics argue it is late. Experts suggest it costs more."
    assert [f.match for f in findings(VAGUE, text)] == [
        "Critics argue",
        "Experts suggest",
    ]


def test_understood_is_the_off_record_formula_not_hearsay():
    text = "The striker is understood to be keen. It is understood that a fee was agreed."
    assert findings(VAGUE, text) == []
    assert where(pack_rule("attribution/wire-sourcing"), text) == [
        (13, 32, "is understood to be", f"{WIRE} (understood): 'is understood to be'"),
        (39, 55, "It is understood", f"{WIRE} (understood): 'It is understood'"),
    ]
    # Hearsay in the same place stays vague.
    (believed,) = findings(VAGUE, "The striker is believed to be keen.")
    assert believed.match == "is believed to be"


def test_wire_sourcing_is_off_by_default_and_info():
    wire = pack_rule("attribution/wire-sourcing")
    assert (wire.enabled, wire.severity) == (False, "info")
    text = "Analysts said the rise was expected."
    assert lint_text(text, path="t.txt") == []
    (finding,) = lint_text(text, path="t.txt", select=["attribution.wire-sourcing"])
    assert (finding.rule, finding.severity, finding.column) == (
        "attribution.wire-sourcing",
        "info",
        1,
    )


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own reasoning: a first-person subject earlier in the clause.
        "Our memory is thought to be far less reliable than it feels.",
        "That is the striker I sold to allegedly strengthen the squad.",
        # A view the writer judges, not borrows.
        "Errors creep in when it is wrongly assumed that all heat is lost.",
        "Tides are mistakenly thought to be caused by wind.",
        # A thing classed, not a dummy "it".
        "The court has no say, since it is considered third pillar legislation.",
        # An author-year citation names the source of passive hearsay.
        "The savings are estimated to be large (possibly $30bn, Lind in Berg, 1998).",
        "The loss is thought to be small (Okafor et al., 2004).",
        "Based on National Farm Statistics, it is estimated that yields fell.",
        "Sales will fall, according to reports from Nordic News Agency.",
        # A condition before a bare group makes it supposed.
        "The plan fails, if critics argue that it is unfair.",
        # Doubt about a label, inside a noun phrase.
        "Many of the supposedly neutral experts are paid by the firm.",
    ],
)
def test_what_is_not_sourcing_of_news_is_not_vague(text):
    assert findings(VAGUE, text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # First person in an earlier clause does not make a later clause the writer's.
        ("We met the mayor, who is said to be furious.", "is said to be"),
        ("It is considered likely that the vote was rigged.", "It is considered"),
        ("It is considered rude for a guest to refuse.", "It is considered"),
        ("It is suspected that the vote was rigged.", "It is suspected that"),
        # A consensus claimed is vague; the plain off-record formula is not.
        ("The rule, as it is commonly understood, bans it.", "is commonly understood"),
        ("Tides are thought to be caused by wind.", "are thought to be"),
        ("The supposedly neutral panel is supposedly paid.", "supposedly"),
        ("It includes three plans, which scientists say will work.", "which scientists say"),
        ("The songs are widely believed to be based on Columbine.", "are widely believed to be"),
        ("Police found the allegedly stolen car.", "allegedly"),
        # A bracketed year with no author is no citation.
        ("The loss is thought to be small (in 2004).", "is thought to be"),
    ],
)
def test_vague_sourcing_next_to_those_forms_is_still_reported(text, match):
    assert [f.match for f in findings(VAGUE, text)] == [match]


@pytest.mark.parametrize(
    "text",
    [
        "In 1998, militants bombed two embassies, killing more than 200 people.",
        "He was arrested after a brawl in Munich in December 2002.",
        "The massacre on Oct. 14, 1982, was one of hundreds in which 2,000 people were killed.",
        "During the 1990s, 300 villagers were killed in the valley.",
        "The raiders invaded the valley and murdered Ana Lind's second family.",
    ],
)
def test_background_dated_by_its_year_and_a_possessive_are_not_claims(text):
    assert findings(pack_rules("attribution/unattributed-claim"), text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "On 12 May, two brothers were arrested.",
            "Claim with no source (arrest: 'were arrested'): say who says so",
        ),
        (
            "About 2000 people were killed in the blast.",
            "Claim with no source (casualty figure: '2000 people were killed'): say who says so",
        ),
        (
            "In 2004, 40% of adults in the region were unemployed.",
            "Claim with no source (statistic: '40% of adults'): say who says so",
        ),
        (
            "Gunmen murdered Ana Lind on Monday.",
            "Claim with no source (killing: 'murdered Ana Lind'): say who says so",
        ),
    ],
)
def test_news_dated_by_the_day_numbers_and_statistics_stay_claims(text, message):
    assert [
        (f.match, f.message) for f in findings(pack_rules("attribution/unattributed-claim"), text)
    ] == [(text, message)]


def test_a_year_in_a_quotation_does_not_date_the_claim():
    text = "Two men were arrested in the town on Monday over “the riots of 1998”."
    (finding,) = findings(pack_rules("attribution/unattributed-claim"), text)
    assert finding.message == "Claim with no source (arrest: 'were arrested'): say who says so"


def test_dated_reasons_must_be_trigger_files(tmp_path):
    (tmp_path / "arrest.txt").write_text("were arrested\n")
    (tmp_path / "year.txt").write_text(r"in\s+\d{4}" + "\n")
    (tmp_path / "cue.txt").write_text("said\n")
    body = (
        "trigger_files: [arrest.txt]\ncue_files: [cue.txt]\n"
        "dated_files: [year.txt]\ndated_reasons: [year.txt]\n"
    )
    with pytest.raises(RuleError, match="dated_reasons.*not among trigger_files: year"):
        make_rule(tmp_path, "unattributed-claim", body, category="attribution")

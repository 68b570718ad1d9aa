"""Vague and anonymous sourcing split by the claim it stands behind (issue 13): a figure or
an allegation makes it attribution.vague-source's (attribution.anonymous-source's), anything
else attribution.vague-opinion's (attribution.anonymous-routine's), both off by default; and
a group named just before is the source of "people" and "some"."""

from __future__ import annotations

import pytest
from helpers import fields, findings, make_rule, pack_rules

from newslint.document.model import Document
from newslint.errors import RuleError
from newslint.input.formats import reader_for
from newslint.linting.lint import lint_document

VAGUE = pack_rules("attribution/vague-source")  # vague-source, vague-opinion
ANONYMOUS = pack_rules("attribution/anonymous-source")  # anonymous-source, -routine


def found(rules, text: str, path: str = "story.txt") -> list[tuple]:
    doc = Document(text, path, reader_for(path))
    result = lint_document(doc, rules)
    assert result.errors == []
    return fields(result.findings, "rule", "column", "end_column", "match", "message")


GROUP, PASSIVE, ADVERB = "unnamed group", "passive", "hearsay adverb"


@pytest.mark.parametrize(
    ("text", "match", "reason", "claim"),
    [
        (
            "City experts say there is a £10bn hole in the budget.",
            "City experts say",
            GROUP,
            "£10bn",
        ),
        (
            "It is thought that the gang bribed two judges.",
            "It is thought",
            PASSIVE,
            "bribed",
        ),
        ("Some fear the figure could hit 150,000 by May 2006.", "Some fear", GROUP, "150,000"),
        ("Some analysts say rates will rise by 0.5%.", "Some analysts say", GROUP, "0.5%"),
        ("Critics say half of the money was wasted.", "Critics say", GROUP, "half of"),
        ("The firm reportedly lost two million euros.", "reportedly", ADVERB, "two million"),
        (
            "It has been suggested that the vote was rigged.",
            "It has been suggested",
            PASSIVE,
            "rigged",
        ),
        (
            "The rebels are said to have murdered the mayor.",
            "are said to have",
            PASSIVE,
            "murdered",
        ),
        ("Sales will fall by a third, critics say.", "critics say", GROUP, "by a third"),
    ],
)
def test_a_figure_or_an_allegation_makes_vague_sourcing_a_warning(text, match, reason, claim):
    start = text.index(match) + 1
    assert found(VAGUE, text) == [
        (
            "attribution.vague-source",
            start,
            start + len(match),
            match,
            f"Vague attribution ({reason}): '{match}' names no source for '{claim}'",
        )
    ]


@pytest.mark.parametrize(
    ("text", "match", "reason"),
    [
        # Opinions, predictions, colour.
        ("Critics claim the law is little more than a law on ideas.", "Critics claim", GROUP),
        # A passive hedge on a figure is routine in edited news.
        ("It is thought that 10,000 bikes are stolen each month.", "It is thought", PASSIVE),
        ("It is believed that thousands of jobs will go.", "It is believed", PASSIVE),
        ("The poll is believed to be the first of its kind.", "is believed to be", PASSIVE),
        # A year alone, a small number (an age, a day), "one of" are no figures.
        ("The band is said to have split in 1998.", "is said to have", PASSIVE),
        ("Henry IV, King from 1589, is said to have smiled.", "is said to have", PASSIVE),
        ("Ana Lind, 27, is believed to have left on 11 May.", "is believed to have", PASSIVE),
        ("Sofia is believed to be one of the oldest cities.", "is believed to be", PASSIVE),
        # The figure is in another clause, behind another source.
        ("The economy grew 9.5% and experts say the outlook is strong.", "experts say", GROUP),
        (
            "Critics say it goes too far, but others say it suits the 25 members.",
            "Critics say",
            GROUP,
        ),
    ],
)
def test_vague_sourcing_of_anything_else_is_vague_opinion(text, match, reason):
    start = text.index(match) + 1
    rows = [row for row in found(VAGUE, text) if row[3] == match]
    assert rows == [
        (
            "attribution.vague-opinion",
            start,
            start + len(match),
            match,
            f"Vague attribution ({reason}): '{match}' names no source a reader can check",
        )
    ]


def test_vague_opinion_is_off_by_default_and_information():
    source, opinion = VAGUE
    assert (source.enabled, source.severity) == (True, "warning")
    assert (opinion.enabled, opinion.severity) == (False, "info")


def test_and_joins_what_the_phrase_stands_behind_after_it():
    text = "Critics say the plan is flawed and will cost £5bn."
    assert [row[0] for row in found(VAGUE, text)] == ["attribution.vague-source"]


@pytest.mark.parametrize(
    "text",
    [
        "He sent 100,000 e-mails a day, Attorney General Ana Lind reportedly said.",
        "Fees are estimated to have dropped by 60%, reports from the US Treasury have said.",
    ],
)
def test_a_source_named_in_the_sentence_covers_the_figure(text):
    assert found(VAGUE, text) == []


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # A survey named in the sentence before.
        ("We created a survey of contributors and owners. People felt that goals helped.", "x.txt"),
        # A list's lead-in names the team.
        (
            "When the team stepped through the options, we chose three:\n\n"
            "- Every line has a prefix\n- An explicit end\n"
            "  - Some felt uneasy with blank lines\n",
            "post.md",
        ),
    ],
)
def test_a_group_named_just_before_is_the_source_of_people_and_some(text, path):
    assert found(VAGUE, text, path) == []


def test_a_group_further_back_or_a_named_kind_of_people_is_not():
    text = (
        "The team lost on Sunday.\n\nThe fans were angry. Some felt the coach should go.\n\n"
        "A survey of fans came out. Critics argue it was biased."
    )
    assert [row[3] for row in found(VAGUE, text)] == ["Some felt", "Critics argue"]


@pytest.mark.parametrize(
    ("text", "rule_id", "message"),
    [
        (
            "At least a dozen teenagers will be returned, according to sources.",
            "attribution.anonymous-source",
            "Anonymous source (unnamed insider) for 'a dozen teenagers': 'according to sources'",
        ),
        (
            "The decision followed a tough meeting, party sources told the BBC.",
            "attribution.anonymous-routine",
            "Anonymous source (unnamed insider): 'sources told'",
        ),
    ],
)
def test_anonymous_sourcing_is_split_by_the_same_test(text, rule_id, message):
    assert [(row[0], row[4]) for row in found(ANONYMOUS, text)] == [(rule_id, message)]


def test_claims_must_be_a_known_value_and_needs_claim_files(tmp_path):
    (tmp_path / "said.txt").write_text("it is said\n")
    with pytest.raises(RuleError, match="claims.*must be one of all, checkable, other"):
        make_rule(tmp_path, "sourcing-phrases", "pattern_files: [said.txt]\nclaims: some\n")
    with pytest.raises(RuleError, match="`claims: checkable` needs `claim_files`"):
        make_rule(tmp_path, "sourcing-phrases", "pattern_files: [said.txt]\nclaims: checkable\n")


def test_every_phrase_with_claims_all(tmp_path):
    (tmp_path / "said.txt").write_text("it is said\n")
    rule = make_rule(tmp_path, "sourcing-phrases", "pattern_files: [said.txt]\n")
    assert [f.match for f in findings(rule, "It is said she left. It is said 300 left.")] == [
        "It is said",
        "It is said",
    ]


CLAIMS = pack_rules("attribution/unattributed-claim")  # unattributed-claim, unsourced-fact


def test_unsourced_fact_is_off_by_default_and_information():
    claim, fact = CLAIMS
    assert (claim.enabled, claim.severity) == (True, "warning")
    assert (fact.enabled, fact.severity) == (False, "info")


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The rebels organized the bombing of the bridge.", "attribution.unattributed-claim"),
        ("Two brothers were arrested on Monday.", "attribution.unsourced-fact"),
        ("At least 12 people were killed in the blast.", "attribution.unsourced-fact"),
        ("Nearly 40% of adults in the region are unemployed.", "attribution.unsourced-fact"),
    ],
)
def test_an_accusation_is_a_claim_and_other_unsourced_facts_are_facts(text, rule):
    assert [row[0] for row in found(CLAIMS, text)] == [rule]


@pytest.mark.parametrize(
    "text",
    [
        "Up to 200 people are estimated to have died.\n\nA report by Lomax Data gives the toll.",
        "Is it true, as some experts say, that £10bn is missing?",
        "In the Buddhist teaching, there are said to be thousands of changes per second.",
        "The law can supposedly only be changed under section 128.",
    ],
)
def test_no_vague_source_for_a_source_in_the_next_paragraph_a_question_or_a_tradition(text):
    assert [row for row in found(VAGUE, text) if row[0] == "attribution.vague-source"] == []


def test_a_source_two_paragraphs_on_does_not_cover():
    text = (
        "Up to 200 people are estimated to have died.\n\nIt rained.\n\nA report by Lomax said so."
    )
    assert [row[3] for row in found(VAGUE, text)] == ["are estimated to have"]

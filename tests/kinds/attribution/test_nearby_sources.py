"""Sources named near a sentence (issue 13): passive and adverbial hearsay borrows a source
named in its sentence, the two before it or the one after it in its paragraph, a link or an
issue in the sentence, or a credit in the document; unnamed groups do not; and hedges that
are no sourcing at all (definitions, expertise, first-person, figurative killing)."""

from __future__ import annotations

import pytest
from helpers import findings, make_rule, pack_rules, positions

from newslint.errors import RuleError

VAGUE = pack_rules("attribution/vague-source")  # vague-source, vague-opinion
ANONYMOUS = pack_rules("attribution/anonymous-source")  # anonymous-source, -routine


@pytest.mark.parametrize(
    "text",
    [
        # The source in the sentence before, or two before.
        "The deal was signed, according to the Times. He is said to have discussed the price.",
        "Reuters reported the bid on Monday. The firm was calm. Its owner is reported to have "
        "won the contract.",
        "Official statistics show that most homes own a computer. It was estimated that nine "
        "million were online.",
        "Ostrava's survey of 3,000 drivers came out on Monday. It is believed that half drive "
        "to work.",
        # News intros name the source in the second sentence.
        "The mill is reportedly facing a tax claim. Kolber newspaper reported the figure.",
        # In the same sentence.
        "The mayor is allegedly in Rome, Radio Lumo reported.",
        "The firm is said to have won the contract, as reported by Reuters.",
        # An issue reference or a web address in the sentence.
        "It was reverted after it was reported to have broken a crate (see #4512).",
    ],
)
def test_hearsay_borrows_a_source_named_nearby(text):
    assert findings(VAGUE, text) == []


def test_a_link_in_the_sentence_names_the_source():
    text = (
        "It was reverted after it was reported to have broken the [old parser](https://x.org/1).\n"
    )
    assert findings(VAGUE, text, path="post.md") == []
    plain = "It was reverted after it was reported to have broken the old parser.\n"
    assert positions(VAGUE, plain) == [(1, 23, 38, "it was reported")]


def test_a_credit_anywhere_in_the_document_names_who_reported():
    text = (
        "It was reported that the escaping was not thorough.\n\n"
        "We want to thank Ana Lind for responsibly disclosing this to us."
    )
    assert findings(VAGUE, text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # Too far: three sentences back, the next paragraph, or two sentences on.
        (
            "Reuters reported the bid. The firm was calm. Its rivals were not. "
            "Its owner is reported to have won.",
            "is reported to have",
        ),
        ("Reuters reported the bid.\n\nIts owner is reported to have won.", "is reported to have"),
        (
            "The mill is reportedly facing a claim. It denies it. Kolber newspaper reported it.",
            "reportedly",
        ),
        # An unnamed group is the vague source itself.
        ("Some experts say the bid will fail, according to the Times.", "Some experts say"),
        # A day is no source.
        ("Monday's figures were late. It is believed that half drive to work.", "It is believed"),
    ],
)
def test_no_source_near_enough_is_still_reported(text, match):
    assert [f.match for f in findings(VAGUE, text)] == [match]


def test_an_unnamed_group_lends_no_source():
    text = "Critics said the bid was low. Its owner is said to have won."
    assert positions(VAGUE, text) == [
        (1, 1, 13, "Critics said"),
        (1, 41, 56, "is said to have"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A state defined by its condition.
        "A build is said to be complete once every job has passed.",
        # Experts, not insiders.
        "The bugs were found by people familiar with the inner workings of the compiler.",
        # Seeing discussion is no judgement.
        "Several projects have seen lively discussion since May.",
        # The writer's own irony.
        "I supposedly broke the build last week.",
    ],
)
def test_hedges_that_are_no_sourcing(text):
    assert findings(VAGUE, text) == []
    assert findings(ANONYMOUS, text) == []


def test_insiders_familiar_with_the_plans_are_still_anonymous():
    text = "The deal is off, people familiar with the company's plans said."
    assert [f.match for f in findings(ANONYMOUS, text)] == ["people familiar with"]


def test_several_people_have_seen_it_as_a_judgement():
    text = "Several critics have seen the plan as a giveaway."
    assert [f.match for f in findings(VAGUE, text)] == ["Several critics have seen"]


@pytest.mark.parametrize(
    "text",
    [
        # A source named two sentences back, or in the next sentence.
        "Reuters reported the raid. It was swift. Two brothers were arrested on Monday.",
        "Two brothers were arrested on Monday. Kolber newspaper reported the arrests.",
        # Figurative killing.
        "A hamstring problem that killed his pace ended the season.",
        "The vote killed the plan for good.",
        # The writer's own arrest, or record.
        "I was arrested at the border in 2004.",
        "It is the largest pull request I've ever made.",
        # "most" with no article is no record.
        "Most developers weren't ever running these checks.",
    ],
)
def test_claims_with_a_source_nearby_or_no_claim(text):
    assert findings(pack_rules("attribution/unattributed-claim"), text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen killed the journalist on Monday.", "killed the journalist"),
        ("The militia killed 12 villagers on Monday.", "killed 12 villagers"),
        ("A sniper shot dead Ana Lind outside her home.", "shot dead Ana Lind"),
        ("It was the deadliest attack in the country's history.", "deadliest attack in the"),
    ],
)
def test_killings_of_people_and_records_are_claims(text, trigger):
    (finding,) = findings(pack_rules("attribution/unattributed-claim"), text)
    assert f"'{trigger}" in finding.message
    assert (finding.column, finding.match) == (1, text)


def test_nearby_covers_must_be_pattern_files(tmp_path):
    (tmp_path / "vague.txt").write_text("it is said\n")
    (tmp_path / "other.txt").write_text("it is held\n")
    with pytest.raises(RuleError, match="nearby_covers.*not among pattern_files: other"):
        make_rule(
            tmp_path,
            "sourcing-phrases",
            "pattern_files: [vague.txt]\nnearby_covers: [other.txt]\n",
        )


@pytest.mark.parametrize(
    "text",
    [
        # A study named earlier in the paragraph, however far back.
        "Dr Lind said the pollsters were surprised. She said 45% of the voters Norvik "
        "questioned own a bike. In 2003 the figure was 29%. In 2003 only 4% of adults in "
        "Kent cycled to work.",
        # In the paragraph before, which the figures continue.
        "The research, which covered 3,000 people in four countries, revealed that Danes "
        "cycle most. A third of them ride daily.\n\nThe Dutch came second, with 44% of "
        "adults riding daily.",
        "A survey of 280 schemes by Lomax Data found costs had risen. They rose by 50%.\n\n"
        "Nearly 40% of workers lost benefits.",
        "Velo, which commissioned the survey, was pleased. The firm said so.\n\n"
        "Nearly 40% of adults cycle daily.",
    ],
)
def test_a_named_study_is_the_source_of_the_figures_after_it(text):
    assert findings(pack_rules("attribution/unattributed-claim"), text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        # No study named: a bare "the survey" or "studies show" names nobody.
        (
            "The survey was published on Monday. It was long. It was late.\n\n"
            "Nearly 40% of adults cycle daily.",
            "Nearly 40% of adults cycle daily.",
        ),
        # Two paragraphs back is too far.
        (
            "A poll of 2,000 voters came out on Monday.\n\nIt was late.\n\n"
            "Nearly 40% of adults cycle daily.",
            "Nearly 40% of adults cycle daily.",
        ),
        # After the figure is not before it.
        (
            "Nearly 40% of adults cycle daily. The minister spoke. He left. "
            "A poll of 2,000 voters came out on Monday.",
            "Nearly 40% of adults cycle daily.",
        ),
        # Questioned is no survey when the police question.
        (
            "Police questioned two men. They left. It rained.\n\nNearly 40% of adults cycle daily.",
            "Nearly 40% of adults cycle daily.",
        ),
    ],
)
def test_figures_with_no_study_named_before_them_are_still_claims(text, match):
    claims = pack_rules("attribution/unattributed-claim")
    assert [f.match for f in findings(claims, text)] == [match]


@pytest.mark.parametrize(
    "text",
    [
        # The study named in the next sentence, even in the next paragraph (a news intro).
        "Firms spent billions on pensions last year, research suggests.\n\nA survey of 280 "
        "schemes by Lomax Data said costs had risen.",
        "Research shows that half of the schemes fail. A study commissioned by the Velo "
        "Trust found so.",
        # Or in its own sentence.
        "Research suggests, in a poll of 2,000 adults, that half of the schemes fail.",
    ],
)
def test_unnamed_research_named_in_the_next_sentence(text):
    assert findings(VAGUE, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # No study named anywhere near.
        "Some studies suggest that as many as eight million homes will be online.",
        # Named two sentences on is too far.
        "Research suggests that half of the schemes fail. It is costly. A survey of 280 "
        "schemes by Lomax Data said so.",
        # A study named only before it is not the one it means.
        "A survey of 280 schemes by Lomax Data came out. Research suggests that half of the "
        "schemes fail.",
    ],
)
def test_unnamed_research_with_no_study_after_it_is_still_vague(text):
    (finding,) = findings(VAGUE, text)
    assert finding.match.lower() in {"studies suggest", "research suggests"}


def test_study_covers_must_be_pattern_files(tmp_path):
    (tmp_path / "vague.txt").write_text("research suggests\n")
    (tmp_path / "other.txt").write_text("studies show\n")
    with pytest.raises(RuleError, match="study_covers.*not among pattern_files: other"):
        make_rule(
            tmp_path,
            "sourcing-phrases",
            "pattern_files: [vague.txt]\nstudy_covers: [other.txt]\n",
        )


@pytest.mark.parametrize(
    "text",
    [
        "It is estimated that 120 in 100,000 people over 75 have ulcers.[12]",
        "It is estimated[12] that 120 in 100,000 people over 75 have ulcers.",
        "Agents entered the region in order, it was claimed, to trace 40 kilos of drugs.(11)",
    ],
)
def test_a_numbered_reference_note_names_the_source(text):
    assert findings(VAGUE, text) == []


def test_a_list_number_is_no_reference_note():
    for text in (
        "It was claimed that (1) 40 kilos were seized and (2) five men arrested.",
        "It was claimed that two things happened: (1) 40 kilos were seized.",
    ):
        assert [f.match for f in findings(VAGUE, text)] == ["It was claimed"]

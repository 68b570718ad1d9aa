"""The attribution pack: quotation spans, cue detection with carry-over, and each rule's
positions and messages on short texts (the rules' own examples run in test_rule_examples)."""

from __future__ import annotations

import pytest
from helpers import findings, make_rule, pack_rule, pack_rules

from newslint import lint_text
from newslint.document.model import Document
from newslint.errors import RuleError
from newslint.kinds import pattern_set
from newslint.kinds.attribution import cues
from newslint.kinds.attribution.cues import Patterns, attributed_sentences, patterns
from newslint.ruleset.loading import load_rules

VAGUE = pack_rules("attribution/vague-source")  # vague-source, vague-opinion
ANONYMOUS = pack_rules("attribution/anonymous-source")  # anonymous-source, -routine


def quoted(text: str) -> list[str]:
    doc = Document(text)
    return [text[q.start : q.end] for q in doc.quotations]


def test_quotations_pair_curly_straight_and_mixed_marks():
    assert quoted('He said “we won” and "they lost," then left.') == ["“we won”", '"they lost,"']
    assert quoted('"Not a hurry,” he said.') == ['"Not a hurry,”']


def test_a_straight_mark_before_a_word_opens_a_new_quotation():
    text = 'She said: "We doubled it. "We will go on." Then she left.'
    assert quoted(text) == ['"We doubled it.', '"We will go on."']


def test_an_unclosed_quotation_runs_to_its_paragraph_end():
    assert quoted('He said: "We will go on\n\nNext paragraph.') == ['"We will go on']


def test_cues_carry_over_one_sentence_within_a_paragraph():
    cues = pack_rule("attribution/unattributed-claim").checker.cues
    doc = Document("Police said so. Two men were held. Both were charged.\n\nThe men were held.")
    assert attributed_sentences(doc, cues) == [True, True, False, False]


@pytest.mark.parametrize(
    "text",
    [
        "The senator made it clear that the bill was dead.",
        "Her answer: the bill was dead.",
        "The senator shot back that the bill was dead.",
    ],
)
def test_spoken_stances_and_colon_introductions_are_cues(text):
    cues = pack_rule("attribution/unattributed-claim").checker.cues
    assert attributed_sentences(Document(text), cues) == [True]


def test_a_cue_inside_a_quotation_is_not_the_article_s():
    cues = pack_rule("attribution/unattributed-claim").checker.cues
    doc = Document("“Police said nothing to us about it.” Two men were arrested.")
    assert attributed_sentences(doc, cues) == [False, False]


def test_unattributed_claim_reports_the_sentence_and_its_trigger():
    text = "The group threatened the town. A week later it organized a bomb attack there."
    (finding,) = findings(pack_rules("attribution/unattributed-claim"), text)
    assert (finding.line, finding.column, finding.end_column) == (1, 32, 78)
    assert finding.match == "A week later it organized a bomb attack there."
    assert finding.message == (
        "Claim with no source (accusation: 'organized a bomb attack'): say who says so"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police said the group organized a bomb attack.",
        "The group organized a bomb attack, according to police.",
        "Did the group organize a bomb attack?",
        "“The group organized a bomb attack on the town,” he told us.",
    ],
)
def test_unattributed_claim_is_silent_with_a_source_a_question_or_a_quotation(text):
    assert findings(pack_rules("attribution/unattributed-claim"), text) == []


def test_casualty_figure_and_arrest_reasons():
    claims = pack_rules("attribution/unattributed-claim")
    messages = [f.message for f in findings(claims, "At least 12 people were killed. Why?")]
    assert messages == [
        "Claim with no source (casualty figure: '12 people were killed'): say who says so"
    ]
    (arrest,) = findings(claims, "Two brothers were arrested on Monday.")
    assert "(arrest: 'were arrested')" in arrest.message


def test_vague_source_reports_the_phrase_with_its_reason():
    (finding,) = findings(VAGUE, "Well. Some experts believe it will fail.")
    assert (finding.column, finding.end_column, finding.match) == (7, 27, "Some experts believe")
    assert finding.message == (
        "Vague attribution (unnamed group): 'Some experts believe' names no source a reader "
        "can check"
    )


def test_vague_source_exempts_quotations():
    assert findings(VAGUE, "“Critics argue it will fail,” she said.") == []


def test_anonymous_source_is_info_and_names_the_phrase():
    text = "The deal is off, a person familiar with the matter said."
    (finding,) = findings(ANONYMOUS, text)
    assert finding.severity == "info"
    assert finding.match == "person familiar with"
    assert finding.message == "Anonymous source (unnamed insider): 'person familiar with'"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg won again. Critics say she is tired. Some have argued that she should stop.",
        "The bridge is widely seen as a mistake, and it is considered by many to be too costly.",
        "It has been noted that the bridge is late. The mayor is allegedly in Rome.",
        "Recent studies suggest that bridges age fast.",
    ],
)
def test_vague_source_finds_general_weasel_forms(text):
    assert findings(VAGUE, text)


@pytest.mark.parametrize(
    "text",
    [
        "The dish is often seen on menus. It is considered a delicacy.",
        "The critics said the film was long.",
        "A player is said to be “offside” when he is ahead of the ball.",
        "It was reported by Reuters that the bridge closed.",
        "Epidemiological studies showed a small effect.",
    ],
)
def test_vague_source_stays_silent_on_sight_definitions_and_named_sources(text):
    assert findings(VAGUE, text) == []


def test_vague_source_names_each_new_reason():
    rules = VAGUE
    (group,) = findings(rules, "Yet some have argued that it works.")
    assert (group.column, group.match) == (5, "some have argued")
    (research,) = findings(rules, "Recent studies suggest it works.")
    assert research.message.startswith("Vague attribution (unnamed research): 'studies suggest'")
    (adverb,) = findings(rules, "He allegedly stole it.")
    assert adverb.message.startswith("Vague attribution (legal hedge): 'allegedly'")


@pytest.mark.parametrize(
    "text",
    [
        "Monsanto was fined for bribing an Indonesian official.",
        "Two senior officials at the bank have disappeared.",
        "The e-mail, intended for a party official, suggested a meeting.",
        "Exports rose by 5%, according to official figures.",
    ],
)
def test_an_official_mentioned_is_not_an_anonymous_source(text):
    assert findings(ANONYMOUS, text) == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("The plan was dropped, a senior official said.", "a senior official"),
        ("Two aides, who spoke on condition of anonymity, met.", "on condition of anonymity"),
        ("A Western diplomat told reporters the talks had failed.", "A Western diplomat"),
        ("The talks failed, according to a senior official in Kabul.", "according to a"),
    ],
)
def test_an_official_in_a_reporting_construction_is_an_anonymous_source(text, match):
    (finding,) = findings(ANONYMOUS, text)
    assert finding.match.startswith(match)


def test_unattributed_quote_spans_the_quotation():
    text = "The council met. Then it rained.\n\n“We will not give up on this bridge.”"
    (finding,) = findings(pack_rule("attribution/unattributed-quote"), text)
    assert (finding.line, finding.column, finding.end_column) == (3, 1, 38)
    assert finding.message == "Quotation with no speaker: say who said it"


def test_unattributed_quote_is_off_by_default_and_on_when_named():
    quote = pack_rule("attribution/unattributed-quote")
    assert quote.enabled is False
    text = "The council met. It rained.\n\n“We will not give up on this bridge.”"
    assert lint_text(text, path="t.txt") == []
    (finding,) = lint_text(text, path="t.txt", select=["attribution.unattributed-quote"])
    assert (finding.line, finding.column) == (3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg is brimming with confidence. “I have waited six years for this win.”",
        "After three wins in a row, he is calm. “I have waited six years for this win.”",
        "The rights were sold, but Berg is keen. “I have waited six years for this win.”",
        "Mr Berg was asked. “I have waited six years for this win,” laughs the coach.",
        "“I won it at last,” Berg said. The crowd left. “I have waited six years for this win.”",
        "Wait, it gets better:\n\n“I have waited six years for this win.”",
        "The fans sang. “I have waited six years for this win.” – Anna Berg",
        "The fans sang. It was “the best day of my whole life.”",
        "The list: 10 Things You Need to Know.\n\n“10 Things You Need to Know”",
    ],
)
def test_a_quotation_whose_speaker_the_reader_can_tell_is_not_reported(text):
    assert findings(pack_rule("attribution/unattributed-quote"), text) == []


def test_a_quotation_left_open_continues_in_the_next_paragraph():
    text = (
        "The fans sang. She said: “We won the cup. “It is ours\n\n"
        "The crowd went home late. “We will be back next year for more.”"
    )
    assert findings(pack_rule("attribution/unattributed-quote"), text) == []


def test_a_quotation_after_a_sentence_about_a_thing_is_reported():
    text = "The club is growing. It plans to expand. “We have two people in Asia now.”"
    (finding,) = findings(pack_rule("attribution/unattributed-quote"), text)
    assert (finding.column, finding.end_column, finding.match) == (
        42,
        75,
        "“We have two people in Asia now.”",
    )


def test_a_quotation_chain_is_attributed_once():
    text = (
        "It rained. The mayor spoke. “We will win this. “We will build it soon.”\n\n"
        "“And we will pay for it out of our own budget.”"
    )
    assert findings(pack_rule("attribution/unattributed-quote"), text) == []


def test_quoted_names_and_titles_are_not_quotations():
    text = "It rained. The so-called “one time, last time” rule and “Gone with the Wind” stay."
    assert findings(pack_rule("attribution/unattributed-quote"), text) == []


def load_error(tmp_path, pattern_file: str) -> RuleError:
    """The error of loading a sourcing-phrases rule whose one pattern file holds this text."""
    (tmp_path / "bad.txt").write_text(pattern_file, encoding="utf-8")
    (tmp_path / "r.yaml").write_text(
        "id: x.vague\ncategory: attribution\nmessage: m\ndescription: d\n"
        "kind: sourcing-phrases\npattern_files: [bad.txt]\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as error:
        load_rules([tmp_path / "r.yaml"])
    return error.value


def test_unknown_term_in_a_pattern_file_is_a_rule_error(tmp_path):
    error = load_error(tmp_path, "{nosuch}\\s+said\n")
    assert "bad.txt: unknown term {nosuch} (term lists: none)" in str(error)
    assert error.line == 6


def test_patterns_name_the_file_that_matched(tmp_path):
    (tmp_path / "term.txt").write_text("police\nthe ministry\n", encoding="utf-8")
    (tmp_path / "says.txt").write_text("{term}\\s+said\n", encoding="utf-8")
    found = patterns([tmp_path / "says.txt"], [tmp_path / "term.txt"])
    doc = Document("Later the  ministry said no.")
    (match,) = found.finditer(doc, doc.sentences)
    assert (match.group(), found.reason(match)) == ("the  ministry said", "says")


def test_rules_whose_term_lists_differ_only_in_unused_ones_share_their_patterns(tmp_path):
    (tmp_path / "term.txt").write_text("police\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("critics\n", encoding="utf-8")
    (tmp_path / "says.txt").write_text("{term}\\s+said\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("reportedly\n", encoding="utf-8")
    files = [tmp_path / "says.txt"]
    alone = patterns(files, [tmp_path / "term.txt"])
    assert patterns(files, [tmp_path / "other.txt", tmp_path / "term.txt"]) is alone
    assert patterns([tmp_path / "plain.txt"], []) is patterns(
        [tmp_path / "plain.txt"], [tmp_path / "term.txt"]
    )


def test_an_unreadable_term_list_is_an_error_even_when_unused(tmp_path):
    (tmp_path / "plain.txt").write_text("reportedly\n", encoding="utf-8")
    with pytest.raises(RuleError, match="cannot read word list"):
        patterns([tmp_path / "plain.txt"], [tmp_path / "missing.txt"])


def test_a_bad_pattern_is_named_by_file_and_number(tmp_path):
    error = load_error(tmp_path, "# comment\nsaid\n(?:unclosed\n")
    assert "bad.txt, pattern 2: bad regular expression: missing )" in str(error)
    assert error.line == 6


def test_known_good_patterns_compile_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "term.txt").write_text("police\nthe ministry\n", encoding="utf-8")
    (tmp_path / "says.txt").write_text("{term}\\s+said\n", encoding="utf-8")
    files, terms = (tmp_path / "says.txt",), (tmp_path / "term.txt",)
    Patterns(files, terms)  # compiled once to check it, and remembered as good
    compiled = []
    real = cues.compile_regex

    def compiling(pattern, ignorecase):
        compiled.append(pattern)
        return real(pattern, ignorecase)

    monkeypatch.setattr(cues, "compile_regex", compiling)
    monkeypatch.setattr(pattern_set, "compile_regex", compiling)
    found = Patterns(files, terms)
    assert compiled == []  # loading the rule compiled nothing
    doc = Document("It rained. Later the ministry said no.")
    assert [m.group() for m in found.finditer(doc, doc.sentences)] == ["the ministry said"]
    assert len(compiled) == 1  # the second sentence passed the pre-filter


# -- issue 13: attribution on the right text ---------------------------------------------


def test_reported_speech_carries_its_source_into_the_next_paragraph():
    cues = pack_rule("attribution/unattributed-claim").checker.cues
    carry = pack_rule("attribution/unattributed-claim").checker.carry
    text = (
        "The minister said on Monday that talks had failed.\n\n"
        "The army had moved on the capital.\n\n"
        "Two generals were arrested."
    )
    sourcing = cues_module_sourcing(Document(text), cues, carry)
    assert [sourcing.attributed(i) for i in range(3)] == [True, True, False]


def cues_module_sourcing(doc, cue_patterns, carry):
    return cues.Sourcing(doc, cue_patterns, carry)


@pytest.mark.parametrize(
    "text, reported",
    [
        # "that" after the reporting verb: the paragraph after goes on reporting.
        ("The minister said on Monday that talks had failed.\n\nTwo generals were arrested.", []),
        # A colon ending the sentence introduces what follows.
        ("A police spokesman told reporters:\n\nTwo brothers were arrested on Monday.", []),
        # A plain "said" closes its report: the next paragraph is the article's again.
        (
            "The minister said talks had failed.\n\nTwo generals were arrested.",
            [(3, 1, 28, "Two generals were arrested.")],
        ),
    ],
)
def test_a_claim_after_reported_speech(text, reported):
    assert [
        (f.line, f.column, f.end_column, f.match)
        for f in findings(pack_rules("attribution/unattributed-claim"), text)
    ] == reported


@pytest.mark.parametrize(
    "text",
    [
        "If the plan passes, 40% of adults could lose their benefits.",
        "Imagine if all those jobs executed one after another!",
        "Prices could rise for 40% of households next year.",
        "If two brothers were arrested, the police would say so.",
    ],
)
def test_a_supposed_claim_is_not_a_claim(text):
    assert findings(pack_rules("attribution/unattributed-claim"), text) == []


def test_a_modal_in_an_earlier_clause_does_not_suppose_the_claim():
    text = "The men could face charges; two brothers were arrested on Monday."
    (finding,) = findings(pack_rules("attribution/unattributed-claim"), text)
    assert finding.message == "Claim with no source (arrest: 'were arrested'): say who says so"


@pytest.mark.parametrize(
    "text",
    [
        "We will know next week whether it was accepted.",
        "The proposal is reviewed, and eventually it is accepted.",
        "If it is believed, the rumour will spread.",
    ],
)
def test_vague_source_is_silent_on_conditions_and_things_accepted(text):
    assert findings(VAGUE, text) == []


def test_vague_source_still_reports_a_modal_inside_the_phrase():
    (finding,) = findings(VAGUE, "Some would argue the plan is unfair.")
    assert (finding.column, finding.end_column, finding.match) == (1, 17, "Some would argue")


OWN_SURVEY = (
    "We asked 9,000 readers about their habits this spring.\n\n"
    "Nearly 40% of respondents read the news daily.\n\n"
    "Many said they trust it. Critics argue the paper is biased."
)


def test_a_post_s_own_research_sources_its_statistics_and_respondents():
    assert findings(pack_rules("attribution/unattributed-claim"), OWN_SURVEY) == []
    (finding,) = findings(VAGUE, OWN_SURVEY)
    assert (finding.line, finding.match) == (5, "Critics argue")


def test_without_research_of_its_own_the_same_text_is_reported():
    # No survey of its own, and no group named before "Many said" (respondents would be).
    text = OWN_SURVEY.replace("We asked 9,000 readers", "The paper was read").replace(
        "respondents", "adults"
    )
    assert [f.match for f in findings(VAGUE, text)] == [
        "Many said",
        "Critics argue",
    ]
    (claim,) = findings(pack_rules("attribution/unattributed-claim"), text)
    assert claim.message == ("Claim with no source (statistic: '40% of adults'): say who says so")


def test_research_sources_must_be_trigger_files(tmp_path):
    (tmp_path / "arrest.txt").write_text("were arrested\n")
    (tmp_path / "other.txt").write_text("were held\n")
    (tmp_path / "cue.txt").write_text("said\n")
    body = "trigger_files: [arrest.txt]\ncue_files: [cue.txt]\nresearch_sources: [other.txt]\n"
    with pytest.raises(RuleError, match="research_sources.*not among trigger_files: other"):
        make_rule(tmp_path, "unattributed-claim", body, category="attribution")


BLOCK_QUOTED = "The mayor wrote on Friday:\n\n> Critics argue that two brothers were arrested.\n"


def test_block_quotes_are_quotations():
    doc_md = lint_text(BLOCK_QUOTED, path="post.md", select=["attribution"])
    assert doc_md == []
    html = "<p>It rained.</p><blockquote><p>Critics argue the vote was rigged.</p></blockquote>"
    assert lint_text(html, path="page.html", select=["attribution"]) == []
    inline = "<p>The sign said <q>critics argue the vote was rigged</q> in red.</p>"
    assert lint_text(inline, path="page.html", select=["attribution"]) == []
    # The same words outside the block quote are the article's.
    plain = BLOCK_QUOTED.replace("> ", "")
    assert [f.match for f in lint_text(plain, path="post.md", select=["attribution"])] == [
        "Critics argue"
    ]


def test_an_unattributed_block_quote_considers_the_sentence_introducing_it():
    select = ["attribution.unattributed-quote"]
    lone = "The council met. Work starts in May.\n\n> We will not give up on this bridge.\n"
    (finding,) = lint_text(lone, path="post.md", select=select)
    assert (finding.line, finding.column, finding.end_column) == (3, 3, 38)
    assert finding.match == "We will not give up on this bridge."
    introduced = lone.replace("Work starts in May.", "The mayor wrote:")
    assert lint_text(introduced, path="post.md", select=select) == []
    # A block quote is closed where it ends: the quotation after it is not its speaker's.
    after = lone + "\nWork stops in June. “Nor will we give up on the school, ever.”\n"
    assert [f.line for f in lint_text(after, path="post.md", select=select)] == [3, 5]

"""The learned-lines kind and its features: each block's vector, a model's verdict reported
with the features that weighed most, the removal fix, and what it refuses; the built-in
boilerplate.interface-model (off by default, deferring to the phrase rules)."""

from __future__ import annotations

import json

import pytest
from helpers import findings, fixed, make_rule, pack_rule

from newslint.api import lint_text
from newslint.document.model import Document
from newslint.errors import RuleError
from newslint.kinds.boilerplate.line_features import FEATURE_SET, LineFeatures
from newslint.kinds.model_file import FORMAT, VERSION

PROSE = [
    "The council voted on Monday to close the old library in the town centre.",
    "Residents said they would fight the decision in the courts this year.",
    "The library has served the town since 1902, and it holds rare maps.",
]
STORY = "\n".join(["Library to close", *PROSE, "Share this", "Most read", "Sport | Weather"])


def vectors(text, phrases=None, stopwords=frozenset({"the", "to", "in", "and"})):
    features = LineFeatures(phrases or {"share": ["share this"]}, stopwords)
    return features.vectors(Document(text, "story.txt"))


def test_each_line_is_a_block_with_its_shape_words_and_place():
    blocks, found = vectors(STORY)
    assert [block.first for block in blocks] == [0, 1, 2, 3, 4, 5, 6]
    headline, first_paragraph, share, menu = found[0], found[1], found[4], found[6]
    assert headline["position:before-main"] == 1.0 and headline["position:first"] == 1.0
    assert headline["word:library"] == 1.0 and headline["shape:words=2-3"] == 1.0
    assert first_paragraph["position:in-main"] == 1.0
    assert first_paragraph["shape:sentence-end"] == 1.0
    assert not any(name.startswith("word:") for name in first_paragraph)  # a long line
    assert share["phrase:share"] == 1.0 and share["phrase:whole-line"] == 1.0
    assert share["position:after-main"] == 1.0 and share["prev:prose"] == 1.0
    assert share["context:label-run"] == pytest.approx(1.3863, abs=1e-4)  # log(1 + 3 lines)
    assert menu["has:separator"] == 1.0 and menu["words:no-function"] == 1.0
    assert menu["next:none"] == 1.0 and menu["position:last"] == 1.0


def test_a_line_written_twice_is_marked_repeated():
    _, found = vectors("\n".join(["Share this", *PROSE, "Share this"]))
    assert found[0]["doc:repeated"] == found[-1]["doc:repeated"] == 1.0
    assert "doc:repeated" not in found[1]


def test_a_line_is_judged_by_how_much_of_its_subject_the_article_shares():
    text = "\n".join([*PROSE, "Library maps to go on show", "Storm hits coastal villages"])
    _, found = vectors(text)
    subheading, teaser = found[3], found[4]
    assert subheading["topic:shared"] == pytest.approx(2 / 3)  # library, maps; not "show"
    assert teaser["topic:shared"] == 0.0 and teaser["topic:none-shared"] == 1.0
    # a paragraph of the article is not compared with itself
    assert found[0]["topic:shared"] == pytest.approx(2 / 7)  # library, town


def test_another_script_is_a_share_of_the_letters():
    _, found = vectors("Читать далее ok")
    assert found[0]["script:non-latin"] == pytest.approx(11 / 13)


@pytest.fixture
def model(tmp_path):
    def write(weights, features=FEATURE_SET, threshold=0.5, bias=-3.0):
        data = {
            "format": FORMAT,
            "version": VERSION,
            "unit": "block",
            "features": features,
            "bias": bias,
            "weights": weights,
            "threshold": threshold,
        }
        (tmp_path / "lines.json").write_text(json.dumps(data), encoding="utf-8")
        return "lines.json"

    return write


def rule(tmp_path, model_name, **keys):
    return make_rule(
        tmp_path,
        "learned-lines",
        f"model: {model_name}\n",
        message="Leftover ({reason}, {score})",
        rule_id="boilerplate.test",
        category="boilerplate",
        **keys,
    )


WEIGHTS = {"position:after-main": 2.0, "context:label-run": 1.5, "word:share": 1.0}


def test_a_line_the_model_scores_at_the_threshold_is_reported_with_its_reasons(tmp_path, model):
    learned = rule(tmp_path, model(WEIGHTS))
    found = findings(learned, STORY)
    assert [(f.line, f.column, f.end_column, f.match) for f in found] == [
        (5, 1, 11, "Share this"),
        (6, 1, 10, "Most read"),
        (7, 1, 16, "Sport | Weather"),
    ]
    assert found[0].message == (
        "Leftover (in a run of short lines, after the article's text, 'share', 0.89)"
    )
    assert fixed(learned, STORY) == "\n".join(["Library to close", *PROSE])


def test_the_threshold_field_overrides_the_models(tmp_path, model):
    assert findings(rule(tmp_path, model(WEIGHTS), threshold=0.9), STORY) == []


def test_a_document_of_too_few_blocks_is_left_alone(tmp_path, model):
    learned = rule(tmp_path, model({"word:share": 9.0}))
    assert findings(learned, "Share this\n\nShare this") == []
    assert [f.match for f in findings(learned, "Share this\nShare this\nShare this")] == [
        "Share this"
    ] * 3


def test_a_model_for_other_features_is_refused_at_the_rule(tmp_path, model):
    with pytest.raises(RuleError) as err:
        rule(tmp_path, model(WEIGHTS, features="other/9"))
    assert str(err.value).endswith(
        f"lines.json was trained on features 'other/9'; this newslint computes {FEATURE_SET!r}: "
        "train it again"
    )


def test_a_missing_model_file_is_a_rule_error_naming_it(tmp_path):
    with pytest.raises(RuleError) as err:
        rule(tmp_path, "nowhere.json")
    assert str(err.value).endswith("no such file: nowhere.json")


TEASERS = [
    "Storm floods coastal villages overnight",
    "Football club appoints young manager",
    "Bakery wins national award for sourdough",
]


def test_a_run_of_headlines_on_other_subjects_after_the_article_is_context():
    _, found = vectors("\n".join(["Library to close", *PROSE, "Related", *TEASERS]))
    related, first, middle, last = found[4], found[5], found[6], found[7]
    assert first["topic:none-shared"] == 1.0 and first["shape:headline-off-topic"] == 1.0
    assert first["shape:headline-off-topic-outside"] == 1.0
    assert middle["prev:topicless"] == middle["next:topicless"] == 1.0
    assert middle["prev2:label"] == 1.0 and middle["next2:none"] == 1.0
    assert middle["prev:alike"] == middle["next:alike"] == 1.0
    assert "prev:alike" not in first  # "Related" is one word, the teaser five
    # The stretch of four lines that are not prose, three of them on other subjects.
    assert last["stretch:length"] == pytest.approx(1.6094, abs=1e-4)  # log(1 + 4)
    assert last["stretch:topicless"] == 0.75 and "stretch:interface" not in last
    assert last["position:prose-before"] == pytest.approx(1.3863, abs=1e-4)  # log(1 + 3)
    assert last["position:prose-after"] == 0.0
    assert "title:shared" not in related  # one word says nothing of a subject
    assert first["title:shared"] == 0.0


def test_a_subheading_shares_the_article_subject_and_has_prose_after_it():
    text = "\n".join(["Library to close", PROSE[0], "Rare library maps", *PROSE[1:]])
    _, found = vectors(text)
    subheading = found[2]
    assert "shape:headline-off-topic" not in subheading and "stretch:topicless" in subheading
    assert subheading["stretch:topicless"] == 0.0
    assert subheading["position:prose-after"] == pytest.approx(1.0986, abs=1e-4)  # log(1 + 2)
    assert subheading["title:shared"] == pytest.approx(1 / 3)  # library; not rare, maps
    assert subheading["prev:prose"] == subheading["next:prose"] == 1.0


def test_a_long_line_is_known_by_its_first_words_and_its_stretch_by_interface_text():
    prompt = "If you enjoyed this story please tell your friends about our newsletter today"
    _, found = vectors("\n".join([*PROSE, "Share this", prompt]))
    assert found[4]["lead:if you"] == 1.0
    assert not any(name.startswith("word:") for name in found[4])
    assert found[4]["stretch:interface"] == found[3]["stretch:interface"] == 1.0
    assert found[0]["lead:the council"] == 1.0  # any line of more than twelve words


# -- the built-in rule: boilerplate.interface-model ------------------------------------------

SCRAPED = "\n".join(
    ["Library to close", *PROSE, "Share this", "Have some news to share? Send us your story"]
)


def test_the_builtin_model_rule_is_information_and_off_by_default():
    rule = pack_rule("boilerplate/interface-model")
    assert (rule.id, rule.kind, rule.severity, rule.enabled) == (
        "boilerplate.interface-model",
        "learned-lines",
        "info",
        False,
    )
    assert rule.defer_to == ("boilerplate",)
    assert [(f.rule, f.match) for f in lint_text(SCRAPED, "story.txt")] == [
        ("boilerplate.interface", "Share this")
    ]


def test_the_builtin_model_reports_what_the_phrase_rules_leave_when_named():
    selected = ["boilerplate", "boilerplate.interface-model"]
    found = lint_text(SCRAPED, "story.txt", select=selected)
    assert [(f.rule, f.line, f.column, f.end_column, f.match) for f in found] == [
        ("boilerplate.interface", 5, 1, 11, "Share this"),  # the phrase rule's line, once
        (
            "boilerplate.interface-model",
            6,
            1,
            44,
            "Have some news to share? Send us your story",
        ),
    ]
    assert found[1].message == (
        "Leftover interface text? (among interface text, a headline on another subject, "
        "'story'; score 1.00)"
    )
    # An author's source is no scraped page.
    assert lint_text(SCRAPED, "story.md", select=selected) == []


def test_the_builtin_model_is_for_the_features_this_newslint_computes():
    model = pack_rule("boilerplate/interface-model").checker.model
    assert model.features == FEATURE_SET and model.unit == "block"
    assert 0.5 < model.threshold < 1
    assert model.card["cross-validation"]["threshold chosen on"] == "zyte"


FRENCH_PAGE = [
    "La bibliothèque va fermer",
    "Le conseil municipal a voté lundi la fermeture de la vieille bibliothèque du centre-ville.",
    "Les habitants ont dit qu'ils contesteraient la décision devant les tribunaux cette année.",
    "La bibliothèque sert la ville depuis 1902, et elle conserve des cartes rares de la vallée.",
    "Réagir",  # "have your say": scored 0.93 when the rule guesses
    "Have some news to share? Send us your story",
    "Les trains régionaux supprimés cet hiver",
    "Un nouveau stade pour la ville en 2027",  # a teaser: scored 0.93 when the rule guesses
]


def test_the_builtin_model_judges_english_lines_only():
    # Its pages were English but for a few: a French page's own lines are not judged, an
    # English widget on it is.
    found = lint_text("\n".join(FRENCH_PAGE), "story.txt", select=["boilerplate.interface-model"])
    assert [(f.line, f.match) for f in found] == [(6, FRENCH_PAGE[5])]

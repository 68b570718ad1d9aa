"""The learned-sentences kind and its features: each sentence's vector, a model's verdict
reported with the features that weighed most, the sentences it does not judge, and the
models it refuses."""

from __future__ import annotations

import json

import pytest
from helpers import findings, make_rule, positions

from newslint.document.model import Document
from newslint.errors import RuleError
from newslint.kinds.attribution.sentence_features import FEATURE_SET, SentenceFeatures, lemma
from newslint.kinds.model_file import FORMAT, VERSION


@pytest.fixture
def cue_files(tmp_path):
    (tmp_path / "group.txt").write_text("critics|observers\n", encoding="utf-8")
    (tmp_path / "reporting-verb.txt").write_text("said|says\n", encoding="utf-8")
    return ["group.txt", "reporting-verb.txt"]


def vectors(tmp_path, cue_files, text):
    features = SentenceFeatures([tmp_path / name for name in cue_files], [])
    doc = Document(text, "story.txt")
    return features.vectors(doc, doc.sentences)


@pytest.mark.parametrize(
    "token, initial, form",
    [
        ("Experts", True, "expert"),
        ("studies", False, "study"),
        ("is", False, "is"),
        ("analysis", False, "analysis"),
        ("Lind", False, "NAME"),
        ("Lind's", True, "lind"),
        ("4,000", False, "NUM"),
    ],
)
def test_a_word_is_lower_cased_with_its_plural_folded_or_a_class(token, initial, form):
    assert lemma(token, initial) == form


def test_a_sentence_has_its_words_pairs_cues_names_and_length(tmp_path, cue_files):
    text = 'Some critics say the bridge is unsafe. Ana Lind said "it is safe" on Monday.'
    vague, named = vectors(tmp_path, cue_files, text)
    assert {"word:some", "word:critic", "word:<s> some", "word:unsafe </s>"} <= set(vague)
    assert vague["cue:group"] == 1.0 and "cue:reporting-verb" not in vague  # "say" is no cue
    assert vague["words:6-10"] == vague["names:0"] == 1.0
    # "Ana" starts the sentence: "Lind" and "Monday" are names
    assert named["word:NAME said"] == named["names:2-3"] == 1.0
    assert named["cue:reporting-verb"] == named["has:name-and-reporting-verb"] == 1.0
    assert named["has:quotation"] == 1.0


def test_a_cue_inside_a_quotation_is_the_speakers(tmp_path, cue_files):
    (vector,) = vectors(tmp_path, cue_files, 'She wrote: "Critics are wrong about it."')
    assert "cue:group" not in vector and vector["has:quotation"] == 1.0


@pytest.fixture
def model(tmp_path, cue_files):
    def write(weights, features=FEATURE_SET, threshold=0.5, bias=-3.0):
        data = {
            "format": FORMAT,
            "version": VERSION,
            "unit": "sentence",
            "features": features,
            "bias": bias,
            "weights": weights,
            "threshold": threshold,
        }
        (tmp_path / "vague.json").write_text(json.dumps(data), encoding="utf-8")
        return "vague.json"

    return write


def rule(tmp_path, model_name, **keys):
    return make_rule(
        tmp_path,
        "learned-sentences",
        f"model: {model_name}\ncue_files: [group.txt, reporting-verb.txt]\n",
        message="Vague ({reason}, {score})",
        rule_id="attribution.test",
        category="attribution",
        **keys,
    )


WEIGHTS = {"word:some": 2.0, "cue:group": 1.5, "word:<s> some": 0.5, "word:NAME said": -4.0}
STORY = (
    "Some critics say the new bridge is unsafe.\n\n"
    "Some critics, Ana Lind said, find the new bridge unsafe.\n\n"
    '"Some critics say the new bridge is unsafe," she wrote.\n\n'
    "Do some critics say the new bridge is unsafe?\n\n"
    "Some critics say so."
)


def test_a_sentence_the_model_scores_at_the_threshold_is_reported_with_its_reasons(tmp_path, model):
    learned = rule(tmp_path, model(WEIGHTS))
    assert positions(learned, STORY) == [(1, 1, 43, "Some critics say the new bridge is unsafe.")]
    (found,) = findings(learned, STORY)
    assert found.message == "Vague ('some', group, 'some' first, 0.73)"


def test_the_threshold_and_min_words_fields_override_the_defaults(tmp_path, model):
    assert findings(rule(tmp_path, model(WEIGHTS), threshold=0.8), STORY) == []
    short = rule(tmp_path, model(WEIGHTS), min_words=4)
    assert [f.match for f in findings(short, STORY)][-1] == "Some critics say so."


def test_a_model_for_other_features_is_refused_at_the_rule(tmp_path, model):
    with pytest.raises(RuleError) as err:
        rule(tmp_path, model(WEIGHTS, features="leftover-lines/2"))
    assert str(err.value).endswith(
        f"vague.json was trained on features 'leftover-lines/2'; this newslint computes "
        f"{FEATURE_SET!r}: train it again"
    )

"""Training the model of a `learned-sentences` rule from labelled sentences.

Each labelled sentence is read as a document of its own, and its features
(`kinds/attribution/sentence_features.py`) are computed by the code the rule runs, over all
of its text (the segmenter may cut a labelled sentence in two; its label is the whole's).
The rule file gives the pattern files whose hits are features.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newslint.document.model import Document
from newslint.document.segment import Span
from newslint.kinds.attribution.sentence_features import FEATURE_SET, SentenceFeatures
from newslint.kinds.model_file import LinearModel, save
from newslint.training.fit import fit
from newslint.training.labelled_sentences import (
    NEGATIVE,
    POSITIVE,
    LabelledSentence,
    read_sentences,
)
from newslint.training.rule_files import rule_files

KIND = "learned-sentences"


def rule_features(rule_file: Path) -> SentenceFeatures:
    """The features the `learned-sentences` rule in `rule_file` computes, read without its
    model, which may not exist yet."""
    files = rule_files(rule_file, KIND)
    return SentenceFeatures(files("cue_files"), files("term_files"))


def examples(sentences: list[LabelledSentence], features: SentenceFeatures):
    """Feature vectors, labels (1: vague) and groups of the labelled sentences."""
    vectors, labels, groups = [], [], []
    for sentence in sentences:
        if sentence.label not in (POSITIVE, NEGATIVE) or not sentence.text:
            continue
        doc = Document(sentence.text, "labelled.txt")
        vectors.extend(features.vectors(doc, [Span(0, len(doc.text))]))
        labels.append(int(sentence.label == POSITIVE))
        groups.append(sentence.group)
    return vectors, labels, groups


def train(
    data: list[Path],
    rule_file: Path,
    output: Path,
    *,
    precision_goal: float,
    folds: int,
    min_groups: int,
    regularisation: float = 1.0,
) -> dict:
    """Train, write the model file, and return its card."""
    sentences = [sentence for path in data for sentence in read_sentences(path)]
    vectors, labels, groups = examples(sentences, rule_features(rule_file))
    fitted = fit(
        vectors,
        labels,
        groups,
        precision_goal=precision_goal,
        folds=folds,
        min_groups=min_groups,
        regularisation=regularisation,
    )
    card = {
        "data": {
            "files": [path.name for path in data],
            "groups": len(set(groups)),
            "sentences by label": {
                POSITIVE if label else NEGATIVE: count
                for label, count in sorted(Counter(labels).items())
            },
        },
        "precision goal": precision_goal,
        "regularisation (C)": regularisation,
        "cross-validation": {"folds": folds, "grouped by": "group", **fitted.figures},
        "features": len(fitted.weights),
    }
    model = LinearModel(
        unit="sentence",
        features=FEATURE_SET,
        bias=fitted.bias,
        weights=fitted.weights,
        threshold=fitted.threshold,
        card=card,
    )
    save(model, output)
    return card

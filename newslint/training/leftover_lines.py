"""Training the model of a `learned-lines` rule from labelled documents.

Each labelled document is read as the plain text of its lines, one per line, so its blocks
are its lines and their features (`kinds/boilerplate/line_features.py`) are computed by the
code the rule runs. The rule file gives the phrase lists and function words the features use.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newslint.document.model import Document
from newslint.kinds.boilerplate.line_features import FEATURE_SET, LineFeatures
from newslint.kinds.model_file import LinearModel, save
from newslint.training.fit import fit
from newslint.training.labelled import NEGATIVE, POSITIVE, LabelledDocument, read_labelled
from newslint.training.rule_files import rule_files

KIND = "learned-lines"


def rule_features(rule_file: Path) -> LineFeatures:
    """The features the `learned-lines` rule in `rule_file` computes (its phrase lists and
    function words), read without its model, which may not exist yet."""
    files = rule_files(rule_file, KIND)
    return LineFeatures.from_files(files("phrase_files"), files("stopword_files"))


def examples(documents: list[LabelledDocument], features: LineFeatures):
    """Feature vectors, labels (1: leftover), groups and sources of the labelled lines."""
    vectors, labels, groups, sources = [], [], [], []
    for labelled in documents:
        if not labelled.ordered:
            continue  # snippets out of page order: no neighbours to learn from
        doc = Document("\n".join(labelled.lines), "labelled.txt")
        blocks, found = features.vectors(doc)
        for block, vector in zip(blocks, found):
            label = labelled.labels[block.first]
            if label in (POSITIVE, NEGATIVE):
                vectors.append(vector)
                labels.append(int(label == POSITIVE))
                groups.append(labelled.group)
                sources.append(labelled.source)
    return vectors, labels, groups, sources


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
    documents = [doc for path in data for doc in read_labelled(path)]
    vectors, labels, groups, sources = examples(documents, rule_features(rule_file))
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
            "documents": sum(doc.ordered for doc in documents),
            "left out (not in page order)": sum(not doc.ordered for doc in documents),
            "groups": len(set(groups)),
            "lines by source and label": {
                f"{source} {'leftover' if label else 'content'}": count
                for (source, label), count in sorted(Counter(zip(sources, labels)).items())
            },
        },
        "precision goal": precision_goal,
        "regularisation (C)": regularisation,
        "cross-validation": {"folds": folds, "grouped by": "site", **fitted.figures},
        "features": len(fitted.weights),
    }
    model = LinearModel(
        unit="block",
        features=FEATURE_SET,
        bias=fitted.bias,
        weights=fitted.weights,
        threshold=fitted.threshold,
        card=card,
    )
    save(model, output)
    return card

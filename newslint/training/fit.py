"""Fitting a linear model to labelled feature vectors, and choosing its operating point.

Logistic regression (scikit-learn, the `train` extra) over sparse named features. Words
(features whose names start with one of `lexical`) seen on fewer than `min_groups` sites are
dropped first: a word only one site uses teaches that site's furniture, not the web's.
Examples may weigh differently (labels checked by hand count more than labels matched
automatically). The threshold is chosen on out-of-fold scores of grouped cross-validation
(a site's pages all in one fold), as the lowest score at which the precision of what is
reported still meets the goal, on the examples `tuned` marks (all by default: the data
most like what the rule will see), together with the lines other rules report anyway
(`already`: a rule that defers to them reports the rest); the figures at that threshold
are what the model card reports. The model shipped is then fitted on all the data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from newslint.errors import ConfigError


@dataclass(frozen=True)
class Fitted:
    bias: float
    weights: dict[str, float]
    threshold: float
    figures: dict  # cross-validated precision, recall, counts at the threshold
    scores: list[float]  # each example's out-of-fold score


def sklearn():
    """scikit-learn's pieces, or a ConfigError saying how to get them."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        raise ConfigError(
            "newslint train needs scikit-learn: pip install 'newslint[train]'"
        ) from None
    return DictVectorizer, LogisticRegression, GroupKFold


def fit(
    vectors: list[dict[str, float]],
    labels: list[int],
    groups: list[str],
    *,
    precision_goal: float,
    folds: int = 5,
    min_groups: int = 3,
    regularisation: float = 1.0,
    weights: list[float] | None = None,
    tuned: list[bool] | None = None,
    already: tuple[int, int] = (0, 0),
    lexical: tuple[str, ...] = ("word:",),
) -> Fitted:
    DictVectorizer, LogisticRegression, GroupKFold = sklearn()
    import numpy as np  # comes with scikit-learn

    vectors = _without_rare_words(vectors, groups, min_groups, lexical)
    if len(set(labels)) < 2:
        raise ConfigError("the labelled data needs examples of both labels")
    if len(set(groups)) < folds:
        raise ConfigError(f"cross-validation needs at least {folds} groups (sites)")
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(vectors).tocsr()
    target = np.asarray(labels)
    weight = np.ones(len(labels)) if weights is None else np.asarray(weights, dtype=float)

    def model(rows):
        found = LogisticRegression(C=regularisation, solver="lbfgs", max_iter=3000)
        return found.fit(matrix[rows], target[rows], sample_weight=weight[rows])

    scores = [0.0] * len(labels)
    for train, test in GroupKFold(n_splits=folds).split(matrix, labels, groups):
        for index, score in zip(test, model(train).predict_proba(matrix[test])[:, 1]):
            scores[index] = float(score)
    chosen = [i for i in range(len(labels)) if tuned is None or tuned[i]]
    threshold, figures = operating_point(
        [scores[i] for i in chosen], [labels[i] for i in chosen], precision_goal, already
    )
    final = model(np.arange(len(labels)))
    names = vectorizer.get_feature_names_out()
    found = {str(name): float(w) for name, w in zip(names, final.coef_[0]) if abs(w) > 1e-6}
    return Fitted(float(final.intercept_[0]), found, threshold, figures, scores)


def operating_point(
    scores: list[float], labels: list[int], goal: float, already: tuple[int, int] = (0, 0)
) -> tuple[float, dict]:
    """The lowest threshold at which the precision of scores at or above it meets `goal`
    (the highest score when none does), with precision and recall there. `already` counts
    the lines other rules report anyway, (right, wrong): with them, the goal is for what
    is reported together, and the model's own precision is reported apart."""
    ranked = sorted(zip(scores, labels), reverse=True)
    right, wrong = already
    positives = sum(labels) + right
    best = (ranked[0][0] if ranked else 1.0, 0, 0)
    hits = 0
    for reported, (score, label) in enumerate(ranked, 1):
        hits += label
        ties = reported < len(ranked) and ranked[reported][0] == score
        if not ties and (hits + right) / (reported + right + wrong) >= goal:
            best = (score, hits, reported)
    threshold, hits, reported = best
    together = reported + right + wrong
    figures: dict[str, object] = {
        "precision": round((hits + right) / together, 4) if together else None,
        "recall": round((hits + right) / positives, 4) if positives else None,
        "reported": reported,
        "positives": positives,
        "examples": len(labels),
    }
    if right or wrong:
        figures["model alone"] = {
            "precision": round(hits / reported, 4) if reported else None,
            "recall": round(hits / positives, 4) if positives else None,
        }
        figures["rules alone"] = {
            "precision": round(right / (right + wrong), 4),
            "recall": round(right / positives, 4) if positives else None,
            "reported": right + wrong,
        }
    return threshold, figures


def _without_rare_words(vectors, groups, min_groups: int, lexical) -> list[dict[str, float]]:
    seen: dict[str, set[str]] = defaultdict(set)
    for vector, group in zip(vectors, groups):
        for name in vector:
            if name.startswith(lexical):
                seen[name].add(group)
    rare = {name for name, where in seen.items() if len(where) < min_groups}
    return [{k: v for k, v in vector.items() if k not in rare} for vector in vectors]

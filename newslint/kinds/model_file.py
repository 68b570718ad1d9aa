"""A model file: the weights a model-backed rule decides with, trained from labelled data
by `newslint train` and shipped beside the rule.

The file is JSON (gzip-compressed when its name ends in `.gz`):

    {"format": "newslint-model", "version": 1, "unit": "block",
     "features": "leftover-lines/1",            # the feature set it was trained on
     "bias": -2.1, "weights": {"shape:short": 1.3, "word:share": 2.2, ...},
     "threshold": 0.83,                         # the operating point chosen for precision
     "card": {...}}                             # data, licences, figures (the model card)

A logistic regression over sparse named features: the probability of the positive label
is the logistic of `bias` plus the sum of weight times value over the features a unit has.
It runs in pure Python, needs no dependency, and can say why it decided: the features
that added most to the score.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from newslint.atomic_files import replacing
from newslint.kinds.base import Field, FieldValueError, compiled

FORMAT = "newslint-model"
VERSION = 1


@dataclass(frozen=True)
class LinearModel:
    unit: str
    features: str  # the name and version of the feature set it expects
    bias: float
    weights: dict[str, float]
    threshold: float
    card: dict = field(default_factory=dict)

    def score(self, vector: dict[str, float]) -> float:
        """The probability of the positive label for a unit with these feature values."""
        weights = self.weights
        total = self.bias + sum(weights.get(name, 0.0) * value for name, value in vector.items())
        if total < -30:  # exp() overflows past about 700; the answer is 0 long before
            return 0.0
        return 1.0 / (1.0 + math.exp(-total))

    def strongest(self, vector: dict[str, float], count: int = 3) -> list[str]:
        """The features that added most to the score, strongest first (those that added
        something)."""
        weights = self.weights
        added = [(weights.get(name, 0.0) * value, name) for name, value in vector.items()]
        return [name for gain, name in sorted(added, reverse=True)[:count] if gain > 0]


@cache
def load(path: Path) -> LinearModel:
    """The model in `path`, read once per process; a file that is not one is a ValueError
    saying why."""
    try:
        raw = path.read_bytes()
        data = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
    except (OSError, EOFError, ValueError) as err:
        raise ValueError(f"not a model file: {path.name}: {err}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not a model file: {path.name} has no format {FORMAT!r}")
    if data.get("version") != VERSION:
        raise ValueError(
            f"{path.name}: model format version {data.get('version')!r}, this newslint reads "
            f"{VERSION}: train it again"
        )
    try:
        weights = {str(name): float(weight) for name, weight in data["weights"].items()}
        return LinearModel(
            unit=str(data["unit"]),
            features=str(data["features"]),
            bias=float(data["bias"]),
            weights=weights,
            threshold=float(data["threshold"]),
            card=dict(data.get("card", {})),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise ValueError(
            f"{path.name}: a model file needs unit, features, bias, weights and "
            f"threshold ({type(err).__name__}: {err})"
        ) from None


def rule_model(path: Path, feature_set: str) -> LinearModel:
    """The model a rule's `model` field names, refused (a FieldValueError on `model`) when it
    is no model file or was trained on other features than the rule computes."""
    model = compiled("model", lambda: load(path))
    if model.features != feature_set:
        raise FieldValueError(
            "model",
            f"{path.name} was trained on features {model.features!r}; this newslint "
            f"computes {feature_set!r}: train it again",
        )
    return model


def model_fields(unit: str, held_out: str) -> dict[str, Field]:
    """The fields of every model-backed kind: the model file and the score from which a
    `unit` ("line") is reported, by default the model's own operating point (chosen on
    held-out `held_out`)."""
    return {
        "model": Field(
            "file",
            required=True,
            doc="The model file (JSON, gzip-compressed when it ends in `.gz`) that "
            "`newslint train` wrote.",
        ),
        "threshold": Field(
            "number",
            None,
            doc=f"The score from which a {unit} is reported; by default the model's own "
            f"operating point (chosen on held-out {held_out} for precision).",
        ),
    }


def rule_model_and_threshold(options, feature_set: str) -> tuple[LinearModel, float]:
    """The model a rule names (see `rule_model`) and the threshold it reports from."""
    model = rule_model(Path(options["model"]), feature_set)
    threshold = options["threshold"]
    return model, model.threshold if threshold is None else float(threshold)


def save(model: LinearModel, path: Path) -> None:
    """Write `model` to `path` (gzip-compressed when the name ends in `.gz`), weights
    rounded and sorted so that training twice on the same data gives the same bytes."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "unit": model.unit,
        "features": model.features,
        "bias": round(model.bias, 6),
        "threshold": round(model.threshold, 6),
        "weights": {name: round(w, 6) for name, w in sorted(model.weights.items()) if w},
        "card": model.card,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    with replacing(path) as handle:  # never a half-written model
        handle.write(gzip.compress(text, mtime=0) if path.suffix == ".gz" else text)

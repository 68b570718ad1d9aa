"""Training the model of a `learned-lines` rule from labelled documents.

Each labelled document is read as the plain text of its lines, one per line, so its blocks
are its lines and their features (`kinds/boilerplate/line_features.py`) are computed by the
code the rule runs. The rule file gives the phrase lists and function words the features use,
and the rules it defers to (`defer_to`): a line they report is reported whatever the model
says, so it is no example; the model learns what they miss, and its threshold is chosen for
the precision of what the rules and the model report together.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newslint.config.settings import resolve_config
from newslint.document import segment
from newslint.document.model import Document
from newslint.document.segment import Span
from newslint.errors import ConfigError
from newslint.kinds.boilerplate.line_features import FEATURE_SET, LEXICAL_FEATURES, LineFeatures
from newslint.kinds.model_file import LinearModel, save
from newslint.running.check import linter
from newslint.training.fit import Fitted, fit
from newslint.training.labelled import NEGATIVE, POSITIVE, LabelledDocument, read_labelled
from newslint.training.rule_files import rule_files, rule_node

KIND = "learned-lines"


@dataclass(frozen=True)
class LearnedRule:
    """What training needs of the `learned-lines` rule in a rule file."""

    id: str
    features: LineFeatures
    defer_to: tuple[str, ...]


def learned_rule(rule_file: Path) -> LearnedRule:
    """The `learned-lines` rule in `rule_file`: the features it computes (its phrase lists and
    function words) and the rules it defers to, read without its model, which may not exist
    yet."""
    node = rule_node(rule_file, KIND)
    files = rule_files(rule_file, KIND)
    defer_to = node.get("defer_to", ())
    return LearnedRule(
        str(node.get("id", "")),
        LineFeatures.from_files(files("phrase_files"), files("stopword_files")),
        (defer_to,) if isinstance(defer_to, str) else tuple(map(str, defer_to)),
    )


@dataclass
class Examples:
    """The labelled lines (1: leftover), each with its features, site, source, whether a
    rule the model defers to reports it, and its text (for error analysis: benchmarks break
    the misses down by what they are)."""

    vectors: list[dict[str, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    reported: list[bool] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def without_reported(self) -> "Examples":
        keep = [i for i, reported in enumerate(self.reported) if not reported]
        return Examples(
            vectors=[self.vectors[i] for i in keep],
            labels=[self.labels[i] for i in keep],
            groups=[self.groups[i] for i in keep],
            sources=[self.sources[i] for i in keep],
            reported=[False] * len(keep),
            texts=[self.texts[i] for i in keep],
        )


def examples(documents: list[LabelledDocument], rule: LearnedRule) -> Examples:
    """The labelled lines of the documents in page order."""
    found = Examples()
    lint = _rules_linter(rule)
    for labelled in documents:
        if not labelled.ordered:
            continue  # snippets out of page order: no neighbours to learn from
        doc = Document("\n".join(labelled.lines), "labelled.txt")
        reported = lint(doc)
        blocks, vectors = rule.features.vectors(doc)
        for block, vector in zip(blocks, vectors):
            label = labelled.labels[block.first]
            if label in (POSITIVE, NEGATIVE):
                found.vectors.append(vector)
                found.labels.append(int(label == POSITIVE))
                found.groups.append(labelled.group)
                found.sources.append(labelled.source)
                found.reported.append(not segment.outside(reported, *block.content))
                found.texts.append(labelled.lines[block.first])
    return found


def _rules_linter(rule: LearnedRule):
    """`reported(doc)`: the merged spans that the built-in rules `rule` defers to report."""
    if not rule.defer_to:
        return lambda doc: []
    lint = linter(resolve_config(None, select=list(rule.defer_to)), "labelled.txt")

    def reported(doc):
        result = lint(doc)
        if result.errors:
            raise result.errors[0]
        return segment.union(
            Span(f.start, max(f.end, f.start + 1)) for f in result.findings if f.rule != rule.id
        )

    return reported


@dataclass(frozen=True)
class Trained:
    """A fitted model with what it learned from: all the labelled lines, those it learned
    from (the rest the rules deferred to report), and its card."""

    everything: Examples
    learned: Examples
    fitted: Fitted
    card: dict


def trained(
    documents: list[LabelledDocument],
    rule: LearnedRule,
    *,
    precision_goal: float,
    folds: int,
    min_groups: int,
    regularisation: float = 1.0,
    source_weights: dict[str, float] | None = None,
    tune_on: str | None = None,
) -> Trained:
    """Fit the rule's model to the documents. `source_weights` weigh the examples of a
    source (1 by default); with `tune_on`, the threshold is chosen on that source's held-out
    lines only."""
    everything = examples(documents, rule)
    learned = everything.without_reported()
    weights = source_weights or {}
    if tune_on is not None and tune_on not in learned.sources:
        raise ConfigError(f"--tune-on {tune_on}: no labelled line of that source")
    by_rules = [
        label
        for label, source, reported in zip(
            everything.labels, everything.sources, everything.reported
        )
        if reported and (tune_on is None or source == tune_on)
    ]
    fitted = fit(
        learned.vectors,
        learned.labels,
        learned.groups,
        precision_goal=precision_goal,
        folds=folds,
        min_groups=min_groups,
        regularisation=regularisation,
        weights=[weights.get(source, 1.0) for source in learned.sources],
        tuned=None if tune_on is None else [source == tune_on for source in learned.sources],
        already=(sum(by_rules), len(by_rules) - sum(by_rules)),
        lexical=LEXICAL_FEATURES,
    )
    card = {
        "data": {
            "documents": sum(doc.ordered for doc in documents),
            "left out (not in page order)": sum(not doc.ordered for doc in documents),
            "groups": len(set(learned.groups)),
            "lines by source and label": {
                f"{source} {'leftover' if label else 'content'}": count
                for (source, label), count in sorted(
                    Counter(zip(learned.sources, learned.labels)).items()
                )
            },
            "lines the rules deferred to report (left out)": sum(everything.reported),
            "weights by source": weights,
        },
        "precision goal": precision_goal,
        "regularisation (C)": regularisation,
        "cross-validation": {
            "folds": folds,
            "grouped by": "site",
            "threshold chosen on": tune_on or "all sources",
            **fitted.figures,
        },
        "features": len(fitted.weights),
    }
    return Trained(everything, learned, fitted, card)


def train(data: list[Path], rule_file: Path, output: Path, **options) -> dict:
    """Train (`options` as `trained` takes them), write the model file, and return its
    card."""
    documents = [doc for path in data for doc in read_labelled(path)]
    result = trained(documents, learned_rule(rule_file), **options)
    card = result.card | {"data": {"files": [path.name for path in data]} | result.card["data"]}
    model = LinearModel(
        unit="block",
        features=FEATURE_SET,
        bias=result.fitted.bias,
        weights=result.fitted.weights,
        threshold=result.fitted.threshold,
        card=card,
    )
    save(model, output)
    return card

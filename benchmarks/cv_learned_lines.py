#!/usr/bin/env python3
"""Cross-validated figures of a learned-lines model of leftover interface text, alone and
together with the rules it defers to, on one source of labelled lines (by default the
hand-labelled Zyte extractor output):

    python benchmarks/cv_learned_lines.py                     # about 7 CPU minutes, 2.5 GB
    python benchmarks/cv_learned_lines.py /tmp/line_labels.jsonl --sample 0.3

It trains exactly as `newslint train` does (the same examples, weights, folds grouped by
site and out-of-fold scores; `tools/label_lines.py` writes the labelled data) and prints,
for each threshold, on the tuned source's held-out lines: the model alone on the lines the
deferred-to rules leave (what it adds), and the rules OR the model (what a user of both
sees), each as precision, recall of all leftover lines, and the share of content lines
flagged. Then the same figures for the final model (fitted on every site) on the lines it
learned from: what the features can tell apart at all. At the operating point it breaks the
tuned source's leftover lines down by what they are (for Zyte, the category of the
annotator's reason, `zyte-ui-categories.json`): how many the rules find, how many the model
adds, how many are missed; and the content lines the model flags by length. Figures only: no
corpus text is printed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tools"))  # linelabels

from linelabels import LINE_LABELS  # noqa: E402

from newslint.cli.options import source_weight  # noqa: E402
from newslint.kinds.model_file import LinearModel  # noqa: E402
from newslint.training.fit import operating_point  # noqa: E402
from newslint.training.labelled import read_labelled  # noqa: E402
from newslint.training.leftover_lines import learned_rule, trained  # noqa: E402

CORPORA = HERE.parent.parent / "shared" / "corpora"
RULE = HERE.parent / "rules" / "boilerplate" / "interface-model.yaml"
THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=LINE_LABELS)
    parser.add_argument(
        "--rule",
        type=Path,
        default=RULE,
        help="the learned-lines rule file (default: the built-in boilerplate.interface-model)",
    )
    parser.add_argument("--tune-on", default="zyte", help="the source figures are for")
    parser.add_argument(
        "--weight",
        action="append",
        type=source_weight,
        metavar="SOURCE=W",
        help="as newslint train's (default: boilerplate_train=0.03)",
    )
    parser.add_argument(
        "--reasons",
        type=Path,
        default=CORPORA / "zyte" / "ui_gold.jsonl",
        help="hand labels with reasons, to break the leftover lines down by category",
    )
    parser.add_argument("--precision", type=float, default=0.97)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-sites", type=int, default=3)
    parser.add_argument(
        "--sample",
        type=float,
        default=1.0,
        help="use this seeded share of the other sources' documents (default all)",
    )
    options = parser.parse_args(argv)
    print("command:", " ".join(sys.argv))
    started = time.perf_counter()
    rng = random.Random(1)
    documents = [
        doc
        for doc in read_labelled(options.data)
        if doc.source == options.tune_on or rng.random() < options.sample
    ]
    weights = dict(options.weight or [("boilerplate_train", 0.03)])
    result = trained(
        documents,
        learned_rule(options.rule),
        precision_goal=options.precision,
        folds=options.folds,
        min_groups=options.min_sites,
        source_weights=weights,
        tune_on=options.tune_on,
    )
    print(
        f"{len(documents)} documents, {len(result.learned.labels)} lines learned from, "
        f"weights {weights}, {len(result.fitted.weights)} weights; features, "
        f"{options.folds}-fold cross-validation and the final fit took "
        f"{time.perf_counter() - started:.0f} s"
    )
    print_table(result, options.tune_on)
    print(f"operating point for precision {options.precision}: {result.card['cross-validation']}")
    print_in_sample(result, options.tune_on, options.precision)
    if options.reasons.exists():
        print_categories(result, options.tune_on, categories(options.reasons))


def print_table(result, source: str) -> None:
    """Precision, recall and content lines flagged per threshold, on `source`'s held-out
    lines: the model alone (on the lines the rules leave) and the rules OR the model."""
    everything = result.everything
    tuned = [i for i, name in enumerate(everything.sources) if name == source]
    leftover = sum(everything.labels[i] for i in tuned)
    content = len(tuned) - leftover
    by_rules = [everything.labels[i] for i in tuned if everything.reported[i]]
    rules = (sum(by_rules), len(by_rules) - sum(by_rules))
    scored = [
        (score, label)
        for score, label, name in zip(
            result.fitted.scores, result.learned.labels, result.learned.sources
        )
        if name == source
    ]

    def figures(right: int, wrong: int) -> str:
        precision = right / (right + wrong) if right + wrong else 1.0
        return f"{precision:9.3f} {right / leftover:6.3f} {wrong / content:8.4f}"

    print(f"{source}: {leftover} leftover and {content} content lines")
    print(f"rules alone (precision, recall, content flagged): {figures(*rules)}")
    print(f"{'':9}  {'model alone':^25}  {'rules OR model':^25}")
    columns = f"{'precision':>9} {'recall':>6} {'content':>8}"
    print(f"{'threshold':>9}  {columns}  {columns}")
    operating = round(result.fitted.threshold, 4)
    for threshold in sorted(set(THRESHOLDS) | {operating}):
        right = sum(1 for score, label in scored if score >= threshold and label)
        wrong = sum(1 for score, label in scored if score >= threshold and not label)
        mark = "  <- operating point" if threshold == operating else ""
        print(
            f"{threshold:9.4f}  {figures(right, wrong)}  "
            f"{figures(right + rules[0], wrong + rules[1])}{mark}"
        )


def print_in_sample(result, source: str, goal: float) -> None:
    """The same figures for the final model (fitted on every site) on the lines it learned
    from: what the features can tell apart at all, against what carries to unseen sites."""
    fitted, learned, everything = result.fitted, result.learned, result.everything
    model = LinearModel("block", "", fitted.bias, fitted.weights, fitted.threshold)
    tuned = [i for i, name in enumerate(learned.sources) if name == source]
    by_rules = [
        label
        for label, name, reported in zip(everything.labels, everything.sources, everything.reported)
        if name == source and reported
    ]
    _, figures = operating_point(
        [model.score(learned.vectors[i]) for i in tuned],
        [learned.labels[i] for i in tuned],
        goal,
        (sum(by_rules), len(by_rules) - sum(by_rules)),
    )
    print(
        f"fitted on every site, on the lines it learned from (no held-out site): precision "
        f"{figures['precision']}, recall {figures['recall']} (rules OR model)"
    )


def categories(reasons: Path) -> dict[str, str]:
    """Each hand-labelled leftover line's category (by its annotator's reason)."""
    table = json.loads((HERE / "zyte-ui-categories.json").read_text(encoding="utf-8"))
    patterns = [(name, re.compile(pattern, re.I)) for name, pattern in table["categories"]]
    found = {}
    with reasons.open(encoding="utf-8") as handle:
        for row in map(json.loads, filter(str.strip, handle)):
            if row["label"] == "UI":
                name = next((n for n, p in patterns if p.search(row["reason"])), "other")
                found[" ".join(row["text"].split())] = name
    return found


def print_categories(result, source: str, category: dict[str, str]) -> None:
    """At the operating point: the tuned source's leftover lines by category, found by the
    rules, added by the model, or missed; and the content lines the model flags, by their
    number of words."""
    everything, threshold = result.everything, result.fitted.threshold
    scores = iter(result.fitted.scores)  # the lines the model learned from: those not reported
    table: dict[str, Counter] = defaultdict(Counter)
    wrong: Counter = Counter()
    for text, label, name, reported in zip(
        everything.texts, everything.labels, everything.sources, everything.reported
    ):
        flagged = not reported and next(scores) >= threshold
        if name != source:
            continue
        if label:
            found = "rules" if reported else "model" if flagged else "missed"
            table[category.get(text, "other")][found] += 1
        elif flagged:
            wrong[next(f"{low}+" for low in (16, 8, 4, 1, 0) if len(text.split()) >= low)] += 1
    print(f"{source} leftover lines by category at the operating point:")
    print(f"{'category':22}{'lines':>7}{'rules':>7}{'model':>7}{'missed':>7}")
    for name, counts in sorted(table.items(), key=lambda item: -item[1].total()):
        row = "".join(f"{counts[k]:7}" for k in ("rules", "model", "missed"))
        print(f"{name:22}{counts.total():7}{row}")
    print("content lines the model flags, by words:", dict(sorted(wrong.items())))


if __name__ == "__main__":
    main()

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
flagged. Figures only: no corpus text is printed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.cli.options import source_weight  # noqa: E402
from newslint.training.labelled import read_labelled  # noqa: E402
from newslint.training.leftover_lines import learned_rule, trained  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=Path("/tmp/s22/line_labels.jsonl"))
    parser.add_argument("--rule", type=Path, default=HERE / "learned-lines.yaml")
    parser.add_argument("--tune-on", default="zyte", help="the source figures are for")
    parser.add_argument(
        "--weight",
        action="append",
        type=source_weight,
        metavar="SOURCE=W",
        help="as newslint train's (default: boilerplate_train=0.03)",
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


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Convert WikiWeasel (CoNLL-2010 Wikipedia sentences) into labelled sentences for a vague
sourcing model, in one command:

    python tools/label_sentences.py [--csv ../shared/corpora/wikiweasel/train.csv]
                                    [--output build/weasel_sentences.jsonl] [--run 20]
    newslint train build/weasel_sentences.jsonl \\
        --rule rules/attribution/vague-sourcing-model.yaml \\
        -o rules/attribution/models/vague-sentences.json.gz --precision 0.85 --regularisation 0.1

The CSV (text, label; label 1 = uncertain or weasel) is Penn Treebank tokenised: each
sentence is turned back into ordinary text by the evaluation's own `detokenise`, so the model
learns from text like the text it is measured on. Label 1 becomes `vague`, 0 `plain`. The CSV
keeps an article's sentences together and in order but has no article id: each run of `--run`
consecutive rows is one group, so cross-validation never splits most articles across folds.
The text goes only to the output file, which stays out of git.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))  # eval_attribution's detokenise: one source

from eval_attribution import detokenise  # noqa: E402

DEFAULT_CSV = REPO.parent / "shared" / "corpora" / "wikiweasel" / "train.csv"
DEFAULT_OUTPUT = REPO / "build" / "weasel_sentences.jsonl"
LABELS = {"1": "vague", "0": "plain"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--run", type=int, default=20, help="consecutive rows per group")
    args = parser.parse_args(argv)
    try:
        with open(args.csv, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as err:
        sys.exit(f"label_sentences: {args.csv}: {err.strerror}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    with open(args.output, "w", encoding="utf-8") as out:
        for number, row in enumerate(rows):
            label = LABELS.get(row.get("label", ""), "ambiguous")
            counts[label] += 1
            record = {"text": detokenise(row["text"]), "label": label}
            out.write(json.dumps(record | {"group": f"rows-{number // args.run}"}) + "\n")
    print(f"{len(rows)} sentences to {args.output}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

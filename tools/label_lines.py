#!/usr/bin/env python3
"""Build line-labelled training data for a leftover-interface-text model, in one command:

    pip install -e '.[train]'
    python tools/label_lines.py [--corpus-root ../shared/corpora] [--output build/line_labels.jsonl]
                                [--sources boilerplate_train,zyte,trafilatura_eval]
                                [--workers 2] [--timeout 30] [--limit N]
    newslint train build/line_labels.jsonl --rule rules/boilerplate/interface-model.yaml \\
        -o rules/boilerplate/models/leftover-lines.json.gz --weight boilerplate_train=0.03 \\
        --tune-on zyte

Sources (read in place; the text goes only to the output file, which stays out of git):

  boilerplate_train  each page's HTML through 6 article extractors from PyPI (trafilatura,
                     jusText, readability-lxml, goose3, boilerpy3, newspaper4k) and the whole
                     visible page text (`page_text`); every non-empty line labelled against the
                     page's gold text by the rule in tools/linelabels/match.py: content,
                     leftover or ambiguous
  zyte               8 extractors' output (output/<extractor>.json) in its own line order, each
                     line with its hand label from ui_gold.jsonl: UI -> leftover, CONTENT ->
                     content, META -> meta, MIXED -> ambiguous
  trafilatura_eval   the "with" (content) and "without" (leftover) snippets: it has no HTML, so
                     one unordered document per page (`"ordered": false`)

Output: JSON Lines, one record per extracted document (see tools/linelabels/sources.py).
Pages run in at most --workers processes, each extractor under a --timeout per page; an
extractor that fails or times out is counted and reported, never fatal. The output is the
same on every run (pages in corpus order, extractors in a fixed order). Progress goes to
stderr, and a summary at the end: documents, lines per label by source and extractor,
extractor failures, seconds.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import warnings
from collections import Counter
from functools import partial
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the linelabels package

from linelabels import LINE_LABELS  # noqa: E402
from linelabels.extract import EXTRACTORS, ExtractorTimeout, run_with_timeout, warm_up  # noqa: E402
from linelabels.match import LABELS, GoldText  # noqa: E402
from linelabels.sources import (  # noqa: E402
    boilerplate_pages,
    document,
    trafilatura_eval_documents,
    zyte_documents,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_ROOT = REPO.parent / "shared" / "corpora"
SOURCES = ("boilerplate_train", "zyte", "trafilatura_eval")
MAX_WORKERS = 2  # the machine is shared: never more


def label_page(task: tuple[dict, float]) -> tuple[list[dict], Counter]:
    """Every extractor's labelled text of one page, and the page's failures by
    (extractor, "timeout" | "error" | "empty")."""
    page, timeout = task
    gold = GoldText(page["gold"])
    documents, failures = [], Counter()
    for name, extractor in EXTRACTORS.items():
        try:
            text = run_with_timeout(
                partial(extractor, page["html"], page["lang"], page["url"]), timeout
            )
        except ExtractorTimeout:
            failures[name, "timeout"] += 1
            continue
        except Exception as error:  # a third-party extractor may raise anything
            failures[name, f"error {type(error).__name__}"] += 1
            continue
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        if not lines:
            failures[name, "empty"] += 1
            continue
        labelled = [(line, gold.label(line)) for line in lines]
        documents.append(
            document("boilerplate_train", page["page"], page["site"], name, page["lang"], labelled)
        )
    return documents, failures


def boilerplate_documents(folder: Path, options, failures: Counter):
    pages = boilerplate_pages(folder)
    if options.limit:
        pages = (page for _, page in zip(range(options.limit), pages))
    tasks = ((page, options.timeout) for page in pages)
    started = time.monotonic()
    warm_up()
    # A fresh worker forked per page: the output never depends on the pages a worker saw
    # before (forked, so that it starts with the warmed-up imports).
    with get_context("fork").Pool(options.workers, maxtasksperchild=1) as pool:
        for done, (documents, page_failures) in enumerate(pool.imap(label_page, tasks), 1):
            failures.update(page_failures)
            if done % 25 == 0:
                elapsed = time.monotonic() - started
                print(f"boilerplate_train: {done} pages, {elapsed:.0f} s", file=sys.stderr)
            yield from documents


def print_summary(counts: Counter, documents: Counter, failures: Counter, unlabelled, seconds):
    err = sys.stderr
    print(f"\n{sum(documents.values())} documents in {seconds:.0f} s", file=err)
    print(
        f"{'source':18}{'extractor':16}{'docs':>6}" + "".join(f"{x:>11}" for x in LABELS), file=err
    )
    for source, extractor in sorted(documents):
        row = "".join(f"{counts[source, extractor, label]:11}" for label in LABELS)
        print(f"{source:18}{extractor:16}{documents[source, extractor]:6}{row}", file=err)
    totals = "".join(f"{sum(n for k, n in counts.items() if k[2] == x):11}" for x in LABELS)
    print(f"{'all':34}{sum(documents.values()):6}{totals}", file=err)
    if unlabelled:
        print(f"zyte lines without a hand label (ambiguous): {unlabelled}", file=err)
    print("extractor failures on boilerplate_train pages (empty: no text, no document):", file=err)
    for name in EXTRACTORS:
        mine = sorted((kind, n) for (extractor, kind), n in failures.items() if extractor == name)
        print(f"  {name:14}" + (", ".join(f"{kind} {n}" for kind, n in mine) or "none"), file=err)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus-root", type=Path, default=DEFAULT_CORPUS_ROOT)
    parser.add_argument("--output", type=Path, default=LINE_LABELS)
    parser.add_argument("--sources", default=",".join(SOURCES))
    parser.add_argument("--workers", type=int, default=MAX_WORKERS)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per extractor")
    parser.add_argument("--limit", type=int, help="only the first N boilerplate_train pages")
    options = parser.parse_args(argv)
    options.sources = options.sources.split(",")
    unknown = set(options.sources) - set(SOURCES)
    if unknown:
        parser.error(f"unknown source {sorted(unknown)[0]!r}: choose from {', '.join(SOURCES)}")
    if not 1 <= options.workers <= MAX_WORKERS:
        parser.error(f"--workers must be 1 to {MAX_WORKERS}")
    return options


def main(argv=None) -> int:
    options = parse_args(argv)
    logging.disable(logging.CRITICAL)  # the extractors log (with tracebacks) what is counted here
    warnings.simplefilter("ignore")
    root = options.corpus_root
    started = time.monotonic()
    zyte_counts: Counter = Counter()
    failures: Counter = Counter()
    streams = {
        "boilerplate_train": lambda: boilerplate_documents(
            root / "boilerplate_train", options, failures
        ),
        "zyte": lambda: zyte_documents(root / "zyte", zyte_counts),
        "trafilatura_eval": lambda: trafilatura_eval_documents(
            root / "trafilatura_eval" / "evaldata.json"
        ),
    }
    counts: Counter = Counter()
    documents: Counter = Counter()
    options.output.parent.mkdir(parents=True, exist_ok=True)
    try:
        with options.output.open("w", encoding="utf-8") as out:
            for source in options.sources:
                for doc in streams[source]():
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                    documents[doc["source"], doc["extractor"]] += 1
                    counts.update(
                        (doc["source"], doc["extractor"], x["label"]) for x in doc["lines"]
                    )
                print(f"{source}: done", file=sys.stderr)
    except FileNotFoundError as error:
        print(f"label_lines: {error.filename}: no such file", file=sys.stderr)
        return 2
    seconds = time.monotonic() - started
    print_summary(counts, documents, failures, zyte_counts["unlabelled"], seconds)
    print(f"written: {options.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""How well boilerplate.recurring-line finds leftover lines in datasets of extracted pages,
and what its first pass costs:

    python benchmarks/eval_recurring_lines.py                  # about 2 minutes
    python benchmarks/eval_recurring_lines.py --sample 20 --seed 1   # and findings to judge
    python benchmarks/eval_recurring_lines.py --bbc            # BBC articles, source = topic

From the labelled lines `tools/label_lines.py` writes (default build/line_labels.jsonl)
it builds, in --work (default /tmp/recurring_lines), one JSON Lines dataset per corpus and
extractor (one extractor run over a crawl: a page's other extractors' outputs would repeat
its own lines), a record per page (its lines joined), its `site` the source. It checks
each with the rule alone and prints, per corpus: line-level precision (leftover among the
flagged lines labelled content or leftover), recall of the leftover lines, the share of
content lines flagged, the sites with findings, and the time and peak memory (tracemalloc)
of the counting pass. Zyte's sites have at most two pages each, so it is also checked with
each extractor's output as one source (what a dataset without a site field gives).
With --bbc: the BBC corpus as one dataset, its topic folder the source, and how many lines
are reported (none should be: every line is article text). Figures only, unless --sample
asks to see findings; nothing is written outside --work.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tools"))  # linelabels

from linelabels import LINE_LABELS  # noqa: E402

from benchmarks.common import read_text  # noqa: E402
from newslint.config.settings import resolve_config  # noqa: E402
from newslint.document.line_counts import memory_of  # noqa: E402
from newslint.running.check import CheckOptions, Task, check  # noqa: E402
from newslint.running.line_counting import count_dataset  # noqa: E402

RULE = "boilerplate.recurring-line"
JUDGED = ("content", "leftover")  # ambiguous and meta lines are not counted either way


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=LINE_LABELS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/recurring_lines"))
    parser.add_argument("--bbc", type=Path, nargs="?", const=Path("/work/shared/corpora/bbc"))
    parser.add_argument("--sample", type=int, default=0, help="show this many findings")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top-sites", type=int, default=8)
    parser.add_argument("--wrong", action="store_true", help="show the flagged content lines")
    options = parser.parse_args(argv)
    options.work.mkdir(parents=True, exist_ok=True)
    print("command:", " ".join(sys.argv))
    rng = random.Random(options.seed)
    if options.bbc:
        evaluate_bbc(options, rng)
        return
    datasets = build_datasets(options.data, options.work)
    config = resolve_config(None, select=[RULE])
    views = [
        ("boilerplate_train", "site", config),
        ("trafilatura_eval", "site", config),
        ("zyte", "site", config),
        (
            "zyte",
            "one source per extractor",
            replace(config, source_field="-", source_separator=""),
        ),
    ]
    for corpus, source, view_config in views:
        files = {name: labels for name, labels in datasets.items() if name.startswith(corpus + "-")}
        evaluate(corpus, source, files, view_config, options, rng)


def build_datasets(data: Path, work: Path) -> dict[str, dict]:
    """One dataset per corpus and extractor; for each, the labels of its records' lines."""
    rows: dict[str, list] = defaultdict(list)
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            rows[f"{document['source']}-{document['extractor']}"].append(document)
    datasets = {}
    for name, documents in sorted(rows.items()):
        labels = []
        with (work / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for document in documents:
                # One line of text per labelled line, so that a finding's line is its label's.
                texts = [" ".join(item["text"].split()) for item in document["lines"]]
                record = {
                    "id": document["page"],
                    "site": document["site"],
                    "text": "\n".join(texts),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                labels.append((document["site"], [item["label"] for item in document["lines"]]))
        datasets[name] = {"path": work / f"{name}.jsonl", "records": labels}
    return datasets


def first_pass(path: Path, config, traced: bool = False) -> tuple[float, int, int]:
    """Seconds of the counting pass over one dataset, its peak bytes (with `traced`: tracing
    allocations slows it many times over) and the sketch's size."""
    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    counts = count_dataset(str(path), path.name, config, config.text_field, config.id_field)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    tracemalloc.stop()
    return seconds, peak, memory_of(counts.width)


def evaluate(corpus: str, source: str, files: dict, config, options, rng) -> None:
    flagged: Counter = Counter()  # label -> flagged lines
    totals: Counter = Counter()  # label -> lines
    sites: dict[str, Counter] = defaultdict(Counter)
    count_seconds = lint_seconds = 0.0
    sketch = records = 0
    seen = []
    largest = max(files.values(), key=lambda dataset: dataset["path"].stat().st_size)
    peak = first_pass(largest["path"], config, traced=True)[1]
    for name, dataset in files.items():
        seconds, _, sketch_bytes = first_pass(dataset["path"], config)
        count_seconds += seconds
        sketch = max(sketch, sketch_bytes)
        started = time.perf_counter()
        outcome = check(Task(str(dataset["path"]), dataset["path"].name, config), CheckOptions())
        lint_seconds += time.perf_counter() - started
        assert outcome.result is not None and not outcome.errors, outcome.errors
        for site, labels in dataset["records"]:
            records += 1
            sites[site]["records"] += 1
            sites[site]["lines"] += labels.count("leftover")
            totals.update(labels)
        for finding in outcome.result.findings:
            site, labels = dataset["records"][finding.record - 1]
            label = labels[finding.line - 1]
            flagged[label] += 1
            sites[site][label] += 1
            seen.append((name, site, label, finding.match))
    hits, wrong = flagged["leftover"], flagged["content"]
    megabytes = sum(dataset["path"].stat().st_size for dataset in files.values()) / 1e6
    print(f"\n== {corpus} ({len(files)} extractor datasets, {records} records; source: {source})")
    print(
        f"flagged lines: {sum(flagged.values())} (leftover {hits}, content {wrong}, "
        f"other labels {sum(flagged.values()) - hits - wrong})"
    )
    print(
        f"precision {ratio(hits, hits + wrong)}  recall {ratio(hits, totals['leftover'])}  "
        f"content lines flagged {ratio(wrong, totals['content'], 4)}"
    )
    # Only a site with enough records can have a recurring line: the recall where it can.
    least = per_dataset(config) * len(files)
    counted = [s for s in sites if sites[s]["records"] >= least]
    found = sum(sites[s]["leftover"] for s in counted)
    print(
        f"on the {len(counted)} sites with {least} records or more (about "
        f"{per_dataset(config)} a dataset): recall "
        f"{ratio(found, sum(sites[s]['lines'] for s in counted))}"
    )
    print(
        f"counting pass: {count_seconds:.2f} s over {len(files)} datasets ({megabytes:.1f} MB), "
        f"peak {peak / 1e6:.1f} MB on the largest (sketch {sketch / 1e6:.1f} MB); "
        f"linting with the rule: {lint_seconds:.1f} s"
    )
    with_findings = sorted(
        (s for s in sites if sum(sites[s][label] for label in JUDGED)),
        key=lambda s: -sum(sites[s][label] for label in JUDGED),
    )
    print(f"sites with findings: {len(with_findings)} of {len(sites)}")
    for site in with_findings[: options.top_sites]:
        counts = sites[site]
        print(
            f"  {site}: {counts['records']} records, leftover {counts['leftover']}, "
            f"content {counts['content']}"
        )
    show_sample(seen, options, rng)
    if options.wrong:
        for name, site, label, match in seen:
            if label == "content":
                print(f"  wrong: {name} {site}: {match[:160]!r}")


def per_dataset(config) -> int:
    """The rule's minimum number of records."""
    from newslint.ruleset.selection import rules_for

    (rule,) = [r for r in rules_for(config, "x.jsonl") if r.id == RULE]
    return rule.checker.min_records


def evaluate_bbc(options, rng) -> None:
    path = options.work / "bbc.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in sorted(options.bbc.glob("*/*.txt")):
            record = {
                "id": f"{article.parent.name}/{article.stem}",
                "site": article.parent.name,
                "text": read_text(article),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    config = resolve_config(None, select=[RULE])
    seconds, peak, sketch = first_pass(path, config, traced=True)
    outcome = check(Task(str(path), path.name, config), CheckOptions())
    assert outcome.result is not None and not outcome.errors, outcome.errors
    findings = outcome.result.findings
    print(
        f"BBC: {len(findings)} lines reported in "
        f"{len({f.record for f in findings})} records (source: topic folder)"
    )
    print(
        f"counting pass (allocations traced): {seconds:.2f} s, peak {peak / 1e6:.1f} MB "
        f"(sketch {sketch / 1e6:.1f} MB)"
    )
    show_sample([("bbc", f.record_id, "?", f.match) for f in findings], options, rng)


def show_sample(seen: list, options, rng) -> None:
    if not options.sample or not seen:
        return
    print(f"-- {min(options.sample, len(seen))} findings (seed {options.seed}):")
    for name, site, label, match in rng.sample(seen, min(options.sample, len(seen))):
        print(f"  [{label}] {name} {site}: {match[:160]!r}")


def ratio(part: int, whole: int, digits: int = 3) -> str:
    return f"{part / whole:.{digits}f}" if whole else "-"


if __name__ == "__main__":
    main()

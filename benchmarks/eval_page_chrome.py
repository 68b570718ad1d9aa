#!/usr/bin/env python3
"""How much of a real page's article text the `boilerplate` rules report as leftover
interface text, on saved web pages with gold article text (issue 13: whole articles
reported as page chrome).

    python benchmarks/eval_page_chrome.py        # all of ../shared/corpora/boilerplate_train
    python benchmarks/eval_page_chrome.py path/to/cleaneval.jsonl.gz --jobs 4

Each page (a JSON Lines record with `html` and `gold`) is linted as HTML with the
`boilerplate` rules. A finding counts as reported gold text when its text (tags removed,
entities decoded, whitespace collapsed) is at least 20 characters long and occurs in the
page's gold text (whitespace collapsed); the figure is the sum of those findings' characters
over all gold characters, overall and per rule. Also counted: the pages where
`boilerplate.page-chrome` reports more than half of the page's prose (the HTML reader's text).

Only figures are printed; no corpus text is written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the checkout's newslint, whichever Python runs this

from newslint import lint_text  # noqa: E402
from newslint.errors import NewslintError  # noqa: E402
from newslint.input.html import parse  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "boilerplate_train"
MIN_CHARS = 20  # shorter findings ("Home", "Share") match gold text by chance
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def collapse(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def finding_text(match: str) -> str:
    """A finding's text as a reader sees it: its source span without tags or entities."""
    return collapse(html.unescape(TAG.sub(" ", match)))


def measure(record: dict) -> dict:
    """The figures of one page."""
    gold = collapse(record.get("gold") or "")
    page = (record.get("html") or "").replace("\r\n", "\n").replace("\r", "\n")
    figures: dict = {"gold": len(gold), "by_rule": Counter(), "error": False}
    try:
        prose = collapse(parse(page).text)
        findings = lint_text(page, path="page.html", select=["boilerplate"])
    except (NewslintError, RecursionError):
        figures["error"] = True
        return figures
    chrome_chars = 0
    for finding in findings:
        text = finding_text(finding.match)
        if finding.rule == "boilerplate.page-chrome":
            chrome_chars += len(text)
        if len(text) >= MIN_CHARS and text in gold:
            figures["by_rule"][finding.rule] += len(text)
    figures["chrome_majority"] = bool(prose) and chrome_chars > len(prose) / 2
    return figures


def records(paths: list[Path]):
    for path in paths:
        files = sorted(path.glob("*.jsonl.gz")) if path.is_dir() else [path]
        for file in files:
            with gzip.open(file, "rt", encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    # The corpus README: synthetic unit-test fixtures (lorem ipsum) are not
                    # real pages, drop them for realistic figures.
                    if (record.get("gold") or "").strip() and not record.get("synthetic"):
                        yield record


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--jobs", type=int, default=None, help="worker processes")
    options = parser.parse_args(argv)
    print("$", " ".join(["python", "benchmarks/eval_page_chrome.py", *sys.argv[1:]]))
    with Pool(options.jobs) as pool:
        pages = pool.map(measure, records(options.paths), chunksize=4)
    gold = sum(page["gold"] for page in pages)
    by_rule: Counter = sum((page["by_rule"] for page in pages), Counter())
    reported = min(sum(by_rule.values()), gold)
    print(f"pages: {len(pages)} (unreadable: {sum(page['error'] for page in pages)})")
    print(f"gold characters: {gold:,}")
    print(f"gold text reported as leftover: {reported:,} ({100 * reported / gold:.2f}%)")
    for rule, chars in by_rule.most_common():
        print(f"  {rule:<32} {chars:>10,} ({100 * chars / gold:.2f}%)")
    majority = sum(bool(page.get("chrome_majority")) for page in pages)
    print(f"pages where page-chrome reports more than half of the prose: {majority}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

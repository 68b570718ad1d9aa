#!/usr/bin/env python3
"""How often the rules fire on real content, and samples of their findings to judge.

    python benchmarks/eval_findings.py all
    python benchmarks/eval_findings.py markdown --sample 20 --seed 1
    python benchmarks/eval_findings.py html --limit 200 --sample-fixes 10
    python benchmarks/eval_findings.py all --json /tmp/after.json --compare /tmp/before.json

Sources (see benchmarks/README.md):
  markdown  a folder of Markdown files (default ../shared/corpora/markdown_blog)
  html      the `html` field of the records in ../shared/corpora/boilerplate_train/*.jsonl.gz
  bbc       a folder of *.txt articles in subfolders (default ../shared/corpora/bbc)

For each source: the words of the text the rules read, findings per 1,000 words per category
and per rule, and the safe and unsafe fixes. Each document is taken as one file of a
`newslint check` run over the source: the run's vocabulary (`vocabulary-min-files`, a word
flagged in that many documents) is dropped as the command drops it, and counted. --sample
and --sample-fixes print findings with their context for judging, to the terminal only;
--json writes figures and the most frequent flagged strings, never any other corpus text.
"""

from __future__ import annotations

import bisect
import gzip
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, from any directory

from common import (  # noqa: E402
    REPO,
    Article,
    command_line,
    context,
    count_words,
    finish,
    load_articles,
    measurement_parser,
    parse_measurement_args,
    per_thousand,
    print_header,
    revision,
)

from newslint.config.settings import Config, resolve_config  # noqa: E402
from newslint.document.model import Document  # noqa: E402
from newslint.errors import NewslintError  # noqa: E402
from newslint.findings import Finding  # noqa: E402
from newslint.input.formats import reader_for  # noqa: E402
from newslint.running.check import linter, vocabulary_rules  # noqa: E402
from newslint.running.run_vocabulary import (  # noqa: E402
    code_terms,
    flagged_in,
    vocabulary,
    word_of,
)

PROGRAM = "eval_findings"
SOURCES = ("markdown", "html", "bbc")  # run order
CORPORA = REPO.parent / "shared" / "corpora"
DEFAULT_PATHS = {
    "markdown": CORPORA / "markdown_blog",
    "html": CORPORA / "boilerplate_train",
    "bbc": CORPORA / "bbc",
}
LINT_NAMES = {"markdown": "post.md", "html": "page.html", "bbc": "article.txt"}  # the reader
CONTEXT = 100  # characters of context either side of a sampled finding
SENTENCE = 150  # at most this much of the sentence either side
TOP_MATCHES = 5  # most frequent flagged strings per rule kept in --json


# -- reading the sources -------------------------------------------------------------------


def html_pages(folder: Path) -> list[Article]:
    """Every record of every *.jsonl.gz in the folder (or the one file), named file:id."""
    files = sorted(folder.glob("*.jsonl.gz")) if folder.is_dir() else [folder]
    pages = []
    for file in files:
        with gzip.open(file, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                record = json.loads(line)
                page = (record.get("html") or "").replace("\r\n", "\n").replace("\r", "\n")
                name = f"{file.name}:{record.get('id', number)}"
                pages.append(Article(name, page, len(page.encode("utf-8"))))
    if not pages:
        sys.exit(f"{PROGRAM}: no record in {folder}")
    return pages


def documents(source: str, path: Path) -> list[Article]:
    if source == "html":
        return html_pages(path)
    return load_articles(path, PROGRAM, "*.md" if source == "markdown" else "*.txt")


# -- linting one document (in a worker process) --------------------------------------------


@dataclass
class Seen:
    """One finding with what the figures and the samples need (display only if sampled)."""

    rule: str
    category: str
    fix: str | None  # "safe", "unsafe" or None
    match: str
    where: str = ""  # name:line:column
    message: str = ""
    suggestions: tuple[str, ...] = ()
    edits: str = ""  # the fix's edits as 'old' → 'new'
    sentence: str = ""
    around: str = ""
    before: str = ""  # with a fix: the text around its edits, then with them applied
    after: str = ""


@dataclass
class Linted:
    name: str
    words: int
    error: str | None
    findings: list[Seen]
    vocabulary_rules: tuple[str, ...] = ()  # as `FileResult.vocabulary_rules`
    code_terms: tuple[str, ...] = ()  # as `FileResult.code_terms`


def lint_one(article: Article, config: Config, lint_name: str, show: bool) -> Linted:
    """Lint one document as its reader reads it; `show` adds what a sample prints."""
    try:
        doc = Document(article.text, lint_name, reader_for(lint_name, config))
        result = linter(config, lint_name)(doc)
    except (NewslintError, RecursionError) as failure:
        return Linted(article.name, 0, f"{type(failure).__name__}: {failure}", [])
    error = f"{result.errors[0]}" if result.errors else None
    seen = [seen_finding(doc, article.name, f, show) for f in result.findings]
    rules = vocabulary_rules(config, lint_name)
    terms = code_terms(doc) if rules else ()
    return Linted(article.name, count_words(doc.text), error, seen, rules, terms)


def seen_finding(doc: Document, name: str, finding: Finding, show: bool) -> Seen:
    fix = finding.fix.applicability if finding.fix else None
    seen = Seen(finding.rule, finding.category, fix, finding.match[:80])
    if not show:
        return seen
    text, start, end = doc.text, finding.start, finding.end
    seen.where = f"{name}:{finding.line}:{finding.column}"
    seen.message = finding.message.replace("\n", " ⏎ ")  # a match quoted in it may span lines
    seen.suggestions = tuple(finding.suggestions[:3])
    seen.sentence = sentence_around(doc, start, end)
    seen.around = context(text, start, end, CONTEXT, 300, breaks=True)
    if finding.fix:
        edits = sorted(finding.fix.edits, key=lambda edit: edit.start)
        seen.edits = ", ".join(f"{cut(text[e.start : e.end])!r} → {e.content!r}" for e in edits)
        first, last = edits[0].start, edits[-1].end
        seen.before = context(text, first, last, CONTEXT, 300, breaks=True)
        applied = text[first:last]
        for edit in reversed(edits):
            applied = applied[: edit.start - first] + edit.content + applied[edit.end - first :]
        seen.after = context(text, first, last, CONTEXT, 300, breaks=True, inner=applied)
    return seen


def cut(text: str, longest: int = 60) -> str:
    return text if len(text) <= longest else f"{text[: longest // 2]}…{text[-longest // 2 :]}"


def sentence_around(doc: Document, start: int, end: int) -> str:
    """The sentences the span touches, the span in [[ ]]; empty when it lies in none."""
    sentences = doc.sentences
    first = bisect.bisect_right(sentences, start, key=lambda sentence: sentence.end)
    touched = [s for s in sentences[first:] if s.start <= max(start, end - 1)]
    if not touched:
        return ""
    low, high = touched[0].start, touched[-1].end
    piece = doc.text[low:high]
    return context(piece, start - low, end - low, SENTENCE, 300, breaks=True)


def lint_all(articles: list[Article], source: str, options) -> tuple[list[Linted], int]:
    """Every document linted, the run's vocabulary dropped; and how many findings that was."""
    config = resolve_config(None, options.select or None)
    work = partial(
        lint_one,
        config=config,
        lint_name=LINT_NAMES[source],
        show=bool(options.sample or options.sample_fixes),
    )
    with Pool(options.jobs) as pool:
        linted = pool.map(work, articles, chunksize=4)
    return linted, drop_run_vocabulary(linted, config.vocabulary_min_files)


def drop_run_vocabulary(linted: list[Linted], min_files: int) -> int:
    """Drop the findings on the run's vocabulary, as `newslint check` on a folder does."""
    words = vocabulary(flagged_in(linted).items(), min_files)
    dropped = 0
    for doc in linted:
        rules = set(doc.vocabulary_rules)
        kept = [s for s in doc.findings if not (s.rule in rules and word_of(s) in words)]
        dropped += len(doc.findings) - len(kept)
        doc.findings = kept
    return dropped


# -- figures -------------------------------------------------------------------------------


def figures_of(linted: list[Linted], seconds: float) -> dict:
    words = sum(doc.words for doc in linted)
    findings = [seen for doc in linted for seen in doc.findings]
    errors = [f"{doc.name}: {doc.error}" for doc in linted if doc.error]

    def block(group: list[Seen]) -> dict:
        safe = sum(seen.fix == "safe" for seen in group)
        unsafe = sum(seen.fix == "unsafe" for seen in group)
        return {
            "findings": len(group),
            "per_1000_words": per_thousand(len(group), words),
            "safe_fixes": safe,
            "unsafe_fixes": unsafe,
        }

    by_category, by_rule = defaultdict(list), defaultdict(list)
    for seen in findings:
        by_category[seen.category].append(seen)
        by_rule[seen.rule].append(seen)
    rules = {}
    for rule, group in sorted(by_rule.items(), key=lambda item: -len(item[1])):
        top = Counter(seen.match[:60] for seen in group).most_common(TOP_MATCHES)
        rules[rule] = {**block(group), "top_matches": top}
    total = block(findings)
    return {
        "documents": len(linted),
        "words": words,
        "seconds": round(seconds, 1),
        "errors": len(errors),
        "error_examples": errors[:5],
        **total,
        "safe_fixes_per_1000_words": per_thousand(total["safe_fixes"], words),
        "unsafe_fixes_per_1000_words": per_thousand(total["unsafe_fixes"], words),
        "categories": {c: block(g) for c, g in sorted(by_category.items())},
        "rules": rules,
    }


def print_figures(figures: dict) -> None:
    print(
        f"{figures['documents']} documents, {figures['words']:,} words, "
        f"{figures['findings']:,} findings = {figures['per_1000_words']} per 1,000 words, "
        f"{figures['seconds']} s"
    )
    print(
        f"fixes: safe {figures['safe_fixes']} ({figures['safe_fixes_per_1000_words']} per "
        f"1,000 words), unsafe {figures['unsafe_fixes']} "
        f"({figures['unsafe_fixes_per_1000_words']} per 1,000 words)"
    )
    print(f"left out as the run's vocabulary: {figures.get('run_vocabulary_dropped', 0)} findings")
    for error in figures["error_examples"]:
        print(f"error: {error}")
    if figures["errors"] > len(figures["error_examples"]):
        print(f"... {figures['errors']} documents with errors in all")
    header = f"  {'':40} {'findings':>8} {'/1,000 w':>9} {'safe':>6} {'unsafe':>6}"
    for title, table in (("per category", "categories"), ("per rule", "rules")):
        print(f"{title}:\n{header}")
        for name, row in figures[table].items():
            print(
                f"  {name:40} {row['findings']:8} {row['per_1000_words']:9.3f} "
                f"{row['safe_fixes']:6} {row['unsafe_fixes']:6}"
            )


def print_comparison(old: dict, new: dict) -> None:
    """Per 1,000 words before and after, for the total, each category and each rule."""
    if old["words"] != new["words"] or old["documents"] != new["documents"]:
        print(
            f"note: the old run read {old['documents']} documents, {old['words']:,} words "
            f"(now {new['documents']}, {new['words']:,}); rates are still comparable"
        )

    def row(name: str, before: dict | None, after: dict | None) -> None:
        was = before["per_1000_words"] if before else 0.0
        now = after["per_1000_words"] if after else 0.0
        counts = f"{before['findings'] if before else 0} → {after['findings'] if after else 0}"
        print(f"  {name:40} {was:8.3f} → {now:8.3f}  ({now - was:+.3f})  {counts}")

    print(f"compared with the old run (per 1,000 words):\n  {'all findings':40}", end="")
    print(f" {old['per_1000_words']:8.3f} → {new['per_1000_words']:8.3f}")
    for kind in ("safe", "unsafe"):
        key = f"{kind}_fixes_per_1000_words"
        print(f"  {kind + ' fixes':40} {old[key]:8.3f} → {new[key]:8.3f}")
    for table in ("categories", "rules"):
        print(f" {table}:")
        for name in sorted(set(old[table]) | set(new[table])):
            before, after = old[table].get(name), new[table].get(name)
            if table == "categories" or (before or {}).get("findings") != (after or {}).get(
                "findings"
            ):
                row(name, before, after)


# -- samples to judge ----------------------------------------------------------------------


def print_samples(linted: list[Linted], count: int, rng: random.Random, fixes: bool) -> None:
    """`count` random findings (or safe fixes) per category, numbered for a judging sheet."""
    by_category = defaultdict(list)
    for doc in linted:
        for seen in doc.findings:
            if not fixes or seen.fix == "safe":
                by_category[seen.category].append(seen)
    what = "safe fixes" if fixes else "findings"
    print(f"\n-- {count} random {what} per category (terminal only) --")
    if not by_category:
        print("(none)")
    number = 0
    for category, group in sorted(by_category.items()):
        drawn = rng.sample(group, min(count, len(group)))  # groups keep document order
        print(f"\n[{category}] {len(drawn)} of {len(group)}")
        for seen in drawn:
            number += 1
            print(f"{number:4}. {seen.where}  {seen.rule}")
            fix = f"   fix ({seen.fix}): {seen.edits}" if seen.fix else ""
            suggest = (
                f"   suggest: {', '.join(map(repr, seen.suggestions))}" if seen.suggestions else ""
            )
            print(f"      {seen.message}{suggest}{fix}")
            if fixes:
                print(f"      before: {seen.before}\n      after:  {seen.after}")
                continue
            whole = seen.sentence.startswith("[[") and seen.sentence.endswith("]]")
            if seen.sentence and not whole:  # a whole sentence shows in its context
                print(f"      sentence: {seen.sentence}")
            print(f"      context:  {seen.around}")


# -- the run -------------------------------------------------------------------------------


def parse_args(argv):
    parser = measurement_parser(
        "Findings per 1,000 words on real content, with samples to judge "
        "(see benchmarks/README.md).",
        SOURCES,
        "",
    )
    for source, path in DEFAULT_PATHS.items():
        parser.add_argument(f"--{source}", type=Path, default=path, help=f"default: {path}")
    parser.add_argument("--limit", type=int, help="a seeded sample of N documents per source")
    parser.add_argument("--sample", type=int, default=0, help="N random findings per category")
    parser.add_argument(
        "--sample-fixes", type=int, default=0, help="N random safe fixes per category"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="worker processes")
    parser.add_argument("--compare", type=Path, help="an earlier --json file to compare with")
    return parse_measurement_args(parser, argv, SOURCES)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = parse_args(argv)
    command = command_line("eval_findings.py", argv)
    old = json.loads(options.compare.read_text(encoding="utf-8")) if options.compare else None
    report: dict = {
        "command": command,
        "revision": revision(),
        "select": options.select,
        "seed": options.seed,
        "limit": options.limit,
        "results": {},
    }
    print_header(command, report, f"{options.jobs} worker processes")
    for source in options.measurements:
        path = getattr(options, source)
        articles = documents(source, path)
        if options.limit:
            rng = random.Random(f"{options.seed}:{source}:limit")
            articles = rng.sample(articles, min(options.limit, len(articles)))
            articles.sort(key=lambda article: article.name)
        print(f"\n== {source}: {path} ==")
        start = time.perf_counter()
        linted, dropped = lint_all(articles, source, options)
        figures = figures_of(linted, time.perf_counter() - start)
        figures["run_vocabulary_dropped"] = dropped
        report["results"][source] = figures
        print_figures(figures)
        if old and source in old.get("results", {}):
            print_comparison(old["results"][source], figures)
        for count, fixes in ((options.sample, False), (options.sample_fixes, True)):
            if count:
                rng = random.Random(f"{options.seed}:{source}:{'fixes' if fixes else 'sample'}")
                print_samples(linted, count, rng, fixes)
    finish(command, report, options.json, warn_inside_repo=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

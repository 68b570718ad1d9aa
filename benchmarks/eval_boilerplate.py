#!/usr/bin/env python3
"""Evaluate newslint's `boilerplate` rules: leftover web-page interface text in scraped
articles ("Share", menus, "Read more" teasers, cookie notices).

    python benchmarks/eval_boilerplate.py all
    python benchmarks/eval_boilerplate.py zyte --show 20
    python benchmarks/eval_boilerplate.py zyte trafilatura --extractors trafilatura,goose3
    python benchmarks/eval_boilerplate.py bbc --show 50 --json /tmp/boilerplate.json

Measurements (see benchmarks/README.md for what each figure means):
  speed        lint the BBC corpus once, in one process on one core: MB/s
  zyte         8 article extractors' output on 123 news pages, every line hand-labelled
               UI / META / CONTENT: line-level precision and recall
  trafilatura  trafilatura's evaluation snippets ("with" = article, "without" = boilerplate)
               put back together into one document per page: snippet-level recall,
               false-alarm rate and precision
  bbc          clean, published BBC articles: flagged lines per 100 articles

The corpora are read in place, outside the repository. Corpus text goes to the terminal only,
and with --json to the figures file the user names (short, truncated strings and counts).
Every random choice (the --show samples) comes from a `random.Random` seeded with --seed and
the measurement's name, so each measurement prints the same figures alone or within `all`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, from any directory

from common import (  # noqa: E402
    REPO,
    Article,
    command_line,
    context,
    finish,
    lint,
    load_articles,
    measurement_parser,
    normalise,
    overlaps,
    parse_measurement_args,
    print_header,
    ratio,
    revision,
    run_measurements,
    show_ratio,
    time_linting,
)

DEFAULT_CORPUS_ROOT = REPO.parent / "shared" / "corpora"
PROGRAM = "eval_boilerplate"
MEASUREMENTS = ("speed", "zyte", "trafilatura", "bbc")  # run order: speed sees cold rules
GOLD_EXTRACTORS = (  # the extractors whose lines ui_gold.jsonl labels
    "trafilatura",
    "readability_js",
    "newspaper",
    "goose3",
    "justext",
    "boilerpipe",
    "dragnet",
    "news_please",
)
WHOLE_PAGE = "html-text"  # the whole visible page text; gold covers only part of its lines
ZYTE_GOALS = {"precision": 0.97, "recall": 0.90}
ZYTE_BASELINES = {  # supplied with the task, not recomputed here
    "C4 line rules": {"precision": 0.36, "recall": 0.78},
    "RefinedWeb": {"precision": 0.73, "recall": 0.28},
}
BBC_GOAL = 1.0  # flagged lines per 100 articles, at most
SCORED = ("UI", "CONTENT")  # META is neutral and MIXED lines are left out
LONGEST_SPAN = 160  # --show context: a longer span is cut in its middle

# UI lines grouped into kinds by the annotator's free-text `reason` (179 variants), first
# match wins, so the rule authors see recall per kind of interface text.
UI_KINDS = [
    ("separators, invisible characters, code", r"separator|invisible|ellipsis|code|markup|id\b"),
    ("page and image URLs", r"\burl\b"),
    ("author bio boxes and author links", r"author"),
    ("tag and topic lists", r"\btags?\b|topics|filed under|category"),
    ("widget headings, 'Read more' links", r"heading|\"read more\" link|\"more\" button|continue"),
    (
        "teasers and links to other articles",
        r"teaser|related|more great|more from|you may|popular|trending|recent|deals|gift-guide"
        r"|also on|on houstonchronicle|on our radar|coverage|cross-|read also|other stories"
        r"|another article|main news",
    ),
    ("reader comments and comment widgets", r"comment"),
    ("navigation, menus, breadcrumbs", r"navigation|menu|breadcrumb|edition|search|skip|chrome"),
    ("photo-gallery and video chrome", r"gallery|image|photo|enlarge|video|media|logo"),
    (
        "newsletter, subscription, donation and other promos",
        r"newsletter|subscri|membership|promo|podcast|donation|paywall|survey|lead-magnet|forum"
        r"|customer-service|sidebar",
    ),
    ("share, follow and counters", r"share|social|follow|tweet|counter|print|save|e-mail|email"),
    ("ads, buy buttons, affiliate notes", r"\bad\b|buy|affiliate|sponsor"),
    (
        "legal, copyright, footers, taglines",
        r"legal|copyright|disclaim|footer|reprint|tagline|description|trust",
    ),
]
UI_KIND_PATTERNS = [(kind, regex.compile(pattern, regex.I)) for kind, pattern in UI_KINDS]


def ui_kind(reason: str) -> str:
    """The first UI_KINDS entry whose pattern the reason matches."""
    return next((kind for kind, p in UI_KIND_PATTERNS if p.search(reason)), "other")


WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
URLISH = regex.compile(r"(?i)(?:https?://|www\.|\S+@\S+\.\w|\S+\.(?:com|org|net|de|fr)\b)")
SENTENCE_END = regex.compile(r"[.!?…:;\"”’»)]\s*$")


# -- shared helpers ------------------------------------------------------------------------


@dataclass
class LineSpan:
    number: int  # 1-based, as newslint counts lines
    start: int  # the stripped text's span in the document
    end: int
    text: str  # stripped


def line_spans(text: str) -> list[LineSpan]:
    """The document's non-blank lines with the spans of their stripped text. Gold lines are
    stripped too, and a finding that only touches surrounding spaces should not count."""
    spans, offset = [], 0
    for number, raw in enumerate(text.split("\n"), 1):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = offset + lead
            spans.append(LineSpan(number, start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return spans


def rules_on(findings, start: int, end: int) -> set[str]:
    """Rules with a finding on [start, end); a zero-width finding counts as one character."""
    return {f.rule for f in findings if overlaps(f, start, end, widen_empty=True)}


def short(text: str, width: int = 60) -> str:
    """One line of at most `width` characters, for tables of frequent strings."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def shape(text: str) -> str:
    """A coarse kind of line by its form alone, to group errors for the rule authors."""
    words = WORD.findall(text)
    if not words:
        return "separator / symbols only"
    if all(w.isdigit() for w in words) and sum(c.isalpha() for c in text) == 0:
        return "bare number(s)"
    if URLISH.search(text) and len(words) <= 8:
        return "URL / e-mail / domain"
    ended = bool(SENTENCE_END.search(text))
    if len(words) <= 4:
        return "1-4 words, " + ("ends like a sentence" if ended else "no end punctuation")
    if len(words) <= 12:
        return "5-12 words, " + ("ends like a sentence" if ended else "no end punctuation")
    return "13+ words (" + ("sentence" if ended else "no end punctuation") + ")"


def print_counts(title: str, pairs, indent: str = "  ") -> None:
    if not pairs:
        return
    print(title)
    for label, n in pairs:
        print(f"{indent}{n:6}  {label}")


# -- speed ---------------------------------------------------------------------------------


def bbc_articles(options) -> list[Article]:
    """Read once per run: speed and bbc share it."""
    if getattr(options, "bbc_articles", None) is None:
        options.bbc_articles = load_articles(options.bbc, PROGRAM)
    return options.bbc_articles


def measure_speed(options, rng) -> dict:
    """Wall time of linting every BBC article in this process on one core (news articles are
    what the rules will mostly see). The first article is timed apart: it pays for loading
    and compiling the rules, which `all` makes a cold cost by running speed first."""
    return time_linting(bbc_articles(options), options.select, PROGRAM)


# -- zyte ----------------------------------------------------------------------------------


@dataclass
class Scored:
    """One gold line as it occurs in one extractor's document."""

    extractor: str
    page: str
    label: str  # UI, META or CONTENT
    mixed: bool  # reason starts with "MIXED:": left out of the scores
    reason: str
    text: str
    rules: set[str]  # rules with a finding on any occurrence of the line
    where: tuple[str, int, int] | None  # (document, start, end) of an occurrence, for --show


def load_gold(path: Path) -> dict[str, list[dict]]:
    """page id -> its gold rows, in file order."""
    if not path.is_file():
        sys.exit(f"eval_boilerplate: no gold labels at {path}")
    pages = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                pages[row["page"]].append(row)
    return dict(pages)


def score_extractor(extractor, outputs, gold, options) -> tuple[list[Scored], dict]:
    """Lint every page's articleBody as one document and look up each gold line in it by its
    stripped text. A line flagged anywhere counts as flagged. Returns the scored lines and
    the bookkeeping counts (gold lines not found, document lines without a label)."""
    whole_page = not any(extractor in row["extractors"] for rows in gold.values() for row in rows)
    scored, not_found, unlabelled, unlabelled_flagged, findings_total = [], 0, 0, 0, 0
    per_rule_findings = Counter()
    for page in sorted(gold):
        text = normalise((outputs.get(page) or {}).get("articleBody") or "")
        findings = lint(text, options.select, PROGRAM) if text.strip() else []
        findings_total += len(findings)
        per_rule_findings.update(f.rule for f in findings)
        by_text = defaultdict(set)  # stripped line -> rules flagging any occurrence
        first_at = {}
        for line in line_spans(text):
            by_text[line.text] |= rules_on(findings, line.start, line.end)
            first_at.setdefault(line.text, (line.start, line.end))
        rows = gold[page] if whole_page else [r for r in gold[page] if extractor in r["extractors"]]
        labelled = {r["text"].strip() for r in gold[page]}
        for text_line, rules in by_text.items():
            if text_line not in labelled:
                unlabelled += 1
                unlabelled_flagged += bool(rules)
        for row in rows:
            key = row["text"].strip()
            if key not in by_text:
                not_found += 1
                continue
            scored.append(
                Scored(
                    extractor,
                    page,
                    row["label"],
                    row["reason"].startswith("MIXED:"),
                    row["reason"],
                    key,
                    by_text[key],
                    (text, *first_at[key]),
                )
            )
    book = {
        "whole_page": whole_page,
        "gold_lines_not_found": not_found,
        "unlabelled_lines": unlabelled,
        "unlabelled_lines_flagged": unlabelled_flagged,
        "findings": findings_total,
        "findings_by_rule": dict(sorted(per_rule_findings.items())),
    }
    return scored, book


def line_figures(lines: list[Scored]) -> dict:
    """Counts per label and the two headline ratios; MIXED lines only counted apart."""
    kept = [s for s in lines if not s.mixed]
    figures = {}
    for label in ("UI", "CONTENT", "META"):
        group = [s for s in kept if s.label == label]
        figures[label] = {"lines": len(group), "flagged": sum(bool(s.rules) for s in group)}
    mixed = [s for s in lines if s.mixed]
    figures["MIXED"] = {"lines": len(mixed), "flagged": sum(bool(s.rules) for s in mixed)}
    ui, content = figures["UI"]["flagged"], figures["CONTENT"]["flagged"]
    figures["precision"] = ratio(ui, ui + content)
    figures["recall"] = ratio(ui, figures["UI"]["lines"])
    return figures


def measure_zyte(options, rng) -> dict:
    """Line-level precision and recall against hand labels, per extractor and pooled."""
    folder = options.zyte
    gold = load_gold(folder / "ui_gold.jsonl")
    results, everything = {"extractors": {}}, []
    print(
        f"{len(gold)} pages, {sum(map(len, gold.values()))} gold lines; "
        f"lines whose reason starts with MIXED: are left out, META is neutral"
    )
    header = (
        f"  {'extractor':15}{'UI':>6}{'flagged':>8}{'CONTENT':>8}{'flagged':>8}"
        f"{'META fl.':>9}{'precision':>10}{'recall':>8}{'missing':>8}{'unlab.':>8}"
    )
    print(header)
    for extractor in options.extractors:
        path = folder / "output" / f"{extractor}.json"
        if not path.is_file():
            sys.exit(f"eval_boilerplate: no output for extractor {extractor!r} at {path}")
        outputs = json.loads(path.read_text(encoding="utf-8"))
        scored, book = score_extractor(extractor, outputs, gold, options)
        figures = line_figures(scored) | book
        results["extractors"][extractor] = figures
        if not book["whole_page"]:
            everything += scored
        print(
            f"  {extractor:15}{figures['UI']['lines']:6}{figures['UI']['flagged']:8}"
            f"{figures['CONTENT']['lines']:8}{figures['CONTENT']['flagged']:8}"
            f"{figures['META']['flagged']:4}/{figures['META']['lines']:<4}"
            f"{show_ratio(figures['precision']):>10}{show_ratio(figures['recall']):>8}"
            f"{book['gold_lines_not_found']:8}{book['unlabelled_lines']:8}"
        )
    whole = [e for e, f in results["extractors"].items() if f["whole_page"]]
    if whole:
        print(
            f"  ({', '.join(whole)}: the whole page; scored on every gold line of the page that "
            f"occurs in it, many of its lines have no label, and it is left out of 'all')"
        )
    overall = line_figures(everything)
    results["all"] = overall
    used = [e for e in options.extractors if e not in whole]
    print(
        f"all {len(used)} extractors pooled (a line counts once per extractor that "
        f"outputs it): {overall['UI']['flagged']} of {overall['UI']['lines']} UI lines and "
        f"{overall['CONTENT']['flagged']} of {overall['CONTENT']['lines']} CONTENT lines flagged; "
        f"META {overall['META']['flagged']} of {overall['META']['lines']}, "
        f"MIXED (left out) {overall['MIXED']['flagged']} of {overall['MIXED']['lines']}"
    )
    print(f"precision: {show_ratio(overall['precision'], ZYTE_GOALS['precision'])}")
    print(f"recall:    {show_ratio(overall['recall'], ZYTE_GOALS['recall'])}")
    for name, base in ZYTE_BASELINES.items():
        print(
            f"  baseline {name}: precision {base['precision']:.2f}, recall {base['recall']:.2f}"
            f" (supplied figures, not recomputed by this script)"
        )
    results["goals"], results["baselines"] = ZYTE_GOALS, ZYTE_BASELINES
    results["by_rule"] = zyte_by_rule(everything)
    results["errors"] = zyte_errors(everything)
    show_zyte(rng, everything, options.show)
    return results


def zyte_by_rule(lines: list[Scored]) -> dict:
    """Lines each rule flagged, per label (a line flagged by two rules counts for both)."""
    table = defaultdict(Counter)
    for s in lines:
        for rule in s.rules:
            table[rule]["MIXED" if s.mixed else s.label] += 1
    print(f"  {'rule':40}{'UI':>6}{'CONTENT':>8}{'META':>6}{'MIXED':>6}{'precision':>10}")
    figures = {}
    for rule in sorted(table):
        counts = table[rule]
        precision = ratio(counts["UI"], counts["UI"] + counts["CONTENT"])
        figures[rule] = dict(counts) | {"precision": precision}
        print(
            f"  {rule:40}{counts['UI']:6}{counts['CONTENT']:8}{counts['META']:6}"
            f"{counts['MIXED']:6}{show_ratio(precision):>10}"
        )
    if not table:
        print("  (no line flagged)")
    return figures


def zyte_errors(lines: list[Scored]) -> dict:
    """Misses and false alarms grouped by kind, to tell rule authors what to work on. Each
    distinct (page, line) counts once, however many extractors output it."""
    missed, wrong = {}, {}
    for s in lines:
        if s.mixed:
            continue
        if s.label == "UI" and not s.rules:
            missed.setdefault((s.page, s.text), s)
        elif s.label == "CONTENT" and s.rules:
            wrong.setdefault((s.page, s.text), s)
    figures = {
        "missed_ui_distinct": len(missed),
        "missed_ui_by_reason": Counter(s.reason or "(no reason)" for s in missed.values()),
        "missed_ui_by_shape": Counter(shape(s.text) for s in missed.values()),
        "wrong_content_distinct": len(wrong),
        "wrong_content_by_rule": Counter(r for s in wrong.values() for r in s.rules),
        "wrong_content_by_reason": Counter(s.reason or "(body text)" for s in wrong.values()),
        "wrong_content_by_shape": Counter(shape(s.text) for s in wrong.values()),
        # Pooled: a line output by five extractors costs precision five times.
        "wrong_content_top_texts": Counter(
            short(s.text) for s in lines if not s.mixed and s.label == "CONTENT" and s.rules
        ),
    }
    kinds = defaultdict(Counter)
    for s in lines:
        if s.label == "UI" and not s.mixed:
            kinds[ui_kind(s.reason)]["lines"] += 1
            kinds[ui_kind(s.reason)]["flagged"] += bool(s.rules)
    for s in missed.values():
        kinds[ui_kind(s.reason)]["missed_distinct"] += 1
    order = sorted(kinds, key=lambda k: (-kinds[k]["lines"], k))
    figures["ui_by_kind"] = {
        k: dict(kinds[k]) | {"recall": ratio(kinds[k]["flagged"], kinds[k]["lines"])} for k in order
    }
    print("UI lines by kind (from the annotator's reason; pooled, as the recall above):")
    print(f"    {'kind':54}{'lines':>6}{'flagged':>8}{'recall':>8}{'missed*':>8}")
    for k in order:
        row = figures["ui_by_kind"][k]
        print(
            f"    {k:54}{row['lines']:6}{row['flagged']:8}{show_ratio(row['recall']):>8}"
            f"{kinds[k]['missed_distinct']:8}"
        )
    print("    (* missed: distinct page and text)")
    print(f"missed UI lines (distinct page and text): {len(missed)}")
    print_counts(
        "  by the annotator's reason (15 most frequent):",
        figures["missed_ui_by_reason"].most_common(15),
        "    ",
    )
    print_counts("  by shape:", figures["missed_ui_by_shape"].most_common(), "    ")
    print(f"wrongly flagged CONTENT lines (distinct page and text): {len(wrong)}")
    print_counts("  by rule:", figures["wrong_content_by_rule"].most_common(), "    ")
    print_counts(
        "  by the annotator's reason:", figures["wrong_content_by_reason"].most_common(15), "    "
    )
    print_counts("  by shape:", figures["wrong_content_by_shape"].most_common(), "    ")
    print_counts(
        "  most frequent texts, counted once per extractor (cut to 60 characters):",
        figures["wrong_content_top_texts"].most_common(15),
        "    ",
    )
    return {k: v.most_common() if isinstance(v, Counter) else v for k, v in figures.items()}


def show_zyte(rng, lines: list[Scored], count: int) -> None:
    """Print sampled missed UI lines and wrongly flagged CONTENT lines; terminal only."""
    if not count:
        return
    missed = [s for s in lines if not s.mixed and s.label == "UI" and not s.rules]
    wrong = [s for s in lines if not s.mixed and s.label == "CONTENT" and s.rules]
    for title, pool in (("missed UI lines", missed), ("wrongly flagged CONTENT lines", wrong)):
        print(f"{title} ({min(count, len(pool))} of {len(pool)}):")
        for s in rng.sample(pool, min(count, len(pool))):
            rules = ",".join(sorted(s.rules)) or "-"
            print(f"  {s.extractor} {s.page[:10]} [{rules}] reason: {s.reason or '-'}")
            text, start, end = s.where
            print(f"      {context(text, start, end, longest=LONGEST_SPAN)}")


# -- trafilatura ---------------------------------------------------------------------------


@dataclass
class Snippet:
    page: str
    wanted: bool  # True for "with" (article text), False for "without" (boilerplate)
    text: str
    start: int = 0
    end: int = 0
    rules: set[str] = field(default_factory=set)
    document: str = ""


def spread(with_: list[str], without: list[str]) -> list[tuple[bool, str]]:
    """Both lists merged so that each is spread evenly over the document, each keeping its
    order: the next snippet comes from the list that has used the smaller share of its
    snippets so far, ties going to "with". The first line (what rules treat as the headline)
    is then article text, and a line's position says nothing about its label."""
    merged, i, j = [], 0, 0
    while i < len(with_) or j < len(without):
        take_with = j >= len(without) or (i < len(with_) and i * len(without) <= j * len(with_))
        if take_with:
            merged.append((True, with_[i]))
            i += 1
        else:
            merged.append((False, without[j]))
            j += 1
    return merged


def build_page(url: str, entry: dict, order: str) -> list[Snippet]:
    """One document from a page's snippets, one stripped snippet per line."""
    with_ = [s.strip() for s in entry.get("with", []) if s.strip()]
    without = [s.strip() for s in entry.get("without", []) if s.strip()]
    if order == "grouped":
        pairs = [(True, s) for s in with_] + [(False, s) for s in without]
    else:
        pairs = spread(with_, without)
    snippets, offset = [], 0
    for wanted, text in pairs:
        snippets.append(Snippet(url, wanted, text, offset, offset + len(text)))
        offset += len(text) + 1
    document = "\n".join(s.text for s in snippets)
    for s in snippets:
        s.document = document
    return snippets


def site_group(url: str) -> str:
    """The URL's top-level domain, a rough stand-in for the page's language."""
    host = url.split("/")[2] if "//" in url else url
    return "." + host.rsplit(".", 1)[-1].split(":")[0]


def snippet_figures(snippets: list[Snippet]) -> dict:
    wanted = [s for s in snippets if s.wanted]
    unwanted = [s for s in snippets if not s.wanted]
    hit_unwanted = sum(bool(s.rules) for s in unwanted)
    hit_wanted = sum(bool(s.rules) for s in wanted)
    return {
        "without": len(unwanted),
        "without_flagged": hit_unwanted,
        "with": len(wanted),
        "with_flagged": hit_wanted,
        "recall": ratio(hit_unwanted, len(unwanted)),
        "false_alarm_rate": ratio(hit_wanted, len(wanted)),
        "precision": ratio(hit_unwanted, hit_unwanted + hit_wanted),
    }


def measure_trafilatura(options, rng) -> dict:
    """Snippet-level recall, false-alarm rate and precision on trafilatura's evaluation
    set. Its snippets are fragments of each page, not whole lines, and page position is
    lost, so features such as 'at the edge of the text' and 'next to similar lines' see an
    artificial layout: read these figures as a check of the lexicons on many sites and
    languages, not of the line-shape rules."""
    path = options.trafilatura
    if not path.is_file():
        sys.exit(f"eval_boilerplate: no evaluation data at {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    snippets = []
    for url in sorted(data):
        page = build_page(url, data[url], options.trafilatura_order)
        if not page:
            continue
        findings = lint(page[0].document, options.select, PROGRAM)
        for s in page:
            s.rules = rules_on(findings, s.start, s.end)
        snippets += page
    figures = snippet_figures(snippets)
    figures |= {"pages": len(data), "order": options.trafilatura_order}
    print(
        f"{len(data)} pages, one document each, snippets in '{options.trafilatura_order}' "
        f"order, one per line"
    )
    print(
        f"recall (boilerplate 'without' snippets flagged): {figures['without_flagged']} of "
        f"{figures['without']} = {show_ratio(figures['recall'])}"
    )
    print(
        f"false-alarm rate (article 'with' snippets flagged): {figures['with_flagged']} of "
        f"{figures['with']} = {show_ratio(figures['false_alarm_rate'])}"
    )
    print(f"precision: {show_ratio(figures['precision'])}")
    by_rule = defaultdict(Counter)
    for s in snippets:
        for rule in s.rules:
            by_rule[rule]["with" if s.wanted else "without"] += 1
    figures["by_rule"] = {rule: dict(by_rule[rule]) for rule in sorted(by_rule)}
    print(f"  {'rule':40}{'without':>8}{'with':>6}")
    for rule in sorted(by_rule):
        print(f"  {rule:40}{by_rule[rule]['without']:8}{by_rule[rule]['with']:6}")
    groups = defaultdict(list)
    for s in snippets:
        groups[site_group(s.page)].append(s)
    biggest = sorted(groups, key=lambda g: (-len(groups[g]), g))[:8]
    figures["by_top_level_domain"] = {g: snippet_figures(groups[g]) for g in biggest}
    print("by top-level domain (8 largest):")
    print(f"  {'':8}{'without':>8}{'recall':>8}{'with':>6}{'false alarms':>13}")
    for g in biggest:
        f = figures["by_top_level_domain"][g]
        print(
            f"  {g:8}{f['without']:8}{show_ratio(f['recall']):>8}{f['with']:6}"
            f"{show_ratio(f['false_alarm_rate']):>13}"
        )
    missed = Counter(short(s.text, 40) for s in snippets if not s.wanted and not s.rules)
    wrong = Counter(short(s.text, 40) for s in snippets if s.wanted and s.rules)
    figures["missed_top_texts"] = missed.most_common(20)
    figures["wrong_top_texts"] = wrong.most_common(20)
    print_counts(
        "most frequent missed 'without' snippets (cut to 40 characters):",
        [(t, n) for t, n in missed.most_common(20) if n > 1],
    )
    print_counts(
        "most frequent flagged 'with' snippets (cut to 40 characters):",
        [(t, n) for t, n in wrong.most_common(20) if n > 1],
    )
    show_snippets(rng, snippets, options.show)
    return figures


def show_snippets(rng, snippets: list[Snippet], count: int) -> None:
    if not count:
        return
    missed = [s for s in snippets if not s.wanted and not s.rules]
    wrong = [s for s in snippets if s.wanted and s.rules]
    for title, pool in (("missed 'without' snippets", missed), ("flagged 'with' snippets", wrong)):
        print(f"{title} ({min(count, len(pool))} of {len(pool)}):")
        for s in rng.sample(pool, min(count, len(pool))):
            print(f"  {s.page} [{','.join(sorted(s.rules)) or '-'}]")
            print(f"      {context(s.document, s.start, s.end, longest=LONGEST_SPAN)}")


# -- bbc -----------------------------------------------------------------------------------


def measure_bbc(options, rng) -> dict:
    """Flagged lines in clean, published articles, where every one is a false alarm: BBC
    text as distributed has no interface text (headline, blank line, paragraphs)."""
    articles = bbc_articles(options)
    flagged = []  # (article, line, rules)
    lines_total = 0
    for article in articles:
        findings = lint(article.text, options.select, PROGRAM)
        for line in line_spans(article.text):
            lines_total += 1
            rules = rules_on(findings, line.start, line.end)
            if rules:
                flagged.append((article, line, rules))
    per_100 = round(100 * len(flagged) / len(articles), 3) if articles else None
    by_rule = Counter(r for _, _, rules in flagged for r in rules)
    texts = Counter(short(line.text) for _, line, _ in flagged)
    figures = {
        "articles": len(articles),
        "lines": lines_total,
        "flagged_lines": len(flagged),
        "flagged_per_100_articles": per_100,
        "goal_per_100_articles": BBC_GOAL,
        "articles_with_a_flagged_line": len({a.name for a, _, _ in flagged}),
        "by_rule": dict(by_rule.most_common()),
        "top_texts": texts.most_common(20),
    }
    print(f"{len(articles)} articles, {lines_total} non-blank lines")
    print(f"flagged lines: {len(flagged)} in {figures['articles_with_a_flagged_line']} articles")
    print(f"flagged lines per 100 articles: {show_ratio(per_100, BBC_GOAL, at_most=True)}")
    print_counts("by rule:", by_rule.most_common())
    print_counts(
        "most frequent flagged lines (cut to 60 characters):",
        [(t, n) for t, n in texts.most_common(20) if n > 1],
    )
    if options.show and flagged:
        chosen = (
            flagged
            if len(flagged) <= options.show
            else sorted(rng.sample(flagged, options.show), key=lambda x: (x[0].name, x[1].number))
        )
        print(f"flagged lines ({len(chosen)} of {len(flagged)}):")
        for article, line, rules in chosen:
            print(f"  {article.name}:{line.number} [{','.join(sorted(rules))}]")
            print(f"      {context(article.text, line.start, line.end, longest=LONGEST_SPAN)}")
    return figures


# -- command line --------------------------------------------------------------------------

RUNNERS = {
    "speed": measure_speed,
    "zyte": measure_zyte,
    "trafilatura": measure_trafilatura,
    "bbc": measure_bbc,
}


def parse_args(argv):
    parser = measurement_parser(
        "Evaluate newslint's boilerplate rules (see benchmarks/README.md).",
        MEASUREMENTS,
        "boilerplate",
    )
    parser.add_argument(
        "--corpus-root",
        type=Path,
        default=DEFAULT_CORPUS_ROOT,
        help="folder holding zyte/, trafilatura_eval/ and bbc/ (default: %(default)s)",
    )
    parser.add_argument("--zyte", type=Path, help="zyte folder (default: CORPUS_ROOT/zyte)")
    parser.add_argument(
        "--trafilatura",
        type=Path,
        help="evaldata.json (default: CORPUS_ROOT/trafilatura_eval/evaldata.json)",
    )
    parser.add_argument("--bbc", type=Path, help="BBC folder (default: CORPUS_ROOT/bbc)")
    parser.add_argument(
        "--extractors",
        default=",".join(GOLD_EXTRACTORS),
        help=f"zyte extractors, comma-separated (default: the 8 labelled ones; "
        f"{WHOLE_PAGE} is also accepted)",
    )
    parser.add_argument(
        "--trafilatura-order",
        choices=("spread", "grouped"),
        default="spread",
        help="snippet order in each trafilatura page: spread evenly (default) or all "
        "'with' snippets, then all 'without'",
    )
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        help="print N sampled misses and false alarms with context (terminal only)",
    )
    options = parse_measurement_args(parser, argv, MEASUREMENTS)
    options.extractors = [e.strip() for e in options.extractors.split(",") if e.strip()]
    options.zyte = options.zyte or options.corpus_root / "zyte"
    options.trafilatura = (
        options.trafilatura or options.corpus_root / "trafilatura_eval" / "evaldata.json"
    )
    options.bbc = options.bbc or options.corpus_root / "bbc"
    return options


def rule_files() -> list[str]:
    """The boilerplate pack's files, so that a figure can be tied to the rules present."""
    folder = REPO / "rules" / "boilerplate"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    options = parse_args(argv)
    command = command_line("eval_boilerplate.py", argv)
    report = {
        "command": command,
        "revision": revision(),
        "select": options.select,
        "rule_files": rule_files(),
        "seed": options.seed,
        "paths": {
            "zyte": str(options.zyte),
            "trafilatura": str(options.trafilatura),
            "bbc": str(options.bbc),
        },
        "results": {},
    }
    print_header(command, report, f"rules/boilerplate: {' '.join(report['rule_files'])}")
    run_measurements(report, options, lambda name, rng: RUNNERS[name](options, rng))
    finish(command, report, options.json, warn_inside_repo=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Evaluate newslint's `attribution` rules on annotated and clean news text.

    python benchmarks/eval_attribution.py all
    python benchmarks/eval_attribution.py bbc --show 10
    python benchmarks/eval_attribution.py polnear wikiweasel --json /tmp/attribution.json

Measurements (see benchmarks/README.md for what each figure means):
  polnear     PolNeAR train (brat): precision of attribution.unattributed-claim with
              attribution.unsourced-fact (the other unsourced facts: a flagged sentence
              inside an annotated content span that has a source is a false alarm)
              and recall of the cue detection on the annotated cues
  wikiweasel  CoNLL-2010 Wikipedia sentences: precision and recall of
              attribution.vague-source against label 1 (uncertain or weasel), alone and
              with attribution.vague-opinion (every weasel phrase)
  anonymous   recall of attribution.anonymous-source with attribution.anonymous-routine
              (the phrases, whatever their claim) on sentences built from each phrase
  bbc         findings per 1,000 words per rule on published BBC articles

Corpus text goes to the terminal only (with --show) and, with --json, to the file the user
names; nothing is written into the repository.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, from any directory

from common import (  # noqa: E402
    REPO,
    command_line,
    context,
    finish,
    lint,
    load_articles,
    measurement_parser,
    parse_measurement_args,
    print_header,
    ratio,
    read_text,
    revision,
    run_measurements,
    show_ratio,
)

from newslint.document.model import Document  # noqa: E402
from newslint.ruleset.loading import load_rules  # noqa: E402
from newslint.ruleset.paths import builtin_rules_dir  # noqa: E402

SHARED = REPO.parent / "shared" / "corpora"
PROGRAM = "eval_attribution"
MEASUREMENTS = ("polnear", "wikiweasel", "anonymous", "bbc")  # run order
CLAIM, VAGUE, ANONYMOUS = (
    "attribution.unattributed-claim",
    "attribution.vague-source",
    "attribution.anonymous-source",
)
# The phrases behind a claim that is not checkable go to rules off by default; recall of
# the phrases themselves is measured with both rules of each pair.
VAGUE_ALL = [VAGUE, "attribution.vague-opinion"]
ANONYMOUS_ALL = [ANONYMOUS, "attribution.anonymous-routine"]
CLAIM_ALL = [CLAIM, "attribution.unsourced-fact"]
GOALS = {"claim_precision": 0.90, "cue_recall": 0.85, "vague_precision": 0.85}
GOALS |= {"vague_recall": 0.60, "anonymous_recall": 0.90}
# A flagged sentence is inside an attributed content span when most of it is.
INSIDE_SHARE = 0.5
WORD = regex.compile(r"\w+")


# -- PolNeAR -------------------------------------------------------------------------------


def brat_spans(field: str) -> list[tuple[int, int]]:
    """`Content 393 479;481 500` -> [(393, 479), (481, 500)] (discontinuous spans)."""
    _, _, offsets = field.partition(" ")
    return [tuple(map(int, part.split())) for part in offsets.split(";")]


def read_brat(path: Path) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The annotated cue spans, and the content spans of attributions that have a source."""
    entities: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            entities[parts[0]] = (parts[1].split(" ")[0], brat_spans(parts[1]))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split(" ") if ":" in arg))
    cues = [span for kind, spans in entities.values() if kind == "Cue" for span in spans]
    sourced = [
        span
        for relation in relations
        if relation.get("Source") in entities and relation.get("Content") in entities
        for span in entities[relation["Content"]][1]
    ]
    return cues, sourced


def polnear_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) per article; an article annotated twice counts once (first file)."""
    pairs: dict[str, tuple[Path, Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        text = folder / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        if text.is_file():
            pairs.setdefault(text.name, (text, ann))
    if not pairs:
        sys.exit(f"{PROGRAM}: no PolNeAR text/attributions pairs under {folder}")
    return list(pairs.values())


def covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def measure_polnear(options, rng) -> dict:
    pairs = polnear_pairs(options.polnear)
    cues = rule(CLAIM).checker.cues
    flagged = false_alarms = cue_total = cue_found = 0
    alarms, missed_cues = [], []
    for text_path, ann_path in pairs:
        text = read_text(text_path)
        cue_spans, sourced = read_brat(ann_path)
        for finding in lint(text, CLAIM_ALL, PROGRAM):
            flagged += 1
            if covered(finding.start, finding.end, sourced) > INSIDE_SHARE * (
                finding.end - finding.start
            ):
                false_alarms += 1
                alarms.append(context(text, finding.start, finding.end, 0, 240))
        doc = Document(text)
        detected = [(m.start(), m.end()) for m in cues.finditer(doc, doc.sentences)]
        for start, end in cue_spans:
            cue_total += 1
            if covered(start, end, detected):
                cue_found += 1
            else:
                missed_cues.append(text[start:end])
    precision = ratio(flagged - false_alarms, flagged)
    recall = ratio(cue_found, cue_total)
    print(f"articles: {len(pairs)}")
    print(f"claims: {flagged} sentences flagged, {false_alarms} inside a sourced")
    print(f"  content span; precision {show_ratio(precision, GOALS['claim_precision'])}")
    print(f"cue detection: {cue_found} of {cue_total} annotated cues found; recall")
    print(f"  {show_ratio(recall, GOALS['cue_recall'])}")
    if options.show:
        print(f"\n{min(options.show, len(alarms))} sampled false alarms:")
        for snippet in rng.sample(alarms, min(options.show, len(alarms))):
            print(f"  {snippet}")
        common = Counter(c.casefold() for c in missed_cues).most_common(options.show)
        print(f"\nmost frequent missed cues: {common}")
    return {
        "articles": len(pairs),
        "claims_flagged": flagged,
        "claim_false_alarms": false_alarms,
        "claim_precision": precision,
        "cues_annotated": cue_total,
        "cues_found": cue_found,
        "cue_recall": recall,
    }


# -- WikiWeasel ----------------------------------------------------------------------------

PTB = [
    (regex.compile(r"-LRB-"), "("),
    (regex.compile(r"-RRB-"), ")"),
    (regex.compile(r"``|''"), '"'),
    (regex.compile(r" ([,.;:!?)]|'s|n't|'re|'ve|'ll|'d)(?!\w)"), r"\1"),
    (regex.compile(r"\( "), "("),
]


def detokenise(sentence: str) -> str:
    """Penn Treebank tokens back to ordinary text, as far as the rules care."""
    for pattern, replacement in PTB:
        sentence = pattern.sub(replacement, sentence)
    return " ".join(sentence.split())


def measure_wikiweasel(options, rng) -> dict:
    """Precision and recall against label 1, for vague-source alone (on by default) and for
    vague-source with vague-opinion (every weasel phrase)."""
    with open(options.wikiweasel, encoding="utf-8", newline="") as f:
        rows = [(detokenise(row["text"]), row["label"] == "1") for row in csv.DictReader(f)]
    print(f"sentences: {len(rows)}, labelled 1: {sum(weasel for _, weasel in rows)}")
    results = {}
    for name, select in (("vague-source", [VAGUE]), ("with vague-opinion", VAGUE_ALL)):
        results[name] = _weasel_figures(name, select, rows, options, rng)
    return {
        "sentences": len(rows),
        **results["vague-source"],
        "with_opinion": results["with vague-opinion"],
    }


def _weasel_figures(name: str, select: list[str], rows, options, rng) -> dict:
    counts = Counter()
    wrong, missed = [], []
    for sentence, weasel in rows:
        found = bool(lint(sentence, select, PROGRAM))
        counts[found, weasel] += 1
        if found and not weasel:
            wrong.append(sentence)
        elif weasel and not found:
            missed.append(sentence)
    precision = ratio(counts[True, True], counts[True, True] + counts[True, False])
    recall = ratio(counts[True, True], counts[True, True] + counts[False, True])
    print(f"{name}: flags {counts[True, True] + counts[True, False]} sentences")
    print(f"  precision {show_ratio(precision, GOALS['vague_precision'])}")
    print(f"  recall    {show_ratio(recall, GOALS['vague_recall'])}")
    for title, items in (("flagged, labelled 0", wrong), ("labelled 1, not flagged", missed)):
        if options.show and items:
            print(f"\n{min(options.show, len(items))} sampled sentences {title}:")
            for sentence in rng.sample(items, min(options.show, len(items))):
                print(f"  {sentence[:200]}")
    return {
        "true_positives": counts[True, True],
        "false_positives": counts[True, False],
        "false_negatives": counts[False, True],
        "precision": precision,
        "recall": recall,
    }


# -- anonymous sources ---------------------------------------------------------------------

VERB_FIRST = regex.compile(
    r"(?i)(?:asked|declined|refused|did|would|wouldn't|woudn't|chose|insisted|requested|"
    r"spoke|speaking|speak|comment|not|wished|wanted)\b"
)


def anonymous_sentence(phrase: str, reporting: regex.Pattern) -> str:
    """A news sentence around the phrase, shaped by how the phrase starts."""
    if phrase.casefold().startswith("according to"):
        return f"{phrase[0].upper()}{phrase[1:]} the plan, the talks have stalled."
    if VERB_FIRST.match(phrase):
        return f"The talks have stalled, said one resident, who {phrase}."
    if phrase.casefold().startswith(("on ", "with ")):
        return f"The talks have stalled, one resident said {phrase}."
    if reporting.search(phrase):
        return f"The talks have stalled, {phrase}."
    return f"The talks have stalled, {phrase} said."


def measure_anonymous(options, rng) -> dict:
    lines = options.anonymous.read_text(encoding="utf-8").splitlines()
    phrases = [line.strip().strip('"') for line in lines if line.strip()]
    reporting = regex.compile(r"(?i)\b(?:said|says|say|told)\b")
    missed = []
    for phrase in phrases:
        sentence = anonymous_sentence(phrase, reporting)
        if not lint(sentence, ANONYMOUS_ALL, PROGRAM):
            missed.append(sentence)
    recall = ratio(len(phrases) - len(missed), len(phrases))
    print(f"phrases: {len(phrases)}, found: {len(phrases) - len(missed)}")
    print(f"recall {show_ratio(recall, GOALS['anonymous_recall'])}")
    if options.show and missed:
        print(f"\nmissed ({len(missed)}):")
        for sentence in missed[: options.show]:
            print(f"  {sentence}")
    return {"phrases": len(phrases), "found": len(phrases) - len(missed), "recall": recall}


# -- BBC -----------------------------------------------------------------------------------


def measure_bbc(options, rng) -> dict:
    articles = load_articles(options.bbc, PROGRAM)
    if options.limit:
        articles = rng.sample(articles, min(options.limit, len(articles)))
    words = 0
    by_rule: dict[str, list[str]] = {r.id: [] for r in attribution_rules()}
    # Rules that are off by default are measured too when the selection covers them.
    select = [
        r.id
        for r in attribution_rules()
        if any(s in (r.id, r.category) or r.id.startswith(f"{s}.") for s in options.select)
    ]
    for article in articles:
        words += len(WORD.findall(article.text))
        for finding in lint(article.text, select or options.select, PROGRAM):
            if finding.rule in by_rule:
                by_rule[finding.rule].append(
                    f"{article.name}: " + context(article.text, finding.start, finding.end, 60, 300)
                )
    print(f"articles: {len(articles)}, words: {words}")
    rates = {}
    for rule_id, found in by_rule.items():
        rate = round(1000 * len(found) / words, 3) if words else None
        rates[rule_id] = {"findings": len(found), "per_1000_words": rate}
        print(f"  {rule_id:34} {len(found):5} findings  {rate} per 1,000 words")
    if options.show:
        for rule_id, found in by_rule.items():
            print(f"\n{min(options.show, len(found))} sampled {rule_id} findings:")
            for snippet in rng.sample(found, min(options.show, len(found))):
                print(f"  {snippet}")
    return {"articles": len(articles), "words": words, "rules": rates}


# -- the run -------------------------------------------------------------------------------


def attribution_rules():
    return [r for r in load_rules([builtin_rules_dir()]) if r.category == "attribution"]


def rule(rule_id: str):
    return next(r for r in attribution_rules() if r.id == rule_id)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = measurement_parser(__doc__.split("\n\n")[0], MEASUREMENTS, "attribution")
    parser.add_argument("--polnear", type=Path, default=SHARED / "polnear" / "train")
    parser.add_argument("--wikiweasel", type=Path, default=SHARED / "wikiweasel" / "train.csv")
    parser.add_argument(
        "--anonymous", type=Path, default=SHARED / "anonymous_sources" / "phrases.txt"
    )
    parser.add_argument("--bbc", type=Path, default=SHARED / "bbc")
    parser.add_argument("--limit", type=int, default=0, help="BBC: a sample of N articles")
    parser.add_argument("--show", type=int, default=0, help="print N sampled findings")
    options = parse_measurement_args(parser, argv, MEASUREMENTS)
    command = command_line("eval_attribution.py", argv)
    report = {
        "command": command,
        "revision": revision(),
        "select": options.select,
        "seed": options.seed,
        "results": {},
    }
    print_header(command, report, f"goals {GOALS}")
    measure = {
        "polnear": measure_polnear,
        "wikiweasel": measure_wikiweasel,
        "anonymous": measure_anonymous,
        "bbc": measure_bbc,
    }
    run_measurements(report, options, lambda name, rng: measure[name](options, rng))
    finish(command, report, options.json, warn_inside_repo=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

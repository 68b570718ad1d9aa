"""A rule audit: how often one rule fires on a body of text, what it matches most, a seeded
random sample of its hits in context to judge, and, with a labels file of judged hits, the
rule's precision. Hits are known by the baseline's fingerprint (record id, matched text and
the words around it), so labels survive edits elsewhere in a file; the same text in the same
words in two files is one fingerprint, and one verdict."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newslint.errors import InputError
from newslint.findings import Finding
from newslint.output.baseline import fingerprint
from newslint.output.reporters.text import excerpt_window, where
from newslint.output.results import FileResult, per_thousand

# The labels file's vocabulary: the rule was right to report the hit, or it was not.
VERDICTS = ("correct", "incorrect")
TOP_TEXTS = 10  # matched texts listed, most frequent first
MARK = ("[[", "]]")  # around the span in a sampled hit's excerpt


@dataclass(frozen=True)
class Hit:
    finding: Finding
    line: str  # the source line the finding starts on
    fingerprint: str


def hits_of(files: list[FileResult], rule: str) -> list[Hit]:
    """The rule's findings, in input order, each with its line and fingerprint."""
    hits = []
    for result in files:
        for finding in result.findings:
            if finding.rule == rule:
                line = result.excerpts.get((finding.record, finding.line), "")
                hits.append(Hit(finding, line, fingerprint(finding, line)))
    return hits


def read_labels(path: Path) -> dict[str, str]:
    """fingerprint -> verdict, from JSON Lines of {"fingerprint": ..., "verdict": ...}
    (blank lines allowed); anything else is an error naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError("no such labels file", str(path)) from None
    except (OSError, ValueError) as err:  # UnicodeDecodeError is a ValueError
        raise InputError(f"cannot read the labels file: {err}", str(path)) from None
    labels: dict[str, str] = {}
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            entry = json.loads(text)
        except ValueError:
            raise InputError("not a JSON object", str(path), number) from None
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise InputError('expected {"fingerprint": ..., "verdict": ...}', str(path), number)
        mark, verdict = entry["fingerprint"], entry.get("verdict")
        if verdict not in VERDICTS:
            expected = " or ".join(map(repr, VERDICTS))
            raise InputError(f"verdict {verdict!r}: expected {expected}", str(path), number)
        if labels.get(mark, verdict) != verdict:
            message = f"fingerprint {mark} is labelled both {labels[mark]} and {verdict}"
            raise InputError(message, str(path), number)
        labels[mark] = verdict
    return labels


def audit(
    files: list[FileResult],
    rule: str,
    sample: int,
    seed: int,
    labels: dict[str, str] | None = None,
) -> dict:
    """The audit's figures, as JSON prints them (keys in a fixed order)."""
    hits = hits_of(files, rule)
    words = sum(result.words for result in files)
    texts = Counter(normalised(hit.finding.match) for hit in hits)
    chosen = sorted(random.Random(seed).sample(range(len(hits)), min(sample, len(hits))))
    return {
        "rule": rule,
        "hits": len(hits),
        "files": len(files),
        "files_with_hits": len({hit.finding.path for hit in hits}),
        "words": words,
        "per_1000_words": per_thousand(len(hits), words),
        "top_texts": [
            {"text": text, "count": count}
            for text, count in sorted(texts.items(), key=lambda item: (-item[1], item[0]))[
                :TOP_TEXTS
            ]
        ],
        "seed": seed,
        "sample": [_sampled(hits[index], labels or {}) for index in chosen],
        "labels": None if labels is None else _precision(hits, labels),
    }


def normalised(match: str) -> str:
    """A matched text as the top list counts it: case and runs of whitespace ignored."""
    return " ".join(match.split()).casefold()


def _sampled(hit: Hit, labels: dict[str, str]) -> dict:
    f = hit.finding
    return {
        "where": where(f),
        "path": f.path,
        "record": f.record_id if f.record_id is not None else f.record,
        "line": f.line,
        "column": f.column,
        "match": f.match,
        "excerpt": marked_excerpt(hit.line, f),
        "fingerprint": hit.fingerprint,
        "verdict": labels.get(hit.fingerprint),
    }


def marked_excerpt(line: str, f: Finding) -> str:
    """The finding's line cut around its span (as the text report cuts it), the span
    between MARK."""
    left, right, start, end = excerpt_window(line, f)
    end = min(end, len(line))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    shown = line[left:start] + MARK[0] + line[start:end] + MARK[1] + line[end:right]
    return prefix + shown.replace("\t", " ") + suffix


def _precision(hits: list[Hit], labels: dict[str, str]) -> dict:
    """Precision over the labelled hits: correct / (correct + incorrect)."""
    verdicts = Counter(labels.get(hit.fingerprint) for hit in hits)
    correct, incorrect = verdicts["correct"], verdicts["incorrect"]
    seen = {hit.fingerprint for hit in hits}
    return {
        "labelled_hits": correct + incorrect,
        "correct": correct,
        "incorrect": incorrect,
        "precision": round(correct / (correct + incorrect), 3) if correct + incorrect else None,
        "unlabelled_hits": verdicts[None],
        "labels_matching_nothing": sum(1 for mark in labels if mark not in seen),
    }


def render_text(report: dict) -> str:
    out = [
        f"{report['rule']}: {report['hits']:,} {_plural(report['hits'], 'hit')} in "
        f"{report['files_with_hits']:,} of {report['files']:,} {_plural(report['files'], 'file')}; "
        f"{report['words']:,} words checked, {report['per_1000_words']} per 1,000 words"
    ]
    if report["top_texts"]:
        out += ["", "Top matched texts:"]
        out += [f"  {row['count']:>6}  {row['text']}" for row in report["top_texts"]]
    if report["sample"]:
        shown = len(report["sample"])
        out += ["", f"Sample ({shown} of {report['hits']:,}, seed {report['seed']}):"]
        for hit in report["sample"]:
            verdict = f" {hit['verdict']}" if hit["verdict"] else ""
            out += [f"  {hit['where']}  {hit['fingerprint']}{verdict}", f"    {hit['excerpt']}"]
    if (labels := report["labels"]) is not None:
        precision = "n/a" if labels["precision"] is None else f"{labels['precision']:.3f}"
        out += [
            "",
            f"Precision: {precision} ({labels['correct']:,} correct, {labels['incorrect']:,} "
            f"incorrect of {labels['labelled_hits']:,} labelled hits); "
            f"{labels['unlabelled_hits']:,} {_plural(labels['unlabelled_hits'], 'hit')} "
            f"unlabelled; {labels['labels_matching_nothing']:,} "
            f"{_plural(labels['labels_matching_nothing'], 'label')} matched no hit",
        ]
    return "\n".join(out) + "\n"


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"

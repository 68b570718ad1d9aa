"""What the benchmark scripts (eval_typos.py, eval_boilerplate.py, eval_findings.py, ...)
share: reading corpus text, counting words, linting, small formatting helpers, the speed
measurement and the run's command line, header and JSON report.

The scripts import it as `common`: a script run directly has its own folder on sys.path, and
each script also puts that folder there itself, so that it works from any directory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the checkout's newslint, whichever Python runs this

from newslint import lint_text  # noqa: E402

# How every benchmark counts words, as `newslint audit` does (one definition): re-exported.
from newslint.document.segment import COUNTED_WORD as WORD  # noqa: E402, F401
from newslint.document.segment import counted_words as count_words  # noqa: E402, F401
from newslint.errors import NewslintError  # noqa: E402
from newslint.output.results import per_thousand as per_thousand  # noqa: E402

# -- corpus --------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Newlines as newslint normalises them, so that finding offsets index this text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> str:
    """UTF-8, falling back to cp1252: a few BBC files (sport/199.txt) are Latin-1."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return normalise(text)


@dataclass
class Article:
    name: str  # path relative to the corpus folder
    text: str  # decoded, newlines normalised (finding offsets refer to this text)
    size: int  # bytes on disk


def load_articles(folder: Path, program: str, pattern: str = "*.txt") -> list[Article]:
    """Every file matching `pattern` in the corpus's subfolders (not its README), in path
    order (deterministic). `program` names the script in the message if there is none."""
    paths = sorted(p for p in folder.rglob(pattern) if p.parent != folder)
    if not paths:
        sys.exit(f"{program}: no article ({pattern} in subfolders) under {folder}")
    return [Article(str(p.relative_to(folder)), read_text(p), p.stat().st_size) for p in paths]


# -- linting and formatting ----------------------------------------------------------------


def lint(text: str, select: list[str], program: str):
    """lint_text with a clear exit when the selection names no rule yet. `program` names the
    script in the message."""
    try:
        return lint_text(text, path="x.txt", select=select)
    except NewslintError as error:
        sys.exit(
            f"{program}: newslint refused --select {','.join(select)}: {error}\n"
            f"(the rules may not exist yet; try --select style to test the mechanics)"
        )


def overlaps(finding, start: int, end: int, widen_empty: bool = False) -> bool:
    """True when the finding's span overlaps [start, end). With `widen_empty`, an empty
    finding span counts as one character, so that a zero-width finding at a line's start
    still flags it."""
    finding_end = max(finding.end, finding.start + 1) if widen_empty else finding.end
    return finding.start < end and finding_end > start


def context(
    text: str,
    start: int,
    end: int,
    width: int = 60,
    longest: int | None = None,
    breaks: bool = False,
    inner: str | None = None,
) -> str:
    """The span in [[ ]] with `width` characters either side, on one line. With `longest`,
    a span longer than that is cut in its middle so that one paragraph does not fill the
    screen. With `breaks`, line breaks show as ⏎ (line rules judge lines). `inner` replaces
    the span's text (to show a fix applied)."""
    inner = text[start:end] if inner is None else inner
    if longest is not None and len(inner) > longest:
        inner = inner[: longest // 2] + " … " + inner[-longest // 2 :]
    snippet = f"{text[max(0, start - width) : start]}[[{inner}]]{text[end : end + width]}"
    if breaks:
        snippet = snippet.replace("\n", " ⏎ ")
    return " ".join(snippet.split())


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def show_ratio(value: float | None, goal: float | None = None, at_most: bool = False) -> str:
    """The value to 3 decimals, and whether it meets `goal` (at least, or `at_most`)."""
    text = "n/a" if value is None else f"{value:.3f}"
    if goal is not None:
        met = value is not None and (value <= goal if at_most else value >= goal)
        sign = "<=" if at_most else ">="
        text += f"  (goal {sign} {goal:.2f}: {'met' if met else 'NOT met'})"
    return text


# -- speed ---------------------------------------------------------------------------------


def time_linting(
    articles: list[Article], select: list[str], program: str, print_total: bool = False
) -> dict:
    """Wall time of linting every article in this process on one core. The first article
    is timed apart: it pays for loading and compiling the rules (run `speed` first for a cold
    figure; `all` does). With `print_total`, the total time is printed too."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    first_start = time.perf_counter()
    lint(articles[0].text, select, program)
    first = time.perf_counter() - first_start
    rest = articles[1:]
    start = time.perf_counter()
    for article in rest:
        lint(article.text, select, program)
    wall = time.perf_counter() - start
    megabytes = sum(a.size for a in rest) / 1e6
    figures = {
        "articles": len(articles),
        "first_article_s": round(first, 3),
        "rest_articles": len(rest),
        "rest_s": round(wall, 3),
        "rest_mb": round(megabytes, 3),
        "mb_per_s": round(megabytes / wall, 3) if wall else None,
        "articles_per_s": round(len(rest) / wall, 2) if wall else None,
        "total_s": round(first + wall, 3),
    }
    print(f"first article (warm-up: rules loaded and compiled): {first:.3f} s")
    print(
        f"other {len(rest)} articles: {megabytes:.2f} MB in {wall:.2f} s = "
        f"{figures['mb_per_s']} MB/s, {figures['articles_per_s']} articles/s (one core)"
    )
    if print_total:
        print(f"total: {figures['total_s']} s for {len(articles)} articles")
    return figures


# -- the run -------------------------------------------------------------------------------


def command_line(script: str, argv: list[str]) -> str:
    """The command as typed from the repository root, e.g. `python benchmarks/x.py all`."""
    return shlex.join(["python", f"benchmarks/{script}", *argv])


def revision() -> str:
    """The checkout's commit (with -dirty), to tie figures to the rules that produced them."""
    try:
        return subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def print_header(command: str, report: dict, detail: str) -> None:
    """The command line, then the revision, selection and seed from `report`, then `detail`."""
    print(f"$ {command}")
    select = ",".join(report["select"]) or "(default rules)"
    print(f"newslint {report['revision']}, --select {select}, seed {report['seed']}, {detail}")


def run_measurements(report: dict, options, run) -> None:
    """Call `run(name, rng)` for each of options.measurements in turn and keep its figures in
    report["results"]. Each gets its own generator, seeded with --seed and its name, so that
    it gives the same figures alone or within `all`."""
    for name in options.measurements:
        print(f"\n== {name} ==")
        rng = random.Random(f"{options.seed}:{name}")
        report["results"][name] = run(name, rng)


def finish(command: str, report: dict, path: Path | None, warn_inside_repo: bool = False) -> None:
    """Write the report as JSON to `path` (if any), then print the command line again.
    With `warn_inside_repo`, warn when the file lies in the repository (it holds corpus
    text)."""
    if path:
        path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {path}")
        if warn_inside_repo and path.resolve().is_relative_to(REPO):
            print(
                "note: that file is inside the repository and holds corpus text: do not commit it"
            )
    print(f"\n(figures above from: {command})")


def measurement_parser(
    description: str, measurements: tuple[str, ...], select: str
) -> argparse.ArgumentParser:
    """The arguments every evaluation script has: which measurements, --select, --seed,
    --json. Each script adds its own, then calls parse_measurement_args."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "measurements",
        nargs="+",
        choices=("all",) + measurements,
        metavar="MEASUREMENT",
        help=f"all, or any of: {', '.join(measurements)}",
    )
    parser.add_argument(
        "--select",
        default=select,
        help="newslint selectors, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: %(default)s)")
    parser.add_argument("--json", type=Path, default=None, help="write all figures to PATH")
    return parser


def parse_measurement_args(parser: argparse.ArgumentParser, argv, measurements: tuple[str, ...]):
    """Options with --select split and the measurements in their fixed run order."""
    options = parser.parse_intermixed_args(argv)
    options.select = [s.strip() for s in options.select.split(",") if s.strip()]
    chosen = set(measurements) if "all" in options.measurements else set(options.measurements)
    options.measurements = [m for m in measurements if m in chosen]
    return options

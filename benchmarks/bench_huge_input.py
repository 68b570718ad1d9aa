"""Huge input: time and peak memory of `newslint check` (all default rules, fresh process)
on generated text of growing size, as one single line and as ordinary lines, so that any
cost that grows faster than the size shows; and a 200 MB file under the default
--max-file-size (skipped with a warning, never read).

    python benchmarks/bench_huge_input.py                  # 1, 2, 4, 10 MB and the 200 MB file
    python benchmarks/bench_huge_input.py --sizes 1 2 --no-skip

Text is generated from an invented vocabulary (no corpus text); files go to a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = (
    "the council voted on tuesday to build a flood barrier across mouth of river ending two "
    "years debate residents said it would cost million euros and Maria Okafor mayor regional "
    "government approved loan insurance rose percent last year before according to report"
).split()
PUNCTUATION = [" ", " ", " ", " ", ", ", ". ", ". ", "; ", " (", ") ", ' "', '" ', " - "]


def generate(size: int, single_line: bool, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        word = rng.choice(WORDS)
        gap = rng.choice(PUNCTUATION)
        if not single_line and gap == ". " and rng.random() < 0.3:
            gap = ".\n\n"
        parts.append(word + gap)
        length += len(word) + len(gap)
    return "".join(parts)[:size]


def measure(path: Path, *options: str) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB of the child, exit status, last stderr line."""
    command = [sys.executable, "-m", "newslint", "check", "--quiet", *options, str(path)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: measure smallest first.
    stderr = done.stderr.strip().splitlines()
    return elapsed, max(peak, before) / 1024, done.returncode, stderr[-1] if stderr else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 10], help="MB")
    parser.add_argument("--no-skip", action="store_true", help="leave out the 200 MB file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'input':<28} {'MB':>6} {'seconds':>8} {'MB/s':>6} {'peak MB':>8}  exit")
        for single_line in (True, False):
            for megabytes in sorted(args.sizes):
                size = int(megabytes * 1_000_000)
                path = Path(folder) / f"huge-{megabytes}-{int(single_line)}.txt"
                path.write_text(generate(size, single_line), encoding="utf-8")
                seconds, peak, status, _ = measure(path, "--max-file-size", "0")
                label = "one line" if single_line else "lines and paragraphs"
                print(
                    f"{label:<28} {megabytes:>6.1f} {seconds:>8.2f} "
                    f"{megabytes / seconds:>6.2f} {peak:>8.0f}  {status}"
                )
                path.unlink()
        if not args.no_skip:
            path = Path(folder) / "huge-200.txt"
            with path.open("wb") as handle:  # sparse where the file system allows
                handle.truncate(200_000_000)
            seconds, peak, status, warning = measure(path)
            label = "200 MB, default limit"
            print(f"{label:<28} {200:>6.1f} {seconds:>8.2f} {'':>6} {peak:>8.0f}  {status}")
            print(f"  {warning}")


if __name__ == "__main__":
    main()

"""Peak memory of checking a JSON Lines dataset, at 10,000, 50,000 and 100,000 records.

Datasets are read record by record and a run keeps only findings (and the lines they point
at), so peak memory must stay flat as records grow. The records are generated here (short
made-up stories, one in 1,000 with a doubled word), written to a temporary folder, and each
size is checked by a fresh `python -m newslint check` whose peak RSS is printed.

    python benchmarks/bench_dataset_memory.py                  # style rules, 10k/50k/100k
    python benchmarks/bench_dataset_memory.py --select typo --sizes 1000,5000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SUBJECTS = ["The council", "A local charity", "The harbour board", "Residents", "The mayor"]
VERBS = ["approved", "discussed", "rejected", "postponed", "welcomed"]
OBJECTS = ["the new budget", "a flood barrier", "the bus timetable", "a school extension"]


def story(number: int) -> str:
    """A made-up three-sentence story; every 1,000th has a doubled word."""
    pick = [SUBJECTS, VERBS, OBJECTS]
    words = [group[(number // (index + 1)) % len(group)] for index, group in enumerate(pick)]
    doubled = " the" if number % 1000 == 0 else ""
    return (
        f"{words[0]} {words[1]}{doubled} {words[2]} on Monday.\n"
        f"The decision follows months of debate, officials said.\n"
        f"Story number {number} ends here."
    )


def write_dataset(path: Path, records: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(records):
            handle.write(json.dumps({"id": f"r{number}", "text": story(number)}) + "\n")


def peak_rss(dataset: Path, select: str) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, exit status) of one check run in a child process."""
    command = [sys.executable, "-m", "newslint", "check", str(dataset), "--select", select]
    command += ["--format", "jsonl"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    status = subprocess.run(
        command, cwd=REPO, stdout=subprocess.DEVNULL, env={**os.environ, "NEWSLINT_NO_CACHE": "1"}
    ).returncode
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far (KB on Linux): sizes run in
    # increasing order, so a flat result shows as an unchanged maximum.
    return max(peak, before) / 1024, elapsed, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000,100000", help="record counts")
    parser.add_argument("--select", default="style", help="newslint selectors (default style)")
    args = parser.parse_args()
    print("command:", " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]))
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            dataset = Path(folder) / f"records-{size}.jsonl"
            write_dataset(dataset, size)
            megabytes, seconds, status = peak_rss(dataset, args.select)
            print(
                f"{size:>7} records  {dataset.stat().st_size / 1e6:6.1f} MB file  "
                f"peak RSS {megabytes:6.1f} MB  {seconds:6.1f} s  exit {status}"
            )


if __name__ == "__main__":
    main()

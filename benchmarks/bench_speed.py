"""Speed and scale of `newslint check` on a corpus, next to proselint and codespell.

Every figure comes from a fresh `python -m newslint check` process: wall time, MB/s and
articles/s over the files' sizes on disk, and the peak RSS that os.wait4 reports for the
child (for --jobs 2, the largest of its processes). Measured: all default rules on one
core (--jobs 1), first with the rule data the texts need built into an empty disk cache,
then again reading it (the figure compared); --jobs 2; two --jobs 1 processes side by side
on half the files each (what two processes gain on this machine); these three and the
peers in turn, a few rounds, the median round of each; each category alone; cold start on
the shortest article (median of several fresh processes, disk cache of rule data warm;
checked, and answered from the result cache: a pre-commit hook's two cases; `--cold-only`
measures these alone);
re-checking an unchanged tree of 10,000 articles with the result cache, and after one file
changed; proselint and codespell on the same files (in the rounds above), installed into
benchmarks/.venv-compare on first run.

    python benchmarks/bench_speed.py                       # whole BBC corpus
    python benchmarks/bench_speed.py --limit 300 --markdown /tmp/speed.md
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import REPO, command_line, revision  # noqa: E402

COMPARE_VENV = HERE / ".venv-compare"
COMPARE_TOOLS = ("proselint", "codespell")
CATEGORIES = ("style", "readability", "typo", "entity", "boilerplate", "attribution")
GOALS = {  # the issues' targets (7: speed and scale; 16: one pass over the text)
    "cold_start_s": 0.3,
    "mb_per_s": 1.5,
    "jobs2_speedup": 1.8,
    "recheck_s": 1.0,
    "peak_rss_mb": 300,
    "vs_proselint": 4,  # issue 16's goal; its aim is 10
}


@dataclass
class Timing:
    seconds: float
    cpu: float
    peak_mb: float
    status: int


def timed(command: list[str], env: dict | None = None, cwd: Path = REPO) -> Timing:
    """Run a command with its output discarded; its wall time, CPU time, peak RSS."""
    return timed_together([command], env, cwd)


def timed_together(commands: list[list[str]], env: dict | None = None, cwd: Path = REPO) -> Timing:
    """Run commands at once, their output discarded: wall time until the last ends, CPU
    summed, the largest peak RSS, the worst exit status."""
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for command in commands
    ]
    ended = [os.wait4(child.pid, 0) for child in children]
    elapsed = time.perf_counter() - started
    for child, (_, status, _) in zip(children, ended):
        child.returncode = os.waitstatus_to_exitcode(status)  # waited for: Popen must know
    return Timing(
        elapsed,
        sum(usage.ru_utime + usage.ru_stime for _, _, usage in ended),
        max(usage.ru_maxrss for _, _, usage in ended) / 1024,
        max(child.returncode for child in children),
    )


def median_run(runs: list[Timing]) -> Timing:
    return sorted(runs, key=lambda timing: timing.seconds)[len(runs) // 2]


def peer_run(executable: Path, names: list[str]):
    check = ["check"] if executable.name == "proselint" else []
    return lambda: timed([str(executable), *check, *names])


def newslint(*args: str) -> list[str]:
    return [sys.executable, "-m", "newslint", "check", "--format", "jsonl", *args]


def articles(corpus: Path, limit: int | None, seed: int) -> list[Path]:
    paths = sorted(p for p in corpus.rglob("*.txt") if p.parent != corpus)
    if not paths:
        sys.exit(f"bench_speed: no article (*.txt in subfolders) under {corpus}")
    if limit:
        paths = sorted(random.Random(seed).sample(paths, min(limit, len(paths))))
    return paths


def compare_tools() -> dict[str, Path]:
    """proselint and codespell in their own environment, installed with pip the first time."""
    bin_dir = COMPARE_VENV / "bin"
    if not all((bin_dir / tool).exists() for tool in COMPARE_TOOLS):
        print(f"installing {', '.join(COMPARE_TOOLS)} into {COMPARE_VENV} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(COMPARE_VENV)], check=True)
        subprocess.run(
            [str(bin_dir / "python"), "-m", "pip", "install", "-q", *COMPARE_TOOLS], check=True
        )
    return {tool: bin_dir / tool for tool in COMPARE_TOOLS}


def tool_version(executable: Path) -> str:
    name = executable.name
    argv = [str(executable), "version"] if name == "proselint" else [str(executable), "--version"]
    result = subprocess.run(argv, capture_output=True, text=True)
    return (
        (result.stdout or result.stderr).strip().splitlines()[0] if result.returncode == 0 else "?"
    )


def build_tree(sources: list[Path], corpus: Path, target: Path, size: int) -> int:
    """`size` copies of the articles under distinct names (copy0/business/001.txt, ...), with
    their modification times, as an archive that has not changed since it was written."""
    count = 0
    while count < size:
        for source in sources:
            if count == size:
                break
            copy = target / f"copy{count // len(sources)}" / source.relative_to(corpus)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            count += 1
    return count


def load() -> str:
    """The 1-minute load average: on a shared machine, how many cores were really free."""
    return f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ", load average %.2f at start" % os.getloadavg()[0] if hasattr(os, "getloadavg") else ""
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}{load}; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpora/bbc")
    parser.add_argument("--limit", type=int, help="a seeded sample of N articles, for every tool")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tree-size", type=int, default=10_000, help="articles re-checked")
    parser.add_argument("--cold-runs", type=int, default=7, help="fresh processes, median")
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of --jobs 1, --jobs 2 and the peers, median"
    )
    parser.add_argument("--no-compare", action="store_true", help="skip proselint, codespell")
    parser.add_argument(
        "--cold-only", action="store_true", help="measure the cold starts only, then stop"
    )
    parser.add_argument("--markdown", type=Path, help="also write the results as Markdown")
    args = parser.parse_args(argv)
    command = command_line("bench_speed.py", sys.argv[1:] if argv is None else argv)
    files = articles(args.corpus, args.limit, args.seed)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    names = [str(p) for p in files]
    rows: list[tuple[str, str]] = []  # (measurement, figures) for the Markdown table
    figures: dict[str, float] = {}

    def report(label: str, timing: Timing, count: int = len(files), size: float = megabytes):
        rate = f"{size / timing.seconds:.2f} MB/s, {count / timing.seconds:.0f} articles/s, "
        line = (
            f"{timing.seconds:.2f} s wall, {timing.cpu:.2f} s CPU, {rate}"
            f"peak RSS {timing.peak_mb:.0f} MB, exit {timing.status}{load()}"
        )
        print(f"{label:<34} {line}", flush=True)
        rows.append((label, line))

    described = f"newslint `{revision()}`; {machine()}"  # before the run: its code, its load
    print(f"$ {command}\n{described}")
    print(f"{len(files)} articles, {megabytes:.2f} MB from {args.corpus}\n", flush=True)
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as scratch:
        # A cache folder of the run's own; this checkout's newslint from any working folder.
        env = {
            **os.environ,
            "NEWSLINT_CACHE_DIR": str(Path(scratch) / "cache"),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        }
        env.pop("NEWSLINT_NO_CACHE", None)
        # Compiled bytecode, as an installed package has it (the warm-up run writes it): a
        # start that compiles every module measures the environment, not newslint.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        short = min(files, key=lambda p: p.stat().st_size)
        timed(newslint(str(short)), env)  # warms the rule-data cache, fills the result cache
        # Alternated, so that a change in the machine's load falls on both alike.
        cold: dict[str, list[Timing]] = {"checked": [], "from the result cache": []}
        for _ in range(args.cold_runs):
            cold["checked"].append(timed(newslint("--no-cache", str(short)), env))
            cold["from the result cache"].append(timed(newslint(str(short)), env))
        for case, runs in cold.items():
            median = statistics.median(t.seconds for t in runs)
            label = f"cold start, one short article, {case}"
            line = (
                f"{median:.3f} s wall, {statistics.median(t.cpu for t in runs):.3f} s CPU "
                f"(medians of {args.cold_runs}; {short.stat().st_size} bytes, "
                f"{short.relative_to(args.corpus)}), peak RSS "
                f"{max(t.peak_mb for t in runs):.0f} MB{load()}"
            )
            print(f"{label:<34} {line}", flush=True)
            rows.append((label, line))
        figures["cold_start_s"] = statistics.median(t.seconds for t in cold["checked"])
        if args.cold_only:
            return

        # What a text first needs of the rules' data (the suggestion index, compiled patterns)
        # is built then and kept in the disk cache: a first run over the corpus builds it
        # once, and the runs measured after it read it, as every later run does.
        first = timed(newslint("--no-cache", "--jobs", "1", *names), env)
        report("all default rules, --jobs 1, first run", first)
        # --jobs 1, --jobs 2, two --jobs 1 processes side by side (half the files each: how
        # much two processes gain on this machine, whoever runs them) and the peers, in turn,
        # `--repeats` times: a change in the machine's load falls on all alike, and each figure
        # is the run of median wall time.
        halves = [newslint("--no-cache", "--jobs", "1", *names[i::2]) for i in (0, 1)]
        peers = {} if args.no_compare else compare_tools()
        measured = {
            "one": lambda: timed(newslint("--no-cache", "--jobs", "1", *names), env),
            "two": lambda: timed(newslint("--no-cache", "--jobs", "2", *names), env),
            "halves": lambda: timed_together(halves, env),
            **{tool: peer_run(executable, names) for tool, executable in peers.items()},
        }
        alternated: dict[str, list[Timing]] = {key: [] for key in measured}
        for _ in range(args.repeats):
            for key, run in measured.items():
                alternated[key].append(run())
        everything, two, side_by_side = (
            median_run(alternated[key]) for key in ("one", "two", "halves")
        )
        of = f" (median of {args.repeats})"
        report(f"all default rules, --jobs 1{of}", everything)
        figures["mb_per_s"] = megabytes / everything.seconds
        # The same run without its start-up (the cold start above): the rate on a long corpus.
        steady = megabytes / max(everything.seconds - figures["cold_start_s"], 1e-9)
        line = f"{steady:.2f} MB/s after start-up"
        print(f"{'':<34} {line}", flush=True)
        rows.append(("all default rules, --jobs 1, net of the cold start", line))
        figures["peak_rss_mb"] = everything.peak_mb
        report(f"all default rules, --jobs 2{of}", two)
        figures["jobs2_speedup"] = everything.seconds / two.seconds
        report(f"two --jobs 1 side by side, halves{of}", side_by_side)
        ceiling = everything.seconds / side_by_side.seconds
        line = f"--jobs 2 gains {figures['jobs2_speedup']:.2f}x; two processes gain {ceiling:.2f}x"
        print(f"{'':<34} {line}", flush=True)
        rows.append(("--jobs 2 against two processes side by side", line))
        for category in CATEGORIES:
            alone = timed(newslint("--no-cache", "--jobs", "1", "--select", category, *names), env)
            report(f"{category} alone, --jobs 1", alone)
        for tool, executable in peers.items():
            other = median_run(alternated[tool])
            report(f"{tool} {tool_version(executable)}{of}", other)
            ratio = other.seconds / everything.seconds
            figures[f"vs_{tool}"] = ratio
            print(f"{'':<34} newslint MB/s / {tool} MB/s = {ratio:.2f}", flush=True)
            rows.append((f"newslint / {tool} (MB/s)", f"{ratio:.2f}"))

        tree = Path(scratch) / "tree"
        count = build_tree(files, args.corpus, tree, args.tree_size)
        tree_mb = sum(p.stat().st_size for p in tree.rglob("*.txt")) / 1e6
        fill = timed(newslint(str(tree)), env, cwd=Path(scratch))
        report(f"first check of {count} articles", fill, count, tree_mb)
        again = [timed(newslint(str(tree)), env, cwd=Path(scratch)) for _ in range(3)]
        recheck = sorted(again, key=lambda t: t.seconds)[1]
        figures["recheck_s"] = recheck.seconds
        report("re-check, unchanged (median of 3)", recheck, count, tree_mb)
        changed = next(tree.rglob("*.txt"))
        with changed.open("ab") as handle:
            handle.write(b"\nOne more line.\n")
        one = timed(newslint(str(tree)), env, cwd=Path(scratch))
        report("re-check, one file changed", one, count, tree_mb)

    print("\ngoals:")
    verdicts = []
    for key, goal in GOALS.items():
        if key not in figures:
            continue
        lower_is_better = key in ("cold_start_s", "recheck_s", "peak_rss_mb")
        met = figures[key] <= goal if lower_is_better else figures[key] >= goal
        verdict = f"{key} = {figures[key]:.3f} ({'<=' if lower_is_better else '>='} {goal}): " + (
            "met" if met else "NOT met"
        )
        print(f"  {verdict}")
        verdicts.append(verdict)
    print(f"\n$ {command}")
    if args.markdown:
        text = markdown(command, described, files, megabytes, rows, verdicts)
        args.markdown.write_text(text, "utf-8")


def markdown(command, described, files, megabytes, rows, verdicts) -> str:
    lines = [
        f"Command: `{command}`",
        "",
        f"Run: {described}",
        "",
        f"Corpus: {len(files)} articles, {megabytes:.2f} MB.",
        "",
        "| measurement | figures |",
        "| --- | --- |",
        *(f"| {label} | {figures} |" for label, figures in rows),
        "",
        "Goals:",
        "",
        *(f"- {verdict}" for verdict in verdicts),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

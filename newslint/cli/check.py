"""`newslint check`: inputs to checks (from the result cache, here, in workers or on Dask)
to a report, in input order."""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from newslint.cli.options import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, config_finder
from newslint.disk_cache import cache_dir
from newslint.errors import ConfigError, InputError
from newslint.findings import SEVERITY_RANK
from newslint.input.formats import format_of
from newslint.input.walk import discover, not_included
from newslint.linting.timings import CACHE, REPORT, Timings, stage
from newslint.output.baseline import Baseline
from newslint.output.changed_lines import ChangedLines
from newslint.output.reporters import REPORTERS, ReportOptions
from newslint.output.results import RunResult
from newslint.running.check import CheckOptions, Task
from newslint.running.result_cache import ResultCache
from newslint.running.run_vocabulary import drop_vocabulary, flagged_in, shared_words


def cmd_check(args) -> int:
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise ConfigError("--unsafe-fixes goes with --fix or --diff")
    if args.jobs is not None and args.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise ConfigError("--scheduler goes with --engine dask")
    configs = config_finder(args, args.exclude)
    files, errors = discover(args.paths, configs)
    _check_dataset_options(args, files)
    tasks = []
    for path in files:
        name = args.stdin_filename if path == "-" and args.stdin_filename else path
        tasks.append(Task(path, name, configs.for_path(name)))
    baselines = _read_baselines(args, tasks)  # a missing or corrupt one ends the run first
    changed = ChangedLines.since(args.changed_since, args.paths) if args.changed_since else None
    cache = _result_cache(args)
    options = CheckOptions(
        fix=args.fix,
        unsafe_fixes=args.unsafe_fixes,
        diff=args.diff,
        text_field=args.text_field,
        id_field=args.id_field,
        output=args.output,
        report=args.report,
        max_file_size=args.max_file_size,
        timings=args.timings,
    )
    timings = Timings() if args.timings else None
    if (options.fix or options.diff) and options.unsafe_fixes and _vocabulary_on(tasks):
        options = replace(options, vocabulary=_vocabulary_first(tasks, options, cache, args))
    run = RunResult(errors=list(errors))
    result_configs = []  # each result's configuration
    for task, outcome in _outcomes(tasks, options, cache, args, timings):
        sys.stdout.write(outcome.stdout)
        run.ran_rules_of(task.config, task.name)
        run.warnings.extend(outcome.warnings)
        run.errors.extend(outcome.errors)
        if outcome.result is not None:
            run.files.append(outcome.result)
            result_configs.append(task.config)
    if not (run.files or run.errors or args.allow_empty) and _walked(args.paths):
        run.errors.append(_nothing_to_check(args.paths, configs, len(run.warnings)))
    drop_vocabulary(run, [config.vocabulary_min_files for config in result_configs])
    _apply_baselines(args, run, result_configs, baselines)
    if changed is not None:  # after the baseline, whose entries these findings still match
        fields = [_dataset_fields(args, config) for config in result_configs]
        changed.filter(run.files, fields)
    failing = any(map(_failing, result_configs, run.files))
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    report = ReportOptions(
        color=_use_colour(args) if fmt == "text" else False,
        quiet=args.quiet,
        statistics=args.statistics,
    )
    for warning in run.warnings:
        sys.stderr.write(f"newslint: warning: {warning}\n")
    for error in run.errors:
        sys.stderr.write(f"newslint: error: {error}\n")
    with stage(timings, REPORT):
        if not (args.diff or (args.fix and files == ["-"])):
            sys.stdout.write(REPORTERS[fmt](run, report))
        sys.stdout.flush()
    if timings is not None:
        from newslint.output.timings_table import timings_table

        sys.stderr.write(timings_table(timings))
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_OK


def _baseline_path(args, config) -> Path | None:
    """The baseline file a file's findings are compared with: the command line's, else its
    configuration's."""
    chosen = args.write_baseline or args.baseline
    return Path(chosen) if chosen else config.baseline


def _read_baselines(args, tasks: list[Task]) -> dict[Path, Baseline]:
    if args.write_baseline:
        return {}  # written from this run's findings once they are in
    paths = {path for task in tasks if (path := _baseline_path(args, task.config))}
    return {path: Baseline.read(path) for path in sorted(paths)}


def _apply_baselines(args, run: RunResult, configs: list, baselines: dict) -> None:
    """Record the run's findings (--write-baseline), then keep only the findings no baseline
    holds, for every output format; the summary counts the baselined and stale entries."""
    if args.write_baseline:
        written = Baseline.of_run(Path(args.write_baseline), run.files)
        written.write()
        baselines = {written.path: written}
    if not baselines:
        return
    groups: dict[Path, list] = {}
    for result, config in zip(run.files, configs):
        if (path := _baseline_path(args, config)) is not None:
            groups.setdefault(path, []).append(result)
    counts = [baselines[path].filter(results) for path, results in groups.items()]
    run.baseline = {
        "baselined": sum(dropped for dropped, _ in counts),
        "stale": sum(stale for _, stale in counts),
    }


def _dataset_fields(args, config) -> tuple[str, str]:
    return (args.text_field or config.text_field, args.id_field or config.id_field)


def _walked(paths: list[str]) -> bool:
    """Whether a folder was named: a file named and skipped has its own warning."""
    return any(path != "-" and os.path.isdir(path) for path in paths)


def _nothing_to_check(paths: list[str], configs, skipped: int) -> InputError:
    """Folders that gave no file to check are an error (a CI job that passes on "No
    findings in 0 files" checks nothing): what was passed over and why."""
    endings = Counter(_ending(path) for path in not_included(paths, configs))
    warnings = "the warning" if skipped == 1 else "the warnings"
    reasons = [f"{skipped} skipped (see {warnings} above)"] if skipped else []
    if endings:
        by_count = sorted(endings.items(), key=lambda item: (-item[1], item[0]))
        counts = ", ".join(f"{count} {ending}" for ending, count in by_count)
        reasons.append(f"{endings.total()} not included by `include` ({counts})")
    why = "; ".join(reasons) or "no files"
    message = f"nothing to check: {why}; --allow-empty lets such a run pass"
    return InputError(message, " ".join(paths))


def _ending(path: str) -> str:
    """How a file's name ends, as `include` globs are written: *.html.gz, *.pdf."""
    suffixes = Path(path).suffixes
    if not suffixes:
        return "without an extension"
    return "*" + "".join(suffixes[-2:] if suffixes[-1].lower() == ".gz" else suffixes[-1:])


def _failing(config, result) -> bool:
    threshold = SEVERITY_RANK.get(config.fail_on)
    return threshold is not None and any(
        SEVERITY_RANK[f.severity] >= threshold for f in result.findings
    )


def _vocabulary_on(tasks: list[Task]) -> bool:
    """Whether a run's vocabulary can drop anything: several files, a threshold set."""
    files = [task for task in tasks if task.path != "-"]
    return len(files) >= 2 and any(task.config.vocabulary_min_files for task in files)


def _vocabulary_first(tasks: list[Task], options: CheckOptions, cache, args):
    """The run's vocabulary, from checking every file without fixing (answered from the
    result cache where it can be): a fixing run then fixes none of its words. Standard
    input is read once, by the fixing run, and is never part of it."""
    files = [task for task in tasks if task.path != "-"]
    checking = replace(options, fix=False, diff=False)
    results = [o.result for _, o in _outcomes(files, checking, cache, args) if o.result]
    return shared_words(flagged_in(results))


def _result_cache(args) -> ResultCache | None:
    if not args.cache:
        return None
    folder = Path(args.cache_dir) if args.cache_dir else cache_dir()
    return ResultCache(folder) if folder is not None else None


def _outcomes(
    tasks: list[Task],
    options: CheckOptions,
    cache: ResultCache | None,
    args,
    timings: Timings | None = None,
):
    """(task, outcome) in input order: from the result cache where it holds the answer,
    else checked (in worker processes with --jobs, or on Dask), and then remembered. With
    `timings`, every outcome's timings and the result cache's own time are added there."""
    known = {}
    with stage(timings, CACHE):
        keys = [_cache_key(cache, task, options) for task in tasks]
        for index, (task, key) in enumerate(zip(tasks, keys)):
            if (
                cache is not None
                and key is not None
                and (outcome := cache.lookup(task, key)) is not None
            ):
                if not ((options.fix or options.diff) and _fixable(outcome, options)):
                    known[index] = outcome
    if timings is not None:
        timings.cached += len(known)
    # Only what the cache will keep is stamped and hashed (not stdin, not datasets that
    # write a report or a cleaned copy).
    misses = [
        replace(task, fingerprint=key is not None)
        for index, (task, key) in enumerate(zip(tasks, keys))
        if index not in known
    ]
    checked = _check_all(misses, options, args)
    try:
        for index, (task, key) in enumerate(zip(tasks, keys)):
            if index in known:
                yield task, known[index]
                continue
            outcome = next(checked)
            if timings is not None and outcome.timings is not None:
                timings.add(outcome.timings)
            if cache is not None and key is not None:
                with stage(timings, CACHE):
                    cache.store(task, key, outcome)
            yield task, outcome
    finally:
        checked.close()
        if cache is not None:
            with stage(timings, CACHE):
                cache.save()


def _cache_key(cache: ResultCache | None, task: Task, options: CheckOptions) -> str | None:
    """The rule set's key, or None for an input the cache must not answer: standard input,
    and datasets whose run writes a report or a cleaned copy."""
    if cache is None or task.path == "-":
        return None
    if format_of(task.name) == "dataset" and (options.report or options.output):
        return None
    return cache.key(task.config, task.name, options)


def _fixable(outcome, options: CheckOptions) -> bool:
    from newslint.linting.fixes import applicable  # rules and kinds: not for a cached answer

    return outcome.result is not None and bool(
        applicable(outcome.result.findings, options.unsafe_fixes)
    )


def _check_all(tasks: list[Task], options: CheckOptions, args):
    # Worker processes need multiprocessing: not imported by a run the result cache answers.
    from newslint.running.workers import check_all, default_jobs

    if args.engine == "dask":
        try:
            from newslint.running.dask_engine import check_on_dask
        except ImportError:
            raise ConfigError("--engine dask needs Dask: pip install 'newslint[dask]'") from None
        return check_on_dask(tasks, options, args.scheduler, args.jobs)
    jobs = args.jobs or default_jobs()
    if any(task.path == "-" for task in tasks) or (options.fix and _repeated(tasks)):
        jobs = 1  # stdin is read here; a file named twice is fixed twice, in order
    return check_all(tasks, options, jobs)


def _repeated(tasks: list[Task]) -> bool:
    real = [os.path.realpath(task.path) for task in tasks]
    return len(set(real)) < len(real)


def _check_dataset_options(args, files: list[str]) -> None:
    """--output and --report name one file each: they go with exactly one dataset."""
    names = [args.stdin_filename if p == "-" and args.stdin_filename else p for p in files]
    datasets = [name for name in names if format_of(name) == "dataset"]
    if args.output and not args.fix:
        raise ConfigError("--output goes with --fix (the cleaned copy of a dataset)")
    if (args.output or args.report) and len(datasets) != 1:
        raise ConfigError("--output and --report go with exactly one dataset file")
    if datasets and args.diff:
        raise ConfigError("--diff does not apply to datasets; use --fix --output PATH")
    if datasets and args.fix and not args.output:
        raise ConfigError("--fix on a dataset writes a cleaned copy: give --output PATH")
    if args.output and os.path.abspath(args.output) == os.path.abspath(datasets[0]):
        raise ConfigError("--output must not be the dataset itself: fixes are never in place")


def _use_colour(args) -> bool:
    if args.color != "auto":
        return args.color == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ

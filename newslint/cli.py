"""The command line: check, rules, explain, config, test-rules.

Exit status: 0 nothing at or above the fail level; 1 findings at or above it;
2 a usage, configuration, rule or input error.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from newslint import __version__
from newslint.cache import cache_dir
from newslint.checking import CheckOptions, Task
from newslint.config import FAIL_LEVELS, ConfigFinder, glob_error
from newslint.errors import ConfigError, NewslintError
from newslint.files import discover
from newslint.findings import SEVERITY_RANK
from newslint.fix import applicable, exit_on_sigterm
from newslint.parallel import check_all, default_jobs
from newslint.reporters import REPORTERS
from newslint.result_cache import ResultCache
from newslint.results import RunResult
from newslint.ruleset import loaded_rules, rule_paths, rules_for
from newslint.sources.decode import DEFAULT_MAX_FILE_SIZE, parse_size
from newslint.sources.formats import format_of

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """One line, exit 2 (argparse's default prints the whole usage)."""
        sys.stderr.write(f"newslint: error: {message} (see newslint --help)\n")
        sys.exit(EXIT_ERROR)


def _common_options(rules_dest: str = "rules") -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand (SUPPRESS: unset unless given).
    The subcommand's values replace the global ones, except --rules: both lists count
    (so the global parser keeps its own list, in `rules_dest`)."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--config",
        metavar="PATH",
        help="configuration file (else found by "
        "walking up from each file: .newslint.yaml or pyproject.toml)",
    )
    common.add_argument(
        "--format",
        choices=sorted(REPORTERS),
        help="output format (default: text; github when GITHUB_ACTIONS is set)",
    )
    common.add_argument(
        "--select",
        metavar="RULES",
        help="comma-separated rule ids, id "
        "prefixes or categories to run (replaces the configuration's)",
    )
    common.add_argument("--ignore", metavar="RULES", help="comma-separated rules not to run")
    common.add_argument(
        "--rules",
        metavar="PATH",
        action="append",
        dest=rules_dest,
        help="extra rule file or folder (repeatable)",
    )
    common.add_argument(
        "--fail-on",
        choices=FAIL_LEVELS,
        help="lowest severity that makes the exit status 1 (default: warning)",
    )
    common.add_argument(
        "--quiet", "-q", action="store_true", help="findings only: no excerpts, no summary"
    )
    common.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        help="colour in text output (default: auto, on a terminal)",
    )
    return common


DEFAULTS = {
    "config": None,
    "format": None,
    "select": None,
    "ignore": None,
    "rules": None,
    "fail_on": None,
    "quiet": False,
    "color": "auto",
}


def build_parser() -> Parser:
    common = _common_options()
    parser = Parser(
        prog="newslint",
        parents=[_common_options("global_rules")],
        description="A data-quality and editorial linter for news text.",
        epilog="Exit status: 0 no findings at or above the fail level, 1 findings, "
        "2 usage, configuration, rule or input error.",
    )
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    check = sub.add_parser("check", parents=[common], help="check files and folders")
    check.add_argument(
        "paths",
        nargs="*",
        default=["."],
        metavar="PATH",
        help="files, folders, or - for standard input (default: .)",
    )
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument(
        "--unsafe-fixes", action="store_true", help="with --fix or --diff, apply unsafe fixes too"
    )
    check.add_argument(
        "--diff", action="store_true", help="print the fixes as a unified diff; write nothing"
    )
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument(
        "--max-file-size",
        type=_size,
        default=DEFAULT_MAX_FILE_SIZE,
        metavar="SIZE",
        help="skip (with a warning) articles larger than this, e.g. 50MB, 200kB; 0: no limit "
        "(default: 10MB; datasets are streamed and not limited)",
    )
    check.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="gitignore-style pattern of paths to skip in folders (repeatable)",
    )
    check.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name to report for - (its extension picks the format)",
    )
    check.add_argument(
        "--text-field",
        metavar="NAME",
        help="datasets: the field holding the article (default: text)",
    )
    check.add_argument(
        "--id-field", metavar="NAME", help="datasets: the field naming the record (default: id)"
    )
    check.add_argument(
        "--output",
        metavar="PATH",
        help="with --fix on a dataset: where to write the cleaned copy (never in place)",
    )
    check.add_argument(
        "--report", metavar="PATH", help="datasets: write a per-record JSON Lines report here"
    )
    check.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="worker processes (default: the number of cores; 1: check in this process)",
    )
    check.add_argument(
        "--cache",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="reuse the results of unchanged files checked with unchanged rules and "
        "configuration (default: on)",
    )
    check.add_argument(
        "--cache-dir",
        metavar="PATH",
        help="cache folder (default: $NEWSLINT_CACHE_DIR, else $XDG_CACHE_HOME/newslint)",
    )
    check.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where to check: here and in local worker processes, or on a Dask cluster "
        "(pip install 'newslint[dask]')",
    )
    check.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler to use (default: a local cluster of --jobs "
        "worker processes)",
    )
    rules = sub.add_parser("rules", parents=[common], help="list the rules")
    rules.add_argument("--all", action="store_true", help="include rules that are off")
    explain = sub.add_parser("explain", parents=[common], help="describe a rule")
    explain.add_argument("rule")
    config = sub.add_parser("config", parents=[common], help="print the resolved configuration")
    config.add_argument("path", nargs="?", default=".", help="file or folder it applies to")
    test = sub.add_parser("test-rules", parents=[common], help="run rules' examples")
    test.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="rule files or folders (default: the built-in packs)",
    )
    return parser


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _split(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for key, value in DEFAULTS.items():
        if not hasattr(args, key):
            setattr(args, key, value)
    args.rules = [*getattr(args, "global_rules", ()), *(args.rules or ())] or None
    if args.command is None:
        build_parser().print_help()
        return EXIT_ERROR
    try:
        with exit_on_sigterm():
            return COMMANDS[args.command](args)
    except NewslintError as err:
        sys.stderr.write(f"newslint: error: {err}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("newslint: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        sys.stderr.close()
        return EXIT_ERROR
    except Exception as err:  # a bug: still one line, unless asked for the traceback
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        sys.stderr.write(
            f"newslint: internal error: {type(err).__name__}: {err} "
            f"(set NEWSLINT_DEBUG=1 for the traceback)\n"
        )
        return EXIT_ERROR


def _configs(args, exclude=()) -> ConfigFinder:
    for pattern in exclude:
        if problem := glob_error(pattern):
            raise ConfigError(f"--exclude: {problem}")
    cli = {
        "select": _split(args.select),
        "ignore": _split(args.ignore),
        "rule_paths": args.rules or (),
        "fail_on": args.fail_on,
        "exclude": exclude,
    }
    return ConfigFinder(Path(args.config) if args.config else None, cli)


def _use_colour(args) -> bool:
    if args.color != "auto":
        return args.color == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def cmd_check(args) -> int:
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise ConfigError("--unsafe-fixes goes with --fix or --diff")
    if args.jobs is not None and args.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise ConfigError("--scheduler goes with --engine dask")
    configs = _configs(args, args.exclude)
    files, errors = discover(args.paths, configs)
    _check_dataset_options(args, files)
    tasks = []
    for path in files:
        name = args.stdin_filename if path == "-" and args.stdin_filename else path
        tasks.append(Task(path, name, configs.for_path(name)))
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
    )
    run = RunResult(errors=list(errors))
    failing = False
    for task, outcome in _outcomes(tasks, options, cache, args):
        sys.stdout.write(outcome.stdout)
        run.ran_rules_of(task.config, task.name)
        run.warnings.extend(outcome.warnings)
        run.errors.extend(outcome.errors)
        if outcome.result is not None:
            run.files.append(outcome.result)
            threshold = SEVERITY_RANK.get(task.config.fail_on)
            failing |= threshold is not None and any(
                SEVERITY_RANK[f.severity] >= threshold for f in outcome.result.findings
            )
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    args.color = _use_colour(args) if fmt == "text" else False
    for warning in run.warnings:
        sys.stderr.write(f"newslint: warning: {warning}\n")
    for error in run.errors:
        sys.stderr.write(f"newslint: error: {error}\n")
    if not (args.diff or (args.fix and files == ["-"])):
        sys.stdout.write(REPORTERS[fmt](run, args))
    sys.stdout.flush()
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_OK


def _result_cache(args) -> ResultCache | None:
    if not args.cache:
        return None
    folder = Path(args.cache_dir) if args.cache_dir else cache_dir()
    return ResultCache(folder) if folder is not None else None


def _outcomes(tasks: list[Task], options: CheckOptions, cache: ResultCache | None, args):
    """(task, outcome) in input order: from the result cache where it holds the answer,
    else checked (in worker processes with --jobs, or on Dask), and then remembered."""
    keys = [_cache_key(cache, task, options) for task in tasks]
    known = {}
    for index, (task, key) in enumerate(zip(tasks, keys)):
        if key is not None and (outcome := cache.lookup(task, key)) is not None:
            if not ((options.fix or options.diff) and _fixable(outcome, options)):
                known[index] = outcome
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
            if key is not None:
                cache.store(task, key, outcome)
            yield task, outcome
    finally:
        checked.close()
        if cache is not None:
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
    return outcome.result is not None and bool(
        applicable(outcome.result.findings, options.unsafe_fixes)
    )


def _check_all(tasks: list[Task], options: CheckOptions, args):
    if args.engine == "dask":
        try:
            from newslint.dask import check_on_dask
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


def cmd_rules(args) -> int:
    config = _configs(args).for_directory(Path.cwd())
    active = {rule.id for rule in rules_for(config, str(Path.cwd() / "_"))}
    rows = [rule for rule in loaded_rules(rule_paths(config)) if args.all or rule.id in active]
    if args.format == "json":
        import json

        sys.stdout.write(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "category": r.category,
                        "severity": r.severity,
                        "kind": r.kind,
                        "enabled": r.id in active,
                        "summary": r.summary(),
                    }
                    for r in rows
                ],
                indent=2,
            )
            + "\n"
        )
        return EXIT_OK
    width = max((len(r.id) for r in rows), default=10)
    for r in rows:
        state = "" if r.id in active else " (off)"
        sys.stdout.write(
            f"{r.id:<{width}}  {r.category:<11} {r.severity:<7} {r.kind:<12} {r.summary()}{state}\n"
        )
    return EXIT_OK


def cmd_explain(args) -> int:
    config = _configs(args).for_directory(Path.cwd())
    rules = {rule.id: rule for rule in loaded_rules(rule_paths(config))}
    if args.rule not in rules:
        raise ConfigError(f"unknown rule {args.rule!r} (see `newslint rules --all`)")
    rule = rules[args.rule]
    out = [
        f"{rule.id}  ({rule.category}, {rule.severity}, kind {rule.kind}, scope {rule.scope}, "
        f"fix {rule.fix}{'' if rule.enabled else ', off by default'})",
        "",
        rule.description.strip(),
        "",
    ]
    if rule.link:
        out += [f"More: {rule.link}", ""]
    written = f" (as {rule.examples['format']})" if "format" in rule.examples else ""
    for label, key in (("Reported", "bad"), ("Not reported", "good")):
        if rule.examples.get(key):
            out.append(f"{label}{written}:")
            out += [f"  {text}" for text in rule.examples[key]]
            out.append("")
    for case in rule.examples.get("fix", []):
        out += [f"Fix: {case['before']}", f"  -> {case['after']}", ""]
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")
    return EXIT_OK


def cmd_config(args) -> int:
    from ruamel.yaml import YAML

    target = Path(args.path)
    configs = _configs(args)
    config = configs.for_directory(target if target.is_dir() else target.parent)
    data = config.as_dict()
    data["rules"] = [f"{r.id} ({r.severity})" for r in rules_for(config, str(target))]
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.dump(data, sys.stdout)
    return EXIT_OK


def cmd_test_rules(args) -> int:
    from newslint.loader import load_rules
    from newslint.rule_examples import example_problems

    config = _configs(args).for_directory(Path.cwd())
    rules = (
        load_rules([Path(p) for p in args.paths])
        if args.paths
        else list(loaded_rules(rule_paths(config)))
    )
    problems = [problem for rule in rules for problem in example_problems(rule)]
    for problem in problems:
        sys.stdout.write(f"FAIL {problem}\n")
    sys.stdout.write(
        f"{len(rules) - len({p.split(':')[0] for p in problems})} passed, "
        f"{len({p.split(':')[0] for p in problems})} failed\n"
    )
    return EXIT_FINDINGS if problems else EXIT_OK


COMMANDS = {
    "check": cmd_check,
    "rules": cmd_rules,
    "explain": cmd_explain,
    "config": cmd_config,
    "test-rules": cmd_test_rules,
}

"""The command line: check, rules, explain, config, test-rules.

Exit status: 0 nothing at or above the fail level; 1 findings at or above it;
2 a usage, configuration, rule or input error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from newslint import __version__
from newslint.config import FAIL_LEVELS, ConfigFinder, glob_error
from newslint.document import Document
from newslint.engine import lint_document
from newslint.errors import ConfigError, InputError, NewslintError
from newslint.files import discover
from newslint.findings import SEVERITY_RANK
from newslint.fix import exit_on_sigterm, fix_until_stable, unified_diff, write_atomic
from newslint.reporters import REPORTERS
from newslint.results import FileResult, RunResult
from newslint.ruleset import loaded_rules, rule_paths, rules_for
from newslint.sources import read_source
from newslint.sources.dataset import DatasetOutputs, records
from newslint.sources.decode import DEFAULT_MAX_FILE_SIZE, SkippedInput, parse_size
from newslint.sources.formats import format_of, reader_for

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
    configs = _configs(args, args.exclude)
    files, errors = discover(args.paths, configs)
    _check_dataset_options(args, files)
    run = RunResult(errors=list(errors))
    failing = False
    for path in files:
        name = args.stdin_filename if path == "-" and args.stdin_filename else path
        config = configs.for_path(name)
        rules = rules_for(config, name)
        for rule in rules:
            run.rules[rule.id] = rule
        check = _check_dataset if format_of(name) == "dataset" else _check_file
        result = check(path, name, config, rules, args, run)
        if result is not None:
            run.files.append(result)
            threshold = SEVERITY_RANK.get(config.fail_on)
            failing |= threshold is not None and any(
                SEVERITY_RANK[f.severity] >= threshold for f in result.findings
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


def _check_file(path, name, config, rules, args, run) -> FileResult | None:
    try:
        source = read_source(path, args.max_file_size)
    except SkippedInput as skipped:
        run.warnings.append(str(skipped))
        return None
    except NewslintError as err:
        run.errors.append(err)
        return None
    if source.warning:
        run.warnings.append(source.warning)

    def lint(doc):
        result = lint_document(doc, rules, config.accept, config.regex_timeout)
        return result

    reader = reader_for(name, config)
    try:
        doc = Document(source.text, name, reader)
    except InputError as err:
        run.errors.append(err)
        return None
    result = lint(doc)
    applied = 0
    if args.fix or args.diff:
        new_text, applied = fix_until_stable(
            source.text, name, lambda d: lint(d).findings, args.unsafe_fixes, reader
        )
        if applied:
            if args.diff:
                sys.stdout.write(unified_diff(name, source.text, new_text))
            elif path == "-":
                sys.stdout.write(new_text)
            else:
                try:
                    write_atomic(path, source.encode(new_text), source.raw)
                except NewslintError as err:
                    run.errors.append(err)
                    applied = 0
            if not args.diff and applied:
                doc = Document(new_text, name, reader)
                result = lint(doc)
    run.errors.extend(result.errors)
    outcome = FileResult(name, fixed=0 if args.diff else applied)
    outcome.add(doc, result.findings)
    return outcome


def _check_dataset(path, name, config, rules, args, run) -> FileResult:
    """A dataset, record by record: nothing of a record is kept but its findings and the
    lines they point at. Bad records are reported and the next one is read."""
    text_field = args.text_field or config.text_field
    id_field = args.id_field or config.id_field
    outcome = FileResult(name)
    outputs = DatasetOutputs(args.output if args.fix else None, args.report, text_field)

    def lint(doc):
        return lint_document(doc, rules, config.accept, config.regex_timeout)

    try:
        for record in records(path, name, text_field, id_field):
            if isinstance(record, InputError):
                run.errors.append(record)
                continue
            if record.id is not None and record.id in config.skip_records:
                outputs.record(record, record.text, None)
                continue
            text, applied = record.text, 0
            if args.fix:
                text, applied = fix_until_stable(
                    text, name, lambda d: lint(d).findings, args.unsafe_fixes
                )
            doc = Document(text, name, record=record.number, record_id=record.id)
            result = lint(doc)
            run.errors.extend(result.errors)
            outcome.add(doc, result.findings)
            outcome.fixed += applied
            outputs.record(record, text, (doc, result.findings))
        outputs.commit()
    except NewslintError as err:
        outputs.discard()
        run.errors.append(err)
    except BaseException:
        outputs.discard()
        raise
    return outcome


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

"""The command line's parser, shared options and exit statuses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newslint.config.globs import glob_error
from newslint.config.language_codes import primary
from newslint.config.reading import FAIL_LEVELS
from newslint.config.settings import ConfigFinder
from newslint.errors import ConfigError
from newslint.input.decode import DEFAULT_MAX_FILE_SIZE, parse_size
from newslint.output.reporters import REPORTERS
from newslint.version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """One line, exit 2 (argparse's default prints the whole usage)."""
        sys.stderr.write(f"newslint: error: {message} (see newslint --help)\n")
        sys.exit(EXIT_ERROR)


def _rule_sources(rules_dest: str = "rules") -> Parser:
    """Where the configuration and rules come from (SUPPRESS: unset unless given)."""
    sources = Parser(add_help=False, argument_default=argparse.SUPPRESS)
    sources.add_argument(
        "--config",
        metavar="PATH",
        help="configuration file (else found by "
        "walking up from each file: .newslint.yaml or pyproject.toml)",
    )
    sources.add_argument(
        "--rules",
        metavar="PATH",
        action="append",
        dest=rules_dest,
        help="extra rule file or folder (repeatable)",
    )
    return sources


def _common_options(rules_dest: str = "rules") -> Parser:
    """Options accepted before or after the subcommand (SUPPRESS: unset unless given).
    The subcommand's values replace the global ones, except --rules: both lists count
    (so the global parser keeps its own list, in `rules_dest`)."""
    common = Parser(
        add_help=False, argument_default=argparse.SUPPRESS, parents=[_rule_sources(rules_dest)]
    )
    common.add_argument(
        "--format",
        choices=sorted(REPORTERS),
        help="output format (default: text; github when GITHUB_ACTIONS is set)",
    )
    _selection(common)
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


def _selection(parser: Parser) -> None:
    parser.add_argument(
        "--select",
        metavar="RULES",
        help="comma-separated rule ids, id "
        "prefixes or categories to run (replaces the configuration's)",
    )
    parser.add_argument("--ignore", metavar="RULES", help="comma-separated rules not to run")


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
    check.add_argument(
        "--statistics", action="store_true", help="print only the count of findings per rule"
    )
    _input_options(check)
    check.add_argument(
        "--allow-empty",
        action="store_true",
        help="pass when the folders named give nothing to check (no file found, or every "
        "one skipped); by default that is an error (exit 2) saying what was passed over",
    )
    baseline = check.add_mutually_exclusive_group()
    baseline.add_argument(
        "--baseline",
        metavar="FILE",
        help="report only findings not recorded in this baseline file (replaces the "
        "configuration's `baseline`); the summary counts the baselined findings and the "
        "stale entries, which match no finding any more",
    )
    baseline.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record this run's findings in FILE (replacing it: stale entries are dropped) "
        "and report none of them",
    )
    check.add_argument(
        "--changed-since",
        metavar="REF",
        help="report only findings on lines added or changed since the git revision REF "
        "(working tree and index included; untracked files count as new); findings about a "
        "whole document are kept when it changed, a dataset's when its record's lines did",
    )
    check.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name to report for - (its extension picks the format)",
    )
    check.add_argument(
        "--language",
        metavar="CODE",
        help="the language of documents that do not declare one, such as en or pt-BR "
        "(replaces the configuration's; default: detected)",
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
        "--timings",
        action="store_true",
        help="at the end, print to standard error the time each stage (rules loaded, read, "
        "document, document parts, suppression and deferral, result cache, report) and each "
        "rule took, summed over inputs and worker processes, slowest first (document parts: "
        "a document's sentences, words and languages, made when a rule first asks for them "
        "and shared by every rule, not charged to the one that asked first); inputs answered "
        "from the result cache are counted and cost no rule time",
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
    audit = sub.add_parser(
        "audit",
        parents=[_rule_sources()],
        help="try one rule on a body of text: how often it fires, on what, with a sample",
        description="Run RULE alone (an exact id: a rule that is off by default runs too, as "
        "with `check --select RULE`; the configuration's ignore still applies) over PATHS and "
        "print its hits, the files with hits, the words checked and hits per 1,000 words, "
        "its most frequent matched texts, and a seeded random sample of hits in context, each "
        "with its fingerprint. With --labels, the rule's precision over the labelled hits.",
    )
    audit.add_argument("rule", metavar="RULE", help="the rule's exact id")
    audit.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders, or - for standard input"
    )
    audit.add_argument(
        "--sample", type=_count, default=10, metavar="N", help="hits shown in context (default 10)"
    )
    audit.add_argument(
        "--seed", type=int, default=0, metavar="S", help="the sample's random seed (default 0)"
    )
    audit.add_argument(
        "--labels",
        metavar="FILE",
        help='judged hits, JSON Lines of {"fingerprint": ..., "verdict": "correct" or '
        '"incorrect"}: print the precision, correct / labelled hits',
    )
    audit.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    _input_options(audit)
    rules = sub.add_parser("rules", parents=[common], help="list the rules")
    rules.add_argument("--all", action="store_true", help="include rules that are off")
    explain = sub.add_parser("explain", parents=[common], help="describe a rule")
    explain.add_argument("rule")
    config = sub.add_parser("config", parents=[common], help="print the resolved configuration")
    config.add_argument("path", nargs="?", default=".", help="file or folder it applies to")
    train = sub.add_parser(
        "train",
        help="train a model-backed rule's model from labelled data (needs the train extra)",
        description="Train the model of a learned-lines rule from labelled documents (JSON "
        "Lines: one document a line, {site, lines: [{text, label}]}, label leftover or "
        "content), or of a learned-sentences rule from labelled sentences ({text, label, "
        "group}, label vague or plain; see the README), and write the model file the rule "
        "names.",
    )
    train.add_argument("data", nargs="+", metavar="FILE", help="labelled documents (.jsonl[.gz])")
    train.add_argument(
        "--rule",
        required=True,
        metavar="FILE",
        help="the rule file whose learned-lines or learned-sentences rule the model is for "
        "(the data files it names are features; its model file need not exist yet)",
    )
    train.add_argument("--output", "-o", required=True, metavar="FILE", help="model file to write")
    train.add_argument(
        "--precision",
        type=float,
        default=0.97,
        help="the precision the operating point is chosen for, on held-out sites (default 0.97)",
    )
    train.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    train.add_argument(
        "--min-sites",
        type=int,
        default=3,
        help="a word is a feature only when this many sites (groups) use it (default 3)",
    )
    train.add_argument(
        "--regularisation",
        type=float,
        default=1.0,
        metavar="C",
        help="the inverse strength of the L2 penalty: smaller fits fewer, steadier weights "
        "(default 1.0)",
    )
    train.add_argument(
        "--weight",
        action="append",
        type=source_weight,
        default=[],
        metavar="SOURCE=W",
        help="weigh the examples of a source (a record's `source`) by W (default 1); "
        "repeatable: labels checked by hand may count more than labels matched automatically",
    )
    train.add_argument(
        "--tune-on",
        metavar="SOURCE",
        help="choose the threshold on this source's held-out lines only (default: all): the "
        "data most like the text the rule will see",
    )
    sub.add_parser(
        "lsp",
        parents=[common],
        help="a language server over standard input and output (needs the lsp extra)",
        description="Speak the Language Server Protocol over standard input and output: "
        "diagnostics, code actions and hover for Markdown, plain text and HTML files, with "
        "the configuration `newslint check` finds for each file (--config: one for all).",
    )
    serve = sub.add_parser(
        "serve",
        parents=[_rule_sources()],
        help="serve a checking page and HTTP APIs (newslint's and LanguageTool's)",
        description="Serve a page to check an article in a browser, newslint's JSON API "
        "(/api/check, /api/fix, /api/rules, /api/accept) and LanguageTool's (/v2/check, "
        "/v2/languages) for its clients. Needs the serve extra: pip install 'newslint[serve]'.",
    )
    _selection(serve)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDRESS",
        help="address to listen on (default 127.0.0.1; any other is reachable by others, "
        "and the server has no authentication)",
    )
    serve.add_argument("--port", type=_port, default=8000, metavar="N", help="port (default 8000)")
    serve.add_argument(
        "--max-body",
        type=_size,
        default=DEFAULT_MAX_FILE_SIZE,
        metavar="SIZE",
        help="refuse (413) a request body larger than this, e.g. 2MB (default: 10MB; 0: no limit)",
    )
    test = sub.add_parser("test-rules", parents=[common], help="run rules' examples")
    test.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="rule files or folders (default: the built-in packs)",
    )
    return parser


def _input_options(command: Parser) -> None:
    """How inputs are found and read, for the commands that read articles."""
    command.add_argument(
        "--max-file-size",
        type=_size,
        default=DEFAULT_MAX_FILE_SIZE,
        metavar="SIZE",
        help="skip (with a warning) articles larger than this, e.g. 50MB, 200kB; 0: no limit "
        "(default: 10MB; datasets are streamed and not limited)",
    )
    command.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="gitignore-style pattern of paths to skip in folders (repeatable)",
    )
    command.add_argument(
        "--text-field",
        metavar="NAME",
        help="datasets: the field holding the article (default: text)",
    )
    command.add_argument(
        "--id-field", metavar="NAME", help="datasets: the field naming the record (default: id)"
    )


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, not {text!r}")
    return int(text)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, not {text!r}")
    return int(text)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def source_weight(text: str) -> tuple[str, float]:
    """`SOURCE=W` (W a number above 0) as (SOURCE, W)."""
    source, _, weight = text.partition("=")
    try:
        value = float(weight)
    except ValueError:
        value = 0.0
    if not source or not value > 0:
        raise argparse.ArgumentTypeError(f"expected SOURCE=W with W above 0, not {text!r}")
    return source, value


def split_list(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


def config_finder(args, exclude=()) -> ConfigFinder:
    for pattern in exclude:
        if problem := glob_error(pattern):
            raise ConfigError(f"--exclude: {problem}")
    language = getattr(args, "language", None)
    if language is not None and primary(language) is None:
        raise ConfigError(f"--language: not a language code: {language!r}")
    cli = {
        "select": split_list(args.select),
        "ignore": split_list(args.ignore),
        "rule_paths": args.rules or (),
        "fail_on": args.fail_on,
        "exclude": exclude,
        "language": primary(language),
    }
    return ConfigFinder(Path(args.config) if args.config else None, cli)

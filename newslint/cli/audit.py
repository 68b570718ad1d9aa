"""`newslint audit RULE PATHS`: one rule over a body of text, to judge it before turning it
on (`newslint.output.audit` has the figures). Inputs are found and read as `check` reads
them; nothing is fixed and the result cache is not used (its key is the run's rule set)."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path

from newslint.cli.commands import named_rule
from newslint.cli.options import EXIT_ERROR, EXIT_OK, config_finder
from newslint.errors import NewslintError


def cmd_audit(args) -> int:
    from newslint.input.walk import discover
    from newslint.output.audit import audit, read_labels, render_text
    from newslint.running.check import CheckOptions, Task
    from newslint.running.workers import check_all, default_jobs

    rule = named_rule(args)
    labels = read_labels(Path(args.labels)) if args.labels else None
    # Exactly the rule, as `--select RULE` selects it: on even when off by default.
    only = Namespace(**{**vars(args), "select": rule.id, "ignore": None, "fail_on": None})
    configs = config_finder(only, args.exclude)
    paths, missing = discover(args.paths, configs)
    tasks = [Task(path, path, configs.for_path(path)) for path in paths]
    options = CheckOptions(
        text_field=args.text_field, id_field=args.id_field, max_file_size=args.max_file_size
    )
    jobs = 1 if "-" in paths else default_jobs()  # standard input is read in this process
    files, warnings = [], []
    errors: list[NewslintError] = list(missing)
    for outcome in check_all(tasks, options, jobs):
        warnings += outcome.warnings
        errors += outcome.errors
        if outcome.result is not None:
            files.append(outcome.result)
    for warning in warnings:
        sys.stderr.write(f"newslint: warning: {warning}\n")
    for error in errors:
        sys.stderr.write(f"newslint: error: {error}\n")
    report = audit(files, rule.id, args.sample, args.seed, labels)
    if args.format == "json":
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(report))
    return EXIT_ERROR if errors else EXIT_OK

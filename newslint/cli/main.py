"""The command line: check, audit, rules, explain, config, test-rules, train, lsp, serve.

Exit status: 0 nothing at or above the fail level; 1 findings at or above it;
2 a usage, configuration, rule or input error.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager

from newslint.cli.audit import cmd_audit
from newslint.cli.check import cmd_check
from newslint.cli.commands import cmd_config, cmd_explain, cmd_rules, cmd_test_rules, cmd_train
from newslint.cli.lsp import cmd_lsp
from newslint.cli.options import DEFAULTS, EXIT_ERROR, build_parser
from newslint.cli.serve import cmd_serve
from newslint.errors import NewslintError

COMMANDS = {
    "check": cmd_check,
    "audit": cmd_audit,
    "rules": cmd_rules,
    "explain": cmd_explain,
    "config": cmd_config,
    "test-rules": cmd_test_rules,
    "train": cmd_train,
    "lsp": cmd_lsp,
    "serve": cmd_serve,
}


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


@contextmanager
def exit_on_sigterm():
    """SIGTERM ends the run as an exception does (exit status 143), so a fix being written
    removes its temporary file and the file keeps its old bytes; SIGINT already does so
    (KeyboardInterrupt). Outside the main thread signals cannot be handled: nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

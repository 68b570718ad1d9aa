"""`newslint serve`: the page and the HTTP APIs (needs the serve extra: Starlette, uvicorn).

The command line imports this module for every command: the standard library's logging,
socket and ipaddress (some 10 ms) are imported when the server starts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.cli.options import EXIT_OK, config_finder
from newslint.errors import ConfigError

if TYPE_CHECKING:
    import socket


def cmd_serve(args) -> int:
    try:
        import uvicorn

        from newslint.server.app import create_app
        from newslint.server.workspace import Workspace
    except ImportError:
        raise ConfigError("newslint serve needs its extra: pip install 'newslint[serve]'") from None
    finder = config_finder(args)  # checks --select, --ignore and --config as `check` does
    workspace = Workspace(Path.cwd(), Path(args.config) if args.config else None, finder.cli)
    if not _loopback(args.host):
        sys.stderr.write(
            f"newslint: warning: serving on {args.host}: the server has no authentication; "
            "anyone who can reach this address can check text and add words to the accept "
            "list\n"
        )
    import logging

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    listening = _listen(args.host, args.port)  # a busy port is an error before any work
    _warm_up(workspace)
    port = listening.getsockname()[1]
    sys.stderr.write(f"newslint: serving on http://{_shown(args.host)}:{port}/\n")
    config = uvicorn.Config(
        create_app(workspace, args.max_body),
        access_log=False,  # the app logs one line per request itself
        log_level="warning",
        timeout_graceful_shutdown=2,
    )
    uvicorn.Server(config).run(sockets=[listening])
    return EXIT_OK


def _listen(host: str, port: int) -> socket.socket:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=2048)
    except OSError as err:
        reason = err.strerror or err
        raise ConfigError(f"cannot listen on {_shown(host)}:{port}: {reason}") from None


def _warm_up(workspace) -> None:
    """Load the rules and their data once before the first request (worker threads then
    share them, rather than each building them)."""
    from newslint import api

    for name in ("warm-up.txt", "warm-up.md", "warm-up.html"):
        api.check_report("The the article.", name, workspace.base)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _shown(host: str) -> str:
    return f"[{host}]" if ":" in host else host

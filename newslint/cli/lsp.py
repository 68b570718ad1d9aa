"""`newslint lsp`: the language server over standard input and output (the lsp extra)."""

from __future__ import annotations

from newslint.cli.options import EXIT_OK, config_finder
from newslint.errors import ConfigError

MISSING_EXTRA = "newslint lsp needs the lsp extra: pip install 'newslint[lsp]'"


def cmd_lsp(args) -> int:
    try:
        import pygls  # noqa: F401  (the extra; everything below needs it)
    except ImportError:
        raise ConfigError(MISSING_EXTRA) from None
    from newslint.lsp.server import serve

    config_finder(args)  # a wrong --config or option ends here, before the client connects
    serve(lambda: config_finder(args))
    return EXIT_OK

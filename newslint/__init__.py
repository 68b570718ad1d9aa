"""newslint: a data-quality and editorial linter for news text."""

from newslint.version import __version__


def __getattr__(name):
    # The API is imported on first use, so `import newslint` stays cheap.
    if name in ("lint_text", "lint_file"):
        from newslint import api

        return getattr(api, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")


__all__ = ["__version__", "lint_text", "lint_file"]

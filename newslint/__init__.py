"""newslint: a data-quality and editorial linter for news text."""

__version__ = "0.1.0"


def __getattr__(name):
    # The API is imported on first use, so `import newslint` stays cheap.
    if name in ("lint_text", "lint_file"):
        from newslint import api

        return getattr(api, name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")

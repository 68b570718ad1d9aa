"""newslint: a data-quality and editorial linter for news text."""

__version__ = "0.1.0"

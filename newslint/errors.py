"""Errors that end in a one-line message and exit status 2, never a traceback."""

from __future__ import annotations


class NewslintError(Exception):
    """A user-facing error: bad input, bad configuration or a bad rule.

    `where` is "path", "path:line" or "path:line:column"; str() gives one line.
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __reduce__(self):
        # Exceptions pickle only their args by default: keep where the error is, so an
        # error raised in a worker process reads the same as one raised here.
        return type(self), (self.message, self.path, self.line, self.column)

    @property
    def where(self) -> str:
        parts = [str(self.path)] if self.path else []
        if self.path and self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        message = " ".join(self.message.split())
        return f"{self.where}: {message}" if self.where else message


class ConfigError(NewslintError):
    """A configuration file or command-line setting is wrong."""


class RuleError(NewslintError):
    """A rule file is wrong, or a rule failed while running."""


class InputError(NewslintError):
    """An input file cannot be read or decoded."""

"""What the server checks with: the configuration (`--config`, else the one found for the
folder it was started in), the rules it selects, and the one file a request may write: the
project's accept list."""

from __future__ import annotations

import threading
from pathlib import Path, PurePosixPath

from newslint.config.language_codes import primary
from newslint.config.settings import Config, ConfigFinder
from newslint.errors import ConfigError, NewslintError


class Refused(NewslintError):
    """A request the configuration does not allow (no project to write a word to)."""


class Workspace:
    def __init__(self, root: Path, explicit: Path | None = None, cli: dict | None = None):
        self.root, self.explicit, self.cli = root, explicit, cli or {}
        self._lock = threading.Lock()
        self._config = self._load()

    def _load(self) -> Config:
        return ConfigFinder(self.explicit, self.cli).for_directory(self.root)

    @property
    def base(self) -> Config:
        return self._config

    def config(self, select=(), ignore=(), language: str | None = None) -> Config:
        """The configuration with a request's selection and language on top."""
        if language is not None and primary(language) is None:
            raise ConfigError(f"language: not a language code: {language!r}")
        return self._config.with_cli(select=select, ignore=ignore, language=primary(language))

    def rules(self, config: Config, filename: str) -> dict:
        from newslint.ruleset.selection import rules_for

        return {rule.id: rule for rule in rules_for(config, filename)}

    def accept(self, word: str) -> Path:
        """Add `word` to the project's accept list and reload the configuration (which
        reads it); Refused when the server runs without a project configuration."""
        from newslint.config.accept_file import accept_word

        if self._config.source is None:
            raise Refused(
                "no project configuration to write the word to: start `newslint serve` "
                "with --config, or in a project that has a .newslint.yaml"
            )
        with self._lock:  # one writer at a time; checks keep the configuration they started with
            try:
                written = accept_word(self._config, word)
            except ConfigError as err:  # nowhere to write: a pyproject.toml, a read-only file
                raise Refused(str(err)) from None
            self._config = self._load()
        return written


def article_name(filename: object) -> str:
    """A request's file name, which picks the reader and the configuration's overrides: a
    relative path inside the project (it is never opened)."""
    if not isinstance(filename, str) or not filename.strip():
        raise ValueError("filename: a non-empty string, such as article.md")
    path = PurePosixPath(filename.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or "\x00" in filename:
        raise ValueError(f"filename: a relative name without '..', not {filename!r}")
    return str(path)

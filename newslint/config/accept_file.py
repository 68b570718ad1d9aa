"""Adding a term to a project's accept list, for the editors' surfaces (the page's "accept",
the language server's "add to vocabulary"). The term goes to the first word list the
configuration's `accept-files` names, else to `accept` in a YAML configuration (rewritten
with its comments kept). A pyproject.toml is never rewritten: it holds more than newslint's
settings. Every write replaces the file atomically, and no other file is ever written."""

from __future__ import annotations

from pathlib import Path

from newslint.atomic_files import replacing
from newslint.config.settings import Config
from newslint.config.yaml_files import read_text, read_yaml
from newslint.errors import ConfigError

MAX_TERM_CHARS = 100


def term_problem(term: str) -> str | None:
    """Why `term` (spaces around it aside) cannot go in an accept list, or None."""
    term = term.strip()
    if not term or len(term) > MAX_TERM_CHARS:
        return f"a term of 1 to {MAX_TERM_CHARS} characters"
    if any(char in term for char in "\r\n\t#"):
        return "one line, without tabs or #"  # a word list's line; # starts a comment
    return None


def accept_word(config: Config, term: str) -> Path:
    """Add `term` to the accept list of `config`'s file; the file written (or that already
    holds it). ConfigError when the term is not one line of text (`term_problem`), or there
    is nowhere to write."""
    if problem := term_problem(term):
        raise ConfigError(f"not a term to accept: {term.strip()[:40]!r} ({problem})")
    term = term.strip()
    if config.source is None:
        raise ConfigError(
            "no configuration file to add the term to: give --config or create .newslint.yaml"
        )
    source = Path(config.source)
    word_files = _word_files(source)
    if word_files:
        return _add_to_word_file(config.root / word_files[0], term)
    if source.name == "pyproject.toml":
        raise ConfigError(
            "name a word list in `accept-files` to let newslint add accepted terms", str(source)
        )
    return _add_to_yaml(source, term)


def _word_files(source: Path) -> list:
    if source.name == "pyproject.toml":
        import tomllib

        data = tomllib.loads(read_text(source, ConfigError)).get("tool", {}).get("newslint", {})
    else:
        data = read_yaml(source, ConfigError) or {}
    return list(data.get("accept-files") or [])


def _add_to_word_file(path: Path, term: str) -> Path:
    try:
        text = path.read_text(encoding="utf-8-sig") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(
            f"cannot read: {getattr(err, 'strerror', None) or err}", str(path)
        ) from None
    listed = {line.strip().casefold() for line in text.splitlines()}
    if term.casefold() not in listed:
        if text and not text.endswith("\n"):
            text += "\n"
        _write(path, text + term + "\n")
    return path


def _add_to_yaml(path: Path, term: str) -> Path:
    from io import StringIO

    from ruamel.yaml import YAML
    from ruamel.yaml.util import load_yaml_guess_indent

    text = read_text(path, ConfigError)
    data = read_yaml(path, ConfigError, text)  # errors with their positions
    if data is None:
        data = {}
    accepted = data.setdefault("accept", [])
    if term.casefold() in {str(word).casefold() for word in accepted}:
        return path
    accepted.append(term)
    out = StringIO()
    yaml = YAML(typ="rt")
    # The file's own indentation, so the diff is the one added line.
    _, indent, sequence_indent = load_yaml_guess_indent(text)
    if indent is not None:
        yaml.indent(sequence=indent, offset=sequence_indent or 0)
    yaml.dump(data, out)
    _write(path, out.getvalue())
    return path


def _write(path: Path, text: str) -> None:
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    try:
        with replacing(path, mode=mode) as handle:
            handle.write(text.encode("utf-8"))
    except OSError as err:
        raise ConfigError(f"cannot write: {err.strerror or err}", str(path)) from None

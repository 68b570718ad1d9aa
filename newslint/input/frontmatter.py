"""Front matter of Markdown articles: YAML between `---` lines or TOML between `+++` lines.

Only the fields named as prose (`front-matter-fields`: by default title, description,
summary, excerpt, subtitle, dek, deck, standfirst) are read, each at its own place in the
file so findings in them point there.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newslint.config.yaml_files import MAX_DEPTH, nesting_position
from newslint.document.segment import Span, trim
from newslint.errors import InputError

FENCES = {"---": ("---", "..."), "+++": ("+++",)}
TOML_LINE = re.compile(
    r"^\s*(?P<key>[\w-]+)\s*=\s*(?P<quote>\"|')(?P<value>.*)(?P=quote)\s*(?:#.*)?$", re.M
)
TOML_ERROR_LINE = re.compile(r"at line (\d+)")


class Field(NamedTuple):
    name: str
    value: str
    pieces: list[Span]  # source ranges holding the value's text, line by line
    exact: bool  # the pieces' text is the value (else they only locate it)


class FrontMatter(NamedTuple):
    end: int  # source offset where the body starts
    fields: list[Field]
    errors: list[InputError] = []  # why it was not read (the body still is)


def read(source: str, lines: list[Span], names, path: str) -> FrontMatter | None:
    """The front matter at the top of `source`, or None. When it is not closed or does not
    parse, its `errors` say so (file:line:column) and it has no fields; an unclosed one
    leaves the whole file to the body."""
    first = source[lines[0].start : lines[0].end].rstrip() if lines else ""
    if first not in FENCES:
        return None
    closing = next(
        (
            index
            for index in range(1, len(lines))
            if source[lines[index].start : lines[index].end].rstrip() in FENCES[first]
        ),
        None,
    )
    if closing is None:
        error = InputError(f"front matter opened with {first!r} is never closed", path, 1, 1)
        return FrontMatter(0, [], [error])
    body = lines[1:closing]
    end = min(
        lines[closing].end + 1 if closing + 1 < len(lines) else lines[closing].end, len(source)
    )
    reader = _yaml_fields if first == "---" else _toml_fields
    try:
        return FrontMatter(end, reader(source, body, set(names), path))
    except InputError as error:
        return FrontMatter(end, [], [error])


def _refuse_deep_nesting(text: str, path: str) -> None:
    """Parsers recurse (and slow down) with every level: hostile nesting is refused first."""
    if deep := nesting_position(text):
        line, column = deep
        raise InputError(
            f"front matter nested more than {MAX_DEPTH} levels deep", path, line + 1, column
        )


def _yaml_fields(source: str, lines: list[Span], names: set[str], path: str) -> list[Field]:
    if not lines:
        return []
    from ruamel.yaml import YAML  # imported for the Markdown files that need it
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import YAMLError

    text = source[lines[0].start : lines[-1].end]
    _refuse_deep_nesting(text, path)
    try:
        data = YAML().load(text)
    except YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 2 if mark else 2  # the YAML starts on the file's second line
        column = mark.column + 1 if mark else None
        problem = getattr(err, "problem", None) or getattr(err, "context", None) or err
        raise InputError(f"front matter: {problem}", path, line, column) from None
    if not isinstance(data, CommentedMap):  # the round-trip loader's mapping, with positions
        return []
    fields = []
    for name, value in data.items():
        if name not in names or not isinstance(value, str) or not value.strip():
            continue
        line, column = data.lc.value(name)
        fields.append(_yaml_field(source, lines, line, column, str(name), value))
    return fields


def _yaml_field(source, lines, line, column, name, value) -> Field:
    span = lines[line]
    start = span.start + column
    indicator = source[start : start + 1]
    if indicator in ("|", ">"):  # a block scalar: the indented lines below
        return Field(name, value, _continuation(source, lines[line + 1 :]), True)
    if indicator in ("'", '"'):
        inner = Span(start + 1, start + 1 + len(value))
        exact = source[inner.start : inner.end] == value
        return Field(name, value, [inner if exact else Span(start, span.end)], exact)
    if source.startswith(value, start):
        return Field(name, value, [Span(start, start + len(value))], True)
    # A plain scalar folded over several lines.
    first = trim(source, start, span.end)
    return Field(name, value, [first, *_continuation(source, lines[line + 1 :])], True)


def _continuation(source: str, lines: list[Span]) -> list[Span]:
    """The indented lines that continue a value, each trimmed (blank ones left out)."""
    pieces = []
    for span in lines:
        text = source[span.start : span.end]
        if text.strip() and not text[:1].isspace():
            break
        if text.strip():
            pieces.append(trim(source, span.start, span.end))
    return pieces


def _toml_fields(source: str, lines: list[Span], names: set[str], path: str) -> list[Field]:
    import tomllib

    text = source[lines[0].start : lines[-1].end] if lines else ""
    _refuse_deep_nesting(text, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        found = TOML_ERROR_LINE.search(str(err))
        line = int(found.group(1)) + 1 if found else 2
        raise InputError(f"front matter: {str(err).split(' (at ')[0]}", path, line) from None
    fields = []
    for span in lines:
        found = TOML_LINE.match(source, span.start, span.end)
        if not found or found.group("key") not in names:
            continue
        value = data.get(found.group("key"))
        if not isinstance(value, str) or not value.strip():
            continue
        inner = Span(found.start("value"), found.end("value"))
        exact = source[inner.start : inner.end] == value
        fields.append(Field(found.group("key"), value, [inner], exact))
    return fields

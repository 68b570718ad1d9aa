"""Every configuration key, once: its name, type, default, meaning, whether it can change
what is found, and how its value is read. Reading and checking a file (`settings.load_config`),
the defaults of `Config`, what `newslint config` prints, the result cache's key and the
reference text (`reference_markdown`) are all made from this table, so a new key cannot be
read but left out of one of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from newslint.config import reading as readers
from newslint.config.file_formats import FORMAT_EXTENSIONS
from newslint.config.yaml_files import TYPE_NAMES

REGEX_TIMEOUT = 5.0  # seconds per rule and document
DEFAULT_INCLUDE = tuple(f"*{end}" for ends in FORMAT_EXTENSIONS.values() for end in ends)
DEFAULT_EXCLUDE = (".git/", ".hg/", ".svn/", "node_modules/", ".venv/", "venv/", "__pycache__/")
FRONT_MATTER_FIELDS = (
    "title",
    "description",
    "summary",
    "excerpt",
    "subtitle",
    "dek",
    "deck",
    "standfirst",
)
WALKING_ONLY = "decides which files are checked, not what is found in one"


def shown(value: Any) -> Any:
    """A field's value as plain YAML data: tuples as lists, sets sorted."""
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _shown_selection(select):
    return list(select) if select is not None else ["(rules on by default)"]


def _shown_paths(paths):
    return [str(p) for p in paths]


def _shown_path(path):
    return str(path) if path is not None else None


def _shown_reject(reject):
    return [f"{wrong} -> {right}" if right else wrong for wrong, right in reject]


def _shown_names(names):
    return {house: list(variants) for house, variants in names}


def _shown_overrides(overrides):
    return [
        {
            "files": list(o.files),
            **({"select": list(o.select)} if o.select is not None else {}),
            "ignore": list(o.ignore),
            "severity": dict(o.severity),
        }
        for o in overrides
    ]


@dataclass(frozen=True)
class Key:
    name: str  # as written in the configuration file
    type: str  # one of yaml_files.TYPE_NAMES, checked before the value is read
    default: Any  # the Config field's value when the key is not written
    doc: str  # its meaning, one line of the reference
    # (Reading, Key) -> the Config field's value. None: the key feeds another key's field
    # and is read with it (accept-files with accept).
    read: Callable | None
    show: Callable = shown  # the field's value as `newslint config` prints it
    config_field: str = ""  # the Config field it feeds when not its name with _ for -
    # Why the key cannot change what is found in a file, so that the result cache's key
    # leaves it out; None: it can, and the key holds its value.
    findings_unchanged: str | None = None
    # (Config, path) -> the part of the value that applies to one file, for the cache key.
    for_path: Callable | None = None
    default_text: str = ""  # the default in words, where its printed form would not say it

    @property
    def field_name(self) -> str:
        return self.config_field or self.name.replace("-", "_")


KEYS = (
    Key(
        "select",
        "str-list",
        None,
        "the rules to run: ids, id prefixes or categories (an exact id turns on a rule that "
        "is off by default)",
        readers.tuple_or_none,
        show=_shown_selection,
        default_text="the rules that are on by default",
    ),
    Key(
        "ignore",
        "str-list",
        (),
        "rules not to run: ids, id prefixes or categories",
        readers.as_tuple,
    ),
    Key(
        "severity",
        "str-map",
        (),
        "a severity (error, warning, info) per selector; the most specific selector wins",
        readers.selector_levels,
        show=dict,
    ),
    Key(
        "rule-paths",
        "str-list",
        (),
        "extra rule files or folders, relative to the configuration file",
        readers.paths_from_root,
        show=_shown_paths,
    ),
    Key("builtin-rules", "bool", True, "whether newslint's own rules run", readers.as_written),
    Key(
        "accept",
        "str-list",
        frozenset(),
        "terms that are always right: findings on exactly these are dropped",
        readers.accepted_words,
    ),
    Key(
        "accept-files",
        "str-list",
        (),
        "word lists (one term a line, # starts a comment) whose terms join `accept`",
        None,
        config_field="accept",
    ),
    Key(
        "reject",
        "str-list",
        (),
        'terms that are always wrong, as "wrong" or "wrong -> right"',
        readers.rejected_words,
        show=_shown_reject,
    ),
    Key(
        "reject-files",
        "str-list",
        (),
        "word lists whose entries join `reject`",
        None,
        config_field="reject",
    ),
    Key(
        "names",
        "str-list-map",
        (),
        "house spellings of names: each house form with its variants",
        readers.house_names,
        show=_shown_names,
    ),
    Key(
        "overrides",
        "list",
        (),
        "per-path settings: `files` (globs) with their own `select`, `ignore` and `severity`",
        readers.overrides,
        show=_shown_overrides,
        for_path=lambda config, path: config.overrides_for(path),
    ),
    Key(
        "fail-on",
        "str",
        "warning",
        "the lowest severity that makes the exit status 1: error, warning, info or never",
        readers.fail_level,
        findings_unchanged="decides the exit status, not what is found",
    ),
    Key(
        "include",
        "str-list",
        DEFAULT_INCLUDE,
        "file names checked when walking folders (gitignore-style globs)",
        readers.globs,
        findings_unchanged=WALKING_ONLY,
    ),
    Key(
        "exclude",
        "str-list",
        DEFAULT_EXCLUDE,
        "paths skipped when walking folders (gitignore-style, relative to the configuration "
        "file), added to the default ones",
        readers.globs_added_to_default,
        findings_unchanged=WALKING_ONLY,
    ),
    Key(
        "regex-timeout",
        "number",
        REGEX_TIMEOUT,
        "seconds a rule's patterns may run on one document, and as much again for each "
        "million characters beyond the first",
        readers.seconds,
    ),
    Key(
        "vocabulary-min-files",
        "int",
        3,
        "a word that typo.unknown-word (any `spelling` rule) flags in, or that is written in "
        "code (Markdown code spans and blocks, HTML <code>) in, at least this many of a "
        "run's files is the repository's vocabulary, not a typo: those findings are dropped, "
        "counted in the summary, and never fixed (0: off; datasets and standard input are "
        "left out)",
        readers.file_count,
        findings_unchanged="applied to a run's findings once every file's are in, cached or not",
    ),
    Key(
        "front-matter-fields",
        "str-list",
        FRONT_MATTER_FIELDS,
        "the Markdown front-matter fields read as prose",
        readers.as_tuple,
    ),
    Key(
        "language",
        "str",
        None,
        "the language of documents that do not declare one (HTML `lang`, front-matter "
        "`lang` or `language`, a dataset record's `lang` or `language` field), such as `en` "
        'or `pt-BR`; unset, it is detected (see the README\'s "Languages")',
        readers.language_code,
        default_text="detected",
    ),
    Key(
        "baseline",
        "str",
        None,
        "a baseline file (relative to the configuration file) written by `check "
        "--write-baseline`: only findings not in it are reported",
        readers.path_or_none,
        show=_shown_path,
        findings_unchanged="applied to a run's findings once every file's are in, cached or not",
        default_text="none",
    ),
    Key("text-field", "str", "text", "datasets: the field holding the article", readers.field_name),
    Key("id-field", "str", "id", "datasets: the field naming the record", readers.field_name),
    Key(
        "skip-records",
        "str-list",
        frozenset(),
        "datasets: ids of records not checked",
        readers.string_set,
    ),
    Key(
        "source-field",
        "str",
        "site",
        "datasets: the field naming a record's source, whose records boilerplate.recurring-line "
        "compares (a web address counts by its host); a record without it is named by its id "
        "up to `source-separator`, else it is of the dataset's one source",
        readers.field_name,
    ),
    Key(
        "source-separator",
        "str",
        "/",
        "datasets: a record without `source-field` is of the source its id names up to this "
        "text (`bbc/business/042` is of `bbc`; a web address, of its host); empty: the id "
        "names none",
        readers.as_written,
    ),
    Key(
        "recurring-sketch-width",
        "int",
        1 << 20,
        "datasets: at most this many counters per row of the sketch that counts recurring "
        "lines (4 rows of 4 bytes: 16 MB at the default, less for a smaller dataset, whatever "
        "its number of records); wider counts large datasets more exactly",
        readers.sketch_width,
    ),
)
KEY_TYPES = {key.name: key.type for key in KEYS}
# The keys that own a Config field (a key read with another has none of its own).
FIELD_KEYS = tuple(key for key in KEYS if key.read is not None)
_BY_FIELD = {key.field_name: key for key in FIELD_KEYS}


def default(field_name: str) -> Any:
    """The default of a Config field fed by a key."""
    return _BY_FIELD[field_name].default


def read_keys(reading: readers.Reading) -> dict[str, Any]:
    """Config field -> value, for every key, from one configuration file's mapping."""
    return {key.field_name: key.read(reading, key) for key in KEYS if key.read is not None}


def shown_keys(config) -> dict[str, Any]:
    """Key -> value as `newslint config` prints it."""
    return {key.name: key.show(getattr(config, key.field_name)) for key in FIELD_KEYS}


def findings_settings(config, path: str) -> tuple:
    """What the result cache's key holds of a configuration for the file at `path`: the
    value of every key that can change what is found in it (sets sorted, so that the key
    is the same from process to process)."""
    return tuple(
        (
            key.name,
            key.for_path(config, path)
            if key.for_path
            else _in_order(getattr(config, key.field_name)),
        )
        for key in FIELD_KEYS
        if key.findings_unchanged is None
    )


def _in_order(value: Any) -> Any:
    return sorted(value) if isinstance(value, frozenset) else value


def reference_markdown() -> str:
    """The configuration keys as Markdown reference text: one list item per key with its
    type, default and meaning."""
    return "".join(
        f"- `{key.name}` ({TYPE_NAMES[key.type]}; default: {_default_text(key)}): {key.doc}\n"
        for key in KEYS
    )


def _default_text(key: Key) -> str:
    if key.default_text:
        return key.default_text
    value = key.show(key.default)
    if value in ([], {}):
        return "none"
    if isinstance(value, list):
        return ", ".join(f"`{item}`" for item in value)
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    return f"`{value}`"

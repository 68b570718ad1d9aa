"""What a rule kind declares: its fields (with types, for the loader) and a check method."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterable

from newslint.findings import Finding


@dataclass(frozen=True)
class Field:
    """A rule field. `type` is one of the loader's type names (bool, int, number, str,
    str-list, str-map, str-lists, str-list-map, file-list, map); `default` is the value a rule
    that leaves the field out gets; `doc` says in one line what the field means, for the
    generated reference (docs/kinds.md)."""

    type: str
    default: Any = None
    required: bool = False
    doc: str = ""


class Kind:
    """A rule kind. Its class docstring says in a sentence or two what its rules find (the
    generated reference, docs/kinds.md, shows it); each field's `doc` says what it means."""

    name: ClassVar[str]
    fields: ClassVar[dict[str, Field]]
    default_scope: ClassVar[str] = "document"
    # Names for Vale's positional %s placeholders, in order.
    vale_args: ClassVar[tuple[str, ...]] = ("match",)
    # Placeholders this kind fills besides {match} and {suggestion}, with a sample value of
    # the type it fills them with (the loader tries each message's format on them).
    placeholders: ClassVar[dict[str, object]] = {}
    # Whether the words this kind reports may prove to be a repository's vocabulary: a word
    # it flags in many of a run's files is dropped there (`running.run_vocabulary`).
    run_vocabulary: ClassVar[bool] = False
    # Whether it reads the counts of a first pass over a dataset (`Document.source_lines`).
    counts_dataset_lines: ClassVar[bool] = False

    def __init__(self, options: dict[str, Any]):
        """`options` holds every field of `fields`, validated, defaults filled in.
        Raise ValueError (with the field name as `.field`) for a value that is wrong."""

    @classmethod
    def build(cls, **options) -> "Kind":
        """An instance from code (not YAML): fields not given take their defaults."""
        return cls({name: options.get(name, spec.default) for name, spec in cls.fields.items()})

    def check(self, rule, doc, units) -> Iterable[Finding]:
        raise NotImplementedError


class FieldValueError(ValueError):
    """A field's value is well-typed but wrong (a bad regex, an empty list...)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


ACRONYM_MAX = 5  # letters: "NASA", "UNHCR"


def match_case(template: str, replacement: str) -> str:
    """Give `replacement` the case pattern of the text it replaces (ALL CAPS, Capitalised). A
    word in capitals longer than most acronyms is a name set in capitals ("GABRIEL" in a
    headline): for a Capitalised word it is Capitalised too."""
    if len(template) > 1 and template.isupper() and not replacement.isupper():
        return replacement.upper()
    if template.istitle() and replacement.isupper() and len(replacement) > ACRONYM_MAX:
        return replacement.title()
    if template[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def compiled(field: str, build):
    """Run `build()`; a regex error, or a ValueError about the data a field names (a word
    list's bad line), becomes a FieldValueError naming `field`."""
    import regex

    try:
        return build()
    except regex.error as err:
        raise FieldValueError(field, f"bad regular expression: {err}") from None
    except FieldValueError:
        raise
    except ValueError as err:
        raise FieldValueError(field, str(err)) from None

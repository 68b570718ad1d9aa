"""The rule model: the fields every rule has, whatever its kind, and how matches become
findings."""

from __future__ import annotations

import string
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from newslint.document import segment
from newslint.findings import Edit, Finding, Fix

CATEGORIES = ("typo", "entity", "attribution", "boilerplate", "style", "readability")
# Findings newslint makes about itself (unused suppressions); not a category for rule files.
META_CATEGORY = "meta"
FIX_SAFETY = ("safe", "unsafe", "none")


@dataclass
class Rule:
    id: str
    category: str
    severity: str
    message: str
    description: str
    kind: str
    scope: str
    checker: Any  # the kind's instance, built from the kind's fields (or a DeferredChecker)
    link: str | None = None
    enabled: bool = True
    fix: str = "unsafe"  # what the rule's fixes are marked: safe, unsafe or none
    examples: dict = field(default_factory=dict)
    # Rules whose findings this rule's give way to where they overlap: one finding per text.
    defer_to: tuple[str, ...] = ()
    # The languages (primary subtags) the rule checks; empty: every language.
    languages: tuple[str, ...] = ()
    # The languages whose text its safe fixes stay safe in (`fix_safety`); empty: every one.
    fix_languages: tuple[str, ...] = ()
    # Whether readers' comments printed under the article are checked (`reader_comments`).
    reader_comments: bool = True
    source: str = ""  # "file:line:column" of the rule, for messages

    def check(self, doc) -> list[Finding]:
        found = self._check(doc)
        if self.reader_comments or not found or not doc.reader_comments:
            return found
        comments = doc.reader_comments
        return [f for f in found if segment.outside(comments, f.start, f.end)]

    def _check(self, doc) -> list[Finding]:
        units = doc.units(self.scope)
        if not self.languages:
            return list(self.checker.check(self, doc, units))
        # Units with none of the rule's languages are not checked; a finding in text of
        # another language inside a unit that has some (the whole document) is dropped.
        wanted = self.languages
        languages = doc.languages
        if languages.present.issubset(wanted):  # the common case: all of it in one of them
            return list(self.checker.check(self, doc, units))
        if not languages.present.intersection(wanted):
            return []
        units = [u for u in units if languages.within(u.start, u.end).intersection(wanted)]
        found = self.checker.check(self, doc, units)
        return [f for f in found if languages.at(f.start) in wanted]

    def built(self) -> "Rule":
        """The rule with its checker built (a DeferredChecker's build runs now, once):
        a rule file's bad data is reported when the rule is selected, before any text."""
        if isinstance(self.checker, DeferredChecker):
            self.checker.built()
        return self

    def with_severity(self, severity: str) -> "Rule":
        return self if severity == self.severity else replace(self, severity=severity)

    def fix_for(self, start: int, end: int, replacement: str = "") -> Fix | None:
        """A fix replacing text[start:end] (deleting it by default), marked as the rule
        says; None when the rule gives no fix."""
        if self.fix == "none":
            return None
        return Fix((Edit(start, end, replacement),), self.fix == "safe")

    def finding(
        self,
        start: int,
        end: int,
        text: str,
        suggestions=(),
        replacement: str | None = None,
        **values,
    ) -> Finding:
        """A finding at text[start:end]; `replacement` makes a fix replacing that span."""
        match = text[start:end]
        values.setdefault("match", match)
        values.setdefault("suggestion", suggestions[0] if suggestions else "")
        fix = None if replacement is None else self.fix_for(start, end, replacement)
        return Finding(
            self.id,
            self.category,
            self.severity,
            self.message.format_map(values),
            start,
            end,
            match,
            list(suggestions),
            fix,
        )

    def summary(self) -> str:
        """The first sentence of the description, for rule listings."""
        first = " ".join(self.description.strip().split("\n\n")[0].split())
        return _first_sentence(first).rstrip(".") + "."


# Marks that open and close a quotation or an aside; a sentence never ends inside one.
_OPENERS = {"(": ")", "[": "]", "“": "”", "‘": "’", "«": "»"}


def _first_sentence(text: str) -> str:
    """Up to the first full stop followed by a space that is neither part of an ellipsis
    ("A" ... "B") nor inside a quotation or brackets ("…, police said. The men…")."""
    closing: list[str] = []
    for at, char in enumerate(text):
        if char in closing and (char != '"' or closing[-1] == '"'):
            # A closing mark also closes the quotations left open inside it: `(")`.
            del closing[len(closing) - 1 - closing[::-1].index(char) :]
        elif char == '"':  # straight quotes open and close with the same mark
            closing.append('"')
        elif char in _OPENERS:
            closing.append(_OPENERS[char])
        elif (
            char == "."
            and not closing
            and text[at + 1 : at + 2] == " "
            and text[at - 1 : at] != "."
        ):
            return text[:at]
    return text


class DeferredChecker:
    """A kind's instance built when first used. Building one can take a good part of a cold
    start (135,000 names folded, cue patterns compiled, a model file read): a rule that is
    off, or not selected, should not pay it. Attribute lookups go to the built instance,
    which copies of the rule (`with_severity`) share."""

    def __init__(self, build: Callable[[], Any]):
        self._build: Callable[[], Any] | None = build
        self._checker: Any = None

    def built(self) -> Any:
        if self._build is not None:
            self._checker = self._build()
            self._build = None
            # Asked for on every document: found at once, not through `__getattr__`.
            self.check = self._checker.check
        return self._checker

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy and pickle probe dunders: not the checker's
            raise AttributeError(name)
        return getattr(self.built(), name)


def placeholders(message: str) -> list[str]:
    """The {names} a message uses; raises ValueError on a malformed format string."""
    return [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]


def from_vale_message(message: str, vale_args: tuple[str, ...]) -> str:
    """Vale's positional %s placeholders to named ones, in the order the kind gives them."""
    if "%s" not in message:
        return message
    escaped = message.replace("{", "{{").replace("}", "}}")
    parts = escaped.split("%s")
    names = list(vale_args) + [vale_args[-1]] * len(parts)
    return parts[0] + "".join("{" + names[i] + "}" + part for i, part in enumerate(parts[1:]))

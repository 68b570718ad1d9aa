"""Hover on a finding: its message, then its rule explained as `newslint explain` does."""

from __future__ import annotations

from lsprotocol.types import Diagnostic, Hover, MarkupContent, MarkupKind, Position

from newslint.cli.commands import explanation
from newslint.ruleset.rule import Rule


def hover(diagnostics: list[Diagnostic], rules: dict[str, Rule], at: Position) -> Hover | None:
    """What the findings under `at` say (None: no finding there)."""
    here = (at.line, at.character)
    under = [
        d
        for d in diagnostics
        if d.code is not None
        and (d.range.start.line, d.range.start.character)
        <= here
        <= (d.range.end.line, d.range.end.character)
    ]
    if not under:
        return None
    parts = []
    for diagnostic in under:
        rule = rules.get(str(diagnostic.code))
        told = explanation(rule) if rule is not None else ""
        parts.append(f"{diagnostic.message}\n\n{told}".rstrip("\n"))
    return Hover(
        contents=MarkupContent(kind=MarkupKind.PlainText, value="\n\n---\n\n".join(parts)),
        range=under[0].range,
    )

"""Rules newslint reports about itself rather than about the text: selected, given severities
and described like any other rule, but their findings come from the engine."""

from __future__ import annotations

from newslint.ruleset.rule import META_CATEGORY, Rule

UNUSED_RULE = "meta.unused-suppression"


class _ReportedByTheEngine:
    """Its findings come from `linting.suppression.apply`, not from matching text."""

    def check(self, rule, doc, units):
        return ()


# A rule like any other for selection, severity overrides and output metadata.
UNUSED_SUPPRESSION = Rule(
    id=UNUSED_RULE,
    category=META_CATEGORY,
    severity="info",
    kind="meta",
    scope="document",
    message="Unused suppression: no finding here matches it",
    description="A suppression comment that silences nothing is left over from an earlier "
    "version of the text, or names the wrong rule; remove or correct it.",
    checker=_ReportedByTheEngine(),
)

"""Rule selectors, as used by select/ignore, severity overrides and suppression comments:
an exact rule id, an id prefix ("style" or "style.quote"), a category, or "all"."""

from __future__ import annotations


def matches(selector: str, rule_id: str, category: str) -> bool:
    return selector in ("all", rule_id, category) or rule_id.startswith(selector + ".")


def specificity(selector: str, rule_id: str) -> int:
    """Longer, more exact selectors win when several match one rule."""
    if selector == rule_id:
        return 10_000
    return len(selector) if rule_id.startswith(selector + ".") else 0

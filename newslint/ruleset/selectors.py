"""Rule selectors, as used by select/ignore, severity overrides and suppression comments:
an exact rule id, a category ("style"), an id prefix ("style.quote"), or "all".

A category selects exactly the rules of that category, never by id: the readability rules'
ids start with "style." but `--ignore style` leaves them running."""

from __future__ import annotations

import difflib

from newslint.ruleset.rule import CATEGORIES, META_CATEGORY

_CATEGORY_NAMES = frozenset((*CATEGORIES, META_CATEGORY))


def matches(selector: str, rule_id: str, category: str) -> bool:
    if selector in ("all", rule_id):
        return True
    if selector in _CATEGORY_NAMES:
        return selector == category
    return rule_id.startswith(selector + ".")


def specificity(selector: str, rule_id: str) -> int:
    """Longer, more exact selectors win when several match one rule: an exact id, then an
    id prefix (the longer the better), then a category, then "all"."""
    if selector == rule_id:
        return 10_000
    if selector in _CATEGORY_NAMES:
        return 1
    return len(selector) + 1 if rule_id.startswith(selector + ".") else 0


def did_you_mean(name: str, rule_ids) -> str:
    """A hint for a name that selects nothing: the ids it is the last part of
    ("doubled-word": "style.doubled-word"), else the closest ids; "" when none is close."""
    ids = sorted(set(rule_ids))
    tails = [rule_id for rule_id in ids if rule_id.rsplit(".", 1)[-1] == name]
    close = tails or difflib.get_close_matches(name, ids, n=3, cutoff=0.85)
    return f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""

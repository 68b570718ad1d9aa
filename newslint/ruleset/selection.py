"""Which rules run on a file, at which severity: built-in and user packs, filtered by the
configuration's select/ignore/severity and its per-path overrides, plus the reject vocabulary."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from newslint.config.settings import Config
from newslint.errors import ConfigError
from newslint.kinds.matching import is_literal
from newslint.kinds.patterns.existence import Existence
from newslint.kinds.patterns.substitution import Substitution
from newslint.kinds.spelling.house_names import HouseNames
from newslint.ruleset.loading import load_rules
from newslint.ruleset.meta_rules import UNUSED_SUPPRESSION
from newslint.ruleset.paths import rule_paths
from newslint.ruleset.rule import Rule
from newslint.ruleset.selectors import did_you_mean, matches, specificity

REJECT_RULE = "vocab.reject"
HOUSE_NAME_RULE = "entity.house-name"


@lru_cache(maxsize=32)
def loaded_rules(paths: tuple[Path, ...]) -> tuple[Rule, ...]:
    """Every rule of the files, checkers built when first used: a run pays for the data of
    the rules it selects (`_resolve`), not of every rule in the packs."""
    return tuple(load_rules(list(paths), defer=True))


def rules_for(config: Config, path: str) -> list[Rule]:
    return list(_resolve(config, config.overrides_for(path)))


@lru_cache(maxsize=256)
def _resolve(config: Config, overrides) -> tuple[Rule, ...]:
    rules = (
        loaded_rules(rule_paths(config))
        + (UNUSED_SUPPRESSION,)
        + reject_rules(config)
        + house_name_rules(config)
    )
    _check_selectors(config, rules)
    select, ignore, severity = config.select, list(config.ignore), dict(config.severity)
    for override in overrides:
        if override.select is not None and not config.cli_select:
            select = override.select
        ignore += override.ignore
        severity.update(override.severity)
    chosen = []
    for rule in rules:
        if not _selected(rule, select) or any(matches(s, rule.id, rule.category) for s in ignore):
            continue
        best = max(
            (s for s in severity if matches(s, rule.id, rule.category)),
            key=lambda s: specificity(s, rule.id),
            default=None,
        )
        rule = rule.built()  # its data's errors now, before any text is read
        chosen.append(rule.with_severity(severity[best]) if best else rule)
    return tuple(chosen)


def _selected(rule: Rule, select) -> bool:
    if select is None:
        return rule.enabled
    # Naming a rule exactly turns it on even when it is off by default; a prefix does not.
    return rule.id in select or (
        rule.enabled and any(matches(s, rule.id, rule.category) for s in select)
    )


def _check_selectors(config: Config, rules) -> None:
    """Every selector of the configuration (overrides included) and the command line must
    name something; the error points at where the selector was written."""
    selectors = [*(config.select or ()), *config.ignore, *dict(config.severity)]
    for override in config.overrides:
        selectors += [*(override.select or ()), *override.ignore, *dict(override.severity)]
    written: dict[str, tuple[int | None, int | None]] = {}
    for selector, line, column in config.selector_positions:
        written.setdefault(selector, (line, column))
    for selector in selectors:
        if selector != "all" and not any(matches(selector, r.id, r.category) for r in rules):
            hint = did_you_mean(selector, (r.id for r in rules))
            message = f"{selector!r} names no rule, rule prefix or category{hint}"
            if selector in written:
                raise ConfigError(message, config.source, *written[selector])
            raise ConfigError(message, "command line")


def reject_rules(config: Config) -> tuple[Rule, ...]:
    """The configuration's reject vocabulary as rules: with a replacement, a substitution."""
    if not config.reject:
        return ()
    # The words are literal text, not patterns.
    plain = [_literal(w) for w, right in config.reject if right is None]
    swap = {_literal(w): right for w, right in config.reject if right is not None}
    rules = []
    common: dict[str, Any] = dict(
        id=REJECT_RULE,
        category="typo",
        severity="error",
        scope="document",
        description="A term the configuration's reject list says is always wrong.",
        source=config.source or "",
    )
    if plain:
        rules.append(
            Rule(
                kind="existence",
                message="'{match}' is on the reject list",
                checker=Existence.build(tokens=plain),
                **common,
            )
        )
    if swap:
        rules.append(
            Rule(
                kind="substitution",
                message="Use '{suggestion}' instead of '{match}'",
                checker=Substitution.build(swap=swap),
                **common,
            )
        )
    return tuple(rules)


def house_name_rules(config: Config) -> tuple[Rule, ...]:
    """The configuration's `names` (house form: [variants]) as a rule."""
    if not config.names:
        return ()
    checker = HouseNames.build(names={house: list(variants) for house, variants in config.names})
    return (
        Rule(
            id=HOUSE_NAME_RULE,
            category="entity",
            severity="warning",
            scope="document",
            kind="house-names",
            checker=checker,
            source=config.source or "",
            message="House style writes '{suggestion}', not '{match}'",
            description="A name the configuration's `names` says is written another way "
            "in this publication.",
        ),
    )


def _literal(word: str) -> str:
    return word if is_literal(word) else regex.escape(word, special_only=True, literal_spaces=True)

"""The commands about rules and configuration: rules, explain, config, test-rules, train.

Each imports the rule set when it runs: loading this module (the command line does, for
every command) must not cost `newslint check` the import of every rule kind."""

from __future__ import annotations

import sys
from pathlib import Path

from newslint.cli.options import EXIT_FINDINGS, EXIT_OK, config_finder
from newslint.errors import ConfigError


def cmd_rules(args) -> int:
    from newslint.ruleset.selection import loaded_rules, rule_paths, rules_for

    config = config_finder(args).for_directory(Path.cwd())
    active = {rule.id for rule in rules_for(config, str(Path.cwd() / "_"))}
    rows = [rule for rule in loaded_rules(rule_paths(config)) if args.all or rule.id in active]
    if args.format == "json":
        import json

        sys.stdout.write(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "category": r.category,
                        "severity": r.severity,
                        "kind": r.kind,
                        "enabled": r.id in active,
                        "summary": r.summary(),
                    }
                    for r in rows
                ],
                indent=2,
            )
            + "\n"
        )
        return EXIT_OK
    width = max((len(r.id) for r in rows), default=10)
    for r in rows:
        state = "" if r.id in active else " (off)"
        sys.stdout.write(
            f"{r.id:<{width}}  {r.category:<11} {r.severity:<7} {r.kind:<12} {r.summary()}{state}\n"
        )
    return EXIT_OK


def named_rule(args):
    """The rule `args.rule` names exactly (as the configuration of the current folder loads
    rules), else an error with the ids it may have meant."""
    from newslint.ruleset.selection import loaded_rules, rule_paths
    from newslint.ruleset.selectors import did_you_mean

    config = config_finder(args).for_directory(Path.cwd())
    rules = {rule.id: rule for rule in loaded_rules(rule_paths(config))}
    if args.rule not in rules:
        hint = did_you_mean(args.rule, rules) or " (see `newslint rules --all`)"
        raise ConfigError(f"unknown rule {args.rule!r}{hint}")
    return rules[args.rule]


def cmd_explain(args) -> int:
    sys.stdout.write(explanation(named_rule(args)))
    return EXIT_OK


def explanation(rule) -> str:
    """Why a rule matters, with its examples: the text of `newslint explain` (the language
    server's hover shows it too)."""
    from newslint.ruleset.examples import bad_example

    out = [
        f"{rule.id}  ({rule.category}, {rule.severity}, kind {rule.kind}, scope {rule.scope}, "
        f"fix {rule.fix}{'' if rule.enabled else ', off by default'})",
        "",
        rule.description.strip(),
        "",
    ]
    if rule.link:
        out += [f"More: {rule.link}", ""]
    written = f" (as {rule.examples['format']})" if "format" in rule.examples else ""
    if rule.examples.get("bad"):
        out.append(f"Reported{written}:")
        for example in map(bad_example, rule.examples["bad"]):
            out.append(f"  {example.shown()}")
            if example.message is not None:
                out.append(f"    message: {example.message}")
            if example.suggestion is not None:
                out.append(f"    suggestion: {example.suggestion}")
        out.append("")
    if rule.examples.get("good"):
        out.append(f"Not reported{written}:")
        out += [f"  {text}" for text in rule.examples["good"]]
        out.append("")
    for case in rule.examples.get("fix", []):
        out += [f"Fix: {case['before']}", f"  -> {case['after']}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def cmd_config(args) -> int:
    from ruamel.yaml import YAML

    from newslint.ruleset.selection import rules_for

    target = Path(args.path)
    configs = config_finder(args)
    config = configs.for_directory(target if target.is_dir() else target.parent)
    data = config.as_dict()
    data["rules"] = [f"{r.id} ({r.severity})" for r in rules_for(config, str(target))]
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.dump(data, sys.stdout)
    return EXIT_OK


def cmd_test_rules(args) -> int:
    from newslint.linting.rule_examples import example_problems
    from newslint.ruleset.loading import load_rules
    from newslint.ruleset.selection import loaded_rules, rule_paths

    config = config_finder(args).for_directory(Path.cwd())
    rules = (
        load_rules([Path(p) for p in args.paths])
        if args.paths
        else list(loaded_rules(rule_paths(config)))
    )
    problems = [problem for rule in rules for problem in example_problems(rule)]
    for problem in problems:
        sys.stdout.write(f"FAIL {problem}\n")
    sys.stdout.write(
        f"{len(rules) - len({p.split(':')[0] for p in problems})} passed, "
        f"{len({p.split(':')[0] for p in problems})} failed\n"
    )
    return EXIT_FINDINGS if problems else EXIT_OK


def cmd_train(args) -> int:
    import json

    from newslint.errors import ConfigError
    from newslint.training import leftover_lines, vague_sentences
    from newslint.training.rule_files import learned_kind

    data, rule, output = [Path(path) for path in args.data], Path(args.rule), Path(args.output)
    options = {
        "precision_goal": args.precision,
        "folds": args.folds,
        "min_groups": args.min_sites,
        "regularisation": args.regularisation,
    }
    if learned_kind(rule) == leftover_lines.KIND:
        card = leftover_lines.train(
            data, rule, output, source_weights=dict(args.weight), tune_on=args.tune_on, **options
        )
    elif args.weight or args.tune_on:
        raise ConfigError(f"{rule}: --weight and --tune-on are for {leftover_lines.KIND} rules")
    else:
        card = vague_sentences.train(data, rule, output, **options)
    sys.stdout.write(json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK

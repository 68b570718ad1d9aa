"""The `--timings` table for standard error: every stage and the slowest rules, slowest
first, like ESLint's TIMING=1."""

from __future__ import annotations

from newslint.linting.timings import Timings

RULE_ROWS = 15  # the slowest rules shown one by one; the others are summed on one line


def timings_table(timings: Timings, rule_rows: int = RULE_ROWS) -> str:
    rules = sorted(timings.rules.items(), key=lambda item: (-item[1], item[0]))
    shown = [("stage", name, seconds) for name, seconds in timings.stages.items()]
    shown += [("rule", rule_id, seconds) for rule_id, seconds in rules[:rule_rows]]
    shown.sort(key=lambda entry: -entry[2])
    rest = rules[rule_rows:]
    total = sum(timings.stages.values()) + sum(timings.rules.values())
    width = max([len(f"{what} {name}") for what, name, _ in shown] + [len("stage or rule")])
    lines = [
        f"Timings: {_inputs(timings)}; seconds summed over inputs and worker processes.",
        f"{'stage or rule':<{width}}  {'time (ms)':>10}  {'share':>6}",
    ]
    lines += [_row(f"{what:<5} {name}", seconds, total, width) for what, name, seconds in shown]
    if rest:
        lines.append(_row(f"{len(rest)} more rules", sum(s for _, s in rest), total, width))
    lines.append(_row("total", total, total, width))
    return "\n".join(lines) + "\n"


def _inputs(timings: Timings) -> str:
    checked = f"{timings.checked} input{'s' if timings.checked != 1 else ''} checked"
    if not timings.cached:
        return checked
    return f"{checked}, {timings.cached} answered from the result cache (no rule time)"


def _row(label: str, seconds: float, total: float, width: int) -> str:
    share = f"{100 * seconds / total:.1f}%" if total else "-"
    return f"{label:<{width}}  {1000 * seconds:>10.1f}  {share:>6}"

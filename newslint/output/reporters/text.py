"""text: `path:line:col: severity [rule] message` (`path:record:line:col` for a dataset
record), the line cut around the span with carets, and a summary; with --statistics only the
count of findings per rule. Colour only when writing to a terminal."""

from __future__ import annotations

from collections import Counter

from newslint.findings import SEVERITY_RANK

CONTEXT = 40  # characters shown either side of a short span
EXCERPT = 100  # characters of the line shown at most: a long span is shown from its start
MIN_CONTEXT = 10  # characters shown before a long span
MAX_CARETS = 60
COLOURS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1"}


def _paint(text: str, colour: str, enabled: bool) -> str:
    return f"\x1b[{COLOURS[colour]}m{text}\x1b[0m" if enabled else text


def render(run, options) -> str:
    if options.statistics:  # the counts table alone, as `ruff --statistics` prints it
        return "".join(line + "\n" for line in _statistics(run))
    colour = options.color
    out = []
    for result in run.files:
        for f in result.findings:
            head = (
                f"{_paint(f'{where(f)}:', 'bold', colour)} "
                f"{_paint(f.severity, f.severity, colour)} [{f.rule}] {_one_line(f.message)}"
            )
            out.append(head)
            line = result.excerpts.get((f.record, f.line))
            if not options.quiet and line is not None:
                out.extend(_excerpt(line, f, colour))
    if not options.quiet:
        out.append(_summary(run))
    return "".join(line + "\n" for line in out)


def where(f) -> str:
    """`path:line:col`, or `path:record:line:col` for a dataset record."""
    if f.record is None:
        return f"{f.path}:{f.line}:{f.column}"
    return f"{f.path}:{f.record}:{f.line}:{f.column}"


def _one_line(message: str) -> str:
    """One finding, one line: a line break inside a message (from its match) is shown as \\n."""
    return message.replace("\n", "\\n")


def excerpt_window(line: str, f) -> tuple[int, int, int, int]:
    """(left, right, start, end): the part of the finding's line shown, and its span there
    (to the line's end for a span that goes on to later lines)."""
    start = f.column - 1
    end = max(f.end_column - 1 if f.end_line == f.line else len(line), start + 1)
    # Short spans get CONTEXT on both sides; a long one (a whole scraped line) less, so
    # that at most EXCERPT characters of an 800-character line are shown.
    context = min(CONTEXT, max(MIN_CONTEXT, (EXCERPT - (end - start)) // 2))
    left = max(0, start - context)
    right = min(len(line), end + context, left + EXCERPT)
    return left, right, start, end


def _excerpt(line: str, f, colour: bool) -> list[str]:
    left, right, start, end = excerpt_window(line, f)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    shown = prefix + line[left:right].replace("\t", " ") + suffix
    width = min(max(min(end, right) - start, 1), MAX_CARETS)  # carets under what is shown
    gutter = f"{f.line:>5} | "
    return [
        _paint(gutter, "dim", colour) + shown,
        _paint(" " * 5 + " | ", "dim", colour)
        + " " * (len(prefix) + start - left)
        + _paint("^" * width, f.severity, colour),
    ]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _summary(run) -> str:
    summary = run.summary()
    files = _plural(summary["files"], "file")
    parts = [
        _plural(n, s)
        for s, n in sorted(
            summary["by_severity"].items(),
            key=lambda item: -SEVERITY_RANK[item[0]],
        )
    ]
    text = (
        f"Found {_plural(summary['findings'], 'finding')} ({', '.join(parts)}) in {files}."
        if summary["findings"]
        else f"No findings in {files}."
    )
    if summary["fixed"]:
        text += f" Fixed {_plural(summary['fixed'], 'problem')}."
    vocabulary = summary["vocabulary"]
    if vocabulary["dropped"]:
        text += (
            f" Left out {_plural(vocabulary['dropped'], 'possible typo')} on "
            f"{_plural(len(vocabulary['words']), 'word')} that many files use (the run's "
            "vocabulary: see vocabulary-min-files)."
        )
    if run.errors:
        text += f" {_plural(len(run.errors), 'error')} (see above)."
    if run.baseline is not None:
        text += f"\n{run.baseline['baselined']} baselined, {run.baseline['stale']} stale."
    return text


def _statistics(run) -> list[str]:
    counts = Counter((f.rule, f.severity) for f in run.findings)
    return [
        f"{count:>6}  {rule:<40} {severity}"
        for (rule, severity), count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    ]

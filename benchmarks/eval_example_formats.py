#!/usr/bin/env python3
"""The example article in three formats: its findings must be the same, at exact positions.

    python benchmarks/eval_example_formats.py
    python benchmarks/eval_example_formats.py ARTICLE --checker PATH/check_example.py

The article (default ../shared/examples/atyrau-scraped.txt) is rendered in memory as plain
text, as Markdown (one paragraph per line, blank lines between, Markdown's special
characters escaped so that it renders as the same text) and as a minimal HTML page (each
line a <p>, HTML-escaped); in both, the headline's line (`--headline-line`, the example's
line 7) is the page's heading (`# ` and <h1>), as a writer or a CMS would save the article.
Each rendering is linted with the built-in rules; every finding's position in the rendering
is mapped back to the article's line and column, and the findings are scored by the shared
checker (check_example.py, imported from the path given) against the article's
`.expected.json`. A finding whose line and column in the rendering do not point at its
`match` is handed on with that match, so that the checker reports it as a bad span.
Nothing is written unless --write names a folder for the renderings.
"""

from __future__ import annotations

import argparse
import bisect
import html
import importlib.util
import io
import re
import sys
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))  # common.py, from any directory

from common import REPO, command_line, normalise  # noqa: E402

from newslint import lint_text  # noqa: E402

SHARED = REPO.parent / "shared"
DEFAULT_ARTICLE = SHARED / "examples" / "atyrau-scraped.txt"
DEFAULT_CHECKER = SHARED / "tools" / "check_example.py"
SUMMARY = re.compile(
    r"must_find=(\d+)/(\d+) must_not_violations=(\d+) bad_spans=(\d+) findings=(\d+)"
)
# Markdown escapes: characters that may start markup anywhere in a line, and a line's first
# character where it would start a heading, quote, list, rule or setext underline.
MARKDOWN_ANYWHERE = set("\\`*_[]<>&{}~|")
MARKDOWN_LINE_START = re.compile(r"[#>+\-=]|\d{1,9}(?P<number_end>[.)])")


@dataclass
class Rendering:
    """A rendering of the article and, for each of its characters, the article offset it
    stands for (None for markup the rendering added)."""

    text: str = ""
    origins: list[int | None] = field(default_factory=list)

    def markup(self, piece: str) -> None:
        self.text += piece
        self.origins += [None] * len(piece)

    def character(self, piece: str, origin: int) -> None:
        """`piece` stands for the article's character at `origin` (an escape or itself)."""
        self.text += piece
        self.origins += [origin] * len(piece)


def article_lines(article: str):
    """(offset, line) of each line of the article."""
    offset = 0
    for line in article.split("\n"):
        yield offset, line
        offset += len(line) + 1


def render_text(article: str, headline: int) -> Rendering:
    return Rendering(article, list(range(len(article))))


def render_markdown(article: str, headline: int) -> Rendering:
    rendering = Rendering()
    for number, (offset, line) in enumerate(article_lines(article), 1):
        body = line.lstrip()  # leading blanks render as nothing, and 4 start a code block
        if not body:
            continue
        start = offset + len(line) - len(body)
        marker = MARKDOWN_LINE_START.match(body)
        escape_at = None
        if marker:
            escape_at = marker.start("number_end") if marker["number_end"] else 0
        if rendering.text:
            rendering.markup("\n")  # a blank line: each line a paragraph of its own
        if number == headline:
            rendering.markup("# ")
        for index, char in enumerate(body):
            if char in MARKDOWN_ANYWHERE or index == escape_at:
                rendering.markup("\\")
            rendering.character(char, start + index)
        rendering.character("\n", start + len(body))
    return rendering


def render_html(article: str, headline: int) -> Rendering:
    rendering = Rendering()
    # No lang attribute and no title: the page says no more than the plain text does.
    rendering.markup('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"></head>\n<body>\n')
    for number, (offset, line) in enumerate(article_lines(article), 1):
        if not line.strip():
            continue
        tag = "h1" if number == headline else "p"
        rendering.markup(f"<{tag}>")
        for index, char in enumerate(line):
            rendering.character(html.escape(char), offset + index)
        rendering.markup(f"</{tag}>")
        rendering.character("\n", offset + len(line))
    rendering.markup("</body>\n</html>\n")
    return rendering


FORMATS = {
    "text": (render_text, "txt"),
    "markdown": (render_markdown, "md"),
    "html": (render_html, "html"),
}


class Positions:
    """1-based (line, column) to offset and back in one text."""

    def __init__(self, text: str):
        self.starts = [offset for offset, _ in article_lines(text)]

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def place(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def mapped_findings(article: str, rendering: Rendering, extension: str, select) -> list[dict]:
    """The rendering's findings as check_example reads `--format json`, placed in the
    article."""
    findings = lint_text(rendering.text, path=f"example.{extension}", select=select)
    rendered, original = Positions(rendering.text), Positions(article)
    mapped = []
    for finding in findings:
        start = rendered.offset(finding.line, finding.column)
        end = rendered.offset(finding.end_line, finding.end_column)
        spanned = [o for o in rendering.origins[start:end] if o is not None]
        if spanned:
            first, last = spanned[0], spanned[-1] + 1
        else:  # on markup alone: place it at the next article character
            after = (o for o in rendering.origins[start:] if o is not None)
            first = last = next(after, len(article))
        exact = rendering.text[start:end] == finding.match
        (line, column), (end_line, end_column) = original.place(first), original.place(last)
        mapped.append(
            {
                **finding.to_dict(),
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "match": article[first:last] if exact else finding.match,
            }
        )
    return mapped


def load_checker(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_example", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"eval_example_formats: cannot import the checker {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(checker: ModuleType, article_path: Path, findings: list[dict]) -> str:
    """The checker's report on these findings, as it prints it for newslint's own."""
    output = io.StringIO()
    with (
        mock.patch.object(checker, "run_newslint", lambda cmd, article: findings),
        mock.patch.object(sys, "argv", ["check_example.py", str(article_path)]),
        redirect_stdout(output),
    ):
        checker.main()
    return output.getvalue()


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--checker", type=Path, default=DEFAULT_CHECKER, help="check_example.py")
    parser.add_argument(
        "--headline-line", type=int, default=7, help="the article's headline line (default 7)"
    )
    parser.add_argument("--select", help="newslint selectors, comma-separated (default: all)")
    parser.add_argument("--verbose", action="store_true", help="also list every expected hit")
    parser.add_argument("--write", type=Path, help="also write the renderings to this folder")
    options = parser.parse_args(argv)
    command = command_line("eval_example_formats.py", argv)
    print(f"$ {command}")
    checker = load_checker(options.checker)
    article = normalise(options.article.read_text(encoding="utf-8"))
    select = options.select.split(",") if options.select else None
    results = {}
    for name, (render, extension) in FORMATS.items():
        rendering = render(article, options.headline_line)
        if options.write:
            options.write.mkdir(parents=True, exist_ok=True)
            (options.write / f"{options.article.stem}.{extension}").write_text(
                rendering.text, encoding="utf-8"
            )
        findings = mapped_findings(article, rendering, extension, select)
        report = check(checker, options.article, findings)
        print(f"\n== {name} ==")
        for line in report.splitlines():
            if options.verbose or not line.startswith("  found ") or "MISSING" in line:
                print(line)
        summary = SUMMARY.search(report)
        if summary is None:
            sys.exit(f"eval_example_formats: no summary line from {options.checker}")
        results[name] = [int(value) for value in summary.groups()]
    print(f"\n{'format':10} {'found':>7} {'missed':>7} {'violations':>10} {'bad spans':>9}")
    for name, (found, total, violations, bad_spans, _) in results.items():
        print(f"{name:10} {found:>4}/{total:<2} {total - found:7} {violations:10} {bad_spans:9}")
    print(f"\n(figures above from: {command})")
    perfect = all(r[0] == r[1] and r[2] == r[3] == 0 for r in results.values())
    return 0 if perfect else 1


if __name__ == "__main__":
    sys.exit(main())

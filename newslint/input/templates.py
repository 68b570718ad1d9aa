"""Markup in Markdown files that is not prose and that CommonMark does not know: template
tags, comments, attribute lists, footnote labels, MDX import/export lines and expressions.

`mask` hides each of them behind a private-use character (newlines kept, so lines and
offsets stay where they are) before markdown-it parses the body; the Markdown reader then
leaves every run of that character out of the prose. Recognised:

- Liquid/Jekyll, Jinja/Nunjucks, Handlebars tags: `{{ ... }}`, `{{{ ... }}}`, `{% ... %}`,
  `{# ... #}`, `{{!-- ... --}}`, and whole `{% comment %}...{% endcomment %}` blocks;
- Hugo shortcodes `{{< ... >}}` and `{{% ... %}}` (tags like the others);
- HTML comments, except newslint's own suppression comments (kept as prose markers);
- kramdown inline attribute lists `{: .class #id}` and heading ids `{#id}`;
- footnote labels `[^1]:` and references `[^1]`;
- in `.mdx` files, `import ... from '...'` and `export ...` lines, and JavaScript
  expressions in braces (`{props.title}`, `data={[1, 2]}`), so a JSX component's tag reads
  as the HTML it stands for and stays out of the prose.

A tag never holds a backtick or a blank line: that keeps a mask from running across a code
span or into the next paragraph when a `{{` is never closed.
"""

from __future__ import annotations

import regex

from newslint.disk_cache import compiled_regex
from newslint.input.suppression_syntax import COMMENT


def _inside(opener: str) -> str:
    """A tag's inside: no backtick, no blank line, and not its own opener again, so an
    unclosed opener fails at the next one (scanning stays linear on stray braces)."""
    return r"(?:(?!\n[ \t]*\n|" + opener + r")[^`])*?"


TAG = compiled_regex(
    r"\{%-?\s*comment\s*-?%\}(?:(?!\{%-?\s*comment\b).)*?\{%-?\s*endcomment\s*-?%\}"  # Liquid
    r"|\{\{!--.*?--\}\}"  # a Handlebars comment
    r"|\{#" + _inside(r"\{#") + r"#\}"  # a Jinja/Nunjucks comment
    r"|\{\{\{" + _inside(r"\{\{") + r"\}\}\}"  # Handlebars raw output
    r"|\{\{" + _inside(r"\{\{") + r"\}\}"  # output, Handlebars blocks, Hugo shortcodes
    r"|\{%" + _inside(r"\{%") + r"%\}"  # Liquid/Jinja tags, Hugo {{% %}} handled above
    r"|<!--.*?-->"  # HTML comments (suppression comments are kept: see `mask`)
    r"|\{:[^}\n]*\}"  # kramdown inline attribute list
    r"|\{\#[\w:.-]+\}"  # a heading id
    r"|\[\^[^\]\s]+\]:?",  # a footnote label or reference
    regex.DOTALL,
)
MDX_LINE = compiled_regex(
    r"^(?:import\b[^;]*?\bfrom[ \t]*(['\"])[^'\"\n]*\1;?|import[ \t]+(['\"])[^'\"\n]*\2;?"
    r"|export\b[^\n]*)[ \t]*$",
    regex.MULTILINE,
)
BRACE_OR_BLANK_LINE = compiled_regex(r"[{}]|\n[ \t]*\n")
MASKS = [chr(code) for code in range(0xE000, 0xE100)]


def mask_char(source: str) -> str:
    """A private-use character that the source does not hold."""
    return next((char for char in MASKS if char not in source), "\ufffe")


def mask(source: str, start: int, char: str, mdx: bool = False) -> str:
    """source[start:] with every recognised piece of markup replaced, character by
    character, by `char` (newlines kept)."""
    body = source[start:]
    spans = [found.span() for found in TAG.finditer(body) if not COMMENT.fullmatch(found.group())]
    if mdx:
        spans.extend(found.span() for found in MDX_LINE.finditer(body))
        spans.extend(mdx_expressions(body))
    if not spans:
        return body
    chars = list(body)
    for begin, end in spans:
        for index in range(begin, end):
            if chars[index] != "\n":
                chars[index] = char
    return "".join(chars)


def mdx_expressions(body: str) -> list[tuple[int, int]]:
    """The spans of MDX's brace-balanced JavaScript expressions, none across a blank line.
    One scan (a nested regex would backtrack on unbalanced braces)."""
    spans: list[tuple[int, int]] = []
    depth = opened = 0
    for found in BRACE_OR_BLANK_LINE.finditer(body):
        char = found.group()
        if char == "{":
            if depth == 0:
                opened = found.start()
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, found.end()))
        elif char != "}":  # a blank line: an unclosed brace is not an expression
            depth = 0
    return spans

"""Markup in Markdown files that is not prose and that CommonMark does not know: template
tags, comments, attribute lists, footnote labels, MDX import/export lines.

`mask` hides each of them behind a private-use character (newlines kept, so lines and
offsets stay where they are) before markdown-it parses the body; the Markdown reader then
leaves every run of that character out of the prose. Recognised:

- Liquid/Jekyll, Jinja/Nunjucks, Handlebars tags: `{{ ... }}`, `{{{ ... }}}`, `{% ... %}`,
  `{# ... #}`, `{{!-- ... --}}`, and whole `{% comment %}...{% endcomment %}` blocks;
- Hugo shortcodes `{{< ... >}}` and `{{% ... %}}` (tags like the others);
- HTML comments, except newslint's own suppression comments (kept as prose markers);
- kramdown inline attribute lists `{: .class #id}` and heading ids `{#id}`;
- footnote labels `[^1]:` and references `[^1]`;
- in `.mdx` files, `import ... from '...'` and `export ...` lines.

A tag never holds a backtick or a blank line: that keeps a mask from running across a code
span or into the next paragraph when a `{{` is never closed.
"""

from __future__ import annotations

import regex

from newslint.input.suppression_syntax import COMMENT

_NO_BLANK = r"(?:(?!\n[ \t]*\n)[^`])"
TAG = regex.compile(
    r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}"  # a Liquid comment block
    r"|\{\{!--.*?--\}\}"  # a Handlebars comment
    r"|\{#" + _NO_BLANK + r"*?#\}"  # a Jinja/Nunjucks comment
    r"|\{\{\{" + _NO_BLANK + r"*?\}\}\}"  # Handlebars raw output
    r"|\{\{" + _NO_BLANK + r"*?\}\}"  # output, Handlebars blocks, Hugo shortcodes
    r"|\{%" + _NO_BLANK + r"*?%\}"  # Liquid/Jinja tags, Hugo {{% %}} handled above
    r"|<!--.*?-->"  # HTML comments (suppression comments are kept: see `mask`)
    r"|\{:[^}\n]*\}"  # kramdown inline attribute list
    r"|\{\#[\w:.-]+\}"  # a heading id
    r"|\[\^[^\]\s]+\]:?",  # a footnote label or reference
    regex.DOTALL,
)
MDX_LINE = regex.compile(
    r"^(?:import\b[^;]*?\bfrom[ \t]*(['\"])[^'\"\n]*\1;?|import[ \t]+(['\"])[^'\"\n]*\2;?"
    r"|export\b[^\n]*)[ \t]*$",
    regex.MULTILINE,
)
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
    if not spans:
        return body
    chars = list(body)
    for begin, end in spans:
        for index in range(begin, end):
            if chars[index] != "\n":
                chars[index] = char
    return "".join(chars)

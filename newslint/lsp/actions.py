"""Code actions on newslint's diagnostics: apply this fix (preferred when it is safe), disable
this rule on this line (a suppression comment on the line above), add this word to the
vocabulary (a command: the server writes the project's accept list), and, for the whole
file, apply every safe fix (`source.fixAll.newslint`, as `newslint check --fix`)."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol.types import (
    CodeAction,
    CodeActionKind,
    Command,
    Diagnostic,
    Position,
    Range,
    TextEdit,
    WorkspaceEdit,
)

from newslint.disk_cache import compiled_regex
from newslint.lsp.positions import LineIndex, units

FIX_ALL = "source.fixAll.newslint"
ACCEPT_WORD = "newslint.acceptWord"
KINDS = [CodeActionKind.QuickFix, FIX_ALL]
INDENT = compiled_regex(r"(?P<lead>[ \t]*)(?P<marker>)")
# A Markdown line's indentation and block-quote markers, then a list item's marker: a comment
# line above the item is indented to its content, so the list goes on after it.
MARKDOWN_PREFIX = compiled_regex(r"(?P<lead>[ \t>]*)(?P<marker>(?:[-+*]|\d{1,9}[.)])[ \t]+)?")


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the client asked for actions of `kind` (LSP: `only` names kinds or parents)."""
    return only is None or any(kind == base or kind.startswith(base + ".") for base in only)


def overlaps(span: Range, other: Range) -> bool:
    start, end = (span.start.line, span.start.character), (span.end.line, span.end.character)
    other_start = (other.start.line, other.start.character)
    other_end = (other.end.line, other.end.character)
    return start <= other_end and other_start <= end


def quick_fixes(
    uri: str, diagnostic: Diagnostic, disable: TextEdit, index: LineIndex, accepting: bool
) -> list[CodeAction]:
    """The actions on one of newslint's diagnostics (`disable`: its suppression comment;
    `accepting`: whether the project has a configuration file to accept words into)."""
    data = diagnostic.data or {}
    actions = []
    if fix := data.get("fix"):
        edits = [TextEdit(range=_range(e["range"]), new_text=e["newText"]) for e in fix["edits"]]
        actions.append(
            CodeAction(
                title=f"{fix_title(edits, index)} ({data['rule']})",
                kind=CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=fix["safe"],
                edit=WorkspaceEdit(changes={uri: edits}),
            )
        )
    actions.append(
        CodeAction(
            title=f"Disable {data['rule']} on this line",
            kind=CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=WorkspaceEdit(changes={uri: [disable]}),
        )
    )
    if accepting and (word := data.get("word")):
        title = f"Add '{word}' to the vocabulary"
        actions.append(
            CodeAction(
                title=title,
                kind=CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                command=Command(title=title, command=ACCEPT_WORD, arguments=[uri, word]),
            )
        )
    return actions


def fix_title(edits: list[TextEdit], index: LineIndex) -> str:
    if len(edits) != 1:
        return "Apply the fix"
    old, new = index.text(edits[0].range), edits[0].new_text
    if not new:
        return f"Remove {old!r}"
    return f"Replace {old!r} with {new!r}" if old else f"Insert {new!r}"


def disable_edit(rule: str, line: int, block_line: int, markdown: bool, index: LineIndex):
    """A `newslint-disable-next-line` comment for the finding's (1-based) `line`. In
    Markdown, a line inside a paragraph gets it at the end of the line above: a comment line
    there would end the paragraph (an HTML block interrupts one). Elsewhere it is a line of
    its own above, indented as the line is (and inside its list item and block quote)."""
    comment = f"<!-- newslint-disable-next-line {rule} -->"
    if markdown and block_line < line:
        above = index.lines[line - 2]
        end = Position(line - 2, units(above, index.encoding))
        return TextEdit(range=Range(start=end, end=end), new_text=f" {comment}")
    text = index.lines[line - 1]
    prefix = (MARKDOWN_PREFIX if markdown else INDENT).match(text)  # always matches
    lead = prefix.group("lead") + " " * len(prefix.group("marker") or "")
    start = Position(line - 1, 0)
    return TextEdit(
        range=Range(start=start, end=start), new_text=f"{lead}{comment}{index.line_end}"
    )


def fix_all(uri: str, text: str, fixed: str, index: LineIndex) -> CodeAction:
    """Every safe fix of the file, as one edit of the part of the text that changes."""
    return CodeAction(
        title="Fix all safe newslint findings",
        kind=FIX_ALL,
        edit=WorkspaceEdit(changes={uri: [changed_part(text, fixed, index)]}),
    )


def changed_part(text: str, fixed: str, index: LineIndex) -> TextEdit:
    """One edit turning `text` into `fixed`: the span between their common start and end
    (never splitting a CRLF)."""
    start = 0
    limit = min(len(text), len(fixed))
    while start < limit and text[start] == fixed[start]:
        start += 1
    end = 0
    while end < limit - start and text[-1 - end] == fixed[-1 - end]:
        end += 1
    if 0 < start < len(text) and text[start - 1] == "\r" and text[start] == "\n":
        start -= 1
    if 0 < end < len(text) - start and text[-end] == "\n" and text[-end - 1] == "\r":
        end -= 1
    return TextEdit(
        range=Range(start=index.offset_position(start), end=index.offset_position(len(text) - end)),
        new_text=fixed[start : len(fixed) - end],
    )


def _range(data: dict) -> Range:
    return Range(
        start=Position(data["start"]["line"], data["start"]["character"]),
        end=Position(data["end"]["line"], data["end"]["character"]),
    )

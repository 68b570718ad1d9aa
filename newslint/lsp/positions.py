"""Positions between newslint and the editor. newslint counts lines from 1 and columns as
code points of the line from 1 (CR, LF and CRLF all end a line, as in LSP); LSP counts both
from 0, and columns in the code units of the negotiated position encoding: UTF-16 unless the
client prefers UTF-8 or UTF-32 (`general.positionEncodings`, chosen by pygls)."""

from __future__ import annotations

from bisect import bisect_right

from lsprotocol.types import Position, Range

from newslint.disk_cache import compiled_regex

LINE_BREAK = compiled_regex(r"\r\n|\r|\n")  # exactly LSP's line ends (not U+2028 and kin)

CODECS = {"utf-8": ("utf-8", 1), "utf-16": ("utf-16-le", 2), "utf-32": ("utf-32-le", 4)}


def units(text: str, encoding: str) -> int:
    """The length of `text` in the code units of an LSP position encoding."""
    codec, width = CODECS.get(encoding, CODECS["utf-16"])
    return len(text.encode(codec, "surrogatepass")) // width


class LineIndex:
    """A text's lines, to turn newslint's (line, column) into LSP positions."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        self.lines = LINE_BREAK.split(text)
        self.encoding = encoding
        breaks = list(LINE_BREAK.finditer(text))
        self.starts = [0, *(found.end() for found in breaks)]  # offset of each line
        self.line_end = breaks[0].group() if breaks else "\n"  # the text's own line ending

    def offset_position(self, offset: int) -> Position:
        """The LSP position of an offset into the text (not inside a CRLF)."""
        line = bisect_right(self.starts, offset)
        return self.position(line, offset - self.starts[line - 1] + 1)

    def position(self, line: int, column: int) -> Position:
        """The LSP position of newslint's 1-based `line` and code-point `column`."""
        index = min(max(line, 1), len(self.lines)) - 1
        before = self.lines[index][: max(column, 1) - 1]
        return Position(line=index, character=units(before, self.encoding))

    def range(self, line: int, column: int, end_line: int, end_column: int) -> Range:
        return Range(start=self.position(line, column), end=self.position(end_line, end_column))

    def text(self, span: Range) -> str:
        """The text of a range this index made (code units back to code points)."""
        lines = self.lines[span.start.line : span.end.line + 1]
        lines[-1] = self._cut(lines[-1], span.end.character)
        lines[0] = lines[0][len(self._cut(lines[0], span.start.character)) :]
        return "\n".join(lines)

    def _cut(self, line: str, character: int) -> str:
        """The start of `line` that is `character` code units long."""
        count = 0
        for offset, char in enumerate(line):
            if count >= character:
                return line[:offset]
            count += units(char, self.encoding)
        return line

"""newslint's (line, column) as LSP positions in each encoding: an astral character (two
UTF-16 units, four UTF-8 bytes) and a combining mark (one code point, two UTF-8 bytes) before
the span; every LSP line ending."""

import pytest

from newslint.lsp.actions import changed_part
from newslint.lsp.positions import LineIndex

TEXT = "First line\r\nPrices 😀 e\u0301 rose alot.\rlast"


@pytest.mark.parametrize(
    ("encoding", "start", "end"),
    [("utf-16", 18, 22), ("utf-8", 21, 25), ("utf-32", 17, 21)],
)
def test_columns_count_the_encodings_units(encoding, start, end):
    index = LineIndex(TEXT, encoding)
    span = index.range(2, 18, 2, 22)  # 'alot': code points 18 to 22 of line 2
    assert (span.start.line, span.start.character, span.end.line, span.end.character) == (
        1,
        start,
        1,
        end,
    )
    assert index.text(span) == "alot"


def test_lines_end_at_cr_lf_and_crlf_only():
    index = LineIndex("a\u2028b\x0cc\rd\ne\r\nf")  # U+2028 and form feed end no LSP line
    assert index.lines == ["a\u2028b\x0cc", "d", "e", "f"]
    assert index.line_end == "\r"
    assert (index.position(4, 2).line, index.position(4, 2).character) == (3, 1)


def test_offsets_become_positions():
    index = LineIndex(TEXT, "utf-16")
    offset = TEXT.index("alot")
    position = index.offset_position(offset)
    assert (position.line, position.character) == (1, 18)
    assert (index.offset_position(len(TEXT)).line, index.offset_position(len(TEXT)).character) == (
        2,
        4,
    )


@pytest.mark.parametrize(
    ("text", "fixed", "start", "end", "new_text"),
    [
        ("a teh b\n", "a the b\n", (0, 3), (0, 5), "he"),
        # The edit never starts or ends between a CR and its LF.
        ("one\r\ntwo  three\r\n", "one\r\ntwo three\r\n", (1, 4), (1, 5), ""),
        ("x\r\n\r\ny\r\n", "x\r\ny\r\n", (1, 0), (2, 0), ""),
    ],
)
def test_all_fixes_become_one_edit_of_the_changed_part(text, fixed, start, end, new_text):
    edit = changed_part(text, fixed, LineIndex(text))
    where = (edit.range.start.line, edit.range.start.character)
    assert (where, (edit.range.end.line, edit.range.end.character)) == (start, end)
    assert edit.new_text == new_text

"""Fuzz target: bytes -> decoded text -> Document (plain text, Markdown or HTML reader), and
the invariants every rule relies on. Run it with atheris (see README.md in this folder):

    python tests/fuzz/document_target.py -max_total_time=600 tests/fuzz/corpus

`check(data)` is the same function CI runs over the stored corpus and generated inputs
(tests/test_fuzz_target.py), without atheris.
"""

from __future__ import annotations

import sys

from newslint.document.model import C1_AS_WINDOWS_1252, SCOPES, Document
from newslint.document.sourcemap import COPY
from newslint.errors import InputError
from newslint.input.decode import decode_bytes
from newslint.input.formats import reader_of

FORMATS = ("text", "markdown", "html")
NAMES = {"text": "fuzz.txt", "markdown": "fuzz.md", "html": "fuzz.html"}


def check(data: bytes) -> None:
    """The first byte picks the format; the rest is the file. A refusal is an InputError
    (one line); anything else raised, or a broken invariant, is a bug."""
    if not data:
        return
    kind = FORMATS[data[0] % len(FORMATS)]
    try:
        source = decode_bytes(data[1:], NAMES[kind])
        doc = Document(source.text, NAMES[kind], reader_of(kind, NAMES[kind]))
    except InputError as err:
        assert "\n" not in str(err), err
        return
    check_document(doc)


def check_document(doc: Document) -> None:
    text, source = doc.text, doc.source
    pieces = doc.map.pieces
    if pieces:
        assert pieces[0].prose_start == 0 and pieces[-1].prose_end == len(text), "map ends"
        for before, after in zip(pieces, pieces[1:]):
            assert before.prose_end == after.prose_start, ("prose gap", before, after)
            assert before.source_end <= after.source_start, ("source order", before, after)
        for piece in pieces:
            assert 0 <= piece.source_start <= piece.source_end <= len(source), piece
            if piece.kind == COPY:
                prose = text[piece.prose_start : piece.prose_end]
                copied = source[piece.source_start : piece.source_end]
                # The one repair of copied text: C1 controls read as Windows-1252 (see model).
                assert prose == copied.translate(C1_AS_WINDOWS_1252), piece
    for name in SCOPES:
        for span in doc.units(name):
            assert 0 <= span.start <= span.end <= len(text), (name, span)
    for name in ("lines", "paragraphs", "sentences", "quotations"):
        spans = getattr(doc, name)
        for before, after in zip(spans, spans[1:]):
            assert before.end <= after.start, (name, before, after)
    lines = source.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text, token
        check_span(doc, token.start, token.end, lines, starts)
    for offset in range(0, len(text) + 1, max(1, len(text) // 50)):
        check_span(doc, offset, min(len(text), offset + 7), lines, starts)


def check_span(doc: Document, start: int, end: int, lines: list[str], starts: list[int]):
    """Positions of a span in the file: valid lines and columns, the file's text between
    them is `source_text`, and an edit's range lies inside the text as read."""
    line, column = doc.location(start)
    end_line, end_column = max((line, column), doc.location(end, end=True))
    assert 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1, (start, line)
    assert 1 <= end_line <= len(lines) and end_column <= len(lines[end_line - 1]) + 1
    first = starts[line - 1] + column - 1
    last = starts[end_line - 1] + end_column - 1
    assert doc.source[first:last] == doc.source_text(start, end), (start, end)
    found = doc.original_range(start, end)
    if found is not None:
        assert 0 <= found[0] <= found[1] <= len(doc.original), (start, end, found)


def main() -> None:
    import atheris

    atheris.instrument_all()  # newslint's modules, imported above, for coverage feedback
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

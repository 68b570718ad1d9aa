"""Input decoding and reading: encodings, BOM, fallback, binary input, read errors."""

from __future__ import annotations

import gzip
import io
import os
import sys

import pytest

from newslint.errors import InputError
from newslint.input.decode import BinaryInput, Source, _read_at_most, decode_bytes, read_source

STORY = "Алматы: цены на бензин выросли.\r\nPrices rose “sharply” — 3.5 per cent 🎉\n"


def test_utf8_without_bom():
    raw = STORY.encode("utf-8")
    source = decode_bytes(raw, "news/fuel.txt")
    assert source == Source("news/fuel.txt", STORY, "utf-8", False, raw, None)
    assert source.encode(source.text) == raw


def test_utf8_with_bom_is_stripped_and_restored():
    raw = b"\xef\xbb\xbf" + STORY.encode("utf-8")
    source = decode_bytes(raw, "news/fuel.txt")
    assert source.bom is True
    assert source.encoding == "utf-8"
    assert source.text == STORY  # no U+FEFF, CRLF kept as read
    assert not source.text.startswith("\ufeff")
    assert source.warning is None
    assert source.raw == raw
    assert source.encode(source.text) == raw
    assert source.encode("Fixed.\n") == b"\xef\xbb\xbfFixed.\n"


def test_bom_only_file():
    source = decode_bytes(b"\xef\xbb\xbf", "empty.txt")
    assert (source.text, source.bom, source.encode("")) == ("", True, b"\xef\xbb\xbf")


def test_empty_input():
    source = decode_bytes(b"", "empty.txt")
    assert (source.text, source.encoding, source.bom, source.warning) == ("", "utf-8", False, None)


def test_invalid_utf8_falls_back_to_cp1252_with_warning():
    raw = "The café on Rue Sainte-Anne reopened.\n".encode("latin-1")
    assert raw[7] == 0xE9
    source = decode_bytes(raw, "news/paris.txt")
    assert source.text == "The café on Rue Sainte-Anne reopened.\n"
    assert source.encoding == "cp1252"
    assert source.bom is False
    assert source.warning == "news/paris.txt: not valid UTF-8 (byte 7), read as cp1252"
    assert "\n" not in source.warning
    assert source.encode(source.text) == raw


def test_cp1252_smart_quotes_decode_as_cp1252():
    raw = b"\x93Stop!\x94 he said \x96 twice \x80 5"
    source = decode_bytes(raw, "quotes.txt")
    assert source.encoding == "cp1252"
    assert source.text == "“Stop!” he said – twice € 5"
    assert source.warning == "quotes.txt: not valid UTF-8 (byte 0), read as cp1252"
    assert source.encode(source.text) == raw


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    raw = b"Report \x81 \xe9"  # 0x81 has no cp1252 character
    source = decode_bytes(raw, "odd.txt")
    assert source.encoding == "latin-1"
    assert source.text == "Report \x81 é"
    assert source.warning == "odd.txt: not valid UTF-8 (byte 7), read as latin-1"
    assert source.encode(source.text) == raw


def test_every_byte_round_trips():
    raw = bytes(range(1, 256))
    source = decode_bytes(raw, "all-bytes.bin.txt")
    assert source.encoding == "latin-1"
    assert len(source.text) == 255
    assert source.encode(source.text) == raw
    # Each byte on its own too, whichever codec it lands in.
    for value in range(1, 256):
        single = bytes([value])
        decoded = decode_bytes(single, "one.txt")
        assert decoded.encode(decoded.text) == single, value
        assert (decoded.warning is None) == (value < 0x80), value


def test_unencodable_fix_in_single_byte_file_is_a_one_line_input_error():
    source = decode_bytes("Café prices".encode("latin-1"), "news/cafe.txt")
    assert source.encode("Café “prices”") == "Café “prices”".encode("cp1252")
    with pytest.raises(InputError) as caught:
        source.encode("Café prices in Алматы")
    assert str(caught.value) == "news/cafe.txt: cannot write U+0410 in cp1252; file left unchanged"
    assert caught.value.path == "news/cafe.txt"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded_and_written_back(codec):
    raw = ("\ufeff" + STORY).encode(codec)
    source = decode_bytes(raw, "news/fuel.txt")
    assert (source.text, source.encoding, source.bom) == (STORY, codec, True)
    assert source.encode(source.text) == raw
    assert source.encode("Fixed.\n") == "\ufeffFixed.\n".encode(codec)


def test_invalid_utf16_is_a_one_line_input_error():
    with pytest.raises(InputError) as caught:
        decode_bytes(b"\xff\xfeN\x00\x00\xd8", "news/odd.txt")  # a lone surrogate
    assert str(caught.value) == (
        "news/odd.txt: not valid UTF-16-LE (byte 4: unexpected end of data)"
    )


def test_gzip_compressed_articles_are_read_and_fixed_compressed(tmp_path):
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(STORY.encode("utf-8")))
    source = read_source(str(path))
    assert (source.text, source.compressed, source.raw) == (STORY, True, path.read_bytes())
    assert gzip.decompress(source.encode("Fixed.\n")) == b"Fixed.\n"
    path.write_bytes(b"\x1f\x8b not gzip")
    with pytest.raises(InputError) as caught:
        read_source(str(path))
    assert str(caught.value).startswith(f"{path}: not valid gzip: ")


@pytest.mark.parametrize("raw", [b"\x00", b"News\x00text", "Floods".encode("utf-16-le")])
def test_nul_bytes_are_binary(raw):
    with pytest.raises(BinaryInput) as caught:
        decode_bytes(raw, "photo.jpg")
    assert isinstance(caught.value, InputError)
    assert caught.value.path == "photo.jpg"
    assert str(caught.value) == "photo.jpg: binary file (NUL bytes), skipped"


def test_read_source_reads_file_bytes_exactly(tmp_path):
    raw = b"\xef\xbb\xbfHeadline\r\nBody \xe2\x80\x94 text.\r\n"
    path = tmp_path / "story.txt"
    path.write_bytes(raw)
    source = read_source(str(path))
    assert source.path == str(path)
    assert source.raw == raw
    assert source.bom is True
    assert source.text == "Headline\r\nBody — text.\r\n"
    assert source.encode(source.text) == raw


@pytest.mark.parametrize(
    "size, max_size, read",
    [
        (11, 100, b"0123456789A"),  # as large as its size said
        (5, 100, b"0123456789A"),  # grown since its size was read: all of it
        (5, 8, b"012345678"),  # grown past the limit: one byte more than it
        (0, 8, b"012345678"),  # size unknown (standard input)
        (0, 0, b"0123456789A"),  # no limit
    ],
)
def test_a_read_asks_for_the_size_known_and_still_sees_a_file_that_grew(size, max_size, read):
    assert _read_at_most(io.BytesIO(b"0123456789A"), max_size, size) == read


def test_read_source_missing_file(tmp_path):
    path = str(tmp_path / "missing.txt")
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.path == path
    assert caught.value.message == "no such file"
    assert str(caught.value) == f"{path}: no such file"
    assert "\n" not in str(caught.value)


def test_read_source_directory(tmp_path):
    with pytest.raises(InputError) as caught:
        read_source(str(tmp_path))
    assert caught.value.path == str(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a directory, not a file"
    assert "\n" not in str(caught.value)


def test_read_source_not_a_directory(tmp_path):
    file = tmp_path / "story.txt"
    file.write_text("x")
    path = str(file / "inner.txt")
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.path == path
    assert str(caught.value) == f"{path}: cannot read: Not a directory"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_read_source_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("embargoed")
    path.chmod(0)
    try:
        with pytest.raises(InputError) as caught:
            read_source(str(path))
    finally:
        path.chmod(0o600)
    assert str(caught.value) == f"{path}: permission denied"


def test_read_source_stdin(monkeypatch):
    raw = "Breaking: floods in the north.\n".encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    source = read_source("-")
    assert source == Source("-", "Breaking: floods in the north.\n", "utf-8", False, raw, None)

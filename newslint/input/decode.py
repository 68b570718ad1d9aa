"""Decode bytes to text without losing anything needed to write the file back.

UTF-16 and UTF-32 with a byte order mark are read as such; otherwise UTF-8 (with or
without BOM) first; on invalid UTF-8 a single-byte decode that round-trips every byte
(cp1252 where it is defined for all bytes present, else latin-1) with a warning. Files with
NUL bytes (other than in UTF-16 or UTF-32) are binary and are not decoded. A file whose
name ends in .gz is decompressed first (and compressed again when a fix is written).
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from dataclasses import dataclass, replace

from newslint.disk_cache import compiled_regex
from newslint.errors import InputError

BOM = "\ufeff"


@dataclass(frozen=True)
class Source:
    """Decoded text of one input plus what is needed to encode it back unchanged."""

    path: str
    text: str  # decoded, BOM removed, original line endings kept
    encoding: str  # codec name for writing back
    bom: bool
    raw: bytes  # the bytes as read, to detect a file changed on disk before a fix
    warning: str | None = None  # one line, e.g. the fallback decode
    compressed: bool = False  # gzip: written back compressed

    def encode(self, text: str) -> bytes:
        """`text` as bytes in the file's encoding, BOM restored (and compressed if the file
        was); InputError (one line, naming the file) if a character cannot be written in a
        single-byte fallback encoding."""
        try:
            data = ((BOM if self.bom else "") + text).encode(self.encoding)
            return gzip.compress(data) if self.compressed else data
        except UnicodeEncodeError as err:
            char = err.object[err.start]
            raise InputError(
                f"cannot write U+{ord(char):04X} in {self.encoding}; file left unchanged", self.path
            ) from None


class SkippedInput(InputError):
    """An input that is skipped with a warning, not linted."""


class BinaryInput(SkippedInput):
    """The input holds NUL bytes."""


class TooLarge(SkippedInput):
    """The input is larger than --max-file-size."""


DEFAULT_MAX_FILE_SIZE = 10_000_000  # bytes: articles are under 100 kB; 10 MB peaks near 600 MB
SIZE = compiled_regex(r"(?i)\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*")
SIZE_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def parse_size(text: str) -> int:
    """A size in bytes from "50MB", "200k", "1.5G" or "1000" (0: no limit)."""
    found = SIZE.fullmatch(text)
    if not found:
        raise ValueError(f"expected a size such as 50MB, 200kB or 0 (no limit), got {text!r}")
    return int(float(found.group(1)) * SIZE_UNITS[found.group(2).lower()])


# Byte order marks that name an encoding with NUL bytes in ordinary text; UTF-32 first:
# its little-endian mark begins with UTF-16's.
WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(raw: bytes, path: str) -> Source:
    for mark, encoding in WIDE_BOMS:
        if raw.startswith(mark):
            return _decode_wide(raw, len(mark), encoding, path)
    if b"\x00" in raw:
        raise BinaryInput("binary file (NUL bytes), skipped", path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            warning = f"{path}: not valid UTF-8 (byte {err.start}), read as {encoding}"
            return Source(path, text, encoding, False, raw, warning)
        raise AssertionError("latin-1 decodes every byte") from err  # pragma: no cover
    bom = text.startswith(BOM)
    return Source(path, text[1:] if bom else text, "utf-8", bom, raw)


def _decode_wide(raw: bytes, start: int, encoding: str, path: str) -> Source:
    try:
        text = raw[start:].decode(encoding)
    except UnicodeDecodeError as err:
        where = err.start + start
        raise InputError(
            f"not valid {encoding.upper()} (byte {where}: {err.reason})", path
        ) from None
    if "\x00" in text:
        raise BinaryInput("binary file (NUL characters), skipped", path)
    return Source(path, text, encoding, True, raw)


def _gunzip(raw: bytes, path: str, max_size: int) -> bytes:
    """The decompressed bytes, at most one more than `max_size` (0: no limit)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as handle:
            return _read_at_most(handle, max_size)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"not valid gzip: {err}", path) from None


def read_source(path: str, max_size: int = 0) -> Source:
    """Read a file, or standard input for "-"; TooLarge if it has more than `max_size` bytes
    (0: no limit). A file's size is read before any of its bytes."""
    try:
        if path == "-":
            raw = _read_at_most(sys.stdin.buffer, max_size)
        else:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if max_size and size > max_size:
                    raise _too_large(path, size, max_size)
                raw = _read_at_most(handle, max_size, size)
        if max_size and len(raw) > max_size:  # stdin, or a file that grew meanwhile
            raise _too_large(path, None, max_size)
        if path.lower().endswith(".gz"):
            data = _gunzip(raw, path, max_size)
            if max_size and len(data) > max_size:
                raise _too_large(path, None, max_size)
            return replace(decode_bytes(data, path), raw=raw, compressed=True)
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path) from None
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    return decode_bytes(raw, path)


def _read_at_most(handle, max_size: int, size: int = 0) -> bytes:
    """All bytes, or one more than `max_size`: enough to know there are too many. `size`:
    the file's size, if known; asked for that many bytes (and one more, to see the end), a
    read does not first make a buffer of `max_size` (10 MB by default: 20 µs per file)."""
    if not max_size:
        return handle.read()
    if size:
        head = handle.read(min(size, max_size) + 1)
        if len(head) <= size:  # the whole file: it has not grown since its size was read
            return head
        return head + handle.read(max_size + 1 - len(head))
    return handle.read(max_size + 1)


def _too_large(path: str, size: int | None, max_size: int) -> TooLarge:
    known = f"{size:,} bytes, " if size is not None else ""
    return TooLarge(f"{known}larger than --max-file-size ({max_size:,} bytes), skipped", path)

"""Decode bytes to text without losing anything needed to write the file back.

UTF-8 (with or without BOM) first; on invalid UTF-8 a single-byte decode that round-trips
every byte (cp1252 where it is defined for all bytes present, else latin-1) with a warning.
Files with NUL bytes are binary and are not decoded.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

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

    def encode(self, text: str) -> bytes:
        """`text` as bytes in the file's encoding, BOM restored; InputError (one line, naming
        the file) if a character cannot be written in a single-byte fallback encoding."""
        try:
            return ((BOM if self.bom else "") + text).encode(self.encoding)
        except UnicodeEncodeError as err:
            char = err.object[err.start]
            raise InputError(
                f"cannot write U+{ord(char):04X} in {self.encoding}; file left unchanged", self.path
            ) from None


class BinaryInput(InputError):
    """The input holds NUL bytes: it is skipped, not linted."""


def decode_bytes(raw: bytes, path: str) -> Source:
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


def read_source(path: str) -> Source:
    """Read a file, or standard input for "-"."""
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path) from None
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    return decode_bytes(raw, path)

"""Writing output files atomically (see `newslint.atomic_files`): a fix in place, and a
dataset's cleaned copy and report. Failures are InputErrors naming the file."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

from newslint.atomic_files import PendingFile, replacing
from newslint.errors import InputError


def write_atomic(path: str, data: bytes, expected: bytes) -> None:
    """Replace the file's bytes atomically; refuse if it changed since it was read.
    A symbolic link stays a link: the file it points to is replaced."""
    target = Path(os.path.realpath(path))
    try:
        if target.read_bytes() != expected:
            raise InputError("changed on disk since it was read; fix not written", path)
        mode = target.stat().st_mode & 0o7777
        with replacing(target, suffix=".newslint-tmp", mode=mode, sync=True) as handle:
            handle.write(data)
    except OSError as err:
        raise InputError(f"cannot write fix: {err.strerror or err}", path) from None


class AtomicFile:
    """A UTF-8 text file (gzip-compressed when its name ends in .gz) that appears at its
    path complete, on `commit`, or not at all."""

    def __init__(self, path: str):
        self.path = Path(path)
        try:
            self._pending = PendingFile(self.path)
        except OSError as err:
            raise InputError(f"cannot write: {err.strerror or err}", path) from None
        raw = self._pending.handle
        self._gzip = gzip.GzipFile(fileobj=raw, mode="wb") if path.endswith(".gz") else None
        self.handle = io.TextIOWrapper(self._gzip or raw, encoding="utf-8", newline="")

    def commit(self) -> None:
        try:
            self.handle.close()
            self._pending.commit()
        except OSError as err:
            self.discard()
            raise InputError(f"cannot write: {err.strerror or err}", str(self.path)) from None

    def discard(self) -> None:
        try:
            self.handle.close()
        except (OSError, ValueError):
            pass  # its writes failed: the temporary file is removed all the same
        self._pending.discard()

"""Writing files atomically: to a temporary file beside the target, moved into place only
when complete, so a run that fails or is killed never leaves a half-written file."""

from __future__ import annotations

import gzip
import io
import os
import tempfile
from pathlib import Path

from newslint.errors import InputError


def write_atomic(path: str, data: bytes, expected: bytes) -> None:
    """Replace the file's bytes atomically; refuse if it changed since it was read.
    A symbolic link stays a link: the file it points to is replaced."""
    target = Path(os.path.realpath(path))
    try:
        if target.read_bytes() != expected:
            raise InputError("changed on disk since it was read; fix not written", path)
        mode = target.stat().st_mode
        handle = tempfile.NamedTemporaryFile(
            "wb", dir=target.parent, prefix=f".{target.name}.", suffix=".newslint-tmp", delete=False
        )
    except OSError as err:
        raise InputError(f"cannot write fix: {err.strerror or err}", path) from None
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode & 0o7777)
        os.replace(handle.name, target)
    except OSError as err:
        Path(handle.name).unlink(missing_ok=True)
        raise InputError(f"cannot write fix: {err.strerror or err}", path) from None
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


class AtomicFile:
    """A text file written to a temporary file beside its path and moved into place only
    when complete, so a failed run never leaves a half-written file."""

    def __init__(self, path: str):
        self.path = Path(path)
        try:
            self._raw = tempfile.NamedTemporaryFile(
                "wb", dir=self.path.parent, prefix=f".{self.path.name}.", delete=False
            )
        except OSError as err:
            raise InputError(f"cannot write: {err.strerror or err}", path) from None
        self._gzip = gzip.GzipFile(fileobj=self._raw, mode="wb") if path.endswith(".gz") else None
        self.handle = io.TextIOWrapper(self._gzip or self._raw, encoding="utf-8", newline="")

    def commit(self) -> None:
        try:
            self.handle.close()
            self._raw.close()
            os.replace(self._raw.name, self.path)
        except OSError as err:
            self.discard()
            raise InputError(f"cannot write: {err.strerror or err}", str(self.path)) from None

    def discard(self) -> None:
        for closing in (self.handle, self._raw):
            try:
                closing.close()
            except (OSError, ValueError):
                pass
        Path(self._raw.name).unlink(missing_ok=True)

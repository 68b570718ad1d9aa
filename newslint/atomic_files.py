"""Writing a file atomically: to a temporary file beside it, moved over it only when
complete, so that a run that fails or is killed never leaves a half-written file (the
temporary one is removed on any error). Errors are raised as they come (OSError): each
caller says what they mean (a fix not written, a cache not used)."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


class PendingFile:
    """A binary file written under a temporary name beside `target`, which `commit` moves
    over the target and `discard` removes."""

    def __init__(self, target: str | Path, suffix: str = ""):
        self.target = Path(target)
        self.handle: IO[bytes] = tempfile.NamedTemporaryFile(
            "wb",
            dir=self.target.parent,
            prefix=f".{self.target.name}.",
            suffix=suffix,
            delete=False,
        )

    def commit(self, mode: int | None = None, sync: bool = False) -> None:
        """Close the file (after `fsync` when `sync`: on disk before it replaces the
        target), give it permissions `mode` (else the temporary file's 0600), and move it
        over the target."""
        try:
            if sync:
                self.handle.flush()
                os.fsync(self.handle.fileno())
            self.handle.close()
            if mode is not None:
                os.chmod(self.handle.name, mode)
            os.replace(self.handle.name, self.target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        try:
            self.handle.close()
        except (OSError, ValueError):
            pass  # closing a file whose writes failed: it is removed all the same
        Path(self.handle.name).unlink(missing_ok=True)


@contextmanager
def replacing(
    target: str | Path, suffix: str = "", mode: int | None = None, sync: bool = False
) -> Iterator[IO[bytes]]:
    """A binary handle whose content replaces `target` when the block ends without an
    error (see `PendingFile.commit` for `mode` and `sync`)."""
    pending = PendingFile(target, suffix)
    try:
        yield pending.handle
    except BaseException:
        pending.discard()
        raise
    pending.commit(mode, sync)

"""An on-disk cache for data that is slow to build and the same from run to run (the
spelling suggestion index). An entry is keyed by a hash of everything it is built from and
carries a checksum: a missing, stale or damaged entry is rebuilt, never trusted. Writes are
atomic; a cache folder that cannot be written is simply not used.

NEWSLINT_CACHE_DIR names the folder (default: $XDG_CACHE_HOME/newslint or ~/.cache/newslint);
NEWSLINT_NO_CACHE=1 turns the cache off.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
from pathlib import Path
from typing import Callable, TypeVar

from newslint.atomic_files import replacing

T = TypeVar("T")
FORMAT = b"newslint-cache-1\n"


def cache_dir() -> Path | None:
    if os.environ.get("NEWSLINT_NO_CACHE"):
        return None
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return Path(os.environ["NEWSLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


def package_stamp(package: str) -> str:
    """Which installation of a package this is, for cache keys: its location, size and
    modification time. Cheaper than importlib.metadata (whose import alone costs more than a
    cache hit saves), and it changes whenever the package is reinstalled or upgraded."""
    spec = importlib.util.find_spec(package)
    origin = spec.origin if spec is not None else None
    if origin is None:
        return f"{package} (not found)"
    stat = os.stat(origin)
    return f"{package} {origin} {stat.st_size} {stat.st_mtime_ns}"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value stored under (name, key), or build() stored there. Values are plain data
    (dicts, lists, tuples, strings, numbers): marshal serialises them, and runs no code."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.bin"
    value = read_entry(path)
    if value is not None:
        return value
    value = build()
    write_entry(path, value)
    return value


def read_entry(path: Path):
    """A cache file's value, or None when it is missing, damaged or of another format."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, digest, payload = (
        data[: len(FORMAT)],
        data[len(FORMAT) : len(FORMAT) + 32],
        data[len(FORMAT) + 32 :],
    )
    if header != FORMAT or hashlib.sha256(payload).digest() != digest:
        return None  # damaged or from another format: rebuild
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def write_entry(path: Path, value) -> None:
    """Store a plain-data value atomically, checksummed; a folder that cannot be written,
    or a value marshal cannot store, is left alone."""
    try:
        payload = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as handle:
            handle.write(FORMAT + hashlib.sha256(payload).digest() + payload)
    except (OSError, ValueError):
        pass  # not writable, or not plain data: run without the cache

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
import time
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

from newslint.atomic_files import replacing

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
FORMAT = b"newslint-cache-3\n"
# Entries are checked for damage (a torn write, a bad disk) with CRC-32: it finds every
# error of up to 32 bits in a row and misses one random change in four billion, and runs 2.5
# times as fast as SHA-256 (a start reads some 15 MB of entries). Neither would stop someone
# who can write the cache folder.
CHECKSUM_SIZE = 4
# An entry not used for this long is deleted: its key names code, packages or data that an
# upgrade or an edit has replaced, and nothing will read it again. Reading an entry marks it
# used (at most once a day); the folder is swept at most once a day, when an entry is written.
UNUSED_DAYS = 30
DAY = 24 * 60 * 60
SWEPT_MARK = ".swept"


def cache_dir() -> Path | None:
    folder = _cache_folder()
    return None if folder is None else Path(folder)


def _cache_folder() -> str | None:
    """`cache_dir()` as a string: a start reads some 200 entries, and making a Path for
    each costs more than reading most of them."""
    if os.environ.get("NEWSLINT_NO_CACHE"):
        return None
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return os.environ["NEWSLINT_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newslint")


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


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """Which code builds the cached data, for the keys of data that code makes (a word
    table, an index, a file's result): every file of the newslint package by name, size and
    modification time. Editing any of them makes such entries stale; a scan of the
    package's folders costs about a millisecond."""
    digest = hashlib.sha256()
    folders = [PACKAGE]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir() and entry.name != "__pycache__":
                    folders.append(Path(entry.path))
                elif entry.is_file():
                    stat = entry.stat()
                    digest.update(f"{entry.path} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


@lru_cache(maxsize=256)
def file_digest(path: Path) -> str:
    """A data file's contents, hashed, for cache keys; OSError when it cannot be read."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached(
    name: str,
    key: str,
    build: Callable[[], Any],
    load: Callable[[Any], T] = lambda value: value,
) -> T:
    """`load` of the value stored under (name, key), or of build() stored there. Values are
    plain data (dicts, lists, tuples, strings, bytes, numbers): marshal serialises them, and
    runs no code. A stored value that `load` rejects (ValueError) is built again."""
    folder = _cache_folder()
    if folder is None:
        return load(build())
    path = os.path.join(folder, f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.bin")
    # Stored in a 1-tuple: a value of None is a value, not a missing entry.
    entry = read_entry(path)
    if isinstance(entry, tuple) and len(entry) == 1:
        try:
            return load(entry[0])
        except ValueError:
            pass  # not what this code stores under the key: rebuilt and replaced
    value = build()
    write_entry(path, (value,))
    return load(value)


@lru_cache(maxsize=1)
def _regex_stamp() -> str:
    return package_stamp("regex")


def compiled_regex(pattern: str, flags: int = 0):
    """`regex.compile(pattern, flags)` for a pattern compiled once per process (a module's
    constant, a rule's pattern), its compiled form kept in the disk cache. The `regex` module
    parses a pattern in Python (half a millisecond for a short one, several for a long
    alternation) and a start compiles over a hundred; loading one takes microseconds. The
    stored form is the one `regex` pickles a pattern as, keyed by the installation of
    `regex`; a bad pattern raises regex.error, as compiling it does."""
    import regex

    if _cache_folder() is None or not _regex_pickles():
        return regex.compile(pattern, flags)
    try:
        return cached(
            "regex",
            f"{_regex_stamp()} {int(flags)} {pattern}",
            lambda: regex.compile(pattern, flags)._pickled_data,
            _unpickled_regex,
        )
    except ValueError:  # this `regex` rejects its own stored form: compiled as usual
        return regex.compile(pattern, flags)


@lru_cache(maxsize=1)
def _regex_pickles() -> bool:
    """Whether the installed `regex` has the private interface `compiled_regex` stores and
    loads patterns through; another version may not, and then patterns are compiled."""
    import regex
    from regex import _regex

    return hasattr(regex.compile("a"), "_pickled_data") and hasattr(_regex, "compile")


def _unpickled_regex(data):
    from regex import _regex

    try:
        return _regex.compile(*data)
    except (TypeError, ValueError, RuntimeError) as err:  # not a compiled pattern: rebuilt
        raise ValueError(f"not a compiled pattern: {err}") from None


def read_entry(path: str | Path):
    """A cache file's value, or None when it is missing, damaged or of another format."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
            if time.time() - os.fstat(handle.fileno()).st_mtime > DAY:
                os.utime(path)  # used: kept by the sweep
    except OSError:
        return None
    start = len(FORMAT) + CHECKSUM_SIZE
    payload = memoryview(data)[start:]  # not copied
    if data[: len(FORMAT)] != FORMAT or data[len(FORMAT) : start] != _checksum(payload):
        return None  # damaged or from another format: rebuild
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def write_entry(path: str | Path, value) -> None:
    """Store a plain-data value atomically, checksummed; a folder that cannot be written,
    or a value marshal cannot store, is left alone."""
    try:
        payload = marshal.dumps(value)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with replacing(path) as handle:
            handle.write(FORMAT + _checksum(payload) + payload)
    except (OSError, ValueError):
        return  # not writable, or not plain data: run without the cache
    _sweep(os.path.dirname(path))


def _sweep(folder: str) -> None:
    """Delete the entries of the cache folder not used for UNUSED_DAYS, at most once a day
    (the time of the last sweep is the SWEPT_MARK file's). Only entries (`*.bin`) go; a file
    another process is writing, or cannot delete, is left alone."""
    mark = os.path.join(folder, SWEPT_MARK)
    now = time.time()
    try:
        if now - os.stat(mark).st_mtime < DAY:
            return
    except FileNotFoundError:
        pass
    except OSError:
        return
    try:
        with open(mark, "ab"):
            os.utime(mark)
        with os.scandir(folder) as entries:
            stale = [
                entry.path
                for entry in entries
                if entry.name.endswith(".bin")
                and not entry.name.startswith(".")
                and entry.is_file(follow_symlinks=False)
                and now - entry.stat(follow_symlinks=False).st_mtime > UNUSED_DAYS * DAY
            ]
    except OSError:
        return
    for path in stale:
        try:
            os.unlink(path)
        except OSError:
            pass  # gone already, or not ours to delete


def _checksum(payload) -> bytes:
    return zlib.crc32(payload).to_bytes(CHECKSUM_SIZE, "big")

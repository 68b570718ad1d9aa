"""Which files a run checks: named files always; folders walked for the configuration's
include globs, minus its gitignore-style excludes. Order is stable (sorted)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterator

from newslint.config.settings import ConfigFinder
from newslint.errors import InputError


def discover(paths: list[str], configs: ConfigFinder) -> tuple[list[str], list[InputError]]:
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            _walk(Path(path), configs, files, errors)
        elif path == "-" or Path(path).exists():  # when named, a pipe too: <(command)
            files.append(path)
        else:
            errors.append(InputError(_not_a_file(Path(path)), path))
    return _once(files), errors


def _once(files: list[str]) -> list[str]:
    """Each file once, as first named: `a.txt ./a.txt` or a folder and a file in it would
    otherwise report every finding twice (and count the file twice for the run's vocabulary)."""
    seen: set[str] = set()
    unique = []
    for path in files:
        key = os.path.normpath(path)
        if path == "-" or key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _walk(root: Path, configs: ConfigFinder, files: list[str], errors: list[InputError]) -> None:
    """Regular files of a folder tree into `files`, anything else it includes into `errors`."""
    for path, included in _names(root, configs):
        if not included:
            continue
        if os.path.isfile(path):
            files.append(path)
        else:
            errors.append(InputError(_not_a_file(Path(path)), path))


def not_included(paths: list[str], configs: ConfigFinder) -> list[str]:
    """The files the folders among `paths` hold that `include` leaves out (not those
    `exclude` names): what a walk that found nothing to check passed over."""
    return [
        path
        for root in paths
        if root != "-" and Path(root).is_dir()
        for path, included in _names(Path(root), configs)
        if not included
    ]


def _names(root: Path, configs: ConfigFinder) -> Iterator[tuple[str, bool]]:
    """Every name in a folder tree that `exclude` does not leave out, and whether `include`
    takes it. Links to folders are not followed (os.walk's default): a link loop cannot make
    it endless."""
    for folder, subfolders, names in os.walk(root):
        config = configs.for_directory(Path(folder))
        # Relative to the configuration once per folder, not once per file.
        prefix = config.relative(Path(folder))
        prefix = "" if prefix == "." else prefix + "/"
        subfolders[:] = sorted(
            d for d in subfolders if not config.excludes(prefix + d, is_dir=True)
        )
        base = str(Path(folder))  # as pathlib writes it ("./a" -> "a")
        base = "" if base == "." else os.path.join(base, "")
        for name in sorted(names):
            if not config.excludes(prefix + name):
                yield base + name, config.includes(prefix + name)


def _not_a_file(path: Path) -> str:
    """Why a path that is neither a regular file nor a folder is not read. A pipe or device
    is never opened: reading one could wait for ever."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        return "broken symbolic link" if path.is_symlink() else "no such file or folder"
    return "not a regular file (a pipe, socket or device), skipped"

"""Which files a run checks: named files always; folders walked for the configuration's
include globs, minus its gitignore-style excludes. Order is stable (sorted)."""

from __future__ import annotations

import os
from pathlib import Path

from newslint.config import ConfigFinder
from newslint.errors import InputError


def discover(paths: list[str], configs: ConfigFinder) -> tuple[list[str], list[InputError]]:
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if path == "-" or Path(path).is_file():
            files.append(path)
        elif Path(path).is_dir():
            files.extend(_walk(Path(path), configs))
        elif Path(path).is_symlink():
            errors.append(InputError("broken symbolic link", path))
        else:
            errors.append(InputError("no such file or folder", path))
    return files, errors


def _walk(root: Path, configs: ConfigFinder) -> list[str]:
    found = []
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
            if config.includes(prefix + name) and not config.excludes(prefix + name):
                found.append(base + name)
    return found

"""Where a configuration's rules come from: the built-in packs, its rule paths, their rule
files. Apart from loading, so that the result cache can key a run by its rule files without
importing every rule kind."""

from __future__ import annotations

from pathlib import Path

from newslint.config.settings import Config
from newslint.errors import RuleError


def builtin_rules_dir() -> Path:
    """Rule packs inside the installed package, or at the top of a source checkout."""
    package = Path(__file__).resolve().parents[1]  # newslint/
    installed = package / "rules"
    return installed if installed.is_dir() else package.parent / "rules"


def rule_paths(config: Config) -> tuple[Path, ...]:
    return ((builtin_rules_dir(),) if config.builtin_rules else ()) + config.rule_paths


def rule_files(path: Path) -> list[Path]:
    """The rule files of a rule path: the file, or a folder's *.yaml and *.yml in name order."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    if path.is_file():
        return [path]
    raise RuleError("no such rule file or folder", str(path))

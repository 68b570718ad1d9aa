"""Check the package's import graph: no cycles, and no stage importing a later one.

Every import counts, function-level ones included. Stages, from the bottom up (a module may
import its own stage and the stages below it):

    foundation  errors, findings, atomic_files, disk_cache, version
    config      configuration: keys, files, discovery
    document    the document model: text, segmentation, source map
    input       decoding, walking folders, one reader per format
    kinds       rule kinds by family, each family's helpers beside its kinds
    ruleset     the rule model, loading rule files, selecting the rules for a file
    linting     rules over one document: suppression, deferral, fixes, rule examples
    output      results, reporters, dataset outputs, atomic writing
    running     checking one input, workers, result cache, Dask; training a rule's model
    surfaces    the command line, the Python API, newslint.dask, the language server, the
                HTTP server

Usage: python tools/check_imports.py [PACKAGE_DIR]   (exit status 1 on a problem)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

STAGES = (
    ("foundation", ("errors", "findings", "atomic_files", "disk_cache", "version")),
    ("config", ("config",)),
    ("document", ("document",)),
    ("input", ("input",)),
    ("kinds", ("kinds",)),
    ("ruleset", ("ruleset",)),
    ("linting", ("linting",)),
    ("output", ("output",)),
    ("running", ("running", "training")),
    ("surfaces", ("", "__main__", "api", "cli", "dask", "lsp", "server")),
)


def module_name(package: Path, file: Path) -> str:
    parts = list(file.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(package: Path, file: Path, modules: set[str]) -> set[str]:
    """The package's modules that `file` imports, wherever the import statement stands."""
    name = module_name(package, file)
    here = name if file.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            # `from package import module` imports the module; otherwise the module itself.
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def stage_of(module: str, root: str) -> int:
    relative = module[len(root) + 1 :] if module != root else ""
    first = relative.split(".")[0]
    for index, (_, members) in enumerate(STAGES):
        if first in members:
            return index
    raise SystemExit(f"{module}: in no stage; add it to STAGES in {__file__}")


def problems(package: Path) -> list[str]:
    files = sorted(package.rglob("*.py"))
    modules = {module_name(package, f) for f in files}
    graph = {module_name(package, f): imports(package, f, modules) for f in files}
    root = package.name
    found = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            if stage_of(target, root) > stage_of(module, root):
                found.append(
                    f"{module} ({STAGES[stage_of(module, root)][0]}) imports {target} "
                    f"({STAGES[stage_of(target, root)][0]}): a stage may not import a later one"
                )
    found += [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(graph)]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path_through(graph, sorted(group)) for group in groups]


def _path_through(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """A cycle inside one strongly connected group, starting at its first member."""
    members, start = set(group), group[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & members):
            if target == start:
                return paths[node] + [start]
            if target not in paths:
                paths[target] = paths[node] + [target]
                queue.append(target)
    return group


def main(argv: list[str]) -> int:
    package = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "newslint"
    found = problems(package)
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Import circles between our modules (app/, ui/, models/), found by reading their syntax trees.

    python -m app.import_cycles            lists each circle; exit code 1 if there is one

Every import counts, at the top of a module or inside a function (a late import only hides a
circle), and so does a string that names one of our modules (« "ui.commands" » given to
importlib.import_module). `from package import name` points at package.name when that is a
module, else at the package.
"""

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "ui", "models")

Graph = dict[str, set[str]]


def module_names(root: Path, packages: Iterable[str] = PACKAGES) -> dict[str, Path]:
    """Dotted module name → file, for every .py file of the packages."""
    names: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            names[".".join(parts)] = path
    return names


def _target(name: str, known: dict[str, Path]) -> str | None:
    """The module of ours that `name` means: itself, else its closest known parent."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _base(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def imports_of(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of ours that `module` imports or names."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, path, node)
            names = [f"{base}.{alias.name}" for alias in node.names] or [base]
            names = [name if name in known else base for name in names]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in known and "." in node.value:
                names = [node.value]
        for name in names:
            target = _target(name, known)
            if target and target != module:
                found.add(target)
    return found


def import_graph(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> Graph:
    known = module_names(root, packages)
    return {module: imports_of(module, path, known) for module, path in known.items()}


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(groups)


def example_path(graph: Graph, group: list[str]) -> list[str]:
    """One circle through the group's first module, to show how it closes."""
    members, start = set(group), group[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph.get(node, ())):
            if child == start:
                return paths[node] + [start]
            if child in members and child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    return group


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else ROOT
    graph = import_graph(root)
    found = cycles(graph)
    for group in found:
        print(f"{len(group)} modules: " + " → ".join(example_path(graph, group)))
        print("    " + ", ".join(group))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

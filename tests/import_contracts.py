"""The house rules over lbh_desktop's imports, read from the source: layers, features, circles."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

FEATURES = ("breaks", "editor", "library", "player", "progress", "settings", "speech")
"""The feature folders under ui/; each may use ui.shared but no other feature."""

ALLOWED_INSIDE: dict[str, tuple[str, ...]] = {
    "core": ("core",),
    "storage": ("core", "storage"),
    "platform": ("core", "platform"),
    "compat": ("compat",),
    "ui.shared": ("core", "storage", "platform", "ui.shared"),
    **{
        f"ui.{feature}": ("core", "storage", "platform", "ui.shared", f"ui.{feature}")
        for feature in FEATURES
    },
}
"""Which parts of the package each part may import (the package's own __init__ always)."""

FORBIDDEN_OUTSIDE: dict[str, tuple[str, ...]] = {
    "core": ("PySide6", "shiboken6", "pyqtgraph", "tinydb", "numpy"),
    "storage": ("PySide6.QtWidgets", "PySide6.QtGui", "pyqtgraph"),
    "platform": ("PySide6.QtWidgets", "pyqtgraph", "tinydb"),
    "ui": ("tinydb",),
    "shell": ("tinydb",),
}
"""Third-party modules a part must not import: Qt and TinyDB stay out of the core, widgets out
of storage, TinyDB behind the repository."""


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int

    def __str__(self) -> str:
        return f"{self.importer} imports {self.imported} (line {self.line})"


def module_names(package_dir: Path) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    names = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = [package_dir.name, *path.relative_to(package_dir).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imports_of(name: str, path: Path, known: Iterable[str]) -> Iterator[Import]:
    """All imports of one module, at any depth (functions, TYPE_CHECKING blocks included):
    an import inside a function is still a dependency, only a later one."""
    modules = set(known)
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                if not is_package:
                    anchor.pop()
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield Import(name, submodule if submodule in modules else base, node.lineno)


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def part_of(module: str) -> str:
    """The part a module belongs to: "core", "ui.player", "shell", "" for the package face."""
    pieces = module.split(".")[1:]
    if not pieces or pieces == ["__main__"]:
        return "__main__" if pieces else ""
    if pieces[0] == "ui" and len(pieces) > 1 and pieces[1] != "__init__":
        return f"ui.{pieces[1]}"
    return pieces[0]


def violations(package_dir: Path) -> list[str]:
    """Every broken rule, one line each; empty when the house is in order."""
    modules = module_names(package_dir)
    root = package_dir.name
    edges = [
        edge
        for name, path in modules.items()
        for edge in imports_of(name, path, modules)
        if edge.imported != edge.importer
    ]
    problems: list[str] = []
    for edge in edges:
        source = part_of(edge.importer)
        if edge.imported.split(".")[0] != root:
            for part, banned in FORBIDDEN_OUTSIDE.items():
                inside = source == part or source.startswith(part + ".")
                if inside and any(within(edge.imported, name) for name in banned):
                    problems.append(f"third-party: {edge}")
            continue
        target = part_of(edge.imported)
        if target == "":
            continue  # the package face: __version__
        if target == "shell" and source not in ("shell", "__main__"):
            problems.append(f"nothing imports the shell: {edge}")
        elif source in ALLOWED_INSIDE and target not in ALLOWED_INSIDE[source]:
            features = {f"ui.{name}" for name in FEATURES}
            kind = "feature to feature" if {source, target} <= features else "layer"
            problems.append(f"{kind}: {edge}")
    internal = {(e.importer, e.imported) for e in edges if e.imported in modules}
    problems.extend(f"circle: {' -> '.join(cycle)}" for cycle in circles(modules, internal))
    return problems


def circles(nodes: Iterable[str], edges: set[tuple[str, str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan), each as a closed path."""
    graph: dict[str, list[str]] = {node: [] for node in nodes}
    for source, target in sorted(edges):
        graph[source].append(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
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
                groups.append([*sorted(group), min(group)])

    for node in graph:
        if node not in index:
            visit(node)
    return groups

"""The layers of DESIGN.md: the core runs without Qt and without FastAPI, and the command line
starts without loading the heavy libraries it does not need yet."""

from __future__ import annotations

import ast
import itertools
import subprocess
import sys
from collections import deque
from pathlib import Path

from tests.conftest import ROOT


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(result.stdout.split())


def test_core_loads_neither_qt_nor_fastapi() -> None:
    modules = _loaded_after(
        "import inspector.services.demo, inspector.services.complaints, inspector.cli.commands"
    )
    assert not {m for m in modules if m.split(".")[0] in {"PySide6", "fastapi", "starlette"}}


def test_command_line_starts_without_database_or_crypto_libraries() -> None:
    modules = _loaded_after("import inspector.cli.main; inspector.cli.main.build_parser()")
    heavy = {"sqlalchemy", "sqlcipher3", "cryptography", "alembic", "platformdirs"}
    assert not {m for m in modules if m.split(".")[0] in heavy}


def test_importing_creates_no_files(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("INSPECTOR_HOME", str(home))
    _loaded_after("import inspector.services.demo, inspector.paths as p; p.vault_dir()")
    assert not home.exists()


# --- import circles ---


def _modules(package: Path) -> dict[str, Path]:
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _import_graph(package: Path) -> dict[str, dict[str, int]]:
    """Module -> {module it imports: line}, from every import statement in the package: at the
    top, inside functions (the lazy imports kept for start-up time) and under TYPE_CHECKING (an
    arrow for the type checker is an arrow all the same)."""
    modules = _modules(package)

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, dict[str, int]] = {name: {} for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = name.split(".") if is_package else name.split(".")[:-1]
                    parts = parts[: len(parts) - node.level + 1]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                # ``from inspector.vault import store`` imports the module inspector.vault.store
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            for target in targets:
                module = known(target)
                if module is not None and module != name:
                    graph[name].setdefault(module, node.lineno)
    return graph


def _circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One shortest circle through each group of modules that import each other (the strongly
    connected components, by Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(start: str) -> None:  # iterative: the package is deep enough to matter
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append((child, iter(graph[child])))
                elif child in stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)

    for name in sorted(graph):
        if name not in index:
            visit(name)

    circles = []
    for group in groups:
        start = min(group)
        came_from: dict[str, str] = {}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if start in graph[node]:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                circles.append([*reversed(path), start])
                break
            for child in sorted(graph[node]):
                if child in group and child not in came_from and child != start:
                    came_from[child] = node
                    queue.append(child)
    return sorted(circles)


def _describe(circle: list[str], graph: dict[str, dict[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]})" for a, b in itertools.pairwise(circle)]
    return " -> ".join([*steps, circle[-1]])


def test_the_circle_finder_names_a_circle_and_ignores_a_tree(tmp_path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("import os\n\ndef f():\n    from .c import x\n")
    (package / "sub" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..a import y\n"
    )
    (package / "d.py").write_text("from pkg import a\nfrom pkg.sub import c\n")
    graph = _import_graph(package)
    assert _circles(graph) == [["pkg.a", "pkg.sub.b", "pkg.sub.c", "pkg.a"]]
    assert _describe(_circles(graph)[0], graph) == (
        "pkg.a (line 1) -> pkg.sub.b (line 4) -> pkg.sub.c (line 3) -> pkg.a"
    )
    (package / "sub" / "c.py").write_text("x = 1\n")
    assert _circles(_import_graph(package)) == []


def test_no_two_modules_of_the_package_import_each_other() -> None:
    """Imports go down (DESIGN.md): a module never needs, even lazily, one that needs it."""
    graph = _import_graph(ROOT / "inspector")
    circles = [_describe(circle, graph) for circle in _circles(graph)]
    assert not circles, "import circles:\n" + "\n".join(circles)

"""The design, checked: layers point one way and no two modules import each other in a circle.

Read statically from the source (imports made only for type checking count too, since they tangle
the design as much), so a test fails the moment someone adds a backward or circular import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "buurtapp"

#: The window and its helpers: only the ``ui`` layer and the entry points may use them.
UI = ("buurtapp.ui",)
#: Modules of the core below everything else: they import only each other (and no storage).
CORE_BASE = ("errors", "i18n", "clock", "formatting")
#: The core's services: they combine the subpackages, and no subpackage may call them.
CORE_SERVICES = ("opening", "operations", "restoring")


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """Every Buurtapp module (and external top-level package) that ``name`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    base = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                parts = base.split(".")
                kept = parts[: len(parts) - node.level + 1]
                module = ".".join([*kept, module] if module else kept)
            yield module
            for alias in node.names:
                if f"{module}.{alias.name}" in known:
                    yield f"{module}.{alias.name}"


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {
        name: {t for t in _imports(name, path, known) if t != name}
        for name, path in modules.items()
    }


def _internal(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {m: {t for t in targets if t in graph} for m, targets in graph.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
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
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _is_package_init(graph: dict[str, set[str]], name: str) -> bool:
    return any(other.startswith(name + ".") for other in graph)


def test_no_two_modules_import_each_other_in_a_circle() -> None:
    cycles = _cycles(_internal(_graph()))
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The checker itself can fail (a test that cannot fail is a defect)."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _violations(rule: str, forbidden: tuple[str, ...], sources: tuple[str, ...]) -> list[str]:
    graph = _graph()
    bad = []
    for module, targets in graph.items():
        if not module.startswith(sources):
            continue
        for target in targets:
            if target.startswith(forbidden):
                bad.append(f"{module} imports {target} ({rule})")
    return sorted(bad)


@pytest.mark.parametrize(
    ("rule", "sources", "forbidden"),
    [
        (
            "the core stands alone: no Qt, no window, no reports, no command line",
            ("buurtapp.core",),
            (
                "PySide6",
                "shiboken6",
                "buurtapp.ui",
                "buurtapp.reports",
                "buurtapp.cli",
                "buurtapp.qt_support",
                "buurtapp.qt_text",
            ),
        ),
        ("reports use the core, never the window", ("buurtapp.reports",), ("buurtapp.ui",)),
        (
            "the commands are not built on the window (only `buurtapp` alone starts it)",
            ("buurtapp.cli_",),
            ("buurtapp.ui.",),
        ),
        (
            "storage is the foundation: it knows no records, plans or people",
            ("buurtapp.core.storage",),
            tuple(
                f"buurtapp.core.{p}"
                for p in (
                    "model",
                    "planning",
                    "insights",
                    "exchange",
                    "privacy",
                    "demo",
                    "documents",
                    *CORE_SERVICES,
                )
            ),
        ),
        (
            "the core's base modules import only each other",
            tuple(f"buurtapp.core.{m}" for m in CORE_BASE),
            tuple(
                f"buurtapp.core.{p}"
                for p in (
                    "storage",
                    "model",
                    "planning",
                    "insights",
                    "exchange",
                    "privacy",
                    "demo",
                    "documents",
                    "parsing",
                    *CORE_SERVICES,
                )
            ),
        ),
        (
            "the core's services combine its parts; no part calls a service",
            tuple(
                f"buurtapp.core.{p}."
                for p in (
                    "storage",
                    "model",
                    "planning",
                    "insights",
                    "exchange",
                    "privacy",
                    "demo",
                    "documents",
                )
            ),
            tuple(f"buurtapp.core.{s}" for s in CORE_SERVICES),
        ),
    ],
)
def test_layers_point_one_way(
    rule: str, sources: tuple[str, ...], forbidden: tuple[str, ...]
) -> None:
    assert _violations(rule, forbidden, sources) == []


def test_the_layer_check_sees_a_backward_import() -> None:
    """A core module importing the window would be caught (the rule is not vacuous)."""
    graph = _graph()
    assert any(t.startswith("buurtapp.core") for t in graph["buurtapp.ui.main_window"])
    assert _violations("probe", ("buurtapp.core",), ("buurtapp.ui.main_window",))


def test_every_core_folder_is_a_documented_package() -> None:
    """Subpackages by capability, each saying what it holds."""
    for folder in (PACKAGE / "core").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            init = folder / "__init__.py"
            assert init.exists(), folder
            assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init

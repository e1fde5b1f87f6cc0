"""No import cycle between reporting's modules (issue 12: roll-up → tasks → Excel → services → roll-up was one).

Only module-level imports count: an import inside a function is deliberate and runs when it is called.
`from package.module import name` is an edge to the module; a package's own `__init__` re-exporting its
modules is not a cycle with them.
"""

import ast
from pathlib import Path

import danvan.reporting

APP_DIR = Path(danvan.reporting.__file__).parent
PREFIX = "danvan.reporting"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(APP_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([PREFIX, *parts])


def _graph() -> dict[str, set[str]]:
    paths = [p for p in APP_DIR.rglob("*.py") if not {"tests", "migrations"} & set(p.relative_to(APP_DIR).parts)]
    modules = {_module_name(p): p for p in paths}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.parse(path.read_text()).body:  # module level only
            if isinstance(node, ast.Import):
                edges |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    edges.add(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module)
        own_package = name.rsplit(".", 1)[0]
        graph[name] = {e for e in edges if e in modules and e != name and e != own_package}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_reporting_has_no_import_cycle():
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_one():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []

"""The house rules that keep the layers apart, checked on the source (no imports run).

- ui/ talks to the application façade only: no `kempen_desktop.db` import, no session or
  transaction of its own, no `Database` handle.
- The document writers (PDF, .xlsx, .ics, atomic output) import neither services nor db.
- domain/ imports nothing of ours but domain/, and no Qt; nothing below ui/ imports Qt.
- No import cycles between our packages' modules.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.paths import REPO

PACKAGE = REPO / "kempen_desktop"


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def _imports(path: Path) -> list[str]:
    """Every module this file imports (also inside functions and TYPE_CHECKING blocks)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names]
    return found


def _rel(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def test_ui_never_reaches_the_database() -> None:
    offenders = []
    for path in _modules(PACKAGE / "ui"):
        text = path.read_text(encoding="utf-8")
        imports = _imports(path)
        if any(
            name == "kempen_desktop.db" or name.startswith("kempen_desktop.db.") for name in imports
        ):
            offenders.append(f"{_rel(path)}: imports kempen_desktop.db")
        if re.search(r"\.(session|transaction)\(", text):
            offenders.append(f"{_rel(path)}: opens a session or transaction")
        if "kempen_desktop.services.common.database.Database" in imports:
            offenders.append(f"{_rel(path)}: holds a Database (use the Workspace)")
        if "_database" in text:
            offenders.append(f"{_rel(path)}: reaches behind the Workspace (_database)")
    assert not offenders, "\n".join(offenders)


def test_document_writers_know_nothing_of_services_or_db() -> None:
    folder = PACKAGE / "documents"
    offenders = [
        f"{_rel(path)}: imports {name}"
        for path in _modules(folder)
        for name in _imports(path)
        if name.startswith(("kempen_desktop.services", "kempen_desktop.db", "kempen_desktop.app"))
    ]
    assert folder.is_dir()
    assert not offenders, "\n".join(offenders)


def test_domain_is_pure_and_qt_stays_in_ui() -> None:
    offenders = []
    for path in _modules(PACKAGE):
        imports = _imports(path)
        in_ui = (PACKAGE / "ui") in path.parents
        qt = [name for name in imports if name.startswith("PySide6")]
        if not in_ui and qt:
            offenders.append(f"{_rel(path)}: imports Qt outside ui/")
        if (PACKAGE / "domain") in path.parents:
            ours = [
                n
                for n in imports
                if n.startswith("kempen_desktop.") and not n.startswith("kempen_desktop.domain")
            ]
            offenders += [f"{_rel(path)}: imports {n}" for n in ours]
    assert not offenders, "\n".join(offenders)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _runtime_imports(path: Path, known: set[str]) -> set[str]:
    """Modules of ours this file imports when it runs: at the top or inside a function
    (a deferred import is still a dependency), but not under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found |= {name for name in names if name in known}
    return found


def test_no_import_cycles() -> None:
    paths = {_module_name(p): p for p in _modules(PACKAGE)}
    known = set(paths)
    graph = {name: _runtime_imports(path, known) - {name} for name, path in paths.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    # A package's __init__ importing its own modules is not a cycle worth failing on.
    real = [c for c in cycles if not all(m.startswith(c[0] + ".") or m == c[0] for m in c[1:])]
    assert not real, "\n".join(" -> ".join(c) for c in real)


# Lower layers never import higher ones. Top-level helpers (paths, tempfiles, logging) sit
# just above domain: anything may use them, they use only domain.
LAYERS = {
    "domain": 0,
    "_helpers": 1,
    "db": 2,
    "documents": 2,
    "services": 3,
    "app": 4,
    "commands": 5,
    "cli": 5,
    "ui": 5,
    "__main__": 6,
}


def _layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1:
        return LAYERS["_helpers"]
    first = parts[1]
    return LAYERS.get(first, LAYERS["_helpers"])


def test_layers_point_one_way() -> None:
    paths = {_module_name(p): p for p in _modules(PACKAGE)}
    known = set(paths)
    offenders = [
        f"{name} ({_layer(name)}) imports {other} ({_layer(other)})"
        for name, path in sorted(paths.items())
        for other in sorted(_runtime_imports(path, known))
        if _layer(other) > _layer(name)
    ]
    assert not offenders, "\n".join(offenders)

"""Imports flow one way: bot → handlers → store, and inside store services → storage →
language; store never imports telegram; no two modules import each other, directly or
round a loop. Every import counts, at module level or inside a function (a lazy import
is still a dependency), and so does one under ``if TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "store")
# Lower ranks may not import higher ones.
RANKS = {
    "store.language": 0,
    "store.storage": 1,
    "store.services": 2,
    "handlers": 3,
    "bot": 4,
}
Graph = dict[str, dict[str, int]]  # module → {imported module: line}


def modules(root: Path) -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports(root: Path) -> tuple[Graph, dict[str, dict[str, int]]]:
    """Imports between the project's modules, and the outside packages each one imports."""
    known = modules(root)
    graph: Graph = {}
    outside: dict[str, dict[str, int]] = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges = graph.setdefault(name, {})
        others = outside.setdefault(name, {})
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: resolved against this module's package
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                # "from handlers import render" imports the module handlers.render.
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
                ]
            for target in targets:
                if target in known:
                    edges.setdefault(target, node.lineno)
                else:
                    others.setdefault(target.split(".")[0], node.lineno)
    return graph, outside


def rank(module: str) -> int | None:
    matches = [
        r for prefix, r in RANKS.items() if module == prefix or module.startswith(prefix + ".")
    ]
    return matches[0] if matches else None


def wrong_way(module: str, target: str) -> bool:
    if module.startswith("store") and not target.startswith("store"):
        return True  # the domain knows nothing of the bot
    mine, theirs = rank(module), rank(target)
    return mine is not None and theirs is not None and theirs > mine


def backwards(graph: Graph, outside: dict[str, dict[str, int]]) -> list[str]:
    found = [
        f"{module}:{line} imports {target}"
        for module, edges in graph.items()
        for target, line in edges.items()
        if wrong_way(module, target)
    ]
    for module, packages in outside.items():
        if module.startswith("store") and "telegram" in packages:
            found.append(f"{module}:{packages['telegram']} imports telegram")
    return found


def cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan), plus self-imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1 or v in graph.get(v, {}):
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


# ----------------------------------------------------------------- the project


def test_every_import_runs_down_the_layers() -> None:
    graph, outside = imports(ROOT)
    assert len(graph) > 50  # the whole project was read
    assert backwards(graph, outside) == []


def test_no_module_imports_itself_round_a_loop() -> None:
    graph, _ = imports(ROOT)
    assert cycles(graph) == []


# ----------------------------------------------------------------- the check itself


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def test_the_check_sees_backward_imports_and_loops(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        {
            "bot/__init__.py": "",
            "bot/cli.py": "import handlers.views\n",
            "handlers/__init__.py": "from handlers import views\n",
            "handlers/views.py": "from . import common\nfrom store.services import answer\n",
            "handlers/common.py": "def f():\n    from handlers.views import x\n",
            "store/__init__.py": "",
            "store/language/__init__.py": "",
            "store/language/query.py": "from store.storage.search import rank\n",
            "store/storage/__init__.py": "",
            "store/storage/search.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from telegram import Bot\n"
            ),
            "store/services/__init__.py": "",
            "store/services/answer.py": "def g():\n    import bot.cli\n",
        },
    )
    graph, outside = imports(tmp_path)
    assert sorted(backwards(graph, outside)) == [
        "store.language.query:1 imports store.storage.search",
        "store.services.answer:2 imports bot.cli",
        "store.storage.search:3 imports telegram",
    ]
    # views ↔ common (a function-level import), and views → answer → cli → views.
    assert cycles(graph) == [
        ["bot.cli", "handlers.common", "handlers.views", "store.services.answer"]
    ]

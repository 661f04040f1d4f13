"""Each name a module defines at its top level is defined once. A second ``_ORDINALS = …`` or
``def _of_another_act`` further down silently replaces the first for every function that
reads it at run time, including those written above it for the first (an English "first
quarter of 2024" once failed so: the quarter table had been replaced by a table of regexes).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_no_module_defines_a_top_level_name_twice() -> None:
    twice = []
    files = [p for pkg in ("bot", "handlers", "store") for p in sorted((ROOT / pkg).rglob("*.py"))]
    assert len(files) > 50
    for path in files:
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        twice += [f"{path.relative_to(ROOT)}: {n}" for n, c in names.items() if c > 1]
    assert not twice, twice


def test_the_check_sees_a_name_defined_twice() -> None:
    tree = ast.parse("X = 1\ndef f():\n    return X\nX = 2\ndef g(): ...\nclass g: ...\n")
    assert {n for n, c in _top_level_names(tree).items() if c > 1} == {"X", "g"}

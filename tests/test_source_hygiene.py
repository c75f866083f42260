"""The package's source read as code: no module binds one top-level name twice.

Rounds of rules land in parallel branches; two of them once gave one module two regular
expressions of one name, and the later silently replaced the earlier for every caller (an
IndexError on two hold-out articles, and a ship-name rule reading a name's continuation).
Ruff flags a function defined twice but not a constant assigned twice, so this does."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import summarizer

_PACKAGE = Path(summarizer.__file__).parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {}
    for path in sorted(_PACKAGE.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, n in counts.items() if n > 1)
        if repeated:
            twice[str(path.relative_to(_PACKAGE))] = repeated
    assert twice == {}

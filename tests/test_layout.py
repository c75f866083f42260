"""The package's plan, checked: no import cycles between its modules, and no import of the
package's own modules inside a function (laziness is for heavy third-party packages only).

A module named by a string (``importlib.import_module("summarizer...")``) is an import inside a
function too, only hidden: it is looked for as well.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "summarizer"

# The functions that import the package's own modules late on purpose: (module, function).
ALLOWED = {
    # `summarizer --help` stays fast: the CLI's dispatcher imports a subcommand's module (and
    # the library with it) once the arguments are parsed.
    ("summarizer.cli", "_command"),
    # PEP 562: `import summarizer` loads a public name's module on first use.
    ("summarizer", "__getattr__"),
    # The markdown renderer loads without pydantic (the fit to the article's length reads the
    # models only when a briefing is rendered).
    ("summarizer._briefing._render", "render_markdown"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[ast.AST, str]]:
    """Every (node, imported module) of the package's own, relative imports resolved."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "summarizer":
                    yield node, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] == "summarizer":
                yield node, base
                for alias in node.names:
                    yield node, f"{base}.{alias.name}"


def _imports_by_name(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Every ``importlib.import_module(...)`` of the package's own, by a literal or f-string."""
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            == "import_module"
            and node.args
        ):
            continue
        first = node.args[0]
        text = ""
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            text = first.value
        elif isinstance(first, ast.JoinedStr) and first.values:
            head = first.values[0]
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                text = head.value
        if text.startswith("summarizer"):
            yield node, text


def _enclosing(tree: ast.AST) -> dict[int, str]:
    """The name of the innermost function each node is in, by node id."""
    names: dict[int, str] = {}
    for function in ast.walk(tree):  # outer functions first: inner ones overwrite
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if node is not function:
                    names[id(node)] = function.name
    return names


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``if TYPE_CHECKING:`` blocks: not imported at run time."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                inside.update(id(n) for n in ast.walk(child))
    return inside


def _graph() -> tuple[dict[str, set[str]], list[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    in_functions: list[str] = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        enclosing = _enclosing(tree)
        for node, target in _imports_by_name(tree):
            if (name, enclosing.get(id(node), "")) not in ALLOWED:
                in_functions.append(f"{name} imports {target} by name")
        for node, target in _imports(tree, name, path.name == "__init__.py"):
            if id(node) in skip or target not in modules or target == name:
                continue
            function = enclosing.get(id(node))
            if function is not None:
                if (name, function) not in ALLOWED:
                    in_functions.append(f"{name} imports {target} inside {function}()")
                continue
            graph[name].add(target)
    return graph, in_functions


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_function_imports_the_packages_own_modules() -> None:
    _, in_functions = _graph()
    assert in_functions == []


def test_no_import_cycles_inside_the_package() -> None:
    graph, _ = _graph()
    # A package's __init__ importing its own submodules is how a namespace is made, not a cycle.
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(f"{name}.")}
    assert _cycles(graph) == []


def test_the_exceptions_name_what_there_is() -> None:
    modules = _modules()
    assert {module for module, _ in ALLOWED} <= set(modules)

"""The package's import direction: each stage uses only the stages below it, and no circles.

The packages under macros/ are the stages of the pipeline (ARCHITECTURE.md). A module may
import from its own package or from a package of a lower rank, never from a higher one, and
no chain of imports may come back to where it started, including imports written inside a
function to dodge a circle at load time. Read from the source (ast), so a lazy import counts
as much as one at the top of the file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers.project import ROOT

PACKAGE = ROOT / "macros"

# Lowest first. Two packages of the same rank may not import each other.
RANKS = {
    "models": 0,
    "reading": 1,
    "checks": 2,
    "dataset": 3,
    "render": 4,
    "commands": 5,
    "builder": 5,
    "": 6,  # macros/__init__.py and __main__.py: the entry points
}


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module under the package: dotted name below `macros` ('' for the top) -> file."""
    return {module_name(path, package): path for path in sorted(package.rglob("*.py"))}


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of this package that one module imports, anywhere in its source."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if name else []
    package = here if is_package else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = (node.module or "").split(".")
            else:
                base = package[: len(package) - (node.level - 1)] + (
                    node.module.split(".") if node.module else []
                )
            targets = [".".join([*base, a.name]) for a in node.names] + [".".join(base)]
        else:
            continue
        for target in targets:
            if node.__class__ is ast.Import or getattr(node, "level", 0) == 0:
                if not target.startswith("macros"):
                    continue
                target = target.removeprefix("macros").removeprefix(".")
            # `from .x import y`: y may be a module, else the import is of x itself.
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != name:
                found.add(target)
    # `from .x import y` adds both x.y and x; keep x only when y is not a module of x.
    return {t for t in found if not any(o.startswith(t + ".") and o in found for o in found)}


def graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    found = modules(package)
    return {name: imports(name, path, set(found)) for name, path in found.items()}


def layer(name: str) -> str:
    return name.split(".")[0] if "." in name or name in RANKS else ""


def upward_imports(edges: dict[str, set[str]]) -> list[str]:
    """Each import from a package into a higher-ranked (or same-ranked other) package."""
    wrong = []
    for name, targets in sorted(edges.items()):
        for target in sorted(targets):
            mine, theirs = layer(name), layer(target)
            if mine != theirs and RANKS[theirs] >= RANKS[mine]:
                wrong.append(f"macros.{name} imports macros.{target} ({mine} -> {theirs})")
    return wrong


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, each once, as the modules in order (depth-first search)."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                loop = trail[trail.index(target) :]
                if frozenset(loop) not in seen:
                    seen.add(frozenset(loop))
                    found.append([*loop, target])
            elif state.get(target) is None:
                visit(target, [*trail, target])
        state[node] = 2

    for start in sorted(edges):
        if state.get(start) is None:
            visit(start, [start])
    return found


def test_every_module_belongs_to_a_stage() -> None:
    strays = [name for name in modules() if layer(name) not in RANKS]
    assert not strays, f"put these modules in one of the packages {sorted(RANKS)}: {strays}"
    top = [name for name in modules() if layer(name) == "" and name]
    assert top == ["__main__"], f"only the entry points may sit at the top of macros/: {top}"


def test_no_package_imports_a_later_stage() -> None:
    wrong = upward_imports(graph())
    assert not wrong, "imports against the direction of the pipeline:\n" + "\n".join(wrong)


def test_no_import_circles() -> None:
    loops = circles(graph())
    assert not loops, "import circles:\n" + "\n".join(" -> ".join(loop) for loop in loops)


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # A lazy import that closes a circle (the one models/pose.py had with the figure checks).
        (
            {
                "models/__init__.py": "",
                "models/pose.py": "def check():\n    from ..checks.figure import solve\n",
                "checks/__init__.py": "",
                "checks/figure.py": "from ..models.pose import Pose\n",
            },
            "circle",
        ),
        (
            {
                "models/__init__.py": "",
                "models/a.py": "from ..render import page\n",
                "render/__init__.py": "",
                "render/page.py": "",
            },
            "upward",
        ),
        (
            {
                "models/__init__.py": "",
                "models/a.py": "",
                "render/__init__.py": "",
                "render/page.py": "from ..models import a\n",
            },
            None,
        ),
    ],
)
def test_the_rules_catch_what_they_name(tmp_path: Path, files: dict[str, str], expected) -> None:
    """The checker itself: a lazy circle and an upward import are found, a downward one is not."""
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    edges = graph(tmp_path)
    results = {"circle": bool(circles(edges)), "upward": bool(upward_imports(edges))}
    if expected is None:
        assert not any(results.values()), results
    else:
        assert results[expected], (expected, edges)

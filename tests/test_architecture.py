"""The core stays Qt-free: only observer_app/ui may import PySide6 or shiboken6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "observer_app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [
            f"{path.relative_to(PKG.parent)}:{node.lineno} imports {n}"
            for n in names
            if n.split(".")[0] in QT
        ]
    return found


def test_no_qt_import_outside_ui() -> None:
    offenders = []
    for path in PKG.rglob("*.py"):
        if "ui" in path.relative_to(PKG).parts[:1]:
            continue
        offenders += _qt_imports(path)
    assert offenders == [], "the core must not import Qt:\n" + "\n".join(offenders)


def test_core_imports_without_loading_qt() -> None:
    """Importing every core module (and running the CLI parser) never loads Qt."""
    core = sorted(
        ".".join(p.relative_to(PKG.parent).with_suffix("").parts)
        for p in PKG.rglob("*.py")
        if p.relative_to(PKG).parts[0] not in ("ui", "__main__.py") and "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "from observer_app.cli import build_parser; build_parser()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

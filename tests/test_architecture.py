"""The core stays pure: no Qt and no TinyDB, checked on the source and in a clean interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import lbh_desktop

PACKAGE = Path(lbh_desktop.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "tinydb")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_modules_import_no_qt_or_tinydb() -> None:
    offenders = {
        f"{path.name}: {name}"
        for path in sorted((PACKAGE / "core").glob("*.py"))
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert offenders == set()


def test_only_storage_imports_tinydb() -> None:
    offenders = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "storage" not in path.parts
        and any(name.split(".")[0] == "tinydb" for name in imported_modules(path))
    }
    assert offenders == set()


def test_core_imports_in_an_interpreter_where_qt_and_tinydb_are_blocked() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        f"for name in {FORBIDDEN!r}: sys.modules[name] = None\n"
        "import lbh_desktop.core as core\n"
        "for info in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module('lbh_desktop.core.' + info.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_module_has_a_one_line_docstring() -> None:
    missing = []
    for path in PACKAGE.rglob("*.py"):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        if not doc or "\n" in doc.strip():
            missing.append(str(path.relative_to(PACKAGE)))
    assert missing == []

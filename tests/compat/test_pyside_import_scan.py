"""PySide6's per-import source check: same answers from the file's bytes, nothing kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import PySide6.QtCore
import pytest

from lbh_desktop.compat import pyside_import_scan
from lbh_desktop.compat.pyside_import_scan import CHECK_NAME, FEATURE_MODULE, MARKER, uses_pyside


def never(module: ModuleType) -> bool:
    raise AssertionError(f"{module.__name__} has a .py file: the fallback is not asked")


def answer(module: ModuleType) -> bool:
    return module.__name__ == "asked"


def test_a_source_file_is_read_for_the_word(tmp_path: Path) -> None:
    with_word = tmp_path / "with_word.py"
    with_word.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    without = tmp_path / "without.py"
    without.write_text("import json  # Qt-free, even PySide2 is not PySide-6\n", encoding="utf-8")
    assert uses_pyside(module_at(with_word), never)
    assert not uses_pyside(module_at(without), never)


def test_modules_without_a_source_file_ask_the_fallback(tmp_path: Path) -> None:
    asked = ModuleType("asked")
    assert uses_pyside(asked, answer)  # no __file__ at all
    compiled = module_at(tmp_path / "compiled.cpython-311.pyc", name="asked")
    assert uses_pyside(compiled, answer)
    gone = module_at(tmp_path / "deleted.py", name="other")
    assert not uses_pyside(gone, answer)  # unreadable: the fallback decides


@pytest.mark.parametrize("module", [json, os, sys, PySide6.QtCore, pyside_import_scan])
def test_it_agrees_with_pysides_own_check(module: ModuleType) -> None:
    check = getattr(sys.modules[FEATURE_MODULE], CHECK_NAME)
    original = getattr(check, "__wrapped__", check)  # PySide6's, also once installed
    assert uses_pyside(module, original) == original(module)


def test_install_replaces_the_check_once(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules[FEATURE_MODULE]
    calls: list[str] = []

    def original(module: ModuleType) -> bool:
        calls.append(module.__name__)
        return True

    monkeypatch.setattr(feature, CHECK_NAME, original)
    assert pyside_import_scan.install()
    check = getattr(feature, CHECK_NAME)
    assert getattr(check, MARKER) and check.__wrapped__ is original
    assert not pyside_import_scan.install()  # already done
    assert getattr(feature, CHECK_NAME) is check
    assert check(ModuleType("no_file")) and calls == ["no_file"]
    assert not check(json)


def test_install_leaves_an_unknown_pyside_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PySide6 without this private function (a later release) is left as it is."""
    feature = sys.modules[FEATURE_MODULE]
    monkeypatch.delattr(feature, CHECK_NAME)
    assert not pyside_import_scan.install()
    assert not hasattr(feature, CHECK_NAME)


def test_the_entry_point_installs_it_before_the_app_loads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import lbh_desktop.__main__ as entry
    import lbh_desktop.shell.run
    from lbh_desktop.compat import startup_gc

    feature = sys.modules[FEATURE_MODULE]
    monkeypatch.setattr(feature, CHECK_NAME, lambda module: False)
    seen: list[object] = []

    def run(argv: list[str]) -> int:
        seen.append(getattr(getattr(feature, CHECK_NAME), MARKER, False))
        return 0

    # The collector's pause is recorded, not made: resume() would freeze the test process.
    monkeypatch.setattr(startup_gc, "pause", lambda: seen.append("pause"))
    monkeypatch.setattr(startup_gc, "resume", lambda: seen.append("resume"))
    monkeypatch.setattr(lbh_desktop.shell.run, "run", run)
    monkeypatch.setattr(sys, "argv", ["lbh-desktop"])
    assert entry.main() == 0
    assert seen == ["pause", True, "resume"]


IMPORTS_AFTER_PYSIDE = """
import json, linecache, sys
if sys.argv[1] == "install":
    from lbh_desktop.compat.pyside_import_scan import install
    install()
import PySide6.QtCore
sys.path.insert(0, sys.argv[2])
import qt_user, plain_module
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "flags": [feature.pyside_feature_dict[name] for name in ("qt_user", "plain_module")],
    "kept_lines": sum(name.endswith(("qt_user.py", "plain_module.py")) for name in linecache.cache),
}))
"""


@pytest.mark.parametrize("mode", ["install", "as shipped"])
def test_imports_get_pysides_flags_and_no_lines_are_kept(tmp_path: Path, mode: str) -> None:
    """In a fresh interpreter: a module mentioning PySide6 is flagged 0 and another -1 either
    way; with the check installed, linecache no longer holds every imported module's lines."""
    (tmp_path / "qt_user.py").write_text("import PySide6.QtCore\n")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(IMPORTS_AFTER_PYSIDE), mode, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["flags"] == [0, -1]
    assert report["kept_lines"] == (0 if mode == "install" else 2)


def test_install_lets_go_of_the_lines_pysides_own_start_read() -> None:
    """Importing shiboken6 has PySide6's own check read enum.py and shiboken6 through
    linecache; install() drops those lines and keeps entries that have no file."""
    code = (
        "import linecache\n"
        "linecache.cache['<generated>'] = (1, None, ['x = 1\\n'], '<generated>')\n"
        "from lbh_desktop.compat.pyside_import_scan import install\n"
        "install()\n"
        "print(sorted(linecache.cache))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "['<generated>']"


def module_at(path: Path, name: str | None = None) -> ModuleType:
    module = ModuleType(name or path.stem)
    module.__file__ = str(path)
    return module


REPLACED_NAMES = ("inspect", "getsource", "TypeError", "OSError", "SyntaxError")
"""What PySide6's own check calls (PySide6 6.7–6.11): inspect.getsource, three errors caught."""


def pysides_own_check() -> Callable[[ModuleType], bool]:
    check = getattr(sys.modules[FEATURE_MODULE], CHECK_NAME)
    original: Callable[[ModuleType], bool] = getattr(check, "__wrapped__", check)
    return original


def test_tripwire_pysides_check_is_still_the_one_we_replace() -> None:
    """Fails loudly on a PySide6 whose private check changed: re-measure the patch
    (benchmarks/startup_benchmark.py, progress_first_open.py) and update or drop it."""
    original = pysides_own_check()
    found = (original.__code__.co_varnames[:1], original.__code__.co_names)
    assert found == (("module",), REPLACED_NAMES), (
        f"PySide6 {PySide6.__version__} changed {FEATURE_MODULE}.{CHECK_NAME}: "
        "lbh_desktop/compat/pyside_import_scan.py no longer answers the same question"
    )


def test_tripwire_pyside_still_looks_the_check_up_by_name_on_each_import() -> None:
    """The patch works by replacing a module global; a PySide6 that bound the function
    elsewhere would silently ignore it."""
    feature = sys.modules[FEATURE_MODULE]
    callers = sorted(
        name
        for name, value in vars(feature).items()
        if CHECK_NAME in getattr(getattr(value, "__code__", None), "co_names", ())
    )
    assert "feature_imported" in callers, (
        f"PySide6 {PySide6.__version__}: {FEATURE_MODULE}.feature_imported no longer calls "
        f"{CHECK_NAME}; lbh_desktop/compat/pyside_import_scan.py has no effect"
    )

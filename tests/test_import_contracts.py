"""The import contracts hold for the package, and each one fails on a planted violation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import lbh_desktop
from tests.import_contracts import FEATURES, circles, violations

PACKAGE = Path(lbh_desktop.__file__).parent


def test_the_package_keeps_every_import_contract() -> None:
    assert violations(PACKAGE) == []


def test_every_feature_folder_exists_with_a_one_line_description() -> None:
    for folder in (*(f"ui/{name}" for name in FEATURES), "ui/shared", "shell", "core", "storage"):
        init = PACKAGE / folder / "__init__.py"
        assert init.is_file(), folder
        assert init.read_text(encoding="utf-8").count("\n") == 1, folder


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "lbh_desktop"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def plant(package: Path, module: str, line: str) -> None:
    path = package / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("module", "line", "rule"),
    [
        ("core/models.py", "from PySide6.QtCore import QObject", "third-party"),
        ("core/timeline.py", "import tinydb", "third-party"),
        ("storage/repository.py", "from PySide6.QtWidgets import QWidget", "third-party"),
        ("ui/player/sound.py", "import tinydb", "third-party"),
        ("core/models.py", "from lbh_desktop.storage import bundled", "layer"),
        ("storage/tables.py", "from lbh_desktop.ui.shared import theme", "layer"),
        ("ui/shared/plain_label.py", "from lbh_desktop.ui.player import sound", "layer"),
        (
            "ui/player/sound.py",
            "from lbh_desktop.ui.library import library_view",
            "feature to feature",
        ),
        (
            "ui/settings/settings_dialog.py",
            "    from lbh_desktop.ui.speech.speech import Speech",  # inside a function too
            "feature to feature",
        ),
        (
            "ui/progress/plotting.py",
            "from lbh_desktop.shell.app import App",
            "nothing imports the shell",
        ),
        ("platform/idle_source.py", "from lbh_desktop.platform import idle", "circle"),
    ],
)
def test_a_planted_violation_is_reported(copy: Path, module: str, line: str, rule: str) -> None:
    if line.startswith("    "):
        line = "def _planted() -> None:\n" + line
    plant(copy, module, line)
    found = violations(copy)
    assert found, f"{module}: {line.strip()} went unnoticed"
    assert any(problem.startswith(f"{rule}:") for problem in found), found


def test_a_circle_is_named_by_its_members() -> None:
    edges = {("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")}
    assert circles(["a", "b", "c", "d"], edges) == [["a", "b", "c", "a"]]

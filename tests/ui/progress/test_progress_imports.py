"""Start-up stays fast: pyqtgraph and numpy load only when the Progress page is first opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("pyqtgraph", "numpy")


def run(code: str, data_dir: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


def test_building_the_app_loads_neither_pyqtgraph_nor_numpy(isolated_dirs: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from lbh_desktop.shell.build import build_app\n"
        "from lbh_desktop.core.clock import FakeClock\n"
        "built = build_app(Path(sys.argv[1]), FakeClock())\n"
        "built.repository.close()\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert run(code, isolated_dirs) == "[]"


def test_only_the_progress_page_modules_load_them(isolated_dirs: Path) -> None:
    """Every other module of the app, the progress package and its controller import light;
    the page itself does bring pyqtgraph."""
    code = (
        "import sys, importlib, pkgutil\n"
        "import lbh_desktop\n"
        "names = [m.name for m in pkgutil.walk_packages(lbh_desktop.__path__, 'lbh_desktop.')]\n"
        "light = [n for n in names if not n.startswith('lbh_desktop.ui.progress.')\n"
        "         or n == 'lbh_desktop.ui.progress.progress_controller']\n"
        "for name in light:\n"
        "    importlib.import_module(name)\n"
        f"before = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        "importlib.import_module('lbh_desktop.ui.progress.progress_view')\n"
        f"after = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        "print(len(light) > 10, before, after)\n"
    )
    assert run(code, isolated_dirs) == "True [] ['numpy', 'pyqtgraph']"


def test_neither_start_up_nor_the_progress_page_loads_the_player_page(
    isolated_dirs: Path,
) -> None:
    """The player page (its view, display model and the player itself) loads on first use;
    the Progress page and the library share a plain label module instead of importing it."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from lbh_desktop.shell.build import build_app\n"
        "from lbh_desktop.core.clock import FakeClock\n"
        "built = build_app(Path(sys.argv[1]), FakeClock())\n"
        "page = 'lbh_desktop.ui.player.player_view'\n"
        "at_start = page in sys.modules\n"
        "built.window.progress_action.trigger()\n"
        "app.processEvents()\n"
        "with_progress = (page in sys.modules, 'pyqtgraph' in sys.modules)\n"
        "built.window.player\n"
        "print(at_start, *with_progress, page in sys.modules)\n"
        "built.repository.close()\n"
    )
    assert run(code, isolated_dirs) == "False False True True"

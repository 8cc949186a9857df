"""Start-up builds only what the first window shows: import/export, restart and the safety
notice's dialog load on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LATER = (
    "lbh_desktop.ui.library.import_export_controller",
    "lbh_desktop.ui.library.import_dialogs",
    "lbh_desktop.core.import_plan",
    "lbh_desktop.shell.restart",
    "lbh_desktop.ui.shared.safety_notice",
)

CODE = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lbh_desktop.shell.build import build_app
from lbh_desktop.core.clock import FakeClock
built = build_app(Path(sys.argv[1]), FakeClock())
at_start = sorted(name for name in {LATER!r} if name in sys.modules)
from lbh_desktop.ui.library.import_export_controller import ImportExportController
before_use = built.window.findChild(ImportExportController) is None
controller = built.import_export()
found = built.window.findChild(ImportExportController)
same = controller is built.import_export() and found is controller
print(at_start, before_use, same)
built.repository.close()
"""


def test_building_the_app_leaves_import_export_restart_and_the_notice_for_later(
    isolated_dirs: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(isolated_dirs)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "[] True True"

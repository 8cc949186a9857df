"""Regression: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

CALLS = 50_000

VOID_CALLS = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar
app = QApplication([])
label, bar, timer = QLabel(), QProgressBar(), QTimer()
before = sys.getrefcount(None)
for i in range({CALLS} // 4):
    label.setText("x")
    bar.setValue(i % 100)
    timer.start(1000)
    timer.stop()
print(sys.getrefcount(None) - before)
"""


def test_fifty_thousand_void_qt_calls_leave_none_intact() -> None:
    result = subprocess.run(
        [sys.executable, "-c", VOID_CALLS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"interpreter died: {result.stderr[-2000:]}"
    # On an affected build the count falls by one per call (and the process aborts);
    # on 3.12+ None is immortal and the count does not move.
    assert int(result.stdout.strip()) > -1000


def test_installed_pyside6_respects_the_python_311_pin() -> None:
    major, minor = (int(part) for part in version("PySide6-Essentials").split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12)
    assert version("PySide6-Addons").split(".")[:2] == version("PySide6-Essentials").split(".")[:2]

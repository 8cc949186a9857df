"""Pointing at the Progress button loads the chart libraries in the background, not before."""

from __future__ import annotations

import subprocess
import sys

HOVER_THEN_OPEN = """
import os, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lbh_desktop.app import build_app
from lbh_desktop.core.clock import FakeClock
built = build_app(Path(tempfile.mkdtemp()), FakeClock())
built.window.show()
app.processEvents()
print("before", "pyqtgraph" in sys.modules)
button = built.window.navigation.widgetForAction(built.window.progress_action)
QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
deadline = time.monotonic() + 30
while "pyqtgraph" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
import threading
for thread in threading.enumerate():
    if thread.name == "chart-prefetch":
        thread.join(30)
print("after hover", "pyqtgraph" in sys.modules)
built.window.progress_action.trigger()
print("page shown", built.window.pages.currentWidget() is built.progress_view)
"""


def test_hovering_progress_prefetches_charts_and_the_page_then_opens() -> None:
    result = subprocess.run(
        [sys.executable, "-c", HOVER_THEN_OPEN], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["before False", "after hover True", "page shown True"]

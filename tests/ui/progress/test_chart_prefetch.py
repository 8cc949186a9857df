"""Pointing at the Progress button loads the chart libraries in the background, not before."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

HOVER_THEN_OPEN = """
import os, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lbh_desktop.shell.build import build_app
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


LOAD = """
import gc, os, sys
from lbh_desktop.ui.progress.chart_prefetch import load_chart_libraries
load_chart_libraries()
load_chart_libraries()  # once is enough; a second call changes nothing
print(os.environ.get("OPENBLAS_NUM_THREADS"), "numpy" in sys.modules, "pyqtgraph" in sys.modules,
      gc.isenabled(), gc.get_freeze_count() > 0)
"""


@pytest.mark.parametrize(("users", "expected"), [(None, "1"), ("4", "4")])
def test_loading_the_chart_libraries_uses_one_blas_thread_unless_the_user_chose(
    users: str | None, expected: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if users is not None:
        env["OPENBLAS_NUM_THREADS"] = users
    result = subprocess.run(
        [sys.executable, "-c", LOAD], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # Loaded, the collector running again, and the libraries' objects frozen out of it.
    assert result.stdout.split() == [expected, "True", "True", "True", "True"]

"""Loads pyqtgraph and numpy on a worker thread once the user heads for the Progress page."""

from __future__ import annotations

import importlib
import sys
import threading

_started = threading.Event()


def _import_chart_libraries() -> None:
    importlib.import_module("numpy")
    importlib.import_module("pyqtgraph")


def prefetch_chart_libraries() -> threading.Thread | None:
    """Starts the import once; the thread, or None when it is loaded or already loading.

    Start-up and the background app never pay for the ~250 ms import; a pointer resting on
    the Progress button usually gives it time to finish before the click.
    """
    if "pyqtgraph" in sys.modules or _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(target=_import_chart_libraries, name="chart-prefetch", daemon=True)
    thread.start()
    return thread

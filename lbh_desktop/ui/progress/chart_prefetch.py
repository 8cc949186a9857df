"""Loads pyqtgraph and numpy: once the user heads for the Progress page, or when it opens."""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading

_started = threading.Event()
_load_lock = threading.Lock()
_loaded = False


def load_chart_libraries() -> None:
    """Imports numpy and pyqtgraph (at once when already loaded).

    Two things make the import faster without changing what is loaded: numpy's OpenBLAS
    starts one thread instead of one per core (the charts do no linear algebra; a user's own
    OPENBLAS_NUM_THREADS wins), and the garbage collector pauses during the import, whose
    tens of thousands of new, long-lived objects would otherwise trigger full collections
    (~25 ms); they are then frozen, so later collections skip them instead of paying later.
    """
    global _loaded
    with _load_lock:  # a page opening while the prefetch runs waits for it here
        if _loaded:
            return
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        collecting = gc.isenabled()
        gc.disable()
        try:
            importlib.import_module("numpy")
            importlib.import_module("pyqtgraph")
            _loaded = True
        finally:
            if collecting:
                gc.freeze()
                gc.enable()


def prefetch_chart_libraries() -> threading.Thread | None:
    """Starts the import once; the thread, or None when it is loaded or already loading.

    Start-up and the background app never pay for the ~200 ms import; a pointer resting on
    the Progress button usually gives it time to finish before the click.
    """
    if "pyqtgraph" in sys.modules or _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(target=load_chart_libraries, name="chart-prefetch", daemon=True)
    thread.start()
    return thread

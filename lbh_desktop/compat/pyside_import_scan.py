"""Makes PySide6's check of every newly imported module read the file instead of inspect."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"
MARKER = "_lbh_reads_file"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the source of `module` mentions PySide6: PySide6's own question, answered by
    reading a .py file's bytes; anything else (built-in, compiled, no file) asks `fallback`."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def install() -> bool:
    """Replaces PySide6's check; True when it did, False when already done or not found.

    After PySide6 is first imported, its `__feature__` support asks of every module imported
    later whether its source mentions "PySide6", through inspect.getsource. That goes through
    linecache, which keeps the lines of every module in memory (5.9 MB once the Progress page
    is open) and costs 0.1 ms a module: 13 ms at start-up and 20–37 ms when the Progress page
    imports pyqtgraph and numpy. Reading the bytes gives the same answer in a fifth of the
    time and keeps nothing. Call it first thing, before the app's modules load. The lines
    PySide6 read for its own first modules (enum.py, shiboken6: about 190 KB) are let go.
    """
    import shiboken6  # noqa: F401  (creates the feature module, before any PySide6 module)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK_NAME, None)
    if feature is None or not callable(original) or getattr(original, MARKER, False):
        return False

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    setattr(check, MARKER, True)
    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, CHECK_NAME, check)
    forget_read_sources()
    return True


def forget_read_sources() -> None:
    """Drops the lines linecache holds for files on disk (re-read if a traceback needs them);
    entries for code with no file ("<...>") cannot be read again and stay."""
    linecache = sys.modules.get("linecache")
    if linecache is None:
        return
    for name in [name for name in linecache.cache if not name.startswith("<")]:
        linecache.cache.pop(name, None)

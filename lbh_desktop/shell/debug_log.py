"""`--debug`: every log message, at DEBUG level, into a small rotating file in the state folder."""

from __future__ import annotations

import logging
import platform
import sys
from collections.abc import Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from lbh_desktop import __version__
from lbh_desktop.platform.xdg import base_dir

LOG_FILE_NAME = "debug.log"
MAX_BYTES = 1_000_000
"""The file rolls over at about 1 MB..."""
BACKUP_COUNT = 2
"""...keeping debug.log.1 and debug.log.2, so the log never takes more than about 3 MB."""
HANDLER_NAME = "lbh-desktop-debug-log"
LINE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def state_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_STATE_HOME, or ~/.local/state when it is unset or not absolute (as the spec says)."""
    return base_dir("XDG_STATE_HOME", ".local/state", environ)


def debug_log_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where --debug writes: $XDG_STATE_HOME/lbh-desktop/debug.log."""
    return state_home(environ) / "lbh-desktop" / LOG_FILE_NAME


def enable_debug_log(path: Path | None = None, out: TextIO | None = None) -> Path:
    """Sends all logging, DEBUG and up, to `path` (default debug_log_path()); prints and returns it.

    Calling it again replaces the handler rather than adding a second one.
    """
    stream = out if out is not None else sys.stdout
    target = path if path is not None else debug_log_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    disable_debug_log()
    handler = RotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.set_name(HANDLER_NAME)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter(LINE_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.captureWarnings(True)
    logging.getLogger("lbh_desktop").debug(
        "LBH Desktop %s, Python %s on %s, arguments %s",
        __version__,
        platform.python_version(),
        platform.platform(),
        sys.argv[1:],
    )
    print(f"Debug log: {target}", file=stream, flush=True)
    return target


def disable_debug_log() -> None:
    """Removes and closes the handler enable_debug_log added, if any."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()


def log_qt_messages() -> None:
    """Qt's own warnings (plugins, fonts, multimedia) into the log too, under the name "qt"."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handle(kind: QtMsgType, context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handle)

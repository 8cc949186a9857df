"""Restarting the app: the new process starts after this one has let go of its single instance."""

from __future__ import annotations

import atexit
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

DROPPED_ON_RESTART = {"--background": False, "--routine": True}
"""Options a restart leaves out, each with whether it takes a value. A restart is asked for
from the window: `--background` would bring the app back without it, `--routine` would open
that routine again."""


def app_arguments(arguments: Sequence[str], dropped: Mapping[str, bool]) -> list[str]:
    """`arguments` less the `dropped` options, in both forms: `--routine NAME`, `--routine=NAME`."""
    kept: list[str] = []
    skip_value = False
    for argument in arguments:
        if skip_value:
            skip_value = False
        elif argument in dropped:
            skip_value = dropped[argument]
        elif argument.split("=", 1)[0] not in dropped:
            kept.append(argument)
    return kept


def relaunch_command(dropped: Mapping[str, bool] = DROPPED_ON_RESTART) -> list[str]:
    """This process's command line: the bundled program, or this Python with the same
    interpreter options and script (`-m lbh_desktop`, the `lbh-desktop` script)."""
    arguments = app_arguments(sys.argv[1:], dropped)
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the program is sys.executable
        return [sys.executable, *arguments]
    # orig_argv is [python, *options, script or -m module or -c code, *arguments]
    start = sys.orig_argv[1 : len(sys.orig_argv) - (len(sys.argv) - 1)]
    return [sys.executable, *start, *arguments]


def start_detached(command: Sequence[str], folder: Path) -> None:
    """Starts `command` in `folder` on its own: it outlives this process and its terminal."""
    try:
        if sys.platform == "win32":
            flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
            subprocess.Popen(command, cwd=folder, stdin=subprocess.DEVNULL, creationflags=flags)
        else:
            subprocess.Popen(command, cwd=folder, stdin=subprocess.DEVNULL, start_new_session=True)
    except OSError as error:
        log.warning("Restart: could not start %s: %s", command, error)
        print(f"lbh-desktop: could not start again: {error}", file=sys.stderr)


def restart_app(quit_app: Callable[[], None] = QCoreApplication.quit) -> bool:
    """Quits through `quit_app` and, if the app does quit, starts it again with the same
    command line as this process exits. False when the quit was refused (App.quit asks about
    unsaved changes and a running routine first): then nothing restarts, now or later.

    A new process started any earlier would find this one still holding the single-instance
    lock and only ask it to show its window. run() lets go of the lock and closes the data
    after the event loop ends, before returning; the start waits for the interpreter's exit.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    command, folder = relaunch_command(), Path(os.getcwd())
    quitting: list[bool] = []

    def note_quitting() -> None:
        quitting.append(True)

    # Qt 6 emits aboutToQuit inside quit() once no window refused to close (and not at all
    # when one did), so whether the app is on its way out is known when quit_app() returns.
    app.aboutToQuit.connect(note_quitting)
    try:
        quit_app()
    finally:
        app.aboutToQuit.disconnect(note_quitting)
    if quitting:
        atexit.register(start_detached, command, folder)
    return bool(quitting)

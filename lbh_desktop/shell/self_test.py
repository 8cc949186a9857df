"""`lbh-desktop --self-test`: plays the desk break headless on a fast clock and checks the log."""

# It proves an installed copy (a wheel, a PyInstaller bundle) is whole: the shipped resources
# are found, Qt's platform, image-format and icon plugins load, the real app is built and
# wired, a routine plays to the end with Done pressed on the rep steps as a user would, and
# the finished session is on disk. It prints one line and returns 0, or one line starting
# "self-test FAILED:" and returns 1.

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from lbh_desktop import __version__

ROUTINE_ID = "desk-stretch-break"
STEP_SECONDS = 0.25
"""Simulated seconds per tick: finer than a whole second, so every countdown boundary is seen."""
REPS_SECONDS = 2.0
"""How long the simulated user takes over a set of reps before pressing Done."""
MAX_SIMULATED_SECONDS = 3 * 3600.0


class SelfTestError(Exception):
    """A check failed; the message says which."""


def run_self_test(data_dir: Path | None = None, out: TextIO | None = None) -> int:
    """Runs the self-test; `data_dir` defaults to a fresh temporary folder removed afterwards."""
    stream = out if out is not None else sys.stdout
    started = time.perf_counter()
    try:
        with _data_folder(data_dir) as folder:
            summary = _play_desk_break(folder)
    except Exception as error:  # every failure becomes the one FAILED line
        detail = str(error).replace("\n", " ").strip() or type(error).__name__
        if not isinstance(error, SelfTestError):
            detail = f"{type(error).__name__}: {detail}"
        print(f"self-test FAILED: {detail}", file=stream, flush=True)
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"LBH Desktop {__version__} self-test passed: {summary}, {elapsed:.1f} s",
        file=stream,
        flush=True,
    )
    return 0


@contextmanager
def _data_folder(data_dir: Path | None) -> Iterator[Path]:
    if data_dir is not None:
        yield data_dir
        return
    with tempfile.TemporaryDirectory(prefix="lbh-desktop-self-test-") as folder:
        yield Path(folder)


def _play_desk_break(data_dir: Path) -> str:
    # Qt reads the platform when the QApplication is created, so this must come first.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImageReader

    from lbh_desktop.core.clock import FakeClock
    from lbh_desktop.core.i18n import translate
    from lbh_desktop.core.models import SessionStatus, StepMode
    from lbh_desktop.core.player import PlayerState
    from lbh_desktop.core.timeline import SegmentKind
    from lbh_desktop.shell.build import build_app
    from lbh_desktop.shell.qt_application import create_application
    from lbh_desktop.shell.startup_repository import StartupError
    from lbh_desktop.storage import bundled
    from lbh_desktop.storage.preferences import Preferences
    from lbh_desktop.storage.repository import Repository
    from lbh_desktop.ui.shared.language import install_language

    qt_app = create_application([])
    if qt_app.windowIcon().isNull():
        raise SelfTestError("the app icon did not load (Qt's svg icon engine plugin is missing)")
    if b"svg" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        raise SelfTestError("Qt cannot read SVG images (the svg image-format plugin is missing)")
    language = install_language(qt_app, "system")  # as start-up does, before the catalogue
    if language != "en" and translate("main_window", "&Help") == "&Help":
        raise SelfTestError(f"the {language} translations did not load (resources/i18n)")

    clock = FakeClock(monotonic=time.monotonic(), wall=time.time())
    try:
        app = build_app(data_dir, clock)
    except StartupError as error:
        raise SelfTestError(str(error)) from error
    window = app.window
    try:
        window.resize(1100, 720)
        window.show()
        routine = app.repository.routine(ROUTINE_ID)
        if routine is None:
            raise SelfTestError(f"the built-in routine {ROUTINE_ID!r} is missing")
        app.open_routine(routine)
        view = window.player
        if window.pages.currentWidget() is not view:
            raise SelfTestError("the player page did not open")
        QCoreApplication.processEvents()
        view.primary_button.click()  # Start
        player = app.player.player
        if player is None or player.state is not PlayerState.RUNNING:
            raise SelfTestError("the routine did not start")
        illustrated = 0
        simulated = 0.0
        while player.state is PlayerState.RUNNING:
            if simulated > MAX_SIMULATED_SECONDS:
                raise SelfTestError(f"the routine was still running after {simulated:.0f} s")
            segment = player.current
            waits_for_done = (
                segment is not None
                and segment.kind is SegmentKind.WORK
                and segment.mode in (StepMode.REPS, StepMode.OPEN)
            )
            if waits_for_done and player.snapshot().elapsed >= REPS_SECONDS:
                if not view.done_button.isEnabled():
                    raise SelfTestError("Done is disabled on a set of reps")
                view.done_button.click()
                continue
            clock.advance(STEP_SECONDS)
            simulated += STEP_SECONDS
            app.player.tick()
            if view.illustration.isVisible():
                illustrated += 1
            QCoreApplication.processEvents()
        if player.state is not PlayerState.FINISHED:
            raise SelfTestError(f"the routine ended as {player.state.value}, not finished")
        if not illustrated:
            raise SelfTestError("no exercise illustration was shown")
        if window.grab().isNull():
            raise SelfTestError("the window could not be drawn")
    finally:
        window.close()
        window.deleteLater()
        app.repository.close()
        QCoreApplication.processEvents()

    # Read the log back from disk, as the next start of the app would.
    folder = Preferences(data_dir / "settings.ini").history_folder
    builtins = bundled.load_builtin_routines()
    with Repository.open(data_dir, builtins, history_folder=folder) as repository:
        sessions = [s for s in repository.sessions() if s.routine_id == ROUTINE_ID]
    if not sessions:
        raise SelfTestError(f"no session of {ROUTINE_ID} was logged")
    session = sessions[-1]
    if session.status is not SessionStatus.COMPLETED:
        raise SelfTestError(f"the session was logged as {session.status.value}, not completed")
    if len(session.steps) != len(routine.steps) or not all(s.completed for s in session.steps):
        raise SelfTestError("not every step was logged as completed")
    return (
        f"{ROUTINE_ID} completed, {len(session.steps)} moves, "
        f"{simulated / 60:.1f} min of routine played"
    )

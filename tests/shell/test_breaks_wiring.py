"""build_breaks on the real app: no tray offscreen, so the mini window keeps reminders running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_schedule import ScheduleState
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.models import RoutineKind, SessionStatus, StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import Breaks, build_breaks
from lbh_desktop.ui.breaks.break_controller import status_text
from lbh_desktop.ui.breaks.tray_view import tray_available

# Showing the main window again raises it, and showing the mini window sets its size hints;
# the offscreen test platform supports neither and says so.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


@pytest.fixture
def breaks(app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Breaks]:
    # Opening the window or a routine loads QtMultimedia, which logs machine-dependent warnings
    # (no pipewire, no PulseAudio server); sound has its own tests, so it stays unloaded here.
    monkeypatch.setattr(app.sound, "load", lambda: None)
    built = build_breaks(app, clock, 1)
    yield built
    built.mini.close()
    built.mini.deleteLater()
    built.reminder.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)  # build_breaks turned it off for the whole app


def start_button(breaks: Breaks) -> QPushButton:
    (button,) = [
        b for b in breaks.mini.findChildren(QPushButton) if b.text() == "Start a break now"
    ]
    return button


def test_offscreen_has_no_tray_so_none_is_built(breaks: Breaks) -> None:
    assert not tray_available()
    assert breaks.tray is None


def test_closing_the_window_keeps_running_in_the_mini_window(
    app: App, breaks: Breaks, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert app.keep_running_on_close is not None
    assert not app.window.close()  # the close event is ignored: the app keeps running
    qtbot.waitUntil(breaks.mini.isVisible, timeout=2000)
    assert not app.window.isVisible()
    assert not QApplication.quitOnLastWindowClosed()
    assert app.keep_running_on_close is not None
    assert quits == []
    expected = status_text(breaks.controller.schedule.snapshot())
    assert breaks.mini.status_label.text() == expected


def player_state(app: App) -> PlayerState | None:
    return None if app.player.player is None else app.player.player.state


def test_start_a_break_from_the_mini_window_plays_a_desk_break_and_logs_it(
    app: App, breaks: Breaks, clock: FakeClock, qtbot: QtBot, played_cues: list[SoundCue]
) -> None:
    app.window.close()
    qtbot.waitUntil(breaks.mini.isVisible, timeout=2000)
    start_button(breaks).click()

    assert app.window.isVisible() and not breaks.mini.isVisible()
    assert app.window.pages.currentWidget() is app.window.player
    player = app.player.player
    assert player is not None
    assert player.timeline.routine.kind is RoutineKind.DESK_BREAK
    assert player_state(app) is PlayerState.RUNNING
    assert breaks.controller.schedule.snapshot().state is ScheduleState.ON_BREAK

    for _ in range(10_000):
        if player_state(app) is PlayerState.FINISHED:
            break
        segment = player.current
        if (
            segment is not None
            and segment.kind is SegmentKind.WORK
            and segment.mode in (StepMode.REPS, StepMode.OPEN)
        ):
            clock.advance(2.0)
            app.player.tick()
            app.player._command("done")
        else:
            clock.advance(0.5)
            app.player.tick()
    assert player_state(app) is PlayerState.FINISHED
    assert SoundCue.ROUTINE_FINISHED in played_cues

    (session,) = app.repository.sessions()
    assert session.routine_kind is RoutineKind.DESK_BREAK
    assert session.status is SessionStatus.COMPLETED
    assert breaks.controller.schedule.snapshot().state is not ScheduleState.ON_BREAK


def test_quit_in_the_mini_window_quits_for_real(
    app: App, breaks: Breaks, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    app.window.close()
    qtbot.waitUntil(breaks.mini.isVisible, timeout=2000)
    (button,) = [b for b in breaks.mini.findChildren(QPushButton) if b.text() == "Quit"]
    button.click()
    assert quits == [True]
    assert app.keep_running_on_close is None


def test_the_reminders_controller_and_its_timers_go_with_the_mini_window(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    """A controller outliving its windows kept ticking and wrote to a deleted label."""
    import shiboken6

    built = build_breaks(app, clock, 1)
    controller = built.controller
    app.keep_running_on_close = None  # the app's own close would show the deleted window
    built.mini.deleteLater()
    built.reminder.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)
    qtbot.waitUntil(lambda: not shiboken6.isValid(controller))


def test_closing_the_small_window_without_a_tray_quits_instead_of_leaving_nothing_on_screen(
    breaks: Breaks, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    assert not app.window.close()  # the main window hides; the small window takes over
    assert breaks.mini.isVisible()
    breaks.mini.close()
    assert quits == [True]

"""Mat mode: F11 or its button enter, Esc or F11 leave, and it shows what the player shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.ui.player.mat_mode_view import MatModeView
from tests.ui.driving import press

# The offscreen platform cannot raise or size a full-screen window; a real one can.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


def mat_mode(app: App) -> MatModeView:
    assert app.mat_mode is not None
    return app.mat_mode


def start_at_a_timed_hold(app: App, clock: FakeClock) -> None:
    routine = app.repository.find_routine("Daily lower back & hip stretch")
    assert routine is not None
    app.open_routine(routine)
    press(Qt.Key.Key_Space)
    player = app.player.player
    assert player is not None
    for _ in range(600):
        segment = player.current
        if segment and segment.kind is SegmentKind.WORK and segment.mode is StepMode.TIMED:
            break
        clock.advance(0.5)
        app.player.tick()
    clock.advance(2.3)
    app.player.tick()


def test_f11_enters_and_esc_leaves_without_stopping(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    start_at_a_timed_hold(app, clock)
    mat = mat_mode(app)
    press(Qt.Key.Key_F11)
    qtbot.waitUntil(mat.isVisible)
    assert mat.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mat)
    press(Qt.Key.Key_Escape)  # the player's Esc would ask to stop; here it only leaves
    assert not mat.isVisible()
    assert app.player.player is not None
    assert app.player.player.state is PlayerState.RUNNING
    assert app.player.timer_running


def test_it_shows_the_current_step_and_the_time_left(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    start_at_a_timed_hold(app, clock)
    view = app.window.player
    view.mat_mode_button.click()
    mat = mat_mode(app)
    qtbot.waitUntil(mat.isVisible)
    assert mat.name_label.text() == view.exercise_label.text() != ""
    assert mat.phase_label.text() == "Stretch"  # cat-cow, a timed stretch
    before = mat.clock_label.text()
    assert before == view.clock_label.text() and before.isdigit()
    clock.advance(3.0)
    app.player.tick()
    assert int(mat.clock_label.text()) == int(before) - 3
    assert mat.clock_label.text() == view.clock_label.text()
    assert mat.next_up_label.text() == view.next_up_label.text()
    assert not mat.findChildren(QTimer)  # the player's one timer drives it


def test_digits_and_name_are_readable_from_the_floor(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    start_at_a_timed_hold(app, clock)
    mat = mat_mode(app)
    app.window.player.mat_mode_requested.emit()
    qtbot.waitUntil(mat.isVisible)
    screen_height = mat.screen().geometry().height()
    qtbot.waitUntil(lambda: mat.height() >= 0.9 * screen_height)
    height = mat.height()
    digits = QFontMetrics(mat.clock_label.font()).tightBoundingRect("0123456789")
    assert digits.height() >= 0.25 * height
    capitals = QFontMetrics(mat.name_label.font()).tightBoundingRect("HBD")
    assert capitals.height() >= 0.06 * height
    text_width = QFontMetrics(mat.clock_label.font()).horizontalAdvance(mat.clock_label.text())
    assert text_width <= mat.width()
    palette = mat.palette()
    assert palette.window().color().name() == "#000000"
    assert palette.windowText().color().name() == "#ffffff"


def test_a_small_screen_gets_the_whole_mat_mode_a_long_count_included(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    """Shown large, then 800×600: the window follows, and "10 reps" still fits its width
    (the count's text once held the window 1,264 px wide)."""
    start_at_a_timed_hold(app, clock)
    mat = mat_mode(app)
    app.window.player.mat_mode_requested.emit()
    qtbot.waitUntil(mat.isVisible)
    mat.showNormal()
    mat.clock_label.setText("10 Wiederholungen")
    mat.resize(1280, 800)
    qtbot.waitUntil(lambda: mat.width() == 1280)
    mat.resize(800, 600)
    qtbot.waitUntil(lambda: mat.width() == 800)
    mat._fit_clock()
    text_width = QFontMetrics(mat.clock_label.font()).horizontalAdvance(mat.clock_label.text())
    assert text_width <= mat.clock_label.width() <= 800


def test_keys_in_mat_mode_drive_the_player_and_f11_leaves(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    start_at_a_timed_hold(app, clock)
    mat = mat_mode(app)
    press(Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mat)
    player = app.player.player
    assert player is not None
    press(Qt.Key.Key_Space)
    assert player.state is PlayerState.PAUSED
    assert mat.phase_label.text() == "Paused" and mat.primary_button.text() == "Resume"
    press(Qt.Key.Key_Space)
    assert player.state is PlayerState.RUNNING
    index = player.current.index if player.current else -1
    press(Qt.Key.Key_Right)
    assert player.current is not None and player.current.index > index
    press(Qt.Key.Key_F11)
    assert not mat.isVisible()
    qtbot.waitUntil(lambda: app.window.player.hasFocus())
    assert player.state is PlayerState.RUNNING


def test_leaving_the_player_closes_mat_mode(app: App, clock: FakeClock, qtbot: QtBot) -> None:
    start_at_a_timed_hold(app, clock)
    mat = mat_mode(app)
    press(Qt.Key.Key_F11)
    qtbot.waitUntil(mat.isVisible)
    assert app.player.player is not None
    app.player.player.stop()
    app.player.leave_requested.emit()
    assert not mat.isVisible()

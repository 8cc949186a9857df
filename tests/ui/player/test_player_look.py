"""The player's look: the picture is the hero, the countdown sits in its progress ring, and every
button has an icon while keeping its text, its name and its key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.ui.player.player_controller import ConfirmStop
from lbh_desktop.ui.player.progress_ring import ProgressRing
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.style import style_sheet
from tests.ui.driving import press, run_for


def open_desk_break(app: App) -> None:
    routine = app.repository.find_routine("Desk stretch break")
    assert routine is not None
    app.open_routine(routine)


def resize(qtbot: QtBot, app: App, width: int, height: int) -> None:
    app.window.resize(width, height)
    qtbot.waitUntil(lambda: app.window.size() == QSize(width, height))
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def run_until_timed_work(app: App, clock: FakeClock) -> None:
    player = app.player.player
    assert player is not None
    for _ in range(2000):
        segment = player.current
        assert segment is not None
        if segment.kind is SegmentKind.WORK and segment.mode is StepMode.TIMED:
            return
        if segment.kind is SegmentKind.WORK:
            press(Qt.Key.Key_Return)
        run_for(app, clock, 0.25)
    raise AssertionError("no timed hold")


def test_every_button_has_an_icon_its_text_and_its_name(app: App) -> None:
    open_desk_break(app)
    view = app.window.player
    named = {
        view.library_button: ("Routines", "Back to routines"),
        view.back_button: ("Back", "Back"),
        view.primary_button: ("Start", "Start"),
        view.skip_button: ("Skip", "Skip"),
        view.done_button: ("Done", "Done"),
        view.hurts_button: ("This hurts", "This hurts"),
        view.mat_mode_button: ("Mat mode", "Mat mode"),
        view.stop_button: ("Stop", "Stop"),
    }
    for button, (text, name) in named.items():
        assert (button.text(), button.accessibleName()) == (text, name)
        assert not button.icon().isNull(), text
    assert not view.mute_button.icon().isNull()


def test_the_primary_and_sound_icons_follow_what_they_do(app: App, clock: FakeClock) -> None:
    open_desk_break(app)
    view = app.window.player
    start = view.primary_button.icon().name()
    press(Qt.Key.Key_Space)
    assert view.primary_button.text() == "Pause"
    assert view.primary_button.icon().name() == "media-playback-pause" != start
    app.sound.availability_changed.emit(True, "")
    view.set_sound_state(True, "", muted=False)
    assert view.mute_button.icon().name() == "audio-volume-high"
    press(Qt.Key.Key_M)
    assert view.mute_button.text() == "Muted"
    assert view.mute_button.icon().name() == "audio-volume-muted"


def test_the_countdown_sits_in_a_ring_that_fills_as_the_hold_runs(
    app: App, clock: FakeClock
) -> None:
    open_desk_break(app)
    view = app.window.player
    ring = view.move_ring
    assert isinstance(ring, ProgressRing)
    assert view.clock_label.parentWidget() is ring
    assert ring.accessibleName() == "Move progress"
    assert ring.value() == 0  # the Ready screen
    press(Qt.Key.Key_Space)
    run_until_timed_work(app, clock)
    player = app.player.player
    assert player is not None and player.current is not None
    duration = player.current.duration or 0
    run_for(app, clock, duration / 2)
    assert ring.value() == pytest.approx(500, abs=15)
    assert ring.value() == app.player._last_display.move_permille  # type: ignore[union-attr]
    assert ring.rect().contains(view.clock_label.geometry())


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)], ids=["1280x800", "800x600"])
def test_the_picture_is_the_largest_thing_on_the_page(
    app: App, clock: FakeClock, qtbot: QtBot, size: tuple[int, int]
) -> None:
    open_desk_break(app)
    resize(qtbot, app, *size)
    press(Qt.Key.Key_Space)
    run_until_timed_work(app, clock)
    view = app.window.player
    picture = view.illustration.width() * view.illustration.height()
    assert view.illustration.isVisible()
    for widget in (view.move_ring, view.instructions_scroll, view.exercise_label):
        assert picture > widget.width() * widget.height(), widget.accessibleName()
    clock_px = view.clock_label.font().pixelSize()
    assert clock_px >= 48  # still readable from the mat
    assert view.clock_label.fontMetrics().horizontalAdvance(view.clock_label.text()) <= (
        view.clock_label.width()
    )


def test_the_stopped_screen_draws_no_ring(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 3)
    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: True))
    app.player.request_stop()
    player = app.player.player
    assert player is not None and player.state is PlayerState.STOPPED
    view = app.window.player
    assert not view.move_ring.ring_shown
    assert view.move_ring.minimumHeight() == 0


def test_the_navigation_has_icons_after_the_first_paint_and_preferences(
    app: App, qtbot: QtBot
) -> None:
    window = app.window
    window.show()
    qtbot.waitUntil(lambda: not window.routines_action.icon().isNull())
    assert not window.progress_action.icon().isNull()
    buttons = {b.accessibleName(): b for b in window.navigation.findChildren(QToolButton)}
    assert {"Routines", "Progress", "Preferences"} <= set(buttons)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.routines_action.shortcut().toString() == "Ctrl+1"
    assert buttons["Routines"].toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_buttons_icons_grow_with_the_text(app: App, qtbot: QtBot) -> None:
    open_desk_break(app)
    view = app.window.player
    resize(qtbot, app, 1280, 800)
    small = view.back_button.iconSize().width()
    assert app.settings is not None
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    qapp.setStyleSheet(style_sheet(LIGHT))  # as the real app has from the start
    app.settings.appearance.apply("light", 200)
    try:
        resize(qtbot, app, 1000, 700)
        assert view.back_button.iconSize().width() > small
        assert all(
            b.iconSize() == view.back_button.iconSize() for b in view.findChildren(QPushButton)
        )
        navigation = app.window.navigation.iconSize().width()
        assert navigation == view.back_button.iconSize().width()
    finally:
        app.settings.appearance.restore_defaults()

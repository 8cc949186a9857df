"""In the background the main window is built only when first needed, and then fully wired."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_schedule import ScheduleState
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import RoutineKind
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import Breaks, build_breaks
from lbh_desktop.shell.build import build_app
from lbh_desktop.shell.lazy_app import LazyApp, open_data

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


class Built:
    """The lazy app and its breaks; records each App built."""

    def __init__(self, data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
        self.apps: list[App] = []
        data = open_data(data_dir)
        data.preferences.safety_notice_accepted = True
        # Reminders all day, every day, so a fake clock can make a break due.
        data.preferences.working_days = frozenset(range(7))
        data.preferences.working_hours = (time(0, 0), time(23, 59))

        def build() -> App:
            app = build_app(data_dir, clock, opened=data)
            # No audio or speech engine: they log machine-dependent warnings (see conftest.py).
            monkeypatch.setattr(app.sound, "load", lambda: None)
            if app.speech is not None:
                monkeypatch.setattr(app.speech, "load", lambda: None)
            self.apps.append(app)
            return app

        self.lazy = LazyApp(data, build)
        self.breaks: Breaks = build_breaks(self.lazy, clock, 1)

    def close(self) -> None:
        for app in self.apps:
            if app.player.player is not None and app.player.active:
                app.player.player.stop()
            app.keep_running_on_close = None
            app.window.close()
            app.window.deleteLater()
        self.breaks.mini.close()
        self.breaks.mini.deleteLater()
        self.breaks.reminder.deleteLater()
        self.lazy.repository.close()
        QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def background(
    qtbot: QtBot, clock: FakeClock, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Built]:
    built = Built(isolated_dirs, clock, monkeypatch)
    built.breaks.show_in_background()
    yield built
    built.close()


def mini_button(breaks: Breaks, text: str) -> QPushButton:
    (button,) = [b for b in breaks.mini.findChildren(QPushButton) if b.text() == text]
    return button


def test_waiting_in_the_background_builds_no_window(background: Built) -> None:
    assert background.lazy.built is None
    assert background.breaks.mini.isVisible()  # offscreen has no tray
    assert "break" in background.breaks.mini.status_label.text().lower()


def test_a_due_break_shows_its_reminder_without_building_the_window(
    background: Built, clock: FakeClock, qtbot: QtBot
) -> None:
    clock.advance(61)
    background.breaks.controller.check()
    qtbot.waitUntil(background.breaks.reminder.isVisible, timeout=2000)
    assert "stretch break" in background.breaks.reminder.title_label.text()
    assert background.lazy.built is None
    background.breaks.reminder.skip_requested.emit()
    assert background.lazy.built is None


def test_open_builds_the_window_once_and_wires_it(background: Built, qtbot: QtBot) -> None:
    mini_button(background.breaks, "Open LBH Desktop").click()
    app = background.lazy.built
    assert app is not None and background.apps == [app]
    qtbot.waitUntil(app.window.isVisible, timeout=2000)
    assert not background.breaks.mini.isVisible()
    assert app.keep_running_on_close is not None  # closing hides to the small window again
    assert not app.window.close()
    qtbot.waitUntil(background.breaks.mini.isVisible, timeout=2000)
    mini_button(background.breaks, "Open LBH Desktop").click()
    assert background.apps == [app]  # built once


def test_start_a_break_builds_the_window_and_plays_a_desk_break(
    background: Built, qtbot: QtBot
) -> None:
    mini_button(background.breaks, "Start a break now").click()
    app = background.lazy.built
    assert app is not None
    assert app.window.isVisible()
    player = app.player.player
    assert player is not None
    assert player.timeline.routine.kind is RoutineKind.DESK_BREAK
    assert background.breaks.controller.schedule.snapshot().state is ScheduleState.ON_BREAK


def test_quit_before_the_window_exists_quits_without_building_it(
    background: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    mini_button(background.breaks, "Quit").click()
    assert quits == [True]
    assert background.lazy.built is None


def test_start_up_builds_the_window_when_it_has_something_to_show(
    background: Built,
) -> None:
    lazy = background.lazy
    assert lazy.can_wait(None)
    assert not lazy.can_wait("Desk stretch break")  # --routine opens the player
    lazy.preferences.safety_notice_accepted = False
    assert not lazy.can_wait(None)  # the first-run safety notice needs the window

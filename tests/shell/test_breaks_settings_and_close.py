"""Break settings keep the one-run --break-interval out of the saved preference; closing or
quitting during a break ends it in the schedule (the session is saved through the player)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_schedule import ScheduleState
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import SessionStatus
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import Breaks, build_breaks
from lbh_desktop.ui.breaks.break_settings_dialog import BreakChoices, BreakSettingsDialog
from lbh_desktop.ui.player.player_controller import ConfirmStop

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


@pytest.fixture
def breaks(app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Breaks]:
    monkeypatch.setattr(app.sound, "load", lambda: None)
    app.preferences.break_interval_minutes = 45
    app.preferences.working_days = frozenset(range(7))
    app.preferences.working_hours = (time(0, 0), time(23, 59))
    built = build_breaks(app, clock, 1)  # as `--break-interval 1` would
    yield built
    built.mini.close()
    built.mini.deleteLater()
    built.reminder.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)


def answer_settings(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, object] | None = None
) -> list[BreakChoices]:
    """The dialog answers OK, with `change` made by the user; returns what it was shown."""
    shown: list[BreakChoices] = []

    def ask(
        cls: type, parent: object, current: BreakChoices, *rest: object, **options: object
    ) -> BreakChoices:
        shown.append(current)
        if change is None:
            return current
        return BreakChoices(**{**current.__dict__, **change})  # type: ignore[arg-type]

    monkeypatch.setattr(BreakSettingsDialog, "ask", classmethod(ask))
    return shown


def test_ok_without_touching_the_interval_keeps_the_saved_one_and_this_runs_override(
    app: App, breaks: Breaks, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer_settings(monkeypatch, {"pre_warning": False})
    app.window.break_settings_requested.emit()
    assert shown[0].interval_minutes == 45  # the saved preference, not the override
    assert app.preferences.break_interval_minutes == 45
    assert not app.preferences.break_pre_warning  # the rest is saved as chosen
    assert breaks.controller.schedule.settings.interval_minutes == 1  # still this run's
    assert breaks.controller.schedule.settings.pre_warning_seconds == 0


def test_a_changed_interval_is_saved_and_used(
    app: App, breaks: Breaks, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_settings(monkeypatch, {"interval_minutes": 30})
    app.window.break_settings_requested.emit()
    assert app.preferences.break_interval_minutes == 30
    assert breaks.controller.schedule.settings.interval_minutes == 30


def play_a_break(app: App, breaks: Breaks, clock: FakeClock) -> None:
    breaks.controller.start_break()
    assert app.playing
    assert breaks.controller.schedule.snapshot().state is ScheduleState.ON_BREAK
    clock.advance(20)
    app.player.tick()


def test_closing_the_window_during_a_break_saves_it_and_ends_the_break(
    app: App, breaks: Breaks, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_a_break(app, breaks, clock)
    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: True))
    app.window.close()
    qtbot.waitUntil(breaks.mini.isVisible, timeout=2000)
    assert not app.playing
    (session,) = app.repository.sessions()
    assert session.status is not SessionStatus.IN_PROGRESS
    assert breaks.controller.schedule.snapshot().state is not ScheduleState.ON_BREAK


def test_quitting_during_a_break_saves_it_and_ends_the_break(
    app: App, breaks: Breaks, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_a_break(app, breaks, clock)
    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: True))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    app.quit()
    assert quits == [True]
    (session,) = app.repository.sessions()
    assert session.status is not SessionStatus.IN_PROGRESS
    assert breaks.controller.schedule.snapshot().state is not ScheduleState.ON_BREAK

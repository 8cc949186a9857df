"""The tray icon's menu: every action sends the right request, and the status shows in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from lbh_desktop.storage import bundled
from lbh_desktop.ui.breaks.break_menu import QUIET_MINUTES, BreakStatus
from lbh_desktop.ui.breaks.tray_view import TrayView


@pytest.fixture
def tray(qtbot: QtBot) -> Iterator[TrayView]:
    # Without a system tray (offscreen) the object can still be built; it is just never shown.
    view = TrayView(QIcon(str(bundled.resource_path("icons", "lbh-desktop.svg"))))
    yield view
    view.menu.deleteLater()
    view.deleteLater()


def action(menu: QMenu, text: str) -> QAction:
    (found,) = [a for a in menu.actions() if a.text() == text]
    return found


def test_start_open_resume_and_quit_actions(tray: TrayView, qtbot: QtBot) -> None:
    for text, signal in (
        ("Start a break now", tray.start_break_requested),
        ("Resume reminders", tray.resume_requested),
        ("Open LBH Desktop", tray.open_requested),
        ("Quit", tray.quit_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000) as emitted:
            action(tray.menu, text).trigger()
        assert emitted.args == []


@pytest.mark.parametrize(("text", "minutes"), [("5 minutes", 5), ("15 minutes", 15)])
def test_snooze_actions(tray: TrayView, qtbot: QtBot, text: str, minutes: int) -> None:
    with qtbot.waitSignal(tray.snooze_requested, timeout=1000) as emitted:
        action(tray.snooze_menu, text).trigger()
    assert emitted.args == [minutes]


@pytest.mark.parametrize(
    ("text", "how"),
    [("For 1 hour", "hour"), ("Until tomorrow", "tomorrow"), ("Until I resume", "resume-by-hand")],
)
def test_pause_actions(tray: TrayView, qtbot: QtBot, text: str, how: str) -> None:
    with qtbot.waitSignal(tray.pause_requested, timeout=1000) as emitted:
        action(tray.pause_menu, text).trigger()
    assert emitted.args == [how]


def test_quiet_mode_is_a_check_for_an_hour(tray: TrayView, qtbot: QtBot) -> None:
    assert tray.quiet_action.isCheckable() and not tray.quiet_action.isChecked()
    assert tray.quiet_action.text() == "Quiet mode for an hour"
    with qtbot.waitSignal(tray.quiet_requested, timeout=1000) as emitted:
        tray.quiet_action.trigger()
    assert emitted.args == [QUIET_MINUTES]
    tray.set_status(
        BreakStatus("Next break in 42 min (quiet mode)", quiet_until=datetime(2026, 1, 5, 15, 30))
    )
    assert tray.quiet_action.isChecked()
    assert tray.quiet_action.text() == "Quiet mode until 15:30"
    with qtbot.waitSignal(tray.quiet_requested, timeout=1000) as emitted:
        tray.quiet_action.trigger()
    assert emitted.args == [0]


def test_status_sets_the_text_and_tooltip(tray: TrayView) -> None:
    tray.set_status(BreakStatus("Next break in 42 min"))
    assert tray.status_action.text() == "Next break in 42 min"
    assert not tray.status_action.isEnabled()  # a label, not a command
    assert tray.icon.toolTip() == "LBH Desktop — Next break in 42 min"
    assert not tray.snooze_menu.isEnabled()  # nothing is due
    assert tray.pause_menu.isEnabled()
    assert not tray.resume_action.isVisible()


def test_snooze_is_enabled_only_when_allowed(tray: TrayView) -> None:
    tray.set_status(BreakStatus("Time for a stretch break", can_snooze=False))
    assert not tray.snooze_menu.isEnabled()
    assert not tray.snooze_menu.menuAction().isEnabled()
    tray.set_status(BreakStatus("Time for a stretch break", can_snooze=True))
    assert tray.snooze_menu.isEnabled()


def test_start_is_off_during_a_break(tray: TrayView) -> None:
    tray.set_status(BreakStatus("On a break", can_start=False))
    assert not tray.start_action.isEnabled()


def test_resume_replaces_pause_while_paused(tray: TrayView) -> None:
    tray.set_status(BreakStatus("Reminders paused until you resume them", paused=True))
    assert tray.resume_action.isVisible()
    assert not tray.pause_menu.isEnabled()
    assert not tray.pause_menu.menuAction().isVisible()
    assert tray.icon.toolTip() == "LBH Desktop — Reminders paused until you resume them"
    tray.set_status(BreakStatus("Next break in 50 min"))
    assert not tray.resume_action.isVisible()
    assert tray.pause_menu.isEnabled() and tray.pause_menu.menuAction().isVisible()


def test_clicking_the_icon_opens_the_window(tray: TrayView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.open_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)

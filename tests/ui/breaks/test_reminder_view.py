"""The break reminder: Start at once, Skip and Snooze only after the 2-second guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.breaks import reminder_view
from lbh_desktop.ui.breaks.reminder_view import REFLEX_GUARD_MS, ReminderView

# The reminder raises itself above other windows; only the offscreen test platform cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@pytest.fixture
def reminder(qtbot: QtBot) -> ReminderView:
    view = ReminderView()
    qtbot.addWidget(view)
    return view


def test_reminder_stays_on_top_and_offers_start_at_once(reminder: ReminderView) -> None:
    reminder.show_reminder("Time for a 5-minute stretch break", "Desk stretch break", True)
    assert reminder.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert reminder.isVisible() and reminder.start_button.isEnabled()
    assert reminder.title_label.text() == "Time for a 5-minute stretch break"


def test_skip_and_snooze_wait_out_the_guard(reminder: ReminderView, qtbot: QtBot) -> None:
    reminder.show_reminder("Break", "Desk stretch break", True)
    assert REFLEX_GUARD_MS == 2000
    assert not reminder.skip_button.isEnabled()
    assert not reminder.snooze_5_button.isEnabled()
    with qtbot.assertNotEmitted(reminder.skip_requested):
        reminder.skip_button.click()  # a reflex click does nothing
    qtbot.waitUntil(lambda: reminder.skip_button.isEnabled(), timeout=REFLEX_GUARD_MS + 1500)
    assert reminder.snooze_5_button.isEnabled() and reminder.snooze_15_button.isEnabled()
    with qtbot.waitSignal(reminder.snooze_requested) as snoozed:
        reminder.snooze_15_button.click()
    assert snoozed.args == [15]


def test_after_the_snooze_limit_only_start_and_skip_remain(
    reminder: ReminderView, qtbot: QtBot
) -> None:
    reminder.show_reminder("Break", "Desk stretch break", can_snooze=False)
    qtbot.waitUntil(lambda: reminder.skip_button.isEnabled(), timeout=REFLEX_GUARD_MS + 1500)
    assert reminder.snooze_5_button.isHidden() and reminder.snooze_15_button.isHidden()
    assert reminder.start_button.isEnabled()


def test_closing_during_the_guard_is_refused(reminder: ReminderView, qtbot: QtBot) -> None:
    reminder.show_reminder("Break", "Desk stretch break", True)
    with qtbot.assertNotEmitted(reminder.skip_requested):
        reminder.close()
    assert reminder.isVisible()


def test_quitting_the_app_hides_it_without_skipping(reminder: ReminderView, qtbot: QtBot) -> None:
    reminder.show_reminder("Break", "Desk stretch break", True)
    assert reminder.guarded
    with qtbot.assertNotEmitted(reminder.skip_requested):
        # QApplication.quit() sends the app this event, then asks every visible window to
        # close (sending it here for real would quit the test's application).
        passed_on = reminder.eventFilter(QCoreApplication.instance(), QEvent(QEvent.Type.Quit))
    assert passed_on is False
    assert not reminder.isVisible()


def test_a_new_text_on_a_shown_prompt_does_not_restart_the_guard(
    reminder: ReminderView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reminder_view, "REFLEX_GUARD_MS", 50)
    reminder.show_reminder("Break", "Desk stretch break", True)
    qtbot.waitUntil(lambda: reminder.skip_button.isEnabled(), timeout=2000)
    monkeypatch.setattr(reminder_view, "REFLEX_GUARD_MS", 60_000)
    reminder.show_reminder("Break, due for 2 min", "Desk stretch break", True)
    assert not reminder.guarded and reminder.skip_button.isEnabled()
    assert reminder.snooze_5_button.isEnabled()
    reminder.hide()
    reminder.show_reminder("Next break", "Desk stretch break", True)  # shown anew: guarded
    assert reminder.guarded and not reminder.skip_button.isEnabled()

"""BreakController while the desktop holds reminders (do not disturb, a full-screen window)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.breaks.test_break_controller import INTERVAL, Harness

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def test_held_reminders_stay_away_and_the_status_says_why(qtbot: QtBot) -> None:
    h = Harness(qtbot)
    desktop = {"reason": ""}
    h.schedule.hold_while(lambda: desktop["reason"])
    desktop["reason"] = "do not disturb is on"
    h.controller.check()
    assert h.status == "Held: do not disturb is on — next break in 50 min"
    h.run(INTERVAL + 60)
    assert not h.reminder.isVisible()
    assert h.notices == []  # not even the pre-warning
    assert h.status == "Held: do not disturb is on — time for a stretch break"
    desktop["reason"] = ""
    h.run(10 * 60)
    assert not h.reminder.isVisible()  # the missed break is not nagged about
    assert h.status == "Time for a stretch break"
    assert h.controller.status().can_snooze  # it can still be taken or snoozed by hand


def test_a_reminder_on_screen_steps_aside_when_a_full_screen_window_appears(
    qtbot: QtBot,
) -> None:
    h = Harness(qtbot)
    desktop = {"reason": ""}
    h.schedule.hold_while(lambda: desktop["reason"])
    h.run(INTERVAL)
    assert h.reminder.isVisible()
    desktop["reason"] = "a full-screen window"
    h.controller.check()
    assert not h.reminder.isVisible()
    assert h.status.startswith("Held: a full-screen window")

"""The reminders follow the desktop's do not disturb unless the break settings say not to."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtWidgets import QApplication

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.platform.do_not_disturb import DO_NOT_DISTURB
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import Breaks, build_breaks
from tests.shell.test_breaks_settings_and_close import answer_settings

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


@pytest.fixture
def breaks(app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[Breaks]:
    from lbh_desktop.platform.do_not_disturb import DoNotDisturbWatch

    # The desktop under test has do not disturb on, whatever the machine running the tests has.
    monkeypatch.setattr(DoNotDisturbWatch, "reason", lambda self: DO_NOT_DISTURB)
    monkeypatch.setattr(app.sound, "load", lambda: None)
    app.preferences.working_days = frozenset(range(7))
    app.preferences.working_hours = (time(0, 0), time(23, 59))
    built = build_breaks(app, clock, 1)
    yield built
    built.controller.schedule.hold_while(None)
    built.mini.close()
    built.mini.deleteLater()
    built.reminder.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)


def run(breaks: Breaks, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds // 30):
        clock.advance(30)
        breaks.controller.check()


def test_do_not_disturb_holds_the_reminder_and_the_status_says_so(
    app: App, breaks: Breaks, clock: FakeClock
) -> None:
    assert app.preferences.follow_do_not_disturb  # on by default
    run(breaks, clock, 120)
    assert not breaks.reminder.isVisible()
    assert breaks.controller.status().text == (
        "Held: do not disturb is on — time for a stretch break"
    )


def test_turning_it_off_in_the_settings_lets_reminders_through(
    app: App, breaks: Breaks, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = answer_settings(monkeypatch, {"follow_do_not_disturb": False})
    app.window.break_settings_requested.emit()
    assert shown[0].follow_do_not_disturb is True
    assert app.preferences.follow_do_not_disturb is False
    run(breaks, clock, 120)
    assert breaks.reminder.isVisible()
    assert breaks.controller.status().text == "Time for a stretch break"

"""BreakController over a real BreakSchedule, a FakeClock and a real ReminderView."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from lbh_desktop.core.break_notice import BreakNotice, NoticeKind
from lbh_desktop.core.break_schedule import BreakSchedule, BreakSettings, ScheduleState
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Routine, RoutineKind
from lbh_desktop.storage import bundled
from lbh_desktop.ui.breaks.break_controller import BreakController
from lbh_desktop.ui.breaks.reminder_view import ReminderView

# The reminder raises itself above other windows; the offscreen test platform cannot raise().
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

ZONE = ZoneInfo("Europe/Berlin")
TUESDAY_10_00 = datetime(2026, 11, 24, 10, 0, tzinfo=ZONE).timestamp()
EVENING_18_00 = datetime(2026, 11, 24, 18, 0, tzinfo=ZONE).timestamp()
INTERVAL = 50 * 60  # the default BreakSettings interval, in seconds


def desk_break() -> Routine:
    (routine,) = [r for r in bundled.load_builtin_routines() if r.kind is RoutineKind.DESK_BREAK]
    return routine


class Harness:
    def __init__(self, qtbot: QtBot, wall: float = TUESDAY_10_00, clock_speed: float = 1.0):
        self.clock = FakeClock(wall=wall)
        self.routine = desk_break()
        self.schedule = BreakSchedule(
            BreakSettings(), self.clock, lambda: 0.0, lambda w: datetime.fromtimestamp(w, ZONE)
        )
        self.reminder = ReminderView()
        qtbot.addWidget(self.reminder)
        self.controller = BreakController(
            self.schedule,
            lambda: self.routine,
            self.reminder,
            lambda: datetime.fromtimestamp(self.clock.wall(), ZONE),
            clock_speed=clock_speed,
        )
        self.notices: list[tuple[str, str]] = []
        self.statuses: list[tuple[str, bool, bool]] = []
        self.notice_kinds: list[NoticeKind] = []
        self.controller.notice.connect(self._on_notice)
        self.controller.status_changed.connect(lambda *args: self.statuses.append(args))
        self.controller.check()

    def _on_notice(self, notice: BreakNotice) -> None:
        self.notices.append((notice.title, notice.text))
        self.notice_kinds.append(notice.kind)

    @property
    def status(self) -> str:
        return self.statuses[-1][0]

    def run(self, seconds: float, step: float = 30.0) -> None:
        """Moves time on in steps shorter than a break, checking as the timer would."""
        left = seconds
        while left > 1e-9:
            move = min(step, left)
            self.clock.advance(move)
            self.controller.check()
            left -= move

    def state(self) -> ScheduleState:
        return self.schedule.snapshot().state


@pytest.fixture
def h(qtbot: QtBot) -> Harness:
    return Harness(qtbot)


def test_reminder_shows_after_the_interval_with_the_routine(h: Harness) -> None:
    assert h.status == "Next break in 50 min"
    h.run(INTERVAL - 60)
    assert not h.reminder.isVisible()
    h.run(60)
    assert h.state() is ScheduleState.DUE
    assert h.reminder.isVisible()
    assert h.reminder.title_label.text() == "Time for a 5-minute stretch break"
    assert h.routine.name in h.reminder.detail_label.text()
    assert h.reminder.snooze_5_button.isVisibleTo(h.reminder)


def test_pre_warning_emits_a_notice_a_minute_before(h: Harness) -> None:
    h.run(INTERVAL - 61)
    assert h.notices == []
    h.run(1)
    assert h.notices == [("Stretch break in a minute", "Finish what you are doing.")]
    assert h.notice_kinds == [NoticeKind.HEADS_UP]
    assert not h.reminder.isVisible()


def test_snooze_hides_the_reminder_until_the_snooze_is_over(h: Harness) -> None:
    h.run(INTERVAL)
    assert h.reminder.isVisible()
    h.reminder.snooze_requested.emit(5)
    assert not h.reminder.isVisible()
    assert h.state() is ScheduleState.SNOOZED
    h.run(5 * 60 - 30)
    assert not h.reminder.isVisible()
    h.run(30)
    assert h.reminder.isVisible()
    assert h.state() is ScheduleState.DUE


def test_after_three_snoozes_in_a_row_snooze_is_no_longer_offered(h: Harness) -> None:
    h.run(INTERVAL)
    for _ in range(3):
        assert h.reminder.isVisible()
        assert not h.reminder.snooze_5_button.isHidden()
        h.controller.snooze(5)
        assert not h.reminder.isVisible()
        h.run(5 * 60)
    assert h.reminder.isVisible()
    assert h.reminder.snooze_5_button.isHidden() and h.reminder.snooze_15_button.isHidden()
    assert h.statuses[-1][1] is False  # can_snooze
    h.controller.snooze(5)  # refused: the reminder stays
    assert h.reminder.isVisible()
    assert h.state() is ScheduleState.DUE


def test_skip_hides_and_restarts_the_count(h: Harness) -> None:
    h.run(INTERVAL)
    h.reminder.skip_requested.emit()
    assert not h.reminder.isVisible()
    snapshot = h.schedule.snapshot()
    assert snapshot.state is ScheduleState.COUNTING
    assert snapshot.active_seconds == 0.0
    assert h.status == "Next break in 50 min"
    h.run(INTERVAL - 60)
    assert not h.reminder.isVisible()
    h.run(60)
    assert h.reminder.isVisible()


def test_quiet_mode_gives_a_notice_instead_of_the_reminder(h: Harness) -> None:
    h.controller.set_quiet(60)
    assert h.status == "Next break in 50 min (quiet mode)"
    h.run(INTERVAL)
    assert not h.reminder.isVisible()
    assert h.notices[-1] == ("Time for a stretch break", f"{h.routine.name} (quiet mode)")
    assert h.notice_kinds[-1] is NoticeKind.BREAK_DUE
    h.controller.set_quiet(0)
    assert not h.schedule.snapshot().quiet


def test_pause_and_resume_change_the_status(h: Harness) -> None:
    h.run(10 * 60)
    h.controller.pause("hour")
    assert h.status == "Reminders paused until 11:10"
    assert h.statuses[-1][2] is True  # paused
    h.controller.pause("tomorrow")
    assert h.status == "Reminders paused until 09:00"
    h.controller.pause("resume-by-hand")
    assert h.status == "Reminders paused until you resume them"
    h.run(INTERVAL + 60)
    assert not h.reminder.isVisible()
    h.controller.resume()
    assert h.status == "Next break in 50 min"
    assert h.statuses[-1][2] is False


def test_a_timed_pause_ends_by_itself(h: Harness) -> None:
    h.controller.pause("hour")
    assert h.status == "Reminders paused until 11:00"
    h.run(3600)
    assert h.state() is ScheduleState.COUNTING
    assert h.status == "Next break in 50 min"


def test_pause_hides_a_showing_reminder(h: Harness) -> None:
    h.run(INTERVAL)
    assert h.reminder.isVisible()
    h.controller.pause("hour")
    assert not h.reminder.isVisible()


def test_outside_working_hours_there_are_no_reminders(qtbot: QtBot) -> None:
    h = Harness(qtbot, wall=EVENING_18_00)
    assert h.status == "Outside your working hours: no reminders"
    h.run(2 * INTERVAL)
    assert not h.reminder.isVisible()
    assert h.notices == []


def test_start_break_emits_the_routine_and_break_end_restarts(h: Harness, qtbot: QtBot) -> None:
    h.run(INTERVAL)
    with qtbot.waitSignal(h.controller.break_requested) as requested:
        h.reminder.start_requested.emit()
    assert requested.args == [h.routine]
    assert not h.reminder.isVisible()
    assert h.state() is ScheduleState.ON_BREAK
    assert h.status == "On a break"
    h.run(5 * 60)
    assert not h.reminder.isVisible()
    h.controller.break_ended(True)
    snapshot = h.schedule.snapshot()
    assert snapshot.state is ScheduleState.COUNTING
    assert snapshot.active_seconds == 0.0
    assert h.status == "Next break in 50 min"
    h.controller.break_ended(True)  # a second end (no break running) changes nothing
    assert h.state() is ScheduleState.COUNTING


def test_the_next_check_is_never_below_a_second(h: Harness) -> None:
    assert h.controller.next_check_ms == 60_000
    h.run(INTERVAL - 60 - 0.2, step=60)  # the pre-warning is 0.2 s away
    assert h.schedule.seconds_until_next_check() == pytest.approx(1.0)
    assert h.controller.next_check_ms == 1000


def test_a_faster_clock_divides_the_wait_but_not_below_a_second(qtbot: QtBot) -> None:
    h = Harness(qtbot, clock_speed=20)
    assert h.controller.next_check_ms == 60_000 // 20
    h.run(INTERVAL - 60 - 30, step=60)  # the pre-warning is 30 s of schedule time away
    assert h.controller.next_check_ms == 30_000 // 20
    h.run(25)  # 5 s away: 250 ms real time, held at the floor
    assert h.controller.next_check_ms == 1000

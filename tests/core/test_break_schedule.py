"""Break schedule with a FakeClock and a fake idle source: hours, idle, snooze, suspend, DST."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from lbh_desktop.core.break_schedule import (
    BreakSchedule,
    BreakSettings,
    ScheduleEvent,
    ScheduleState,
    WorkingHours,
    until_tomorrow,
)
from lbh_desktop.core.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
S = ScheduleState
MIN = 60.0


def berlin(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=BERLIN)


def local_now(wall: float) -> datetime:
    return datetime.fromtimestamp(wall, BERLIN)


MONDAY_9 = berlin(2026, 1, 5, 9, 0).timestamp()


class FakeIdle:
    def __init__(self, seconds: float | None = 0.0) -> None:
        self.seconds = seconds

    def __call__(self) -> float | None:
        return self.seconds


@dataclass
class Rig:
    schedule: BreakSchedule
    clock: FakeClock
    idle: FakeIdle
    t0: float

    def at(self, seconds: float) -> list[tuple[str, float]]:
        """Move both clocks to t0 + seconds and update once; events as (kind, seconds from t0)."""
        self.clock.advance(max(0.0, seconds - self.elapsed))
        return self.rows(self.schedule.update())

    def run(self, until: float, step: float = 30.0) -> list[tuple[str, float]]:
        """Update every `step` seconds up to t0 + until."""
        events: list[tuple[str, float]] = []
        while self.elapsed < round(until, 6):
            events += self.at(min(self.elapsed + step, until))
        return events

    @property
    def elapsed(self) -> float:
        return round(self.clock.wall() - self.t0, 6)

    def rows(self, events: list[ScheduleEvent]) -> list[tuple[str, float]]:
        return [(event.kind.value, round(event.at - self.t0, 3)) for event in events]

    @property
    def state(self) -> ScheduleState:
        return self.schedule.snapshot().state

    @property
    def active(self) -> float:
        return round(self.schedule.snapshot().active_seconds, 3)


def rig(start: float = MONDAY_9, idle: float | None = None, **settings: object) -> Rig:
    clock = FakeClock(monotonic=1000.0, wall=start)
    source = FakeIdle(idle)
    schedule = BreakSchedule(BreakSettings(**settings), clock, source, local_now)  # type: ignore[arg-type]
    return Rig(schedule, clock, source, start)


def to_due(r: Rig) -> None:
    assert r.run(50 * MIN) == [("pre-warning", 49 * MIN), ("break-due", 50 * MIN)]


# Working hours and days -------------------------------------------------------------------


def test_working_hours_contain_weekdays_from_start_up_to_but_not_including_end() -> None:
    hours = WorkingHours()
    assert hours.contains(datetime(2026, 1, 9, 17, 29))  # Friday
    assert not hours.contains(datetime(2026, 1, 9, 17, 31))
    assert not hours.contains(datetime(2026, 1, 9, 17, 30))
    assert hours.contains(berlin(2026, 1, 9, 9, 0))
    assert not hours.contains(berlin(2026, 1, 9, 8, 59, 59))
    assert not hours.contains(datetime(2026, 1, 10, 12, 0))  # Saturday
    assert WorkingHours(days=frozenset({5})).contains(datetime(2026, 1, 10, 12, 0))


def test_friday_1729_counts_but_1731_and_saturday_are_off_hours() -> None:
    r = rig(start=berlin(2026, 1, 9, 17, 29).timestamp())
    assert r.state is S.COUNTING
    r.at(30)
    assert (r.state, r.active) == (S.COUNTING, 30.0)
    r.at(120)
    snap = r.schedule.snapshot()
    assert (snap.state, snap.seconds_to_break) == (S.OFF_HOURS, None)
    assert snap.active_seconds == pytest.approx(60.0)

    saturday = rig(start=berlin(2026, 1, 10, 10, 0).timestamp())
    assert saturday.run(120 * MIN) == []
    assert (saturday.state, saturday.active) == (S.OFF_HOURS, 0.0)


def test_counting_starts_at_working_hours_start_to_the_second() -> None:
    r = rig(start=berlin(2026, 1, 5, 8, 50).timestamp())
    assert r.run(59 * MIN + 30, step=45.0) == [("pre-warning", 59 * MIN)]
    assert r.active == pytest.approx(49 * MIN + 30, abs=1e-3)


def test_off_hours_longer_than_a_break_restart_the_counter_and_drop_the_reminder() -> None:
    r = rig(start=berlin(2026, 1, 9, 16, 35).timestamp())
    to_due(r)
    assert r.state is S.DUE
    r.run(59 * MIN)  # 17:34: four minutes off hours
    assert (r.state, r.active) == (S.OFF_HOURS, 55 * MIN)
    r.run(61 * MIN)
    assert (r.state, r.active) == (S.OFF_HOURS, 0.0)
    monday = berlin(2026, 1, 12, 9, 0).timestamp() - r.t0
    assert r.at(monday - 60) == []  # a weekend-long gap off hours: no event
    assert r.at(monday + 30) == []
    assert (r.state, r.active) == (S.COUNTING, 30.0)


# Active time and idle ---------------------------------------------------------------------


def test_without_idle_backend_wall_time_counts_and_warning_then_due_fire_once() -> None:
    r = rig()
    assert r.schedule.snapshot().idle_backend is False
    to_due(r)
    snap = r.schedule.snapshot()
    assert (snap.state, snap.seconds_to_break, snap.active_seconds) == (S.DUE, 0.0, 50 * MIN)
    assert r.run(80 * MIN) == []
    assert r.state is S.DUE


def test_state_is_pre_warning_in_the_last_minute() -> None:
    r = rig()
    r.run(48 * MIN + 59)
    assert r.state is S.COUNTING
    assert r.at(49 * MIN) == [("pre-warning", 49 * MIN)]
    snap = r.schedule.snapshot()
    assert (snap.state, snap.seconds_to_break) == (S.PRE_WARNING, 60.0)


def test_late_update_past_the_deadline_fires_only_break_due_at_the_deadline() -> None:
    r = rig(pre_warning_seconds=60)
    r.run(48 * MIN + 50)
    assert r.at(50 * MIN + 10) == [("break-due", 50 * MIN)]


def test_pre_warning_off_fires_only_break_due() -> None:
    r = rig(pre_warning_seconds=0, interval_minutes=5)
    assert r.run(6 * MIN) == [("break-due", 5 * MIN)]


def test_idle_under_the_break_length_still_counts_as_active() -> None:
    r = rig(idle=0.0)
    assert r.schedule.snapshot().idle_backend is True
    r.run(20 * MIN)
    r.idle.seconds = 4 * MIN + 59
    r.at(25 * MIN)
    assert r.active == 25 * MIN
    r.idle.seconds = 1.0
    assert r.run(50 * MIN) == [("pre-warning", 49 * MIN), ("break-due", 50 * MIN)]


def test_idle_for_a_break_length_is_a_natural_break_once_and_restarts_the_counter() -> None:
    r = rig(idle=0.0)
    r.run(30 * MIN)
    r.idle.seconds = 5 * MIN + 20
    assert r.at(30 * MIN + 30) == [("natural-break", 30 * MIN + 10)]
    assert (r.state, r.active) == (S.COUNTING, 0.0)
    r.idle.seconds = 9 * MIN
    assert r.at(34 * MIN) == []
    assert r.active == 0.0
    r.idle.seconds = 0.0
    assert r.at(34 * MIN + 30) == []
    assert r.active == 30.0
    events = r.run(90 * MIN)
    assert events == [("pre-warning", 83 * MIN), ("break-due", 84 * MIN)]


def test_natural_break_clears_a_due_reminder_and_snoozes() -> None:
    r = rig(idle=0.0)
    to_due(r)
    assert r.schedule.snooze(5)
    r.idle.seconds = 5 * MIN
    assert r.at(50 * MIN + 30) == [("natural-break", 50 * MIN + 30)]
    snap = r.schedule.snapshot()
    assert (snap.state, snap.snoozes_in_a_row, snap.seconds_to_break) == (S.COUNTING, 0, 50 * MIN)


# Snooze, skip and breaks ------------------------------------------------------------------


def test_snooze_five_then_fifteen_minutes_of_active_time() -> None:
    r = rig()
    to_due(r)
    assert r.schedule.snooze(5)
    snap = r.schedule.snapshot()
    assert (snap.state, snap.snoozes_in_a_row, snap.seconds_to_break) == (S.SNOOZED, 1, 5 * MIN)
    assert r.run(60 * MIN) == [("break-due", 55 * MIN)]
    assert r.schedule.snooze(15)
    assert r.run(80 * MIN) == [("break-due", 75 * MIN)]
    assert r.schedule.snapshot().snoozes_in_a_row == 2


def test_snooze_from_pre_warning_and_not_from_counting() -> None:
    r = rig()
    assert not r.schedule.snooze(5)
    r.run(49 * MIN + 30)
    assert r.state is S.PRE_WARNING
    assert r.schedule.snooze(5)
    assert r.run(60 * MIN) == [("break-due", 54 * MIN + 30)]


def test_after_three_snoozes_in_a_row_snoozing_is_refused_and_changes_nothing() -> None:
    r = rig()
    to_due(r)
    for number in (1, 2, 3):
        assert r.schedule.snapshot().can_snooze
        assert r.schedule.snooze(5)
        assert r.run((50 + 5 * number) * MIN) == [("break-due", (50 + 5 * number) * MIN)]
    before = r.schedule.snapshot()
    assert (before.snoozes_in_a_row, before.can_snooze, before.state) == (3, False, S.DUE)
    assert not r.schedule.snooze(5)
    assert r.schedule.snapshot() == before
    with pytest.raises(ValueError, match="at least 1"):
        r.schedule.snooze(0)


def test_skip_restarts_the_counter_and_resets_snoozes() -> None:
    r = rig()
    to_due(r)
    r.schedule.snooze(5)
    r.run(55 * MIN)
    r.schedule.skip()
    snap = r.schedule.snapshot()
    assert (snap.state, snap.active_seconds, snap.snoozes_in_a_row) == (S.COUNTING, 0.0, 0)
    assert r.run(106 * MIN) == [("pre-warning", 104 * MIN), ("break-due", 105 * MIN)]


def test_break_freezes_the_counter_and_finishing_restarts_it() -> None:
    r = rig()
    r.run(20 * MIN)
    r.schedule.start_break()
    assert r.run(40 * MIN) == []
    snap = r.schedule.snapshot()
    assert (snap.state, snap.active_seconds, snap.seconds_to_break) == (S.ON_BREAK, 20 * MIN, None)
    r.schedule.break_finished(completed=False)
    assert (r.state, r.active) == (S.COUNTING, 0.0)
    assert r.run(91 * MIN) == [("pre-warning", 89 * MIN), ("break-due", 90 * MIN)]


# Pause and quiet --------------------------------------------------------------------------


def test_pause_for_one_hour_ends_by_itself_and_restarts_the_counter() -> None:
    r = rig()
    r.run(45 * MIN)
    until = r.schedule.pause_for(1)
    assert until == berlin(2026, 1, 5, 10, 45)
    r.schedule.pause(until)
    snap = r.schedule.snapshot()
    assert (snap.state, snap.seconds_to_break, snap.paused_until) == (S.PAUSED, None, until)
    assert r.run(105 * MIN - 1) == []
    assert r.at(105 * MIN + 20) == [("pause-ended", 105 * MIN)]
    assert r.schedule.snapshot().paused_until is None
    assert (r.state, r.active) == (S.COUNTING, 20.0)
    assert r.run(200 * MIN) == [("pre-warning", 154 * MIN), ("break-due", 155 * MIN)]


def test_pause_until_resume_and_resume() -> None:
    r = rig()
    to_due(r)
    r.schedule.pause(None)
    assert r.run(300 * MIN) == []
    assert r.state is S.PAUSED
    r.schedule.resume()
    assert (r.state, r.active) == (S.COUNTING, 0.0)
    assert r.run(360 * MIN) == [("pre-warning", 349 * MIN), ("break-due", 350 * MIN)]


def test_until_tomorrow_is_the_next_working_day_start() -> None:
    hours = WorkingHours()
    assert until_tomorrow(berlin(2026, 1, 5, 12, 0), hours) == berlin(2026, 1, 6, 9, 0)
    assert until_tomorrow(berlin(2026, 1, 9, 18, 0), hours) == berlin(2026, 1, 12, 9, 0)
    assert until_tomorrow(datetime(2026, 1, 10, 8, 0), hours) == datetime(2026, 1, 12, 9, 0)
    # Across the spring-forward weekend the local start is still 09:00.
    assert until_tomorrow(berlin(2026, 3, 27, 17, 0), hours) == berlin(2026, 3, 30, 9, 0)


def test_pause_until_tomorrow_ends_at_the_next_morning() -> None:
    r = rig(start=berlin(2026, 1, 5, 12, 0).timestamp())
    r.schedule.pause(r.schedule.until_tomorrow())
    tuesday_9 = berlin(2026, 1, 6, 9, 0).timestamp() - r.t0
    assert r.run(tuesday_9 - 30) == []
    assert r.at(tuesday_9) == [("pause-ended", tuesday_9)]
    assert r.state is S.COUNTING


def test_quiet_mode_still_becomes_due_and_ends_by_itself_once() -> None:
    r = rig()
    r.run(40 * MIN)
    r.schedule.set_quiet(berlin(2026, 1, 5, 10, 0))
    to_due(r)
    snap = r.schedule.snapshot()
    assert (snap.state, snap.quiet, snap.quiet_until) == (S.DUE, True, berlin(2026, 1, 5, 10, 0))
    assert r.run(60 * MIN) == [("quiet-ended", 60 * MIN)]
    assert r.run(70 * MIN) == []
    snap = r.schedule.snapshot()
    assert (snap.quiet, snap.quiet_until) == (False, None)
    r.schedule.set_quiet(berlin(2026, 1, 5, 11, 0))
    r.schedule.set_quiet(None)
    assert r.run(130 * MIN) == []


# Suspend, gaps and clock changes -----------------------------------------------------------


def test_two_hour_suspend_is_a_natural_break_without_a_burst_of_reminders() -> None:
    r = rig(idle=0.0)
    r.run(45 * MIN)
    r.clock.suspend(2 * 3600)
    r.idle.seconds = 0.5  # a key press woke the machine
    assert r.rows(r.schedule.update()) == [("natural-break", 165 * MIN)]
    assert (r.state, r.active) == (S.COUNTING, 0.0)
    woke = 165 * MIN
    assert r.run(woke + 50 * MIN) == [
        ("pre-warning", woke + 49 * MIN),
        ("break-due", woke + 50 * MIN),
    ]


def test_suspend_event_is_a_single_natural_break_at_wake() -> None:
    r = rig()
    r.run(45 * MIN)
    r.clock.suspend(2 * 3600)
    assert r.rows(r.schedule.update()) == [("natural-break", 165 * MIN)]
    assert r.rows(r.schedule.update()) == []


def test_long_idle_suspend_fires_one_natural_break_not_two() -> None:
    r = rig(idle=0.0)
    r.run(45 * MIN)
    r.clock.suspend(2 * 3600)
    r.idle.seconds = 2 * 3600.0
    assert r.rows(r.schedule.update()) == [("natural-break", 165 * MIN)]
    assert r.run(170 * MIN) == []


def test_a_gap_between_updates_longer_than_a_break_is_a_natural_break() -> None:
    r = rig()
    r.run(45 * MIN)
    assert r.at(56 * MIN) == [("natural-break", 56 * MIN)]
    assert r.active == 0.0


def test_clock_set_forward_an_hour_is_a_natural_break() -> None:
    r = rig()
    r.run(30 * MIN)
    r.clock.set_wall(r.clock.wall() + 3600)
    assert r.rows(r.schedule.update()) == [("natural-break", 90 * MIN)]
    assert r.active == 0.0


def test_clock_set_back_an_hour_neither_double_counts_nor_breaks() -> None:
    r = rig(start=berlin(2026, 1, 5, 11, 0).timestamp())
    r.run(30 * MIN)
    r.clock.set_wall(r.clock.wall() - 3600)
    r.t0 -= 3600  # keep offsets in monotonic terms
    assert r.schedule.update() == []
    assert r.active == 30 * MIN
    assert r.run(51 * MIN) == [("pre-warning", 49 * MIN), ("break-due", 50 * MIN)]


# Daylight-saving changes (working hours are local) -----------------------------------------


def test_spring_forward_night_shift_has_two_real_hours() -> None:
    every_day = WorkingHours(frozenset(range(7)), time(1, 0), time(4, 0))
    r = rig(
        start=berlin(2026, 3, 29, 1, 0).timestamp(), interval_minutes=240, working_hours=every_day
    )
    r.run(2 * 3600 - 30)
    assert r.state is S.COUNTING
    r.run(2 * 3600 + 30)
    assert (r.state, r.active) == (S.OFF_HOURS, 2 * 3600.0)


def test_fall_back_night_shift_has_three_and_a_half_real_hours() -> None:
    every_day = WorkingHours(frozenset(range(7)), time(1, 0), time(3, 30))
    r = rig(
        start=berlin(2026, 10, 25, 1, 0).timestamp(), interval_minutes=240, working_hours=every_day
    )
    assert r.run(3.5 * 3600 + 60) == []
    assert (r.state, r.active) == (S.OFF_HOURS, 3.5 * 3600)


def test_working_hours_follow_local_time_after_the_spring_change() -> None:
    friday_0830_utc = datetime(2026, 3, 27, 7, 30, tzinfo=ZoneInfo("UTC")).timestamp()
    monday_0730_utc = datetime(2026, 3, 30, 7, 30, tzinfo=ZoneInfo("UTC")).timestamp()
    assert rig(start=friday_0830_utc).state is S.OFF_HOURS  # 08:30 CET
    assert rig(start=monday_0730_utc).state is S.COUNTING  # 09:30 CEST


# When to check again ------------------------------------------------------------------------


def test_next_check_aims_at_the_next_deadline_and_boundaries() -> None:
    r = rig()
    assert r.schedule.seconds_until_next_check() == 60.0
    r.run(48 * MIN + 30)
    assert r.schedule.seconds_until_next_check() == 30.0
    r.at(49 * MIN + 45)
    assert r.schedule.seconds_until_next_check() == 15.0
    r.schedule.pause(berlin(2026, 1, 5, 9, 50, 5))
    assert r.schedule.seconds_until_next_check() == pytest.approx(20.0)
    late = rig(start=berlin(2026, 1, 5, 17, 29, 20).timestamp())
    assert late.schedule.seconds_until_next_check() == pytest.approx(40.0)
    early = rig(start=berlin(2026, 1, 5, 8, 59, 50).timestamp())
    assert early.schedule.seconds_until_next_check() == pytest.approx(10.0)
    assert rig(break_minutes=1).schedule.seconds_until_next_check() == 30.0


def test_next_check_is_never_below_one_second() -> None:
    r = rig(idle=0.0)
    r.run(48 * MIN + 59.8)
    assert r.schedule.seconds_until_next_check() == 1.0
    r.idle.seconds = 5 * MIN - 0.1
    assert r.schedule.seconds_until_next_check() == 1.0
    r.schedule.pause(berlin(2026, 1, 5, 9, 0))  # already over
    assert r.schedule.seconds_until_next_check() == 1.0
    r.clock.suspend(10_000)
    assert r.schedule.seconds_until_next_check() >= 1.0
    seen = []
    for step in (0.1, 0.3, 0.7, 0.9, 1.3, 59.9, 0.05):
        for _ in range(200):
            r.clock.advance(step)
            r.schedule.update()
            seen.append(r.schedule.seconds_until_next_check())
    assert min(seen) >= 1.0


# Settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"interval_minutes": 0}, "interval_minutes must be a whole number from 1 to 240 minutes"),
        ({"interval_minutes": 241}, "interval_minutes must be a whole number from 1 to 240"),
        ({"interval_minutes": 50.5}, "interval_minutes must be a whole number"),
        ({"break_minutes": 0.5}, "break_minutes must be a number from 1 to 30 minutes, not 0.5"),
        ({"break_minutes": 31}, "break_minutes must be a number from 1 to 30"),
        ({"pre_warning_seconds": -1}, "pre_warning_seconds must be a whole number from 0 to 180"),
        ({"max_snoozes": 11}, "max_snoozes must be a whole number from 0 to 10, not 11"),
        ({"max_snoozes": True}, "max_snoozes must be a whole number"),
    ],
)
def test_settings_validation_names_the_field(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BreakSettings(**options)  # type: ignore[arg-type]


def test_working_hours_validation_names_the_field() -> None:
    with pytest.raises(ValueError, match=r"end \(09:00\) must be later than start \(17:00\)"):
        WorkingHours(start=time(17, 0), end=time(9, 0))
    with pytest.raises(ValueError, match="days must include at least one weekday"):
        WorkingHours(days=frozenset())
    with pytest.raises(
        ValueError, match=r"days must be weekdays 0 \(Monday\) to 6 \(Sunday\), not 7"
    ):
        WorkingHours(days=frozenset({7}))
    assert WorkingHours(days={1, 2}).days == frozenset({1, 2})  # type: ignore[arg-type]
    assert BreakSettings(break_minutes=1, interval_minutes=5).break_seconds == 60.0


def test_update_settings_keeps_progress_and_moves_the_deadline() -> None:
    r = rig()
    r.run(40 * MIN)
    r.schedule.update_settings(replace(r.schedule.settings, interval_minutes=30))
    assert r.rows(r.schedule.update()) == [("break-due", 40 * MIN)]
    assert r.active == 40 * MIN
    r.schedule.update_settings(replace(r.schedule.settings, interval_minutes=60))
    snap = r.schedule.snapshot()
    assert (snap.state, snap.seconds_to_break) == (S.COUNTING, 20 * MIN)
    assert r.run(60 * MIN) == [("pre-warning", 59 * MIN), ("break-due", 60 * MIN)]

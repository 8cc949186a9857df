"""Break schedule working hours: weekdays, start and end to the second, and local time over DST."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from lbh_desktop.core.break_schedule import WorkingHours
from tests.core.break_schedule_rig import MIN, S, berlin, rig, to_due


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

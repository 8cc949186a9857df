"""Break schedule pause and quiet mode: timed pauses, until tomorrow, and quiet ending by itself."""

from __future__ import annotations

from datetime import datetime

from lbh_desktop.core.break_schedule import WorkingHours, until_tomorrow
from tests.core.break_schedule_rig import MIN, S, berlin, rig, to_due


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

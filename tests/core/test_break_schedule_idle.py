"""Break schedule active time and idle: pre-warning and due once, and natural breaks when idle."""

from __future__ import annotations

from tests.core.break_schedule_rig import MIN, S, rig, to_due


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

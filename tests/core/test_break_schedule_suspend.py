"""Break schedule across suspends, update gaps and clock changes: one natural break, no bursts."""

from __future__ import annotations

from tests.core.break_schedule_rig import MIN, S, berlin, rig


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

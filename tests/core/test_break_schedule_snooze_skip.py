"""Break schedule snooze, skip and breaks: snooze limits, restarting the counter, frozen breaks."""

from __future__ import annotations

import pytest

from tests.core.break_schedule_rig import MIN, S, rig, to_due


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

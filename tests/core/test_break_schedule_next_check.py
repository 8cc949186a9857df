"""Break schedule timer: when to check again, aimed at deadlines and never below one second."""

from __future__ import annotations

import pytest

from tests.core.break_schedule_rig import MIN, berlin, rig


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

"""Break schedule held by the desktop (do not disturb, a full-screen window): no reminders while
it holds, counting goes on, and a break missed meanwhile is not reminded of afterwards."""

from __future__ import annotations

from tests.core.break_schedule_rig import MIN, S, rig, to_due


class Desktop:
    """Why the desktop wants quiet now; "" when it does not."""

    def __init__(self) -> None:
        self.reason = ""

    def __call__(self) -> str:
        return self.reason


def test_a_break_falling_due_while_held_is_silent_and_not_nagged_afterwards() -> None:
    r = rig()
    desktop = Desktop()
    r.schedule.hold_while(desktop)
    r.run(40 * MIN)
    desktop.reason = "a full-screen window"
    assert r.run(55 * MIN) == []  # neither the pre-warning (49 min) nor the break (50 min)
    assert (r.state, r.schedule.held_reason) == (S.DUE, "a full-screen window")
    assert r.active == 55 * MIN  # counting went on, as in quiet mode
    desktop.reason = ""
    assert r.run(120 * MIN) == []  # the presentation ended: no late reminder pops up
    assert (r.state, r.schedule.held_reason) == (S.DUE, "")
    r.schedule.skip()
    assert r.run(200 * MIN) == [("pre-warning", 169 * MIN), ("break-due", 170 * MIN)]


def test_a_hold_ending_before_the_deadline_leaves_the_reminder_on_time() -> None:
    r = rig()
    desktop = Desktop()
    r.schedule.hold_while(desktop)
    desktop.reason = "do not disturb is on"
    assert r.run(49 * MIN + 30) == []  # the pre-warning at 49 min was held
    desktop.reason = ""
    assert r.run(51 * MIN) == [("break-due", 50 * MIN)]


def test_nothing_is_held_unless_followed_and_following_can_stop() -> None:
    r = rig()
    desktop = Desktop()
    desktop.reason = "do not disturb is on"
    to_due(r)  # not followed: the reminders come
    r.schedule.skip()
    r.schedule.hold_while(desktop)
    assert r.schedule.held_reason == "do not disturb is on"
    assert r.run(105 * MIN) == []
    r.schedule.skip()
    r.schedule.hold_while(None)
    assert r.schedule.held_reason == ""
    assert r.run(160 * MIN) == [("pre-warning", 154 * MIN), ("break-due", 155 * MIN)]


def test_a_snoozed_reminder_is_held_too() -> None:
    r = rig()
    desktop = Desktop()
    r.schedule.hold_while(desktop)
    to_due(r)
    assert r.schedule.snooze(5)
    desktop.reason = "do not disturb is on"
    assert r.run(60 * MIN) == []
    assert r.state is S.DUE

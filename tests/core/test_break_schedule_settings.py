"""Break schedule settings: validation messages that name the field, and updating settings live."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from lbh_desktop.core.break_schedule import BreakSettings, WorkingHours
from tests.core.break_schedule_rig import MIN, S, rig


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

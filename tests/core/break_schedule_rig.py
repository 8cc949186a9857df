"""Break schedule test rig: a schedule on a FakeClock with a fake idle source, in Berlin time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from lbh_desktop.core.break_schedule import (
    BreakSchedule,
    BreakSettings,
    ScheduleEvent,
    ScheduleState,
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

"""Player test rig: a Player on a FakeClock, step builders, and events as comparable rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import EventKind, Player, PlayerEvent
from lbh_desktop.core.timeline import build_timeline

E = EventKind
T0 = 1000.0
Row = tuple[str, int | None, float, int | None]


def routine(*steps: Step) -> Routine:
    return Routine("r1", "Test routine", RoutineKind.STRETCH, Level.BEGINNER, "", steps)


def timed(seconds: int, **options: object) -> Step:
    return Step("plank", StepMode.TIMED, seconds=seconds, **options)  # type: ignore[arg-type]


def reps(count: int, **options: object) -> Step:
    return Step("bridge", StepMode.REPS, reps=count, **options)  # type: ignore[arg-type]


def open_hold(seconds: int, **options: object) -> Step:
    return Step("stretch", StepMode.OPEN, seconds=seconds, **options)  # type: ignore[arg-type]


@dataclass
class Rig:
    player: Player
    clock: FakeClock
    heard: list[PlayerEvent] = field(default_factory=list)

    def at(self, seconds: float) -> list[PlayerEvent]:
        """Move the clock to T0 + seconds and tick once."""
        self.clock.advance(T0 + seconds - self.clock.monotonic())
        return self.player.tick()

    def run(self, until: float, step: float = 0.25) -> list[PlayerEvent]:
        events: list[PlayerEvent] = []
        while self.clock.monotonic() - T0 < until - 1e-9:
            self.clock.advance(min(step, until - (self.clock.monotonic() - T0)))
            events += self.player.tick()
        return events


def rig(*steps: Step, prepare: float = 0, switch: float = 0, **options: float) -> Rig:
    clock = FakeClock(monotonic=T0)
    player = Player(
        build_timeline(routine(*steps), prepare_seconds=prepare, switch_seconds=switch),
        clock,
        **options,
    )
    result = Rig(player, clock)
    player.subscribe(result.heard.append)
    return result


def rows(events: list[PlayerEvent]) -> list[Row]:
    return [
        (e.kind.value, e.segment.index if e.segment else None, e.at - T0, e.count) for e in events
    ]


def row(kind: EventKind, index: int | None, at: float, count: int | None = None) -> Row:
    return (kind.value, index, at, count)

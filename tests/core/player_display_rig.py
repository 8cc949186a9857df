"""A real Player on a FakeClock, described as the player view would show it."""

from __future__ import annotations

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import Player
from lbh_desktop.core.player_display import PlayerDisplay, describe
from lbh_desktop.core.timeline import SegmentKind, build_timeline
from lbh_desktop.storage.bundled import load_catalogue

CATALOGUE = load_catalogue()
T0 = 1000.0


class Rig:
    def __init__(self, *steps: Step, prepare: float = 0, switch: float = 0) -> None:
        routine = Routine("r1", "Hip care", RoutineKind.STRETCH, Level.BEGINNER, "", steps)
        self.clock = FakeClock(monotonic=T0)
        self.timeline = build_timeline(
            routine, prepare_seconds=prepare, switch_seconds=switch, moves=CATALOGUE
        )
        self.player = Player(self.timeline, self.clock)

    def at(self, seconds: float) -> PlayerDisplay:
        """Move the clock to T0 + seconds, tick, and describe the player."""
        self.clock.advance(T0 + seconds - self.clock.monotonic())
        self.player.tick()
        return self.show()

    def show(self) -> PlayerDisplay:
        p = self.player
        return describe(p.snapshot(), p.timeline, CATALOGUE, p.can, p.results)

    def kind(self) -> SegmentKind:
        assert self.player.current is not None
        return self.player.current.kind


def timed(exercise_id: str, seconds: int, **options: object) -> Step:
    return Step(exercise_id, StepMode.TIMED, seconds=seconds, **options)  # type: ignore[arg-type]

"""Clock jumps and suspend during a routine: no step skipped, none run twice, no time lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import EventKind, Player, PlayerEvent, PlayerState, SegmentOutcome
from lbh_desktop.core.timeline import build_timeline

TICK = 0.1
HOUR = 3600.0
ROUTINE = Routine(
    "jumps",
    "Clock jump drill",
    RoutineKind.STRETCH,
    Level.BEGINNER,
    "",
    (
        Step("plank", StepMode.TIMED, seconds=10),
        Step("bridge", StepMode.TIMED, seconds=15, sets=2, rest_between_sets=5, rest_after=5),
        Step("stretch", StepMode.TIMED, seconds=20, per_side=True),
    ),
)


@dataclass
class Drill:
    clock: FakeClock = field(default_factory=lambda: FakeClock(monotonic=500.0))
    events: list[PlayerEvent] = field(default_factory=list)
    player: Player = field(init=False)
    resumes: int = 0

    def __post_init__(self) -> None:
        timeline = build_timeline(ROUTINE, prepare_seconds=5, switch_seconds=5)
        self.player = Player(timeline, self.clock)
        self.player.subscribe(self.events.append)

    def play(self, disturb_at: float, disturb: Callable[[FakeClock], None]) -> float:
        """Tick every 100 ms from Start; `disturb` the clock once `disturb_at` seconds of
        monotonic time have passed; resume after a pause by suspend. Returns the monotonic
        seconds from Start to the end."""
        start = self.clock.monotonic()
        self.player.start()
        disturbed = False
        while self.player.state is not PlayerState.FINISHED:
            assert self.clock.monotonic() - start < 2 * HOUR, "the routine never finished"
            if not disturbed and self.clock.monotonic() - start >= disturb_at:
                disturb(self.clock)
                disturbed = True
            self.clock.advance(TICK)
            self.player.tick()
            if self.player.state is PlayerState.PAUSED:
                self.clock.advance(1.0)  # the user reads "paused" and presses Resume
                self.player.resume()
                self.resumes += 1
        return self.clock.monotonic() - start

    def assert_every_step_ran_once_in_full(self) -> None:
        segments = self.player.timeline.segments
        started = [e.segment.index for e in self.events if e.kind is EventKind.SEGMENT_STARTED]
        finished = [e for e in self.events if e.kind is EventKind.SEGMENT_FINISHED]
        assert started == list(range(len(segments))), "a step was skipped or started twice"
        assert [e.segment.index for e in finished] == list(range(len(segments)))
        for event in finished:
            assert event.outcome is SegmentOutcome.COMPLETED
            assert event.active_seconds == pytest.approx(event.segment.duration)
        cues = [(e.kind, e.segment.index, e.count) for e in self.events if e.count is not None]
        assert len(cues) == len(set(cues)), "a countdown beep was played twice"


PLANNED = build_timeline(ROUTINE, prepare_seconds=5, switch_seconds=5).planned_seconds


def wall_forward_2h(clock: FakeClock) -> None:
    clock.set_wall(clock.wall() + 2 * HOUR)


def wall_back_1h(clock: FakeClock) -> None:
    clock.set_wall(clock.wall() - HOUR)


def linux_suspend_1h(clock: FakeClock) -> None:
    clock.suspend(HOUR)  # wall time moves, CLOCK_MONOTONIC does not


def windows_suspend_1h(clock: FakeClock) -> None:
    """Windows' monotonic clock keeps counting during sleep: both clocks jump together, and
    only the clock's suspended_seconds() tells the hour from a very late tick."""
    clock.suspend(HOUR, monotonic_counts=True)


@pytest.mark.parametrize("at", [3.0, 12.35, 15.0, 47.9, PLANNED - 0.05])
def test_wall_clock_set_back_an_hour_changes_nothing(at: float) -> None:
    drill = Drill()
    seconds = drill.play(at, wall_back_1h)
    drill.assert_every_step_ran_once_in_full()
    assert drill.resumes == 0
    assert seconds == pytest.approx(PLANNED, abs=TICK + 1e-6)


@pytest.mark.parametrize("at", [3.0, 12.35, 15.0, 47.9, PLANNED - 0.05])
@pytest.mark.parametrize(
    "disturb",
    [wall_forward_2h, linux_suspend_1h, windows_suspend_1h],
    ids=["wall+2h", "suspend", "suspend-counted"],
)
def test_wall_clock_forward_2h_or_a_suspend_pauses_and_loses_no_time(
    at: float, disturb: Callable[[FakeClock], None]
) -> None:
    """A forward wall jump looks like a suspend on a clock that stops during suspend; either
    way the routine pauses where it was and, after Resume, plays the rest in full."""
    drill = Drill()
    seconds = drill.play(at, disturb)
    drill.assert_every_step_ran_once_in_full()
    paused = [e for e in drill.events if e.kind is EventKind.PAUSED]
    assert len(paused) == drill.resumes <= 1
    assert all(e.reason == "suspend" for e in paused)
    # The only extra time is the second the user took to press Resume (and the suspended hour
    # itself where the monotonic clock counts it).
    counted = drill.clock.suspended_seconds()
    assert seconds == pytest.approx(PLANNED + drill.resumes + counted, abs=TICK + 1e-6)


@pytest.mark.parametrize("monotonic_counts", [False, True], ids=["linux", "windows"])
def test_the_remaining_time_is_the_same_before_and_after_a_suspend(monotonic_counts: bool) -> None:
    drill = Drill()
    drill.player.start()
    drill.clock.advance(12.3)
    drill.player.tick()
    before = drill.player.snapshot()
    drill.clock.suspend(8 * HOUR, monotonic_counts=monotonic_counts)
    drill.player.tick()
    after = drill.player.snapshot()
    assert after.state is PlayerState.PAUSED
    assert after.pause_reason == "suspend"
    assert after.segment == before.segment
    assert after.remaining == pytest.approx(before.remaining)


def test_a_suspend_that_the_monotonic_clock_counts_does_not_complete_steps() -> None:
    drill = Drill()
    drill.play(12.35, windows_suspend_1h)
    drill.assert_every_step_ran_once_in_full()
    assert drill.resumes == 1


def test_a_suspend_the_monotonic_clock_counts_completes_no_step_even_before_the_next_tick() -> None:
    """The first thing after waking may be a repaint or a key press, not the timer's tick."""
    drill = Drill()
    drill.player.start()
    drill.clock.advance(12.3)
    drill.player.tick()
    before = drill.player.snapshot()
    drill.clock.suspend(HOUR, monotonic_counts=True)
    assert drill.player.snapshot().remaining == pytest.approx(before.remaining)
    events = drill.player.pause()
    assert [e.kind for e in events] == [EventKind.PAUSED]
    assert drill.player.snapshot().segment == before.segment


def test_a_very_late_tick_without_a_suspend_still_catches_up() -> None:
    """A blocked UI thread is not a suspend: the steps whose time passed are completed."""
    drill = Drill()
    drill.player.start()
    drill.clock.advance(HOUR)
    drill.player.tick()
    assert drill.player.state is PlayerState.FINISHED
    finished = [e for e in drill.events if e.kind is EventKind.SEGMENT_FINISHED]
    assert len(finished) == len(drill.player.timeline.segments)

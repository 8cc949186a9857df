"""Player invariants under random routines, commands, clock advances, suspends and ticks."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import (
    EventKind,
    Player,
    PlayerEvent,
    PlayerState,
    SegmentOutcome,
)
from lbh_desktop.core.timeline import SegmentKind, Timeline, build_timeline

COMMANDS = ("start", "pause", "resume", "toggle", "skip", "back", "done", "stop")
TIMED_MARKS = (EventKind.HALFWAY, EventKind.COUNTDOWN, EventKind.TARGET_REACHED)


@st.composite
def steps(draw: st.DrawFn, modes: tuple[StepMode, ...] = tuple(StepMode)) -> Step:
    mode = draw(st.sampled_from(modes))
    return Step(
        exercise_id=draw(st.sampled_from(["plank", "bridge", "stretch"])),
        mode=mode,
        seconds=None if mode is StepMode.REPS else draw(st.integers(1, 25)),
        reps=draw(st.integers(1, 8)) if mode is StepMode.REPS else None,
        sets=draw(st.integers(1, 3)),
        rest_between_sets=draw(st.integers(0, 6)),
        rest_after=draw(st.integers(0, 8)),
        per_side=draw(st.booleans()),
    )


@st.composite
def timelines(draw: st.DrawFn, modes: tuple[StepMode, ...] = tuple(StepMode)) -> Timeline:
    routine = Routine(
        "r",
        "Random",
        RoutineKind.STRENGTH,
        Level.BEGINNER,
        "",
        tuple(draw(st.lists(steps(modes), min_size=1, max_size=3))),
    )
    return build_timeline(
        routine,
        prepare_seconds=draw(st.sampled_from([0, 3, 5])),
        switch_seconds=draw(st.sampled_from([0, 2, 5])),
    )


actions = st.one_of(
    st.tuples(st.just("advance"), st.floats(0, 30, allow_nan=False)),
    st.tuples(st.just("tick"), st.just(0.0)),
    st.tuples(st.just("suspend"), st.floats(0, 60, allow_nan=False)),
    st.tuples(st.just("command"), st.sampled_from(COMMANDS)),
)


class Observer:
    """Mirrors the player's results from its events and checks every event stream rule."""

    def __init__(self, player: Player) -> None:
        self.player = player
        self.results: dict[int, tuple[SegmentOutcome, float]] = {}
        self.attempt_marks: set[tuple[EventKind, int | None]] = set()
        self.last_at = float("-inf")
        self.heard: list[PlayerEvent] = []
        player.subscribe(self.heard.append)

    def check(self, events: list[PlayerEvent]) -> None:
        assert self.heard == events
        self.heard.clear()
        for event in events:
            assert event.at >= self.last_at
            self.last_at = event.at
            segment = event.segment
            if event.kind is EventKind.SEGMENT_STARTED:
                assert segment is not None
                self.attempt_marks = set()
                self.results.pop(segment.index, None)
            elif event.kind in TIMED_MARKS:
                mark = (event.kind, event.count)
                assert mark not in self.attempt_marks
                self.attempt_marks.add(mark)
            elif event.kind is EventKind.SEGMENT_FINISHED:
                assert segment is not None and event.outcome is not None
                assert event.active_seconds is not None
                self.results[segment.index] = (event.outcome, event.active_seconds)
        self.check_state()

    def check_state(self) -> None:
        player = self.player
        segments = player.timeline.segments
        snap = player.snapshot()
        assert {i: (r.outcome, r.active_seconds) for i, r in player.results.items()} == (
            self.results
        )
        assert snap.total_remaining >= 0.0
        assert 0.0 <= snap.progress <= 1.0
        assert snap.elapsed >= 0.0
        for result in player.results.values():
            assert result.active_seconds >= 0.0
            if result.segment.duration is not None:
                assert result.active_seconds <= result.segment.duration + 1e-9
        if not segments:
            return
        assert snap.segment is not None and 0 <= snap.segment.index < len(segments)
        index = snap.segment.index
        if snap.segment.duration is not None:
            assert snap.remaining is not None
            assert 0.0 <= snap.remaining <= snap.segment.duration
        else:
            assert snap.remaining is None
        if player.state in (PlayerState.RUNNING, PlayerState.PAUSED, PlayerState.READY):
            assert set(player.results) == set(range(index))
        elif player.state is PlayerState.STOPPED:
            assert set(player.results) == set(range(index + 1))
            assert player.results[index].outcome is SegmentOutcome.SKIPPED
        else:
            assert set(player.results) == set(range(len(segments)))
            assert snap.total_remaining == 0.0


def apply(player: Player, clock: FakeClock, action: tuple[str, Any]) -> list[PlayerEvent]:
    kind, value = action
    if kind == "advance":
        clock.advance(value)
        return []
    if kind == "suspend":
        clock.suspend(value)
        return []
    if kind == "tick":
        return player.tick()
    result: list[PlayerEvent] = getattr(player, value)()
    return result


@settings(max_examples=200, deadline=None)
@given(timeline=timelines(), script=st.lists(actions, max_size=60))
def test_random_sessions_keep_every_invariant(
    timeline: Timeline, script: list[tuple[str, Any]]
) -> None:
    clock = FakeClock()
    player = Player(timeline, clock)
    observer = Observer(player)

    for action in [("command", "start"), *script]:
        observer.check(apply(player, clock, action))

    # However the session went, pressing on to the end finishes it with a full result set.
    if player.state in (PlayerState.RUNNING, PlayerState.PAUSED):
        observer.check(player.resume())
        while player.state is PlayerState.RUNNING:
            clock.advance(7.0)
            observer.check(player.tick() + player.done())
    if player.state is PlayerState.FINISHED:
        assert set(player.results) == set(range(len(timeline.segments)))
        assert all(r.outcome in tuple(SegmentOutcome) for r in player.results.values())


@settings(max_examples=200, deadline=None)
@given(
    timeline=timelines(modes=(StepMode.TIMED,)),
    gaps=st.lists(st.floats(0.1, 40, allow_nan=False), min_size=1, max_size=30),
)
def test_events_do_not_depend_on_when_ticks_arrive(timeline: Timeline, gaps: list[float]) -> None:
    def play(tick_gaps: list[float]) -> list[PlayerEvent]:
        clock = FakeClock()
        player = Player(timeline, clock)
        events = player.start()
        position = 0
        while player.state is PlayerState.RUNNING:
            clock.advance(tick_gaps[position % len(tick_gaps)])
            events += player.tick()
            position += 1
        return events

    reference = play([1e6])
    jittery = play(gaps)

    assert jittery == reference
    assert reference[-1].kind is EventKind.ROUTINE_FINISHED
    assert reference[-1].at == reference[0].at + timeline.planned_seconds
    work = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
    completed = [e for e in reference if e.kind is EventKind.SEGMENT_FINISHED and e.segment in work]
    assert [e.active_seconds for e in completed] == [s.duration for s in work]

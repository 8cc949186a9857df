"""Sound cues: which event plays what, and only one cue per batch of events."""

from __future__ import annotations

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue, cue_for, cue_to_play
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import EventKind, Player, PlayerEvent, SegmentOutcome
from lbh_desktop.core.timeline import Segment, SegmentKind, build_timeline

E = EventKind
T0 = 1000.0


def routine(*steps: Step) -> Routine:
    return Routine("r1", "Cue test", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)


def timed(seconds: int, **options: object) -> Step:
    return Step("front-plank", StepMode.TIMED, seconds=seconds, **options)  # type: ignore[arg-type]


# prepare 5, work 20 (left), switch 5, work 20 (right), rest 10, open work 30, reps work.
TIMELINE = build_timeline(
    routine(
        timed(20, per_side=True, rest_after=10),
        Step("childs-pose", StepMode.OPEN, seconds=30),
        Step("glute-bridge", StepMode.REPS, reps=10),
    )
)


def segment(kind: SegmentKind, mode: StepMode = StepMode.TIMED) -> Segment:
    return next(s for s in TIMELINE.segments if s.kind is kind and s.mode is mode)


PREPARE = segment(SegmentKind.PREPARE)
SWITCH = segment(SegmentKind.SWITCH_SIDES)
REST = segment(SegmentKind.REST)
WORK = segment(SegmentKind.WORK)
OPEN = segment(SegmentKind.WORK, StepMode.OPEN)
REPS = segment(SegmentKind.WORK, StepMode.REPS)
NOT_WORK = [PREPARE, SWITCH, REST]


def event(kind: EventKind, seg: Segment | None, **fields: object) -> PlayerEvent:
    return PlayerEvent(kind, seg, T0, **fields)  # type: ignore[arg-type]


def finished(seg: Segment, outcome: SegmentOutcome | None) -> PlayerEvent:
    return event(E.SEGMENT_FINISHED, seg, outcome=outcome, active_seconds=1.0)


def test_cue_names_are_the_sound_names() -> None:
    assert [c.value for c in SoundCue] == [
        "countdown",
        "segment-start",
        "segment-end",
        "routine-finished",
    ]


# cue_for ----------------------------------------------------------------------------------


@pytest.mark.parametrize("seg", [WORK, PREPARE, SWITCH, REST], ids=lambda s: s.kind.value)
@pytest.mark.parametrize("count", [3, 2, 1])
def test_every_countdown_beeps_including_into_the_next_move(seg: Segment, count: int) -> None:
    assert cue_for(event(E.COUNTDOWN, seg, count=count)) is SoundCue.COUNTDOWN


@pytest.mark.parametrize("seg", [WORK, OPEN, REPS], ids=lambda s: s.mode.value)
def test_work_start_plays_segment_start(seg: Segment) -> None:
    assert cue_for(event(E.SEGMENT_STARTED, seg)) is SoundCue.SEGMENT_START


@pytest.mark.parametrize("seg", [WORK, OPEN, REPS], ids=lambda s: s.mode.value)
def test_completed_work_plays_segment_end_and_skipped_work_plays_nothing(seg: Segment) -> None:
    assert cue_for(finished(seg, SegmentOutcome.COMPLETED)) is SoundCue.SEGMENT_END
    assert cue_for(finished(seg, SegmentOutcome.SKIPPED)) is None
    assert cue_for(finished(seg, None)) is None


@pytest.mark.parametrize("seg", NOT_WORK, ids=lambda s: s.kind.value)
def test_prepare_switch_and_rest_segments_start_and_end_silently(seg: Segment) -> None:
    assert cue_for(event(E.SEGMENT_STARTED, seg)) is None
    assert cue_for(finished(seg, SegmentOutcome.COMPLETED)) is None
    assert cue_for(finished(seg, SegmentOutcome.SKIPPED)) is None
    assert cue_for(event(E.SWITCH_SIDES, seg)) is None


def test_target_reached_plays_segment_end() -> None:
    assert cue_for(event(E.TARGET_REACHED, OPEN)) is SoundCue.SEGMENT_END


def test_routine_finished_plays_its_own_cue() -> None:
    assert cue_for(event(E.ROUTINE_FINISHED, REPS)) is SoundCue.ROUTINE_FINISHED
    assert cue_for(event(E.ROUTINE_FINISHED, None)) is SoundCue.ROUTINE_FINISHED


@pytest.mark.parametrize(
    "kind", [E.STARTED, E.HALFWAY, E.PAUSED, E.RESUMED, E.STOPPED, E.SWITCH_SIDES]
)
def test_other_events_on_work_are_silent(kind: EventKind) -> None:
    assert cue_for(event(kind, WORK)) is None


def test_segment_events_without_a_segment_are_silent() -> None:
    assert cue_for(event(E.SEGMENT_STARTED, None)) is None
    assert cue_for(event(E.SEGMENT_FINISHED, None, outcome=SegmentOutcome.COMPLETED)) is None


# cue_to_play ------------------------------------------------------------------------------


def test_empty_or_silent_batches_play_nothing() -> None:
    assert cue_to_play([]) is None
    assert cue_to_play([event(E.PAUSED, WORK), event(E.SEGMENT_STARTED, REST)]) is None


def test_only_the_last_cue_of_a_batch_plays() -> None:
    batch = [
        event(E.COUNTDOWN, WORK, count=1),
        finished(WORK, SegmentOutcome.COMPLETED),
        event(E.SEGMENT_STARTED, WORK),
        event(E.HALFWAY, WORK),
        event(E.PAUSED, WORK),
    ]

    assert cue_to_play(batch) is SoundCue.SEGMENT_START
    assert cue_to_play(iter(batch)) is SoundCue.SEGMENT_START
    assert cue_to_play(batch[:2]) is SoundCue.SEGMENT_END


# With a real player -----------------------------------------------------------------------


def player(*steps: Step, prepare: float = 0, switch: float = 0) -> tuple[Player, FakeClock]:
    clock = FakeClock(monotonic=T0)
    timeline = build_timeline(routine(*steps), prepare_seconds=prepare, switch_seconds=switch)
    return Player(timeline, clock), clock


def test_a_stalled_tick_plays_one_cue_for_many_missed_events() -> None:
    p, clock = player(timed(10), timed(10))
    p.start()
    clock.advance(10.5)

    events = p.tick()

    assert [e.kind for e in events] == [
        E.HALFWAY,
        E.COUNTDOWN,
        E.COUNTDOWN,
        E.COUNTDOWN,
        E.SEGMENT_FINISHED,
        E.SEGMENT_STARTED,
    ]
    assert [cue_for(e) for e in events] == [
        None,
        SoundCue.COUNTDOWN,
        SoundCue.COUNTDOWN,
        SoundCue.COUNTDOWN,
        SoundCue.SEGMENT_END,
        SoundCue.SEGMENT_START,
    ]
    assert cue_to_play(events) is SoundCue.SEGMENT_START


def test_stalling_past_the_end_plays_only_the_finish() -> None:
    p, clock = player(timed(10, rest_after=5), timed(4), prepare=5)
    p.start()
    clock.advance(60)

    events = p.tick()

    assert sum(cue_for(e) is not None for e in events) == 17
    assert events[-1].kind is E.ROUTINE_FINISHED
    assert cue_to_play(events) is SoundCue.ROUTINE_FINISHED


def test_start_into_prepare_is_silent_and_start_into_work_beeps() -> None:
    p, _ = player(timed(10), prepare=5)
    assert cue_to_play(p.start()) is None
    p, _ = player(timed(10))
    assert cue_to_play(p.start()) is SoundCue.SEGMENT_START


def test_each_countdown_second_beeps_on_an_on_time_tick() -> None:
    p, clock = player(timed(10), timed(10))
    p.start()
    clock.advance(6.5)
    assert cue_to_play(p.tick()) is None  # nothing due between halfway and three seconds left
    clock.advance(0.5)
    assert cue_to_play(p.tick()) is SoundCue.COUNTDOWN


def test_done_on_reps_before_a_rest_ends_with_segment_end() -> None:
    p, _ = player(Step("glute-bridge", StepMode.REPS, reps=10, rest_after=20), timed(10))
    p.start()

    events = p.done()

    assert [e.kind for e in events] == [E.SEGMENT_FINISHED, E.SEGMENT_STARTED]
    assert cue_to_play(events) is SoundCue.SEGMENT_END


def test_skipping_work_into_a_rest_is_silent_and_into_work_beeps() -> None:
    p, _ = player(timed(30, rest_after=20), timed(10), timed(10))
    p.start()
    assert cue_to_play(p.skip()) is None  # skipped work, then a rest starts
    assert cue_to_play(p.skip()) is SoundCue.SEGMENT_START  # rest skipped, work starts


def test_open_hold_beeps_when_its_aim_is_reached() -> None:
    p, clock = player(Step("childs-pose", StepMode.OPEN, seconds=30))
    p.start()
    clock.advance(29.9)
    assert cue_to_play(p.tick()) is None
    clock.advance(0.2)

    events = p.tick()

    assert [e.kind for e in events] == [E.TARGET_REACHED]
    assert cue_to_play(events) is SoundCue.SEGMENT_END
    assert cue_to_play(p.done()) is SoundCue.ROUTINE_FINISHED

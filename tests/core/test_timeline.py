"""Timeline expansion: segment order, per-segment fields, planned totals and look-ups."""

from __future__ import annotations

import pytest

from lbh_desktop.core.models import (
    REP_SECONDS,
    Level,
    Routine,
    RoutineKind,
    Step,
    StepMode,
    Variation,
)
from lbh_desktop.core.timeline import SegmentKind, Side, Timeline, build_timeline

K = SegmentKind


def routine(*steps: Step) -> Routine:
    return Routine("r1", "Test routine", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)


def timed(seconds: int = 20, **options: object) -> Step:
    return Step("plank", StepMode.TIMED, seconds=seconds, **options)  # type: ignore[arg-type]


def shape(timeline: Timeline) -> list[tuple[str, int, int, str | None]]:
    return [
        (s.kind.value, s.step_index, s.set_number, s.side.value if s.side else None)
        for s in timeline.segments
    ]


def test_single_timed_step_gets_prepare_then_work() -> None:
    timeline = build_timeline(routine(timed(30)))

    assert [s.kind for s in timeline.segments] == [K.PREPARE, K.WORK]
    prepare, work = timeline.segments
    assert prepare.duration == 5.0
    assert prepare.mode is StepMode.TIMED
    assert prepare.step_index == 0
    assert prepare.exercise_id == "plank"
    assert work.duration == 30.0
    assert work.target_seconds == 30
    assert work.reps is None
    assert work.planned_seconds == 30.0


def test_per_side_sets_with_rests_expand_in_order() -> None:
    first = timed(
        20, sets=2, per_side=True, rest_between_sets=15, rest_after=30, variation=Variation.EASIER
    )
    second = Step("bridge", StepMode.REPS, reps=10, sets=2, rest_between_sets=10, rest_after=45)
    timeline = build_timeline(routine(first, second), prepare_seconds=10, switch_seconds=4)

    assert shape(timeline) == [
        ("prepare", 0, 1, None),
        ("work", 0, 1, "left"),
        ("switch-sides", 0, 1, "right"),
        ("work", 0, 1, "right"),
        ("set-rest", 0, 1, None),
        ("work", 0, 2, "left"),
        ("switch-sides", 0, 2, "right"),
        ("work", 0, 2, "right"),
        ("rest", 0, 2, None),
        ("work", 1, 1, None),
        ("set-rest", 1, 1, None),
        ("work", 1, 2, None),
    ]
    durations = [s.duration for s in timeline.segments]
    assert durations == [10, 20, 4, 20, 15, 20, 4, 20, 30, None, 10, None]
    assert [s.index for s in timeline.segments] == list(range(12))
    assert all(s.set_count == 2 for s in timeline.segments)
    assert {s.variation for s in timeline.segments if s.step_index == 0} == {Variation.EASIER}


def test_no_rest_after_the_last_step_and_zero_pauses_are_left_out() -> None:
    steps = (
        timed(10, sets=2, rest_between_sets=0, rest_after=0, per_side=True),
        timed(10, rest_after=60),
    )
    timeline = build_timeline(routine(*steps), prepare_seconds=0, switch_seconds=0)

    assert [s.kind for s in timeline.segments] == [K.WORK] * 5


def test_non_work_segments_are_timed_and_carry_no_dose() -> None:
    step = Step("bridge", StepMode.REPS, reps=8, sets=2, rest_between_sets=20, per_side=True)
    timeline = build_timeline(routine(step, timed(10)), switch_seconds=5)

    for segment in timeline.segments:
        if segment.kind is not K.WORK:
            assert segment.mode is StepMode.TIMED
            assert segment.duration is not None
            assert segment.reps is None
            assert segment.target_seconds is None
            assert segment.planned_seconds == segment.duration
    switch = next(s for s in timeline.segments if s.kind is K.SWITCH_SIDES)
    assert switch.side is Side.RIGHT


def test_reps_and_open_work_have_no_duration_but_planned_estimates() -> None:
    reps = Step("bridge", StepMode.REPS, reps=12)
    open_hold = Step("stretch", StepMode.OPEN, seconds=45)
    timeline = build_timeline(routine(reps, open_hold), prepare_seconds=0)

    rep_work, open_work = timeline.segments
    assert rep_work.mode is StepMode.REPS
    assert rep_work.duration is None
    assert rep_work.reps == 12
    assert rep_work.target_seconds is None
    assert rep_work.planned_seconds == 12 * REP_SECONDS
    assert open_work.mode is StepMode.OPEN
    assert open_work.duration is None
    assert open_work.target_seconds == 45
    assert open_work.reps is None
    assert open_work.planned_seconds == 45.0


def test_rest_after_a_step_belongs_to_that_step() -> None:
    timeline = build_timeline(
        routine(timed(10, rest_after=20), Step("bridge", StepMode.REPS, reps=5)),
        prepare_seconds=0,
    )

    rest = timeline.segments[1]
    assert rest.kind is K.REST
    assert rest.step_index == 0
    assert rest.exercise_id == "plank"


def test_planned_totals() -> None:
    steps = (
        timed(20, sets=2, per_side=True, rest_between_sets=15, rest_after=30),
        Step("bridge", StepMode.REPS, reps=10),
    )
    timeline = build_timeline(routine(*steps), prepare_seconds=5, switch_seconds=5)

    work = 4 * 20 + 10 * REP_SECONDS
    assert timeline.planned_work_seconds == work
    assert timeline.planned_seconds == work + 5 + 2 * 5 + 15 + 30


def test_remaining_after_sums_the_segments_strictly_after_an_index() -> None:
    steps = (timed(20, sets=3, rest_between_sets=7, rest_after=11), timed(13))
    timeline = build_timeline(routine(*steps), prepare_seconds=3)
    plans = [s.planned_seconds for s in timeline.segments]

    for index in range(len(plans)):
        assert timeline.remaining_after(index) == pytest.approx(sum(plans[index + 1 :]))
    assert timeline.remaining_after(-1) == timeline.planned_seconds
    assert timeline.remaining_after(-50) == timeline.planned_seconds
    assert timeline.remaining_after(len(plans) - 1) == 0.0
    assert timeline.remaining_after(len(plans) + 5) == 0.0


def test_next_work_finds_the_first_work_segment_after_an_index() -> None:
    steps = (timed(20, sets=2, rest_between_sets=7, rest_after=11), timed(13))
    timeline = build_timeline(routine(*steps), prepare_seconds=3)
    assert [s.kind for s in timeline.segments] == [
        K.PREPARE,
        K.WORK,
        K.SET_REST,
        K.WORK,
        K.REST,
        K.WORK,
    ]

    found = [timeline.next_work(i) for i in range(-1, len(timeline.segments))]
    assert [s.index if s else None for s in found] == [1, 1, 3, 3, 5, 5, None]
    assert all(s is None or s.kind is K.WORK for s in found)


def test_work_segments_of_step() -> None:
    steps = (timed(20, sets=2, per_side=True), timed(13))
    timeline = build_timeline(routine(*steps))

    first = timeline.work_segments_of_step(0)
    assert [(s.set_number, s.side) for s in first] == [
        (1, Side.LEFT),
        (1, Side.RIGHT),
        (2, Side.LEFT),
        (2, Side.RIGHT),
    ]
    assert [s.duration for s in timeline.work_segments_of_step(1)] == [13.0]


def test_empty_routine_gives_an_empty_timeline() -> None:
    timeline = build_timeline(routine())

    assert timeline.segments == ()
    assert timeline.planned_seconds == 0.0
    assert timeline.planned_work_seconds == 0.0
    assert timeline.remaining_after(-1) == 0.0
    assert timeline.next_work(-1) is None

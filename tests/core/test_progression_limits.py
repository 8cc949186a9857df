"""Step ups within limits: warm-up moves never change, caps per kind, a desk break stays short."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from lbh_desktop.core.models import ExerciseKind, Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.progression import (
    CAPS,
    DESK_BREAK_MAX_SECONDS,
    harder_step,
    lengthen_holds,
    progression_offer,
)
from lbh_desktop.core.progression_record import Decision, ProgressionRecord
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.storage import bundled
from tests.core.progression_sessions import CATALOGUE, TODAY, V, session

BUILTINS = {routine.id: routine for routine in bundled.load_builtin_routines()}


def kind_of(step: Step) -> ExerciseKind:
    exercise = CATALOGUE.get(step.exercise_id)
    assert exercise is not None
    return exercise.kind


def twelve_weekly_step_ups(routine: Routine) -> Routine:
    """Accepts every offer, one a week, three good sessions between them."""
    sessions, history = [], []
    for week in range(12):
        day = TODAY + timedelta(weeks=week)
        sessions += [session(day - timedelta(days=d), routine_id=routine.id) for d in (4, 2, 0)]
        found = progression_offer(routine, sessions, history, day, CATALOGUE)
        if found is None:
            continue
        routine = found.routine
        history.append(
            ProgressionRecord(routine.id, f"{day}T09:00:00Z", day, Decision.ACCEPTED, found.change)
        )
    return routine


def test_warm_up_moves_in_a_strength_routine_never_grow_or_get_harder() -> None:
    strength = BUILTINS["strength"]
    warm_ups = [i for i, step in enumerate(strength.steps) if kind_of(step) is ExerciseKind.WARMUP]
    assert warm_ups, "the strength routine starts with warm-up moves"
    longer = lengthen_holds(strength, CATALOGUE)
    assert longer is not None
    assert all(longer.steps[i] == strength.steps[i] for i in warm_ups)
    harder = harder_step(strength, CATALOGUE)
    assert harder is not None and harder[0] not in warm_ups
    after = twelve_weekly_step_ups(strength)
    assert all(after.steps[i] == strength.steps[i] for i in warm_ups)


@pytest.mark.parametrize("kind", [ExerciseKind.STRENGTH, ExerciseKind.STRETCH])
def test_holds_and_reps_stop_at_their_kinds_cap(kind: ExerciseKind) -> None:
    hold_id = "front-plank" if kind is ExerciseKind.STRENGTH else "childs-pose"
    reps_id = "glute-bridge" if kind is ExerciseKind.STRENGTH else "cat-cow"
    cap = CAPS[kind]
    near = Routine(
        "r1", "near", RoutineKind.STRENGTH, Level.BEGINNER, "",
        (
            Step(hold_id, StepMode.TIMED, seconds=cap.hold_seconds - 2),
            Step(reps_id, StepMode.REPS, reps=cap.reps, variation=V.HARDER),
        ),
    )  # fmt: skip
    longer = lengthen_holds(near, CATALOGUE)
    assert longer is not None
    assert (longer.steps[0].seconds, longer.steps[1].reps) == (cap.hold_seconds, cap.reps)
    # At the top of each ladder: the plank's and the stretches' harder versions are their
    # last rung; the glute bridge climbs on to the single-leg bridge.
    top = V.HARDEST if reps_id == "glute-bridge" else V.HARDER
    maxed = replace(
        longer,
        steps=(
            replace(longer.steps[0], variation=V.HARDER),
            replace(longer.steps[1], variation=top),
        ),
    )
    assert lengthen_holds(maxed, CATALOGUE) is None and harder_step(maxed, CATALOGUE) is None
    assert (
        progression_offer(
            maxed, [session(TODAY - timedelta(days=d)) for d in (4, 2, 0)], [], TODAY, CATALOGUE
        )
        is None
    )


def test_the_desk_break_stays_between_four_and_six_minutes_after_twelve_weekly_step_ups() -> None:
    desk = BUILTINS["desk-stretch-break"]
    tempo = CATALOGUE.rep_seconds
    before = build_timeline(desk, rep_seconds=tempo).planned_seconds
    after = build_timeline(twelve_weekly_step_ups(desk), rep_seconds=tempo).planned_seconds
    assert 4 * 60 <= before <= after <= DESK_BREAK_MAX_SECONDS


def test_every_built_in_routine_stays_within_its_caps_after_twelve_weeks() -> None:
    for routine in BUILTINS.values():
        after = twelve_weekly_step_ups(routine)
        for step in after.steps:
            cap = CAPS.get(kind_of(step))
            if cap is None:
                continue
            if step.mode is StepMode.REPS:
                assert (step.reps or 0) <= max(cap.reps, 0), (routine.id, step)
            else:
                assert (step.seconds or 0) <= cap.hold_seconds, (routine.id, step)

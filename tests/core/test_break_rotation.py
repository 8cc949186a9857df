"""Which routine a stretch break offers: desk-friendliness, pinning and rotation order."""

from __future__ import annotations

import itertools

from lbh_desktop.core.break_rotation import BreakRotation, desk_friendly, rotation_order
from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Dose, Exercise, VariationText
from lbh_desktop.core.models import (
    ExerciseKind,
    Level,
    Position,
    Routine,
    RoutineKind,
    Step,
    StepMode,
)

P = Position


def exercise(exercise_id: str, *positions: Position) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").title(),
        kind=ExerciseKind.STRETCH,
        summary="",
        targets=("hips",),
        positions=positions,
        equipment=(),
        per_side=False,
        dose=Dose(StepMode.TIMED, seconds=30),
        steps=("Do it.",),
        cues=(),
        mistakes=(),
        easier=VariationText("Easier", "Less."),
        harder=VariationText("Harder", "More."),
        caution="",
        illustration="",
    )


CATALOGUE = Catalogue(
    [
        exercise("seated-figure-4", P.CHAIR),
        exercise("standing-hip-flexor", P.STANDING),
        exercise("chair-or-standing-twist", P.CHAIR, P.STANDING),
        exercise("glute-bridge", P.FLOOR),
        exercise("cat-cow", P.FLOOR, P.CHAIR),
    ]
)


def routine(
    routine_id: str, *exercise_ids: str, kind: RoutineKind = RoutineKind.STRETCH, name: str = ""
) -> Routine:
    steps = tuple(Step(eid, StepMode.TIMED, seconds=30) for eid in exercise_ids)
    return Routine(routine_id, name or routine_id, kind, Level.BEGINNER, "", steps)


DESK = routine("desk", "glute-bridge", kind=RoutineKind.DESK_BREAK, name="Desk")
CHAIR = routine("chair", "seated-figure-4", "chair-or-standing-twist", name="Chair")
STAND = routine("stand", "standing-hip-flexor", name="Stand")
FLOOR = routine("floor", "glute-bridge", name="Floor")
MIXED = routine("mixed", "seated-figure-4", "cat-cow", name="Mixed")
UNKNOWN = routine("unknown", "seated-figure-4", "no-such-move", name="Unknown")


def test_desk_friendly_by_kind_or_by_chair_and_standing_positions_only() -> None:
    assert desk_friendly(DESK, CATALOGUE)  # the kind decides, whatever the exercises
    assert desk_friendly(CHAIR, CATALOGUE)
    assert desk_friendly(STAND, CATALOGUE)
    assert not desk_friendly(FLOOR, CATALOGUE)
    assert not desk_friendly(MIXED, CATALOGUE)  # cat-cow can also be done on the floor
    assert not desk_friendly(UNKNOWN, CATALOGUE)
    assert not desk_friendly(routine("empty"), CATALOGUE)


def test_rotation_order_is_by_name_then_id_whatever_the_input_order() -> None:
    twin = routine("a-twin", "seated-figure-4", name="stand")
    order = rotation_order([STAND, FLOOR, twin, DESK, CHAIR, MIXED], CATALOGUE)
    assert [r.id for r in order] == ["chair", "desk", "a-twin", "stand"]
    assert rotation_order([CHAIR, STAND, DESK], CATALOGUE) == rotation_order(
        [DESK, STAND, CHAIR], CATALOGUE
    )


def test_rotates_through_desk_friendly_routines_and_wraps() -> None:
    rotation = BreakRotation([FLOOR, STAND, DESK, CHAIR], CATALOGUE)
    picks = [rotation.next() for _ in range(7)]
    assert [r.id if r else None for r in picks] == [
        "chair",
        "desk",
        "stand",
        "chair",
        "desk",
        "stand",
        "chair",
    ]
    assert rotation.last_id == "chair"


def test_continues_after_the_saved_last_id_and_never_repeats_with_two() -> None:
    rotation = BreakRotation([STAND, CHAIR, FLOOR], CATALOGUE, last_id="chair")
    assert rotation.peek() is STAND
    picks = [rotation.next() for _ in range(5)]
    assert [r.id if r else None for r in picks] == ["stand", "chair", "stand", "chair", "stand"]
    assert all(a is not b for a, b in itertools.pairwise(picks))


def test_unknown_last_id_starts_from_the_first() -> None:
    rotation = BreakRotation([STAND, CHAIR], CATALOGUE, last_id="deleted")
    assert rotation.next() is CHAIR


def test_single_candidate_is_offered_every_time() -> None:
    rotation = BreakRotation([FLOOR, STAND], CATALOGUE, last_id="stand")
    assert [rotation.next(), rotation.next()] == [STAND, STAND]


def test_none_when_no_routine_is_desk_friendly() -> None:
    assert BreakRotation([FLOOR, MIXED], CATALOGUE).next() is None
    assert BreakRotation([], CATALOGUE).next() is None


def test_pinned_routine_is_always_offered_even_if_not_desk_friendly() -> None:
    rotation = BreakRotation([FLOOR, STAND, CHAIR], CATALOGUE, pinned_id="floor")
    assert [rotation.next(), rotation.next()] == [FLOOR, FLOOR]
    rotation.pin(None)
    assert rotation.next() is CHAIR


def test_missing_pinned_routine_falls_back_to_rotation() -> None:
    rotation = BreakRotation([STAND, CHAIR], CATALOGUE, pinned_id="deleted", last_id="chair")
    assert rotation.pinned_id == "deleted"
    assert rotation.next() is STAND
    assert rotation.candidates == (CHAIR, STAND)

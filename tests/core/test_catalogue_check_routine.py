"""check_routine and routine_positions: unknown moves, unplayable doses and positions used."""

from __future__ import annotations

from lbh_desktop.core.catalogue import Catalogue, check_routine, routine_positions
from lbh_desktop.core.models import Level, Position, Routine, RoutineKind, Step, StepMode


def routine_of(*steps: Step) -> Routine:
    return Routine(
        id="mine",
        name="Mine",
        kind=RoutineKind.STRETCH,
        level=Level.BEGINNER,
        description="",
        steps=steps,
    )


def test_check_routine_accepts_a_valid_routine(catalogue: Catalogue) -> None:
    routine = routine_of(
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("glute-bridge", StepMode.REPS, reps=10, sets=2, rest_between_sets=30),
    )
    assert check_routine(routine, catalogue) == []


def test_check_routine_names_unknown_exercises_with_their_step_number(
    catalogue: Catalogue,
) -> None:
    routine = routine_of(
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("no-such-move", StepMode.TIMED, seconds=30),
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("flying-kick", StepMode.REPS, reps=5),
    )
    problems = check_routine(routine, catalogue)
    assert len(problems) == 2
    assert "Step 2" in problems[0]
    assert "'no-such-move'" in problems[0]
    assert "Step 4" in problems[1]
    assert "'flying-kick'" in problems[1]


def test_check_routine_allows_per_side_on_a_move_that_is_not_sided(catalogue: Catalogue) -> None:
    assert not catalogue["childs-pose"].per_side
    routine = routine_of(Step("childs-pose", StepMode.TIMED, seconds=30, per_side=True))
    assert check_routine(routine, catalogue) == []


def test_check_routine_reports_unplayable_doses(catalogue: Catalogue) -> None:
    routine = routine_of(
        Step("glute-bridge", StepMode.REPS, reps=None),
        Step("childs-pose", StepMode.TIMED, seconds=0),
        Step("front-plank", StepMode.OPEN, seconds=20, sets=0),
    )
    problems = check_routine(routine, catalogue)
    assert [problem.split()[:2] for problem in problems] == [
        ["Step", "1"],
        ["Step", "2"],
        ["Step", "3"],
    ]


def test_check_routine_reports_an_empty_routine(catalogue: Catalogue) -> None:
    assert check_routine(routine_of(), catalogue) != []


def test_routine_positions_are_the_union_in_position_order(catalogue: Catalogue) -> None:
    routine = routine_of(
        Step("standing-back-extension", StepMode.REPS, reps=8),
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("seated-twist", StepMode.TIMED, seconds=20, per_side=True),
        Step("no-such-move", StepMode.TIMED, seconds=20),
    )
    assert routine_positions(routine, catalogue) == (
        Position.FLOOR,
        Position.CHAIR,
        Position.STANDING,
    )
    standing_only = routine_of(Step("torso-twists", StepMode.TIMED, seconds=30))
    assert routine_positions(standing_only, catalogue) == (Position.STANDING,)
    assert routine_positions(routine_of(Step("x", StepMode.TIMED, seconds=5)), catalogue) == ()

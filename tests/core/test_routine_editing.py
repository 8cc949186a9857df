"""Pure routine edits: new, duplicate, add/remove/move/update steps, modes and the live total."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.routine_editing import (
    add_step,
    duplicate,
    move_step,
    new_routine,
    new_routine_id,
    remove_step,
    rename,
    step_for,
    step_list_rows,
    total_seconds,
    total_text,
    unique_name,
    update_step,
    with_exercise,
    with_mode,
    with_routine_field,
    with_step_field,
)
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.storage import bundled

CATALOGUE = bundled.load_catalogue()


def step(exercise_id: str, seconds: int = 30) -> Step:
    return Step(exercise_id=exercise_id, mode=StepMode.TIMED, seconds=seconds)


def routine(*steps: Step) -> Routine:
    return Routine("r", "Mine", RoutineKind.STRETCH, Level.BEGINNER, "", tuple(steps))


def test_unique_name_counts_up_ignoring_case() -> None:
    assert unique_name("Morning", []) == "Morning"
    assert unique_name("Morning", ["morning", "Morning (2)"]) == "Morning (3)"
    assert unique_name("  ", []) == "New routine"


def test_new_routine_is_empty_user_owned_and_named_freely() -> None:
    fresh = new_routine("routine-1", ["New routine"])
    assert fresh.name == "New routine (2)" and fresh.steps == () and not fresh.builtin
    assert new_routine_id(lambda: "abc") == "routine-abc"
    assert new_routine_id() != new_routine_id()


def test_duplicating_a_builtin_gives_an_editable_copy() -> None:
    desk = next(r for r in bundled.load_builtin_routines() if r.name == "Desk stretch break")
    copy = duplicate(desk, "routine-x", [desk.name])
    assert copy.name == "Desk stretch break (copy)"
    assert (copy.id, copy.builtin, copy.builtin_version) == ("routine-x", False, 0)
    assert copy.steps == desk.steps


def test_add_remove_move_update_leave_the_original_alone() -> None:
    a, b, c = step("cat-cow"), step("bird-dog"), step("glute-bridge")
    original = routine(a, b)
    assert add_step(original, c).steps == (a, b, c)
    assert add_step(original, c, 0).steps == (c, a, b)
    assert add_step(original, c, 99).steps == (a, b, c)
    three = routine(a, b, c)
    assert remove_step(three, 1).steps == (a, c)
    assert move_step(three, 0, 2).steps == (b, c, a)
    assert move_step(three, 2, 0).steps == (c, a, b)
    assert update_step(three, 1, c).steps == (a, c, c)
    assert rename(three, "Other").name == "Other"
    assert original.steps == (a, b)
    with pytest.raises(IndexError):
        remove_step(original, 2)
    with pytest.raises(IndexError):
        move_step(original, 0, 2)


def test_a_new_step_takes_the_exercise_dose() -> None:
    for exercise in CATALOGUE:
        new = step_for(exercise)
        assert new.mode is exercise.dose.mode and new.per_side == exercise.per_side
        if new.mode is StepMode.REPS:
            assert new.reps == exercise.dose.reps and new.seconds is None
        else:
            assert new.seconds == exercise.dose.seconds and new.reps is None


def test_changing_mode_fills_the_number_the_mode_needs() -> None:
    exercise = CATALOGUE["deadlift"]  # reps by default
    timed = step("deadlift", 40)
    as_reps = with_mode(timed, StepMode.REPS, exercise)
    assert (as_reps.mode, as_reps.reps, as_reps.seconds) == (StepMode.REPS, 12, None)
    back = with_mode(as_reps, StepMode.OPEN, exercise)
    assert (back.mode, back.seconds, back.reps) == (StepMode.OPEN, 30, None)
    assert with_mode(timed, StepMode.OPEN).seconds == 40
    assert with_mode(timed, StepMode.TIMED) is timed


def test_swapping_the_move_keeps_the_dose() -> None:
    sided = next(e for e in CATALOGUE if e.per_side)
    swapped = with_exercise(replace(step("cat-cow", 45), sets=2), sided)
    assert (swapped.exercise_id, swapped.seconds, swapped.sets, swapped.per_side) == (
        sided.id,
        45,
        2,
        True,
    )


def test_total_matches_the_player_timeline_and_skips_unplayable_steps() -> None:
    good = routine(step("cat-cow", 30), replace(step("bird-dog", 20), per_side=True, rest_after=5))
    assert total_seconds(good) == build_timeline(good).planned_seconds
    broken = add_step(good, step("cat-cow", 0))
    assert total_seconds(broken) == total_seconds(good)
    assert total_text(routine()) == "Total: no steps yet"
    assert total_text(routine(step("cat-cow", 55))) == "Total: about 1 min"


def test_field_edits_from_the_form() -> None:
    base = step("cat-cow", 30)
    assert with_step_field(base, "seconds", 45, None).seconds == 45
    assert with_step_field(base, "per_side", True, None).per_side
    assert with_step_field(base, "variation", "harder", None).variation is Variation.HARDER
    assert with_step_field(base, "mode", StepMode.REPS, CATALOGUE["cat-cow"]).reps == 10
    with pytest.raises(ValueError, match="whole number"):
        with_step_field(base, "sets", "3", None)
    with pytest.raises(ValueError, match="no editable field"):
        with_step_field(base, "exercise_id", "x", None)
    mine = routine(base)
    assert with_routine_field(mine, "kind", "strength").kind is RoutineKind.STRENGTH
    assert with_routine_field(mine, "level", "advanced").level is Level.ADVANCED
    assert with_routine_field(mine, "description", "hi").description == "hi"
    assert with_routine_field(mine, "name", "x").name == "x"
    with pytest.raises(ValueError, match="no editable field"):
        with_routine_field(mine, "id", "x")


def test_step_list_rows_mark_steps_with_problems() -> None:
    rows = step_list_rows(
        routine(step("cat-cow"), replace(step("bird-dog"), sets=2)), CATALOGUE, {1: "error"}
    )
    assert rows == [("Cat-cow", "30 s · 1 set", ""), ("Bird dog", "30 s · 2 sets", "error")]

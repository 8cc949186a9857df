"""Import planning: name clashes (rename / replace), fresh ids, and reusing or copying exercises."""

from __future__ import annotations

import dataclasses

import pytest

from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.import_plan import (
    ClashChoice,
    find_name_clashes,
    plan_import,
    unique_id,
    unique_name,
)
from lbh_desktop.core.models import Routine, Step, StepMode
from lbh_desktop.core.routine_format import ImportedFile
from lbh_desktop.storage import bundled

CATALOGUE = bundled.load_catalogue()
BUILTINS = bundled.load_builtin_routines()
DESK = BUILTINS[0]


def exercise(exercise_id: str = "custom-wall-sit-1a2b3c", name: str = "Wall sit") -> Exercise:
    return dataclasses.replace(
        CATALOGUE["seated-twist"], id=exercise_id, name=name, illustration=""
    )


def routine(routine_id: str, name: str, exercise_id: str = "cat-cow") -> Routine:
    step = Step(exercise_id, StepMode.TIMED, seconds=30)
    return dataclasses.replace(
        DESK, id=routine_id, name=name, steps=(step,), builtin=False, builtin_version=0
    )


def known(*custom: Exercise) -> list[Exercise]:
    return [*CATALOGUE, *custom]


def test_no_clash_keeps_ids_and_names() -> None:
    mine = routine("mine", "Mine")
    plan = plan_import(ImportedFile((mine,), ()), BUILTINS, known(), {})
    assert plan.routines_to_save == (mine,)
    assert plan.routine_ids_to_replace == ()
    assert plan.summary() == "Imported 1 routine: “Mine”."


def test_a_clashing_id_gets_a_fresh_one_without_asking() -> None:
    imported = ImportedFile((routine(DESK.id, "Something else"),), ())
    assert find_name_clashes(imported, BUILTINS) == []
    plan = plan_import(imported, BUILTINS, known(), {})
    assert plan.routines_to_save[0].id == f"{DESK.id}-2"
    assert plan.routines_to_save[0].builtin is False


def test_a_name_clash_with_a_builtin_can_only_be_renamed() -> None:
    copy = routine(DESK.id, DESK.name.upper())
    (clash,) = find_name_clashes(ImportedFile((copy,), ()), BUILTINS)
    assert clash.existing == (DESK,)
    assert clash.new_name == f"{DESK.name.upper()} (2)"
    assert not clash.can_replace
    plan = plan_import(ImportedFile((copy,), ()), BUILTINS, known(), {DESK.id: ClashChoice.RENAME})
    saved = plan.routines_to_save[0]
    assert (saved.name, saved.id, saved.builtin) == (clash.new_name, f"{DESK.id}-2", False)
    assert plan.routine_ids_to_replace == ()
    with pytest.raises(ValueError):
        plan_import(ImportedFile((copy,), ()), BUILTINS, known(), {DESK.id: ClashChoice.REPLACE})


def test_replace_takes_the_id_of_the_replaced_routine_so_its_history_stays_linked() -> None:
    existing = [*BUILTINS, routine("old-id", "Morning")]
    incoming = routine("other-id", "morning", exercise_id="bird-dog")
    choices = {"other-id": ClashChoice.REPLACE}
    plan = plan_import(ImportedFile((incoming,), ()), existing, known(), choices)
    assert plan.routine_ids_to_replace == ("old-id",)
    assert plan.routines_to_save == (dataclasses.replace(incoming, id="old-id"),)


def test_a_missing_or_cancelled_choice_is_refused() -> None:
    existing = [routine("a", "Morning")]
    imported = ImportedFile((routine("b", "Morning"),), ())
    for choices in ({}, {"b": ClashChoice.CANCEL}):
        with pytest.raises(ValueError):
            plan_import(imported, existing, known(), choices)


def test_renamed_names_are_unique_among_existing_and_imported_routines() -> None:
    existing = [routine("a", "Morning"), routine("b", "Morning (2)")]
    imported = ImportedFile((routine("c", "Morning"), routine("d", "Morning (3)")), ())
    clashes = find_name_clashes(imported, existing)
    assert [clash.new_name for clash in clashes] == ["Morning (4)"]


def test_unique_name_and_id_stay_within_their_length_limits() -> None:
    assert unique_name("x" * 80, {"x" * 80}) == "x" * 76 + " (2)"
    assert unique_name("Hips (2)", {"hips (2)"}) == "Hips (3)"
    assert unique_id("a" * 100, {"a" * 100}) == "a" * 98 + "-2"
    assert unique_id("free", {"taken"}) == "free"


def test_an_identical_custom_exercise_is_reused_not_duplicated() -> None:
    wall_sit = exercise()
    mine = dataclasses.replace(wall_sit, illustration="wall-sit.png")  # mine has a picture
    imported = ImportedFile((routine("r", "R", wall_sit.id),), (wall_sit,))
    plan = plan_import(imported, BUILTINS, known(mine), {})
    assert plan.exercises_to_save == ()
    assert plan.routines_to_save[0].steps[0].exercise_id == wall_sit.id


def test_a_different_exercise_with_my_id_becomes_a_copy_and_mine_is_untouched() -> None:
    mine = exercise()
    theirs = dataclasses.replace(mine, summary="Something else entirely.")
    imported = ImportedFile((routine("r", "R", theirs.id),), (theirs,))
    plan = plan_import(imported, BUILTINS, known(mine), {})
    (saved,) = plan.exercises_to_save
    assert saved.id == f"{mine.id}-2"
    assert saved.name == "Wall sit (2)"
    assert plan.routines_to_save[0].steps[0].exercise_id == saved.id
    assert "“Wall sit” was added as “Wall sit (2)”" in plan.summary()


def test_a_new_exercise_whose_name_is_taken_is_renamed() -> None:
    theirs = exercise("custom-cat-cow-000000", CATALOGUE["cat-cow"].name.lower())
    plan = plan_import(ImportedFile((), (theirs,)), BUILTINS, known(), {})
    (saved,) = plan.exercises_to_save
    assert (saved.id, saved.name) == (theirs.id, f"{theirs.name} (2)")

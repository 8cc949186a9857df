"""Repository: custom exercises (save, list, refuse deleting one in use) and restoring built-ins."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lbh_desktop.core.custom_exercise import (
    CustomExerciseFields,
    exercise_to_dict,
    make_custom_exercise,
)
from lbh_desktop.core.exercise import Dose, Exercise
from lbh_desktop.core.models import (
    ExerciseKind,
    Level,
    ModelError,
    Position,
    Routine,
    RoutineKind,
    Step,
    StepMode,
)
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError
from lbh_desktop.storage.device_folder import LIBRARY_FILE
from lbh_desktop.storage.repository import ExerciseInUseError, Repository

from .layout import folder_state, single_file, table, write_single_file


def custom(name: str, exercise_id: str, picture: str = "") -> Exercise:
    fields = CustomExerciseFields(
        name=name,
        kind=ExerciseKind.STRETCH,
        instructions="Sit tall.\nLean forward slowly.",
        per_side=False,
        dose=Dose(StepMode.TIMED, seconds=30),
        positions=(Position.CHAIR,),
        picture=picture,
    )
    return make_custom_exercise(fields, exercise_id)


def routine(routine_id: str, name: str, exercise_id: str, builtin: bool = False) -> Routine:
    return Routine(
        id=routine_id,
        name=name,
        kind=RoutineKind.STRETCH,
        level=Level.BEGINNER,
        description="",
        steps=(Step(exercise_id=exercise_id, mode=StepMode.TIMED, seconds=20),),
        builtin=builtin,
        builtin_version=1 if builtin else 0,
    )


BUILTINS = [
    routine("b1", "Built one", "cat-cow", True),
    routine("b2", "Built two", "cat-cow", True),
]


def test_a_new_folder_has_no_custom_exercises(tmp_path: Path) -> None:
    with Repository.open(tmp_path, BUILTINS) as repository:
        assert repository.custom_exercises() == []


def test_an_old_history_without_the_table_has_no_custom_exercises(tmp_path: Path) -> None:
    write_single_file(single_file(tmp_path), routines=BUILTINS)
    with Repository.open(tmp_path, BUILTINS) as repository:
        assert repository.custom_exercises() == []
        assert repository.routines() == BUILTINS


def test_custom_exercises_of_an_old_history_move_in(tmp_path: Path) -> None:
    zebra = custom("Zebra lean", "custom-zebra-lean-aaaaaa", picture="custom-zebra.png")
    mine = routine("mine", "My morning", zebra.id)
    write_single_file(
        single_file(tmp_path),
        routines=[*BUILTINS, mine],
        exercises=[exercise_to_dict(zebra)],
    )
    with Repository.open(tmp_path, BUILTINS) as repository:
        assert repository.custom_exercises() == [zebra]
        assert repository.routines() == [*BUILTINS, mine]


def test_custom_exercises_round_trip_through_the_file_sorted_by_name(tmp_path: Path) -> None:
    zebra = custom("Zebra lean", "custom-zebra-lean-aaaaaa", picture="custom-zebra.png")
    apple = custom("apple sit", "custom-apple-sit-bbbbbb")
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_custom_exercise(zebra)
        repository.save_custom_exercise(apple)
    with Repository.open(tmp_path, BUILTINS) as repository:
        assert repository.custom_exercises() == [apple, zebra]


def test_saving_again_replaces_the_exercise_with_the_same_id(tmp_path: Path) -> None:
    first = custom("Wall sit", "custom-wall-sit-cccccc")
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_custom_exercise(first)
        repository.save_custom_exercise(replace(first, name="Wall sit, longer"))
        assert [e.name for e in repository.custom_exercises()] == ["Wall sit, longer"]


def test_only_custom_ids_can_be_saved(tmp_path: Path) -> None:
    with Repository.open(tmp_path, BUILTINS) as repository:
        not_custom = replace(custom("Cat cow", "custom-x-dddddd"), id="cat-cow")
        with pytest.raises(ModelError, match="only custom exercises"):
            repository.save_custom_exercise(not_custom)
        assert repository.custom_exercises() == []


def test_deleting_an_exercise_a_routine_uses_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    exercise = custom("Wall sit", "custom-wall-sit-eeeeee")
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_custom_exercise(exercise)
        repository.save_routine(routine("mine", "My morning", exercise.id))
        before = folder_state(tmp_path)
        with pytest.raises(ExerciseInUseError, match="“My morning”"):
            repository.delete_custom_exercise(exercise.id)
        assert folder_state(tmp_path) == before
        assert repository.custom_exercises() == [exercise]
        repository.delete_routine("mine")
        repository.delete_custom_exercise(exercise.id)
        assert repository.custom_exercises() == []


def test_an_undecodable_custom_exercise_is_left_out_and_kept_in_the_file(
    tmp_path: Path,
) -> None:
    good = custom("Apple sit", "custom-apple-sit-ffffff")
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_custom_exercise(custom("Wall sit", "custom-wall-sit-ffffff"))
        repository.save_custom_exercise(good)
        path = repository.device_folder / LIBRARY_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    (damaged,) = [e for e in data["exercises"].values() if e["id"] == "custom-wall-sit-ffffff"]
    damaged["data"]["dose"] = {"mode": "timed", "seconds": 0}
    path.write_text(json.dumps(data), encoding="utf-8")
    content = path.read_bytes()
    with Repository.open(tmp_path, BUILTINS) as repository:
        assert repository.custom_exercises() == [good]
        assert repository.routines() == BUILTINS
        repository.save_routine(routine("mine", "Mine", good.id))  # writes library.json
    stored = {edit["id"] for edit in table(path, "exercises")}
    assert stored == {"custom-wall-sit-ffffff", good.id}  # not dropped by a later write
    assert content != path.read_bytes()


def test_an_undecodable_custom_exercise_in_an_old_history_refuses_to_move_it_in(
    tmp_path: Path,
) -> None:
    broken = exercise_to_dict(custom("Wall sit", "custom-wall-sit-ffffff"))
    broken["dose"] = {"mode": "timed", "seconds": 0}
    content = write_single_file(single_file(tmp_path), routines=BUILTINS, exercises=[broken])
    with pytest.raises(CorruptDatabaseError, match="exercises"):
        Repository.open(tmp_path, BUILTINS)
    assert single_file(tmp_path).read_bytes() == content


def test_restore_builtins_brings_back_deleted_and_changed_ones_only(tmp_path: Path) -> None:
    mine = routine("mine", "Built one", "cat-cow")  # a user routine may share a built-in's name
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_routine(mine)
        repository.delete_routine("b1")
        repository.save_routine(replace(BUILTINS[1], name="Changed"))
        assert repository.restore_builtins(BUILTINS) == ["Built one", "Built two"]
        assert repository.routines() == [*BUILTINS, mine]
    with Repository.open(tmp_path, BUILTINS) as repository:  # seeding does not undo it
        assert repository.routines() == [*BUILTINS, mine]


def test_restore_builtins_writes_nothing_when_all_are_intact(tmp_path: Path) -> None:
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_routine(routine("mine", "Mine", "cat-cow"))
        repository.delete_routine("b1")
        repository.restore_builtins(BUILTINS)
        before = folder_state(tmp_path)
        assert repository.restore_builtins(BUILTINS) == []
        assert folder_state(tmp_path) == before

"""Repository.apply_import: routines and custom exercises saved, replaced ones gone, one write."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.models import ModelError, Routine, Step, StepMode
from lbh_desktop.storage import atomic_storage, bundled
from lbh_desktop.storage.repository import Repository

BUILTINS = bundled.load_builtin_routines()


def wall_sit(exercise_id: str = "custom-wall-sit-1a2b3c") -> Exercise:
    twist = bundled.load_catalogue()["seated-twist"]
    return dataclasses.replace(twist, id=exercise_id, name="Wall sit", illustration="")


def user_routine(routine_id: str, name: str, exercise_id: str = "cat-cow") -> Routine:
    step = Step(exercise_id, StepMode.TIMED, seconds=40)
    return dataclasses.replace(
        BUILTINS[0], id=routine_id, name=name, steps=(step,), builtin=False, builtin_version=0
    )


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository.open(tmp_path, BUILTINS)


def count_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    writes: list[Path] = []
    real = atomic_storage.replace_file_atomically

    def counting(path: Path, payload: bytes, *, temp_prefix: str) -> None:
        writes.append(path)
        real(path, payload, temp_prefix=temp_prefix)

    monkeypatch.setattr(atomic_storage, "replace_file_atomically", counting)
    return writes


def test_routines_and_exercises_arrive_in_one_file_write(
    repository: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = user_routine("old", "Old")
    repository.save_routine(old)
    writes = count_writes(monkeypatch)
    new = user_routine("new", "New", wall_sit().id)
    repository.apply_import([new], [wall_sit()], ["old"])
    assert len(writes) == 1
    assert repository.routine("old") is None
    assert repository.routine("new") == new
    assert repository.custom_exercises() == [wall_sit()]


def test_the_import_survives_reopening_and_later_inserts_get_their_own_records(
    repository: Repository, tmp_path: Path
) -> None:
    repository.save_routine(user_routine("before", "Before"))  # primes TinyDB's next-id cache
    repository.apply_import([user_routine("a", "A"), user_routine("b", "B")], [wall_sit()], [])
    repository.save_routine(user_routine("after", "After"))
    repository.save_custom_exercise(wall_sit("custom-other-000000"))
    ids = {routine.id for routine in repository.routines()}
    assert {"before", "a", "b", "after"} <= ids
    repository.close()
    with Repository.open(tmp_path, BUILTINS) as reopened:
        assert {"before", "a", "b", "after"} <= {routine.id for routine in reopened.routines()}
        assert len(reopened.routines()) == len(BUILTINS) + 4
        assert {e.id for e in reopened.custom_exercises()} == {
            "custom-wall-sit-1a2b3c",
            "custom-other-000000",
        }


def test_replacing_with_the_same_id_updates_in_place(repository: Repository) -> None:
    repository.save_routine(user_routine("morning", "Morning"))
    changed = dataclasses.replace(user_routine("morning", "Morning"), description="New text")
    repository.apply_import([changed], [], ["morning"])
    assert [r for r in repository.routines() if r.id == "morning"] == [changed]


def test_builtin_routines_and_catalogue_ids_are_refused_without_writing(
    repository: Repository,
) -> None:
    before = repository.path.read_bytes()
    with pytest.raises(ModelError):
        repository.apply_import([BUILTINS[0]], [], [])
    catalogue_move = bundled.load_catalogue()["cat-cow"]
    with pytest.raises(ModelError):
        repository.apply_import([], [catalogue_move], [])
    assert repository.path.read_bytes() == before


def test_a_failed_write_leaves_the_file_as_it_was(
    repository: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = repository.path.read_bytes()

    def no_space(path: Path, payload: bytes, *, temp_prefix: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_storage, "replace_file_atomically", no_space)
    with pytest.raises(OSError):
        repository.apply_import([user_routine("new", "New")], [wall_sit()], [])
    assert repository.path.read_bytes() == before

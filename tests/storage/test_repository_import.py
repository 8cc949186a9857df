"""Repository.apply_import: routines and custom exercises saved, replaced ones gone, one write."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.models import ModelError, Routine, Step, StepMode
from lbh_desktop.storage import atomic_storage, bundled
from lbh_desktop.storage.device_folder import LIBRARY_FILE
from lbh_desktop.storage.repository import Repository
from tests.storage.layout import count_writes

from .layout import folder_state

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
def repository(tmp_path: Path) -> Iterator[Repository]:
    with Repository.open(tmp_path, BUILTINS) as opened:
        yield opened


def test_routines_and_exercises_arrive_in_one_file_write(
    repository: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = user_routine("old", "Old")
    repository.save_routine(old)
    writes = count_writes(monkeypatch)
    new = user_routine("new", "New", wall_sit().id)
    repository.apply_import([new], [wall_sit()], ["old"])
    assert writes == [repository.device_folder / LIBRARY_FILE]
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
    repository: Repository, tmp_path: Path
) -> None:
    repository.save_routine(user_routine("mine", "Mine"))
    before = folder_state(tmp_path)
    with pytest.raises(ModelError):
        repository.apply_import([BUILTINS[0]], [], [])
    catalogue_move = bundled.load_catalogue()["cat-cow"]
    with pytest.raises(ModelError):
        repository.apply_import([], [catalogue_move], ["mine"])
    assert folder_state(tmp_path) == before
    assert repository.routine("mine") is not None


def no_space(path: Path, payload: bytes, *, temp_prefix: str) -> None:
    raise OSError(28, "No space left on device")


def test_a_failed_write_leaves_the_files_as_they_were(
    repository: Repository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repository.save_routine(user_routine("old", "Old"))
    before = folder_state(tmp_path)
    monkeypatch.setattr(atomic_storage, "replace_file_atomically", no_space)
    with pytest.raises(OSError):
        repository.apply_import([user_routine("new", "New")], [wall_sit()], ["old"])
    assert folder_state(tmp_path) == before


def failed_import(repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    repository.save_routine(user_routine("old", "Old"))
    with monkeypatch.context() as patch:
        patch.setattr(atomic_storage, "replace_file_atomically", no_space)
        with pytest.raises(OSError):
            repository.apply_import(
                [user_routine("new", "New"), user_routine("new-2", "New 2")], [wall_sit()], ["old"]
            )


def test_a_failed_import_shows_what_the_next_start_will_find(
    repository: Repository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The library must not change later on its own: the closing save (or a retry) bringing
    in an import the library did not show, or dropping one it did."""
    failed_import(repository, monkeypatch)
    shown = {routine.id for routine in repository.routines()}
    exercises = repository.custom_exercises()
    repository.close()
    with Repository.open(tmp_path, BUILTINS) as reopened:
        assert {routine.id for routine in reopened.routines()} == shown
        assert reopened.custom_exercises() == exercises


def test_routines_can_be_saved_after_a_failed_import(
    repository: Repository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    failed_import(repository, monkeypatch)
    repository.save_routine(user_routine("later", "Later"))
    assert repository.routine("later") == user_routine("later", "Later")
    repository.close()
    with Repository.open(tmp_path, BUILTINS) as reopened:
        assert reopened.routine("later") == user_routine("later", "Later")

"""Full disk and read-only folder on save: the change stays in memory, is reported once, retried."""

from __future__ import annotations

import errno
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from lbh_desktop.storage import atomic_storage
from lbh_desktop.storage.atomic_storage import DatabaseWriteError
from lbh_desktop.storage.repository import Repository

from .layout import device_folder, folder_bytes, month_file, stored_sessions
from .unprivileged import folder_for_unprivileged, run_unprivileged
from .write_loop import BUILTINS, new_session


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def stored_ids(data_dir: Path) -> set[str]:
    """The sessions on disk (read from the files, so checking writes nothing)."""
    return set(stored_sessions(data_dir))


@pytest.mark.parametrize(
    "module, name",
    [(os, "replace"), (os, "fsync"), (tempfile, "mkstemp")],
    ids=["replace", "fsync", "mkstemp"],
)
def test_full_disk_keeps_the_session_in_memory_reports_once_and_the_next_save_retries(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> None:
    repository = Repository.open(isolated_dirs, BUILTINS)
    reports: list[DatabaseWriteError | None] = []
    repository.set_save_listener(reports.append)
    repository.save_session(new_session("before", 0))

    monkeypatch.setattr(module, name, no_space)
    for number, session_id in enumerate(["during-1", "during-2"]):
        with pytest.raises(DatabaseWriteError, match="No space left"):
            repository.save_session(new_session(session_id, number))
    assert {r.id for r in repository.sessions()} == {"before", "during-1", "during-2"}
    assert repository.save_error is not None and repository.save_error.errno == errno.ENOSPC
    assert repository.retry_save() is False
    assert [type(r) for r in reports] == [DatabaseWriteError]  # told once, not per save
    monkeypatch.undo()
    assert stored_ids(isolated_dirs) == {"before"}

    repository.save_session(new_session("after", 3))  # the next save writes everything

    assert reports[1:] == [None]
    assert repository.save_error is None
    assert stored_ids(isolated_dirs) == {"before", "during-1", "during-2", "after"}
    repository.close()
    temp_files = [name for name in folder_bytes(isolated_dirs) if "/." in f"/{name}"]
    assert temp_files == []


def test_a_retry_saves_what_failed_without_a_new_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = Repository.open(tmp_path, BUILTINS)
    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(DatabaseWriteError):
        repository.save_session(new_session("kept", 1))
    monkeypatch.undo()
    assert repository.retry_save() is True
    assert repository.retry_save() is True  # nothing left to do
    assert stored_ids(tmp_path) == {"kept"}
    repository.close()


def test_close_makes_a_last_attempt_to_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = Repository.open(tmp_path, BUILTINS)
    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(DatabaseWriteError):
        repository.save_session(new_session("kept", 1))
    monkeypatch.undo()
    repository.close()
    assert stored_ids(tmp_path) == {"kept"}


def test_skip_days_and_routines_survive_a_failed_write_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = Repository.open(tmp_path, BUILTINS)
    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(DatabaseWriteError):
        repository.set_skip_day(date(2026, 3, 2), True)
    with pytest.raises(DatabaseWriteError):
        repository.delete_routine(BUILTINS[0].id)
    assert repository.skip_days() == {date(2026, 3, 2)}
    assert repository.routines() == []
    monkeypatch.undo()
    assert repository.retry_save()
    repository.close()
    with Repository.open(tmp_path, BUILTINS) as reopened:
        assert reopened.skip_days() == {date(2026, 3, 2)}
        assert reopened.routines() == []  # the deletion was saved, and not re-seeded


def test_failures_of_several_files_are_reported_once_and_their_recovery_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = Repository.open(tmp_path, BUILTINS)
    reports: list[DatabaseWriteError | None] = []
    repository.set_save_listener(reports.append)
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", no_space)
        with pytest.raises(DatabaseWriteError):
            repository.save_session(new_session("kept", 1))
        with pytest.raises(DatabaseWriteError):
            repository.set_skip_day(date(2026, 3, 2), True)
        with pytest.raises(DatabaseWriteError):
            repository.delete_routine(BUILTINS[0].id)
    assert [type(report) for report in reports] == [DatabaseWriteError]
    repository.save_session(new_session("next", 2))  # one file saved; two still in memory
    assert len(reports) == 1 and repository.save_error is not None
    assert repository.retry_save() is True
    assert reports[1:] == [None] and repository.save_error is None
    repository.close()
    with Repository.open(tmp_path, BUILTINS) as reopened:
        assert {r.id for r in reopened.sessions()} == {"kept", "next"}
        assert reopened.skip_days() == {date(2026, 3, 2)}
        assert reopened.routines() == []


CONFLICT = ".sync-conflict-20260302-101500-ABCDEF7"
"""What Syncthing adds to a file's name when two versions of it met."""


def conflict_copy(path: Path) -> Path:
    return path.with_name(f"{path.stem}{CONFLICT}{path.suffix}")


def test_a_full_disk_while_a_conflict_copy_is_merged_loses_none_of_its_sessions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync tool kept a second version of this computer's month file; the merge can't be
    written yet: its sessions must not be lost when the app closes with the disk still full."""
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.save_session(new_session("in both", 1))
        path = month_file(tmp_path, new_session("x", 0).local_date[:7])
        before_the_second = path.read_bytes()
        repository.save_session(new_session("only in the copy", 1))
    conflict_copy(path).write_bytes(path.read_bytes())
    path.write_bytes(before_the_second)

    with monkeypatch.context() as patch:
        patch.setattr(atomic_storage, "replace_file_atomically", no_space)
        repository = Repository.open(tmp_path, BUILTINS)
        assert {r.id for r in repository.sessions()} == {"in both", "only in the copy"}
        repository.close()
    with Repository.open(tmp_path, BUILTINS) as repository:
        assert {r.id for r in repository.sessions()} == {"in both", "only in the copy"}
    assert not conflict_copy(path).exists()  # merged in once it could be written


def test_a_full_disk_while_a_conflict_copy_of_skip_days_is_merged_still_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Repository.open(tmp_path, BUILTINS) as repository:
        repository.set_skip_day(date(2026, 3, 2), True)
        skip_days = repository.device_folder / "skip-days.json"
    conflict_copy(skip_days).write_bytes(skip_days.read_bytes())
    with monkeypatch.context() as patch:
        patch.setattr(atomic_storage, "replace_file_atomically", no_space)
        with Repository.open(tmp_path, BUILTINS) as repository:
            assert repository.skip_days() == {date(2026, 3, 2)}


def read_only_folder_drill(data_dir: Path) -> dict[str, object]:
    """Runs as a normal user: saves into a folder made read-only, then writable again."""
    repository = Repository.open(data_dir, BUILTINS)
    repository.save_session(new_session("before", 0))
    folders = [data_dir, *(path for path in data_dir.rglob("*") if path.is_dir())]
    for folder in folders:
        folder.chmod(0o500)
    errors = []
    try:
        for number in (1, 2):
            try:
                repository.save_session(new_session(f"read-only-{number}", number))
            except DatabaseWriteError as error:
                errors.append(error.errno)
        in_memory = sorted(r.id for r in repository.sessions())
        retried_while_read_only = repository.retry_save()
    finally:
        for folder in folders:
            folder.chmod(0o700)
    retried = repository.retry_save()
    repository.close()
    return {
        "errors": errors,
        "in_memory": in_memory,
        "retried_while_read_only": retried_while_read_only,
        "retried": retried,
        "on_disk": sorted(stored_ids(data_dir)),
        "files": sorted(p.name for p in device_folder(data_dir).iterdir()),
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_keeps_sessions_in_memory_and_saves_them_once_writable(
    tmp_path: Path,
) -> None:
    with folder_for_unprivileged(tmp_path) as folder:
        result = run_unprivileged(lambda: read_only_folder_drill(folder / "data"))
    assert result["errors"] == [errno.EACCES, errno.EACCES]
    assert result["in_memory"] == ["before", "read-only-1", "read-only-2"]
    assert result["retried_while_read_only"] is False
    assert result["retried"] is True
    assert result["on_disk"] == ["before", "read-only-1", "read-only-2"]
    month = new_session("x", 0).local_date[:7]
    assert result["files"] == ["device.json", "history-index.json", f"sessions-{month}.json"]

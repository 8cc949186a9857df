"""Rolling backups: one copy a day of this computer's files, the last 7 kept, written privately
and whole; a damaged file is put back from the newest good copy; old one-file backups still count
when an old history can't be moved in."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from lbh_desktop.storage.backups import (
    KEEP_DAYS,
    back_up_device_files,
    backup_folder,
    backup_name,
    day_folders,
    restore_file,
)
from lbh_desktop.storage.recovery import back_up_today, find_good_backup, restore_backup
from lbh_desktop.storage.repository import Repository

from .layout import (
    folder_bytes,
    kept_single_files,
    month_file,
    single_file,
    write_single_file,
)
from .write_loop import BUILTINS, new_session

FIRST_DAY = date(2026, 3, 1)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual desktop umask, under which plain file creation gives 0644 / 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def files_with(data_dir: Path, *session_ids: str) -> Path:
    """This computer's folder after saving sessions, as a day of use leaves it."""
    with Repository.open(data_dir, BUILTINS) as repository:
        for number, session_id in enumerate(session_ids):
            repository.save_session(new_session(session_id, number))
        return repository.device_folder


def back_up(device: Path, data_dir: Path, day: date) -> Path | None:
    return back_up_device_files(device, backup_folder(data_dir), day)


def days_kept(data_dir: Path) -> list[date]:
    return [backup.day for backup in day_folders(backup_folder(data_dir))]


def test_one_backup_a_day_and_only_the_last_seven_days_are_kept(isolated_dirs: Path) -> None:
    device = files_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)
    for offset in range(10):
        day = FIRST_DAY + timedelta(days=offset)
        assert back_up(device, isolated_dirs, day) == folder / day.isoformat()
        assert back_up(device, isolated_dirs, day) is None  # again the same day: no copy
    days = days_kept(isolated_dirs)
    assert days == [FIRST_DAY + timedelta(days=offset) for offset in range(9, 2, -1)]
    assert len(days) == KEEP_DAYS
    assert sorted(p.name for p in folder.iterdir()) == sorted(d.isoformat() for d in days)
    newest = folder / days[0].isoformat()
    assert folder_bytes(newest) == {
        name: content for name, content in folder_bytes(device).items() if "/" not in name
    }


def test_a_days_backup_is_not_replaced_later_that_day(isolated_dirs: Path) -> None:
    device = files_with(isolated_dirs, "morning")
    made = back_up(device, isolated_dirs, FIRST_DAY)
    assert made is not None
    morning = folder_bytes(made)
    files_with(isolated_dirs, "evening")
    assert back_up(device, isolated_dirs, FIRST_DAY) is None
    assert folder_bytes(made) == morning
    assert folder_bytes(device) != morning
    assert any(b"morning" in content for content in morning.values())


def test_skipped_days_keep_the_seven_newest_copies_not_seven_calendar_days(
    isolated_dirs: Path,
) -> None:
    device = files_with(isolated_dirs, "a")
    days = [FIRST_DAY + timedelta(days=3 * n) for n in range(9)]
    for day in days:
        back_up(device, isolated_dirs, day)
    assert days_kept(isolated_dirs) == days[:1:-1]


def test_backups_dated_in_the_future_never_push_out_todays(isolated_dirs: Path) -> None:
    device = files_with(isolated_dirs, "a")
    for year in range(2030, 2037):  # a clock that was set wrong, seven times
        back_up(device, isolated_dirs, date(year, 1, 1))
    back_up(device, isolated_dirs, FIRST_DAY)
    days = days_kept(isolated_dirs)
    assert FIRST_DAY in days and len(days) == KEEP_DAYS


def test_other_files_in_the_folder_and_old_one_file_backups_are_left_alone(
    isolated_dirs: Path,
) -> None:
    device = files_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "2026-02-30").mkdir()  # not a date
    old_backups = [folder / backup_name(FIRST_DAY - timedelta(days=n)) for n in range(1, 9)]
    for old in old_backups:
        old.write_bytes(b"a one-file history of an earlier version")
    for offset in range(9):
        back_up(device, isolated_dirs, FIRST_DAY + timedelta(days=offset))
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "2026-02-30").is_dir()
    assert all(old.exists() for old in old_backups)
    assert len(days_kept(isolated_dirs)) == KEEP_DAYS


def test_a_failed_copy_leaves_no_partial_backup(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = files_with(isolated_dirs, "a", "b")
    folder = backup_folder(isolated_dirs)
    copies: list[object] = []
    real_fsync = os.fsync

    def full_after_one_file(descriptor: int) -> None:
        copies.append(descriptor)
        if len(copies) > 1:  # the second file no longer fits
            raise OSError(28, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", full_after_one_file)
    with pytest.raises(OSError):
        back_up(device, isolated_dirs, FIRST_DAY)
    monkeypatch.undo()
    assert day_folders(folder) == []
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == []
    # A restore finds nothing half-copied to put back.
    damaged = month_file(isolated_dirs, new_session("x", 0).local_date[:7])
    assert restore_file(damaged, isolated_dirs) is None

    made = back_up(device, isolated_dirs, FIRST_DAY)  # the next try takes a whole copy
    assert made is not None and sorted(p.name for p in folder.iterdir()) == [made.name]
    assert folder_bytes(made) == {
        name: content for name, content in folder_bytes(device).items() if "/" not in name
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private(isolated_dirs: Path) -> None:
    device = files_with(isolated_dirs, "a")
    for path in device.iterdir():
        path.chmod(0o644)
    made = back_up(device, isolated_dirs, FIRST_DAY)
    assert made is not None
    modes = {
        path.relative_to(isolated_dirs).as_posix(): oct(stat.S_IMODE(path.stat().st_mode))
        for path in [backup_folder(isolated_dirs), made, *made.iterdir()]
    }
    expected = {name: oct(0o700 if "." not in name.split("/")[-1] else 0o600) for name in modes}
    assert len(modes) > 3 and modes == expected


def damage_a_month(data_dir: Path) -> tuple[Path, bytes]:
    path = month_file(data_dir, new_session("x", 0).local_date[:7])
    damage = b'{"sessions": {"1": {"id": "cut off'
    path.write_bytes(damage)
    return path, damage


def test_a_damaged_file_is_put_back_from_the_newest_backup_that_holds_a_good_copy(
    isolated_dirs: Path,
) -> None:
    device = files_with(isolated_dirs, "a", "b")
    back_up(device, isolated_dirs, FIRST_DAY)
    files_with(isolated_dirs, "c")
    newer = back_up(device, isolated_dirs, FIRST_DAY + timedelta(days=1))
    assert newer is not None
    path, damage = damage_a_month(isolated_dirs)
    (newer / path.name).write_bytes(b"{damaged in the backup too")
    before = folder_bytes(backup_folder(isolated_dirs))

    with Repository.open(isolated_dirs, BUILTINS) as repository:
        assert {r.id for r in repository.sessions()} == {"a", "b"}  # from the good copy
        problems = repository.problems
    (moved,) = device.glob(f"{path.name}.corrupt-*")
    assert moved.read_bytes() == damage
    assert len(problems) == 2
    assert str(moved) in problems[0] and "not valid JSON" in problems[0]
    assert problems[1] == f"{path.name} was restored from the backup of 1 Mar 2026."
    assert folder_bytes(backup_folder(isolated_dirs)) == before  # backups are only read


def test_without_a_good_copy_the_damaged_file_is_moved_aside_and_the_rest_still_shows(
    isolated_dirs: Path,
) -> None:
    with Repository.open(isolated_dirs, BUILTINS) as repository:
        repository.save_session(new_session("damaged month", 0))
        record = new_session("other month", 1)
        record.local_date = "2025-11-30"
        repository.save_session(record)
        repository.set_skip_day(FIRST_DAY, True)
    path, damage = damage_a_month(isolated_dirs)

    with Repository.open(isolated_dirs, BUILTINS) as repository:
        assert [r.id for r in repository.sessions()] == ["other month"]
        assert repository.skip_days() == {FIRST_DAY}
        (problem,) = repository.problems
    (moved,) = path.parent.glob(f"{path.name}.corrupt-*")
    assert moved.read_bytes() == damage and str(moved) in problem
    with Repository.open(isolated_dirs, BUILTINS) as repository:  # told once, not every start
        assert repository.problems == []


def test_the_latest_good_old_backup_is_one_that_loads_and_holds_history(
    isolated_dirs: Path,
) -> None:
    folder = backup_folder(isolated_dirs)
    sessions = [new_session(session_id, n) for n, session_id in enumerate(("a", "b"))]
    write_single_file(folder / backup_name(FIRST_DAY), routines=BUILTINS, sessions=sessions)
    (folder / backup_name(FIRST_DAY + timedelta(days=1))).write_bytes(b"{damaged")
    write_single_file(folder / backup_name(FIRST_DAY + timedelta(days=2)), routines=BUILTINS)
    before = folder_bytes(folder)

    good = find_good_backup(isolated_dirs, BUILTINS)

    assert good is not None and good.backup.day == FIRST_DAY and good.sessions == 2
    assert folder_bytes(folder) == before  # checked on a copy
    assert not single_file(isolated_dirs).exists() and not (isolated_dirs / "devices").exists()


def test_restoring_an_old_backup_puts_it_back_and_it_moves_in(isolated_dirs: Path) -> None:
    folder = backup_folder(isolated_dirs)
    sessions = [new_session(session_id, n) for n, session_id in enumerate(("a", "b"))]
    payload = write_single_file(
        folder / backup_name(FIRST_DAY), routines=BUILTINS, sessions=sessions
    )
    good = find_good_backup(isolated_dirs, BUILTINS)
    assert good is not None
    restore_backup(good.backup, isolated_dirs)
    assert single_file(isolated_dirs).read_bytes() == payload
    with Repository.open(isolated_dirs, BUILTINS) as repository:
        assert {r.id for r in repository.sessions()} == {"a", "b"}
    assert not single_file(isolated_dirs).exists()
    (kept,) = kept_single_files(isolated_dirs)
    assert kept.read_bytes() == payload
    assert good.backup.path.read_bytes() == payload


def test_start_up_takes_todays_backup_after_a_successful_open(isolated_dirs: Path) -> None:
    from lbh_desktop.shell.startup_repository import open_repository

    files_with(isolated_dirs, "a")
    moments = [datetime(2026, 3, d, 9, 0, tzinfo=UTC) for d in (1, 1, 2, 9)]
    for moment in moments:
        open_repository(isolated_dirs, BUILTINS, [], now=lambda m=moment: m).close()
    local = [m.astimezone().date() for m in moments]
    assert days_kept(isolated_dirs) == sorted(set(local), reverse=True)


def test_a_shared_data_folder_is_backed_up_on_this_computer(
    isolated_dirs: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "Sync" / "lbh"
    shared.mkdir(parents=True)
    with Repository.open(isolated_dirs, BUILTINS, history_folder=shared) as repository:
        repository.save_session(new_session("a", 0))
        back_up_today(repository, FIRST_DAY)
        device = repository.device_folder
        files = folder_bytes(device)
    assert device.parent.parent == shared
    (backup,) = day_folders(backup_folder(isolated_dirs))
    assert folder_bytes(backup.path) == files and b'"a"' in b"".join(files.values())
    assert [p.name for p in shared.iterdir()] == ["devices"]  # no backups in the synced folder


def test_files_unchanged_since_the_last_backup_are_linked_not_written_again(
    isolated_dirs: Path,
) -> None:
    from tests.storage.test_shared_folder import session_on

    with Repository.open(isolated_dirs, BUILTINS) as repository:
        repository.save_session(session_on("october", date(2026, 10, 5)))
        repository.save_session(session_on("november", date(2026, 11, 5)))
        folder = backup_folder(isolated_dirs)
        back_up_device_files(repository.device_folder, folder, date(2026, 11, 6))
        repository.save_session(session_on("november-2", date(2026, 11, 7)))
        back_up_device_files(repository.device_folder, folder, date(2026, 11, 7))
    first, second = folder / "2026-11-06", folder / "2026-11-07"
    october = (first / "sessions-2026-10.json", second / "sessions-2026-10.json")
    assert october[0].stat().st_ino == october[1].stat().st_ino  # one copy of a past month
    november = (first / "sessions-2026-11.json", second / "sessions-2026-11.json")
    assert november[0].read_bytes() != november[1].read_bytes()  # each day's own copy
    assert b"november-2" in november[1].read_bytes()
    assert b"november-2" not in november[0].read_bytes()

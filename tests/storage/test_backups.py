"""Rolling backups: one copy a day, the last 7 kept, written atomically, private, and checked."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from lbh_desktop.storage.backups import (
    KEEP_DAYS,
    backup_folder,
    backup_name,
    list_backups,
    make_daily_backup,
)
from lbh_desktop.storage.recovery import find_good_backup, restore_backup
from lbh_desktop.storage.repository import Repository

from .write_loop import BUILTINS, new_session

FIRST_DAY = date(2026, 3, 1)


def database_with(data_dir: Path, *session_ids: str) -> Path:
    with Repository.open(data_dir, BUILTINS) as repository:
        for number, session_id in enumerate(session_ids):
            repository.save_session(new_session(session_id, number))
        return repository.path


def test_one_backup_a_day_and_only_the_last_seven_days_are_kept(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)
    for offset in range(10):
        day = FIRST_DAY + timedelta(days=offset)
        assert make_daily_backup(database, folder, day) == folder / backup_name(day)
        assert make_daily_backup(database, folder, day) is None  # again the same day: no copy
    days = [backup.day for backup in list_backups(folder)]
    assert days == [FIRST_DAY + timedelta(days=offset) for offset in range(9, 2, -1)]
    assert len(days) == KEEP_DAYS
    assert sorted(p.name for p in folder.iterdir()) == sorted(backup_name(d) for d in days)


def test_a_days_backup_is_not_replaced_later_that_day(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "morning")
    folder = backup_folder(isolated_dirs)
    make_daily_backup(database, folder, FIRST_DAY)
    morning = (folder / backup_name(FIRST_DAY)).read_bytes()
    database_with(isolated_dirs, "evening")
    make_daily_backup(database, folder, FIRST_DAY)
    assert (folder / backup_name(FIRST_DAY)).read_bytes() == morning
    assert database.read_bytes() != morning


def test_skipped_days_keep_the_seven_newest_copies_not_seven_calendar_days(
    isolated_dirs: Path,
) -> None:
    database = database_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)
    days = [FIRST_DAY + timedelta(days=3 * n) for n in range(9)]
    for day in days:
        make_daily_backup(database, folder, day)
    assert [b.day for b in list_backups(folder)] == days[:1:-1]


def test_backups_dated_in_the_future_never_push_out_todays(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)
    for year in range(2030, 2037):  # a clock that was set wrong, seven times
        make_daily_backup(database, folder, date(year, 1, 1))
    make_daily_backup(database, folder, FIRST_DAY)
    days = [b.day for b in list_backups(folder)]
    assert FIRST_DAY in days and len(days) == KEEP_DAYS


def test_other_files_in_the_folder_are_left_alone(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "lbh-desktop-2026-02-30.json").write_text("not a date", encoding="utf-8")
    for offset in range(9):
        make_daily_backup(database, folder, FIRST_DAY + timedelta(days=offset))
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "lbh-desktop-2026-02-30.json").exists()


def test_a_failed_copy_leaves_no_partial_backup(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = database_with(isolated_dirs, "a")
    folder = backup_folder(isolated_dirs)

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        make_daily_backup(database, folder, FIRST_DAY)
    monkeypatch.undo()
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "a")
    database.chmod(0o644)
    folder = backup_folder(isolated_dirs)
    made = make_daily_backup(database, folder, FIRST_DAY)
    assert made is not None
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_the_latest_good_backup_is_one_that_loads_and_holds_history(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "a", "b")
    folder = backup_folder(isolated_dirs)
    make_daily_backup(database, folder, FIRST_DAY)
    (folder / backup_name(FIRST_DAY + timedelta(days=1))).write_bytes(b"{damaged")
    empty = isolated_dirs.parent / "empty"
    make_daily_backup(database_with(empty), folder, FIRST_DAY + timedelta(days=2))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    good = find_good_backup(isolated_dirs, BUILTINS)

    assert good is not None and good.backup.day == FIRST_DAY and good.sessions == 2
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # checked on a copy


def test_restoring_puts_the_backup_back_and_it_opens(isolated_dirs: Path) -> None:
    database = database_with(isolated_dirs, "a", "b")
    make_daily_backup(database, backup_folder(isolated_dirs), FIRST_DAY)
    database.unlink()
    good = find_good_backup(isolated_dirs, BUILTINS)
    assert good is not None
    restore_backup(good.backup, isolated_dirs)
    with Repository.open(isolated_dirs, BUILTINS) as repository:
        assert {r.id for r in repository.sessions()} == {"a", "b"}


def test_start_up_takes_todays_backup_after_a_successful_open(isolated_dirs: Path) -> None:
    from lbh_desktop.shell.startup_repository import open_repository

    database_with(isolated_dirs, "a")
    moments = [datetime(2026, 3, d, 9, 0, tzinfo=UTC) for d in (1, 1, 2, 9)]
    for moment in moments:
        open_repository(isolated_dirs, BUILTINS, [], now=lambda m=moment: m).close()
    days = [b.day for b in list_backups(backup_folder(isolated_dirs))]
    local = [m.astimezone().date() for m in moments]
    assert days == sorted(set(local), reverse=True)

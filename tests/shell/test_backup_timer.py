"""The daily backup keeps being taken while the app runs across midnight, the last 7 kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.backup_timer import CHECK_EVERY_MS, DailyBackupTimer
from lbh_desktop.storage.backups import KEEP_DAYS, backup_folder, day_folders
from lbh_desktop.storage.recovery import back_up_today
from lbh_desktop.storage.repository import Repository
from tests.storage.write_loop import BUILTINS, new_session

FIRST_DAY = date(2026, 3, 1)


def folder_bytes(folder: Path) -> bytes:
    """Every file of a day's backup, in name order."""
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()))


def test_a_running_app_backs_up_each_new_day_and_keeps_seven(
    isolated_dirs: Path, qtbot: QtBot
) -> None:
    today = [FIRST_DAY]
    with Repository.open(isolated_dirs, BUILTINS) as repository:
        back_up_today(repository, today[0])  # what start-up does
        backups = DailyBackupTimer(repository, lambda: today[0])
        folder = backup_folder(isolated_dirs)
        for day_number in range(1, 10):
            repository.save_session(new_session(f"s{day_number}", day_number))
            for _hour in range(24):  # the hourly check, through the day and past midnight
                backups.timer.timeout.emit()
            today[0] += timedelta(days=1)
            backups.timer.timeout.emit()
            newest = day_folders(folder)[0]
            assert newest.day == today[0]
            assert f"s{day_number}".encode() in folder_bytes(newest.path)
        days = [backup.day for backup in day_folders(folder)]
    assert days == [today[0] - timedelta(days=n) for n in range(KEEP_DAYS)]


def test_a_second_check_the_same_day_leaves_the_days_backup_alone(
    isolated_dirs: Path, qtbot: QtBot
) -> None:
    with Repository.open(isolated_dirs, BUILTINS) as repository:
        backups = DailyBackupTimer(repository, lambda: FIRST_DAY)
        backups.check()
        (backup,) = day_folders(backup_folder(isolated_dirs))
        first = folder_bytes(backup.path)
        repository.save_session(new_session("later", 1))
        backups.check()
        assert [b.path for b in day_folders(backup_folder(isolated_dirs))] == [backup.path]
        assert folder_bytes(backup.path) == first


def test_the_check_runs_hourly_on_a_coarse_timer(isolated_dirs: Path, qtbot: QtBot) -> None:
    with Repository.open(isolated_dirs, BUILTINS) as repository:
        backups = DailyBackupTimer(repository, lambda: FIRST_DAY)
        assert backups.timer.isActive()
        assert backups.timer.interval() == CHECK_EVERY_MS == 3_600_000
        assert backups.timer.timerType() is Qt.TimerType.VeryCoarseTimer

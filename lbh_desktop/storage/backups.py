"""Rolling daily copies of this computer's files in `backups/` of its own folder; 7 are kept."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lbh_desktop.storage.atomic_storage import (
    CorruptDatabaseError,
    ensure_private_dir,
    parse_database,
    replace_file_atomically,
)

BACKUP_FOLDER = "backups"
KEEP_DAYS = 7
_NAME = re.compile(r"^lbh-desktop-(\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def backup_name(day: date) -> str:
    return f"lbh-desktop-{day.isoformat()}.json"


def list_backups(folder: Path) -> list[Backup]:
    """One-file backups of earlier versions in `folder`, newest first; files with other names
    are not ours and are ignored."""
    return _dated(folder, _NAME, is_folder=False)


def _dated(folder: Path, name: re.Pattern[str], *, is_folder: bool) -> list[Backup]:
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = name.match(path.name)
        if match is None or path.is_dir() != is_folder:
            continue
        with contextlib.suppress(ValueError):
            found.append(Backup(path, date.fromisoformat(match.group(1))))
    return sorted(found, key=lambda backup: backup.day, reverse=True)


def make_daily_backup(
    database: Path, folder: Path, today: date, *, keep: int = KEEP_DAYS
) -> Path | None:
    """Copy `database` (a file that just opened fine) to today's backup unless there is one,
    then drop all but the newest `keep`. Returns the new backup's path, or None."""
    target = folder / backup_name(today)
    made: Path | None = None
    if not target.exists():
        payload = database.read_bytes()
        ensure_private_dir(folder)
        replace_file_atomically(target, payload, temp_prefix=f".{target.name}.")
        made = target
    prune(folder, keep, today)
    return made


def prune(folder: Path, keep: int, today: date) -> list[Path]:
    """Delete all but the newest `keep` backups, never today's (a backup dated in the future,
    from a clock set wrong once, must not push today's out); returns what was deleted."""
    removed: list[Path] = []
    backups = list_backups(folder)
    todays = [backup for backup in backups if backup.day == today]
    others = [backup for backup in backups if backup.day != today]
    for backup in others[max(0, keep - len(todays)) :]:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


_DAY_FOLDER = re.compile(r"^(\d{4}-\d{2}-\d{2})$")


def day_folders(folder: Path) -> list[Backup]:
    """Daily copies of this computer's files (one folder a day), newest first."""
    return _dated(folder, _DAY_FOLDER, is_folder=True)


def back_up_device_files(
    device_folder: Path, folder: Path, today: date, *, keep: int = KEEP_DAYS
) -> Path | None:
    """Copy this computer's files to today's backup folder unless there is one, then drop all
    but the newest `keep` days. The copies stay on this computer (not in a synced folder).

    A file unchanged since the newest earlier backup (every past month) is hard-linked to
    that copy instead of written again: years of history cost one copy, not seven, and the
    daily backup writes only what changed. Backup files are never changed in place, so a
    link is as good as a copy."""
    target = folder / today.isoformat()
    made: Path | None = None
    if not target.exists():
        earlier = next((b.path for b in day_folders(folder) if b.day != today), None)
        staging = folder / f".{today.isoformat()}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        ensure_private_dir(folder)
        ensure_private_dir(staging)
        for source in sorted(device_folder.iterdir()):
            if source.is_file() and not source.name.startswith("."):
                payload = source.read_bytes()
                if earlier is None or not _linked(earlier / source.name, payload, staging):
                    replace_file_atomically(staging / source.name, payload, temp_prefix=".copy.")
        staging.rename(target)
        made = target
    backups = day_folders(folder)
    others = [backup for backup in backups if backup.day != today]
    for backup in others[max(0, keep - (len(backups) - len(others))) :]:
        shutil.rmtree(backup.path, ignore_errors=True)
    return made


def _linked(earlier: Path, payload: bytes, staging: Path) -> bool:
    """Hard-link `earlier` into `staging` when it holds exactly `payload`."""
    try:
        if earlier.stat().st_size != len(payload) or earlier.read_bytes() != payload:
            return False
        os.link(earlier, staging / earlier.name)
    except OSError:  # no such copy, or a filesystem without hard links: write a copy
        return False
    return True


def restore_file(path: Path, data_dir: Path) -> date | None:
    """Put back the newest good copy of this computer's file `path` from the daily backups;
    the day of the backup it came from, or None when none holds a good copy."""
    for backup in day_folders(backup_folder(data_dir)):
        copy = backup.path / path.name
        try:
            payload = copy.read_bytes()
            parse_database(copy, payload)
        except (OSError, CorruptDatabaseError):
            continue
        replace_file_atomically(path, payload, temp_prefix=f".{path.name}.")
        return backup.day
    return None

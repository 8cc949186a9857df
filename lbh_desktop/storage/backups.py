"""Rolling daily copies of the data file in `backups/` of the data folder; the last 7 are kept."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lbh_desktop.storage.atomic_storage import ensure_private_dir, replace_file_atomically

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
    """Backups in `folder`, newest first; files with other names are not ours and are ignored."""
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            day = date.fromisoformat(match.group(1))
        except ValueError:
            continue
        found.append(Backup(path, day))
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

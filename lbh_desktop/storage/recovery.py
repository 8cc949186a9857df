"""Start-up recovery without Qt: an old one-file history that fails is set aside, a backup found."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import Routine
from lbh_desktop.storage.atomic_storage import (
    CorruptDatabaseError,
    replace_file_atomically,
)
from lbh_desktop.storage.backups import Backup, back_up_device_files, backup_folder, list_backups
from lbh_desktop.storage.migrations import SchemaTooNewError
from lbh_desktop.storage.repository import Repository
from lbh_desktop.storage.set_aside import move_aside
from lbh_desktop.storage.single_file_migration import SINGLE_FILE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GoodBackup:
    """A backup that opened without trouble, and how much history it holds."""

    backup: Backup
    sessions: int


@dataclass(frozen=True)
class SetAside:
    """The data file could not be used and was moved to `moved_to`, byte for byte."""

    moved_to: Path
    problem: str
    """What is wrong with it, in plain words, to follow "Your history file could not be used:"."""
    good_backup: GoodBackup | None


def data_file(data_dir: Path) -> Path:
    """The one-file history of earlier versions (moved into the data folder at start-up)."""
    return data_dir / SINGLE_FILE


def open_or_set_aside(
    data_dir: Path,
    builtins: Sequence[Routine],
    now: datetime,
    history_folder: Path | None = None,
) -> Repository | SetAside:
    """The opened repository; or, for an old one-file history that can't be moved in, that
    file moved aside (and the newest good backup of it). OSError when the data folder itself
    can't be used; SchemaTooNewError when a newer app wrote this computer's files."""
    path = data_file(data_dir)
    problem = _unreadable_reason(path) if path.exists() or path.is_symlink() else None
    if problem is None:
        try:
            return Repository.open(data_dir, builtins, history_folder=history_folder)
        except CorruptDatabaseError as error:
            problem = error.reason
        except SchemaTooNewError as error:
            if error.path != path:
                raise
            problem = translate(
                "recovery",
                "it was written by a newer version of LBH Desktop (data version {found}; this "
                "version reads up to {supported}). Install the newer LBH Desktop and move the "
                "file back to use it",
            ).format(found=error.found_version, supported=error.supported_version)
    moved = move_aside(path, now)
    log.warning("moved the unusable data file %s to %s: %s", path, moved, problem)
    return SetAside(moved, problem, find_good_backup(data_dir, builtins))


def _unreadable_reason(path: Path) -> str | None:
    """Why `path` can't even be read as a file, or None (also when it doesn't exist yet)."""
    if path.is_dir():
        return translate("recovery", "there is a folder where the file should be")
    try:
        with path.open("rb"):
            return None
    except FileNotFoundError:
        return None
    except PermissionError:
        return translate("recovery", "LBH Desktop is not allowed to read it")
    except OSError as error:
        return translate("recovery", "it can't be read ({error})").format(
            error=error.strerror or error
        )


def find_good_backup(data_dir: Path, builtins: Sequence[Routine]) -> GoodBackup | None:
    """The newest backup that opens and holds some history (a backup with none would be the
    same as starting empty). Backups are checked on a copy, so they are never changed."""
    for backup in list_backups(backup_folder(data_dir)):
        sessions = _sessions_in(backup.path, builtins)
        if sessions:
            return GoodBackup(backup, sessions)
    return None


def _sessions_in(backup: Path, builtins: Sequence[Routine]) -> int:
    """How many sessions the backup holds; 0 when it doesn't open (it is not good)."""
    with tempfile.TemporaryDirectory(prefix="lbh-desktop-backup-check-") as folder:
        copy_dir = Path(folder)
        try:
            data_file(copy_dir).write_bytes(backup.read_bytes())
            with Repository.open(copy_dir, builtins) as repository:
                return len(repository.sessions())
        except (OSError, CorruptDatabaseError, SchemaTooNewError) as error:
            log.warning("backup %s is not usable: %s", backup, error)
            return 0


def restore_backup(backup: Backup, data_dir: Path) -> None:
    """Put a copy of `backup` where the data file belongs (which must be free)."""
    path = data_file(data_dir)
    replace_file_atomically(path, backup.path.read_bytes(), temp_prefix=f".{path.name}.")


def back_up_today(repository: Repository, today: date) -> None:
    """Today's rolling backup of this computer's files; a failure is only logged."""
    folder = repository.device_folder
    try:
        back_up_device_files(folder, backup_folder(repository.data_dir), today)
    except OSError as error:
        log.warning("could not back up %s: %s", folder, error)

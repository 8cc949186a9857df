"""Reading the files of one device, conflict copies included; a damaged file is set aside."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.storage.atomic_storage import CorruptDatabaseError, parse_database
from lbh_desktop.storage.device_folder import DeviceFiles
from lbh_desktop.storage.own_file import SaveWatch
from lbh_desktop.storage.set_aside import move_aside

log = logging.getLogger(__name__)

ProblemSink = Callable[[str], None]
"""Takes a sentence for the user about a file that could not be used."""
Restorer = Callable[[Path], date | None]
"""Puts a good copy of one of this computer's files back from the backups; the day of the
backup it came from, or None when no backup holds a good copy."""


@dataclass(frozen=True)
class FolderFiles:
    """What a store of the data folder reads and writes through: this computer's files, the
    other computers', the save state of its own files, and where problems go."""

    own: DeviceFiles
    others: list[DeviceFiles]
    watch: SaveWatch
    problems: ProblemSink
    restore: Restorer


Tables = dict[str, dict[str, dict[str, Any]]]
"""A file's tables as stored: table name -> document id -> document."""


@dataclass
class Loaded:
    """A file's tables, and those of each conflict copy read alongside it."""

    tables: Tables = field(default_factory=dict)
    copies: list[Path] = field(default_factory=list)
    """Conflict copies that were read (an own device tidies them once merged)."""
    copy_tables: list[Tables] = field(default_factory=list)

    def documents(self, table: str) -> list[dict[str, Any]]:
        return list(self.tables.get(table, {}).values())

    def copy_documents(self, table: str) -> list[dict[str, Any]]:
        return [doc for tables in self.copy_tables for doc in tables.get(table, {}).values()]


def read_tables(path: Path) -> Tables:
    """CorruptDatabaseError for a damaged file, OSError for one that can't be read."""
    return parse_database(path, path.read_bytes())


def load_file(
    files: DeviceFiles,
    name: str,
    *,
    own: bool,
    problems: ProblemSink,
    restore: Restorer | None = None,
) -> Loaded:
    """The tables of `files`/`name` and of its conflict copies, each file read once. A
    damaged file of this computer is moved aside (and restored from a backup when one holds
    it); another computer's is left for that computer and skipped. Either way the rest
    still loads."""
    loaded = Loaded()
    if name in files.names:
        loaded.tables = _read_or_handle(files.path(name), own, problems, restore)
    for copy in files.copies.get(name, []):
        try:
            loaded.copy_tables.append(read_tables(copy))
        except FileNotFoundError:
            continue
        except (CorruptDatabaseError, OSError) as error:
            _report(copy, error, own, problems)
            continue
        loaded.copies.append(copy)
    return loaded


def tidy_copies(copies: list[Path]) -> None:
    """Remove conflict copies whose records are now in the file itself."""
    for copy in copies:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()


def _read_or_handle(
    path: Path, own: bool, problems: ProblemSink, restore: Restorer | None
) -> Tables:
    try:
        return read_tables(path)
    except FileNotFoundError:
        return {}
    except (CorruptDatabaseError, OSError) as error:
        moved = _report(path, error, own, problems)
    if moved is None or restore is None:
        return {}
    day = restore(path)
    if day is None:
        return {}
    try:
        tables = read_tables(path)
    except (CorruptDatabaseError, OSError) as error:
        log.warning("the restored %s can't be used either: %s", path, error)
        return {}
    restored = translate("file_loading", "{file} was restored from the backup of {date}.")
    problems(restored.format(file=path.name, date=formats().day_month_year(day)))
    return tables


def _report(path: Path, error: Exception, own: bool, problems: ProblemSink) -> Path | None:
    reason = error.reason if isinstance(error, CorruptDatabaseError) else str(error)
    if not own:
        log.warning("skipping another computer's damaged file %s: %s", path, reason)
        skipped = translate(
            "file_loading",
            "A file another computer wrote could not be used and was skipped: {path} "
            "({reason}). That computer will write it again.",
        )
        problems(skipped.format(path=path, reason=reason))
        return None
    try:
        moved = move_aside(path, datetime.now(UTC))
    except OSError as move_error:
        unmoved = translate(
            "file_loading",
            "Your file {path} could not be used ({reason}) or moved aside ({error}).",
        )
        problems(unmoved.format(path=path, reason=reason, error=move_error))
        return None
    moved_aside = translate(
        "file_loading",
        "Your history file could not be used: {file} ({reason}). "
        "It was moved to {path} so nothing is lost; the rest of your history is shown.",
    )
    problems(moved_aside.format(file=path.name, reason=reason, path=moved))
    return moved

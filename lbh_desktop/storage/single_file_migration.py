"""Moving the one-file history of earlier versions into this computer's files, keeping a copy."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lbh_desktop.core.models import Routine, SessionRecord
from lbh_desktop.storage.atomic_storage import AtomicJSONStorage, ensure_private_dir
from lbh_desktop.storage.device_folder import (
    LIBRARY_FILE,
    PROGRESSION_FILE,
    SKIP_DAYS_FILE,
    month_file_name,
)
from lbh_desktop.storage.history_store import SESSIONS_TABLE
from lbh_desktop.storage.merge_rules import DELETED, SAVED
from lbh_desktop.storage.migrations import ROUTINES_TABLE, check_supported, migrate, read_meta
from lbh_desktop.storage.open_steps import check_records_readable, finalize_interrupted_sessions
from lbh_desktop.storage.shared_records import EXERCISES, PROGRESSION, ROUTINES, SKIP_DAYS
from lbh_desktop.storage.tables import (
    CUSTOM_EXERCISES_TABLE,
    PROGRESSION_TABLE,
    SKIP_DAYS_TABLE,
    raw_documents,
    routine_from,
)

log = logging.getLogger(__name__)

SINGLE_FILE = "lbh-desktop.json"
"""The data file of versions before the data folder could be synced."""
KEPT_FOLDER = "backups"


def migrate_single_file(
    data_dir: Path, device_folder: Path, device_id: str, builtins: Sequence[Routine], now: datetime
) -> Path | None:
    """Writes the old file's records into `device_folder` and moves the file to backups/;
    returns where it was kept, or None when there was no old file. A damaged or too new file
    raises (CorruptDatabaseError, SchemaTooNewError) and stays as it was.

    Safe to repeat: a crash before the old file is moved makes the next start do it again,
    writing the same files."""
    path = data_dir / SINGLE_FILE
    if not path.is_file():
        return None
    db = TinyDB(path, storage=AtomicJSONStorage)
    try:
        check_supported(db)
        sessions = check_records_readable(db, path)
        _write_device_files(db, sessions, device_folder, device_id, builtins, now)
    finally:
        db.close()
    kept_dir = data_dir / KEPT_FOLDER
    ensure_private_dir(kept_dir)
    kept = kept_dir / f"lbh-desktop-before-sync-layout-{now:%Y%m%d-%H%M%S}.json"
    path.rename(kept)
    log.info(
        "moved %d sessions into %s; the old file is kept as %s", len(sessions), device_folder, kept
    )
    return kept


def _write_device_files(
    db: TinyDB,
    sessions: dict[str, SessionRecord],
    folder: Path,
    device_id: str,
    builtins: Sequence[Routine],
    now: datetime,
) -> None:
    # In memory only: the old file is never written (migrate and finalize change the cache;
    # the storage is closed without a write because nothing failed to save).
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    storage.write = lambda data: setattr(storage, "_cached", data)  # type: ignore[method-assign]
    migrate(db)
    finalize_interrupted_sessions(db)
    stamp = now.isoformat(timespec="microseconds")
    ensure_private_dir(folder)

    def edit(record_id: str, state: str, data: dict[str, Any] | None) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": record_id,
            "rev": 1,
            "edited_utc": stamp,
            "device": device_id,
            "state": state,
        }
        if data is not None:
            record["data"] = data
        return record

    shipped = {routine.id: routine for routine in builtins}
    stored = {doc["id"]: doc for doc in raw_documents(db, ROUTINES_TABLE).values()}
    routines = [
        edit(routine_id, SAVED, document)
        for routine_id, document in stored.items()
        if shipped.get(routine_id) != routine_from(document)
    ]
    seeded = read_meta(db).get("seeded_builtins", {})
    routines += [edit(rid, DELETED, None) for rid in shipped if rid in seeded and rid not in stored]
    exercises = [
        edit(document["id"], SAVED, document)
        for document in raw_documents(db, CUSTOM_EXERCISES_TABLE).values()
    ]
    _write(folder / LIBRARY_FILE, {ROUTINES: routines, EXERCISES: exercises})
    marks = [
        {"date": doc["date"], "skipped": True, "edited_utc": stamp, "device": device_id}
        for doc in raw_documents(db, SKIP_DAYS_TABLE).values()
    ]
    _write(folder / SKIP_DAYS_FILE, {SKIP_DAYS: marks})
    answers = list(raw_documents(db, PROGRESSION_TABLE).values())
    _write(folder / PROGRESSION_FILE, {PROGRESSION: answers})
    by_month: dict[str, list[dict[str, Any]]] = {}
    for document in raw_documents(db, SESSIONS_TABLE).values():
        by_month.setdefault(str(document["local_date"])[:7], []).append(document)
    for month, documents in by_month.items():
        _write(folder / month_file_name(month), {SESSIONS_TABLE: documents})
    del sessions


def _write(path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    storage = AtomicJSONStorage(path)
    storage.write(
        {table: {str(n): d for n, d in enumerate(docs, 1)} for table, docs in tables.items()}
    )

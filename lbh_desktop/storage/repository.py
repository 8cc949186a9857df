"""The one persistence API the app uses: routines, sessions and skip days in a TinyDB file."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document, Table

from lbh_desktop.core.models import ModelError, Routine, SessionRecord, SessionStatus
from lbh_desktop.storage.atomic_storage import (
    AtomicJSONStorage,
    CorruptDatabaseError,
    ensure_private_dir,
)
from lbh_desktop.storage.migrations import (
    ROUTINES_TABLE,
    SESSIONS_TABLE,
    check_supported,
    migrate,
    read_meta,
    write_meta,
)

_DONE_STATUSES = (SessionStatus.COMPLETED, SessionStatus.PARTIAL)

SKIP_DAYS_TABLE = "skip_days"
"""Days the user marked as skipped, one {"date": "YYYY-MM-DD"} document each. Added without a
schema bump: files from before it simply have no such table."""


class Repository:
    """Routines and sessions on disk. Methods write only when they change something."""

    DB_FILENAME = "lbh-desktop.json"

    def __init__(self, db: TinyDB, path: Path, builtin_order: Sequence[str]) -> None:
        """Use Repository.open(); this only wires up an already prepared database."""
        self._db = db
        self.path = path
        self._builtin_order = {routine_id: i for i, routine_id in enumerate(builtin_order)}

    @classmethod
    def open(cls, data_dir: Path, builtins: Sequence[Routine]) -> Repository:
        """Open (creating if needed) the data file, upgrade it, seed built-ins and finalize
        sessions a crash left in progress. Corrupt or too-new files raise and stay untouched."""
        ensure_private_dir(data_dir)
        path = data_dir / cls.DB_FILENAME
        db = TinyDB(path, storage=AtomicJSONStorage)
        try:
            check_supported(db)
            repository = cls(db, path, [routine.id for routine in builtins])
            # Check before migrating: an upgrade writes, and a damaged file must stay as it was.
            repository._check_records_readable()
            migrate(db)
            repository._seed_builtins(builtins)
            repository._finalize_interrupted_sessions()
        except BaseException:
            db.close()
            raise
        return repository

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Routines

    def routines(self) -> list[Routine]:
        """Built-ins in seed order, then user routines by name (case-insensitive)."""
        unknown_position = len(self._builtin_order)

        def sort_key(routine: Routine) -> tuple[int, int, str, str]:
            if routine.builtin:
                position = self._builtin_order.get(routine.id, unknown_position)
                return (0, position, routine.name.casefold(), routine.id)
            return (1, 0, routine.name.casefold(), routine.id)

        return sorted(self._decoded_routines(), key=sort_key)

    def routine(self, routine_id: str) -> Routine | None:
        document = self._find(self._routines_table, routine_id)
        return None if document is None else _routine_from(document)

    def find_routine(self, name_or_id: str) -> Routine | None:
        """Exact id first; otherwise the first routine (in routines() order) with that name,
        ignoring case and surrounding spaces."""
        by_id = self.routine(name_or_id)
        if by_id is not None:
            return by_id
        wanted = name_or_id.strip().casefold()
        return next((r for r in self.routines() if r.name.casefold() == wanted), None)

    def save_routine(self, routine: Routine) -> None:
        """Insert, or replace the routine with the same id."""
        self._upsert(self._routines_table, routine.to_dict())

    def delete_routine(self, routine_id: str) -> None:
        document = self._find(self._routines_table, routine_id)
        if document is not None:
            self._routines_table.remove(doc_ids=[document.doc_id])

    # Sessions

    def save_session(self, record: SessionRecord) -> None:
        """Insert, or replace the session record with the same id."""
        self._upsert(self._sessions_table, record.to_dict())

    def sessions(self) -> list[SessionRecord]:
        """All session records, oldest first by start time."""
        records = [_session_from(document) for document in self._sessions_table.all()]
        return sorted(records, key=lambda record: record.started_utc)

    def last_done(self) -> dict[str, str]:
        """routine_id -> latest start time among completed or partial sessions."""
        latest: dict[str, str] = {}
        for record in self.sessions():
            if record.status in _DONE_STATUSES:
                latest[record.routine_id] = max(
                    record.started_utc, latest.get(record.routine_id, "")
                )
        return latest

    # Skip days

    def skip_days(self) -> set[date]:
        """Local calendar days the user marked as skipped (rest, illness, travel)."""
        return {_skip_day_from(document) for document in self._skip_days_table.all()}

    def set_skip_day(self, day: date, skipped: bool) -> None:
        """Mark or unmark `day`; writes only when that changes something."""
        key = day.isoformat()
        table = self._skip_days_table
        doc_ids = [document.doc_id for document in table.all() if document.get("date") == key]
        if skipped and not doc_ids:
            table.insert({"date": key})
        elif not skipped and doc_ids:
            table.remove(doc_ids=doc_ids)

    def close(self) -> None:
        self._db.close()

    # Steps of open()

    def _check_records_readable(self) -> None:
        """Fail at open, not at some later click, if a stored record can't be decoded."""
        decoders: tuple[tuple[Table, Callable[[dict[str, Any]], object]], ...] = (
            (self._routines_table, _routine_from),
            (self._sessions_table, _session_from),
            (self._skip_days_table, _skip_day_from),
        )
        for table, decode in decoders:
            for document in table.all():
                try:
                    decode(document)
                except (ModelError, KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise CorruptDatabaseError(
                        self.path,
                        f"record {document.doc_id} in table {table.name!r} is invalid ({exc})",
                    ) from exc

    def _seed_builtins(self, builtins: Iterable[Routine]) -> None:
        seeded = read_meta(self._db).get("seeded_builtins", {})
        if not isinstance(seeded, dict) or not all(
            isinstance(version, int) for version in seeded.values()
        ):
            raise CorruptDatabaseError(
                self.path, "its list of installed built-in routines is invalid"
            )
        stored = {routine.id: routine for routine in self._decoded_routines()}
        to_insert: list[Routine] = []
        to_replace: list[Routine] = []
        newly_seeded: dict[str, int] = {}
        for builtin in builtins:
            current = stored.get(builtin.id)
            seeded_version = seeded.get(builtin.id)
            is_untouched_older = (
                current is not None
                and current.builtin
                and current.builtin_version < builtin.builtin_version
            )
            if seeded_version is None:
                # Also covers a crash between inserting a built-in and recording it in _meta.
                if current is None:
                    to_insert.append(builtin)
                elif is_untouched_older:
                    to_replace.append(builtin)
                newly_seeded[builtin.id] = builtin.builtin_version
            elif (
                seeded_version < builtin.builtin_version and current is not None and current.builtin
            ):
                to_replace.append(builtin)
                newly_seeded[builtin.id] = builtin.builtin_version
        if to_insert:
            self._routines_table.insert_multiple(routine.to_dict() for routine in to_insert)
        if to_replace:
            self._replace_many(self._routines_table, [routine.to_dict() for routine in to_replace])
        if newly_seeded:
            write_meta(self._db, {"seeded_builtins": seeded | newly_seeded})

    def _finalize_interrupted_sessions(self) -> None:
        interrupted = [
            document
            for document in self._sessions_table.all()
            if _session_from(document).status is SessionStatus.IN_PROGRESS
        ]
        if not interrupted:
            return

        def finalize(document: Any) -> None:
            has_work = _session_from(document).done_seconds > 0
            status = SessionStatus.PARTIAL if has_work else SessionStatus.STOPPED
            document["status"] = status.value

        self._sessions_table.update(finalize, doc_ids=[doc.doc_id for doc in interrupted])

    # Helpers

    @property
    def _routines_table(self) -> Table:
        return self._db.table(ROUTINES_TABLE)

    @property
    def _sessions_table(self) -> Table:
        return self._db.table(SESSIONS_TABLE)

    @property
    def _skip_days_table(self) -> Table:
        return self._db.table(SKIP_DAYS_TABLE)

    def _decoded_routines(self) -> list[Routine]:
        return [_routine_from(document) for document in self._routines_table.all()]

    @staticmethod
    def _find(table: Table, record_id: str) -> Document | None:
        return next((doc for doc in table.all() if doc.get("id") == record_id), None)

    def _upsert(self, table: Table, data: dict[str, Any]) -> None:
        if self._find(table, data["id"]) is None:
            table.insert(data)
        else:
            self._replace_many(table, [data])

    def _replace_many(self, table: Table, replacements: list[dict[str, Any]]) -> None:
        """Replace whole documents matched by "id" in a single file write."""
        by_id = {data["id"]: data for data in replacements}
        doc_ids = [doc.doc_id for doc in table.all() if doc.get("id") in by_id]

        def replace(document: Any) -> None:
            new_data = by_id[document["id"]]
            document.clear()
            document.update(new_data)

        table.update(replace, doc_ids=doc_ids)


def _routine_from(document: dict[str, Any]) -> Routine:
    return Routine.from_dict(copy.deepcopy(document))


def _session_from(document: dict[str, Any]) -> SessionRecord:
    # Deep copy: StepRecord keeps the stored lists, and callers mutate their records.
    return SessionRecord.from_dict(copy.deepcopy(document))


def _skip_day_from(document: dict[str, Any]) -> date:
    value = document["date"]
    if not isinstance(value, str):
        raise TypeError(f"date must be text, not {type(value).__name__}")
    return date.fromisoformat(value)

"""The one persistence API the app uses: routines, exercises, sessions and more in a TinyDB file."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType

from tinydb import TinyDB
from tinydb.table import Table

from lbh_desktop.core.custom_exercise import exercise_to_dict, is_custom
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.models import ModelError, Routine, SessionRecord, SessionStatus
from lbh_desktop.core.progression_record import ProgressionRecord
from lbh_desktop.storage.atomic_storage import (
    AtomicJSONStorage,
    DatabaseWriteError,
    SaveListener,
    ensure_private_dir,
)
from lbh_desktop.storage.gc_pause import cycle_collection_paused
from lbh_desktop.storage.migrations import (
    ROUTINES_TABLE,
    SESSIONS_TABLE,
    check_supported,
    migrate,
    read_meta,
    write_meta,
)
from lbh_desktop.storage.open_steps import (
    check_records_readable,
    finalize_interrupted_sessions,
    seed_builtins,
)
from lbh_desktop.storage.session_cache import SessionCache
from lbh_desktop.storage.tables import (
    CUSTOM_EXERCISES_TABLE,
    PROGRESSION_TABLE,
    SKIP_DAYS_TABLE,
    exercise_from,
    find,
    routine_from,
    skip_day_from,
    upsert,
)

_DONE_STATUSES = (SessionStatus.COMPLETED, SessionStatus.PARTIAL)


class ExerciseInUseError(ValueError):
    """A custom exercise cannot be deleted while routines use it; the message names them."""


class Repository:
    """Routines and sessions on disk. Methods write only when they change something."""

    DB_FILENAME = "lbh-desktop.json"

    def __init__(self, db: TinyDB, path: Path, builtin_order: Sequence[str]) -> None:
        """Use Repository.open(); this only wires up an already prepared database."""
        self._db = db
        self.path = path
        self._builtin_order = {routine_id: i for i, routine_id in enumerate(builtin_order)}
        self._session_cache = SessionCache(self._storage)

    @classmethod
    @cycle_collection_paused()  # storage/gc_pause.py: ~40 ms less for 10 years of sessions
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
            repository._session_cache.prime(check_records_readable(db, path))
            migrate(db)
            seed_builtins(db, path, builtins)
            finalize_interrupted_sessions(db)
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
        document = find(self._routines_table, routine_id)
        return None if document is None else routine_from(document)

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
        upsert(self._routines_table, routine.to_dict())

    def delete_routine(self, routine_id: str) -> None:
        document = find(self._routines_table, routine_id)
        if document is not None:
            self._routines_table.remove(doc_ids=[document.doc_id])

    def restore_builtins(self, builtins: Iterable[Routine]) -> list[str]:
        """Puts back the shipped built-ins, deleted or changed; user routines stay untouched.
        Returns the names of the built-ins that were restored (nothing written if none)."""
        stored = {routine.id: routine for routine in self._decoded_routines()}
        changed = [builtin for builtin in builtins if stored.get(builtin.id) != builtin]
        for builtin in changed:
            self.save_routine(builtin)
        if changed:
            seeded = read_meta(self._db).get("seeded_builtins", {})
            versions = {builtin.id: builtin.builtin_version for builtin in changed}
            write_meta(self._db, {"seeded_builtins": seeded | versions})
        return [builtin.name for builtin in changed]

    # Custom exercises

    def custom_exercises(self) -> list[Exercise]:
        """The user's own exercises, by name (case-insensitive)."""
        exercises = [exercise_from(document) for document in self._exercises_table.all()]
        return sorted(exercises, key=lambda exercise: (exercise.name.casefold(), exercise.id))

    def save_custom_exercise(self, exercise: Exercise) -> None:
        """Insert, or replace the custom exercise with the same id."""
        if not is_custom(exercise.id):
            raise ModelError(f"only custom exercises can be saved, not {exercise.id!r}")
        upsert(self._exercises_table, exercise_to_dict(exercise))

    def delete_custom_exercise(self, exercise_id: str) -> None:
        """Raises ExerciseInUseError, deleting nothing, while a routine still uses it."""
        users = [
            r.name for r in self.routines() if any(s.exercise_id == exercise_id for s in r.steps)
        ]
        if users:
            raise ExerciseInUseError(
                f"This exercise is used in {', '.join(f'“{name}”' for name in users)}. "
                "Remove it from those routines first."
            )
        document = find(self._exercises_table, exercise_id)
        if document is not None:
            self._exercises_table.remove(doc_ids=[document.doc_id])

    # Import

    def apply_import(
        self,
        routines_to_save: Sequence[Routine],
        exercises_to_save: Sequence[Exercise],
        routine_ids_to_replace: Iterable[str],
    ) -> None:
        """Removes the replaced routines and upserts the imported routines and custom
        exercises in ONE atomic file write: after a failure nothing has changed."""
        if any(routine.builtin for routine in routines_to_save) or not all(
            is_custom(exercise.id) for exercise in exercises_to_save
        ):
            raise ModelError("an import saves only user routines and custom exercises")
        data = copy.deepcopy(self._db.storage.read() or {})  # the storage caches its dict
        removed = set(routine_ids_to_replace) - {routine.id for routine in routines_to_save}
        data[ROUTINES_TABLE] = {
            doc_id: document
            for doc_id, document in data.get(ROUTINES_TABLE, {}).items()
            if document.get("id") not in removed
        }
        for table, records in (
            (data[ROUTINES_TABLE], [routine.to_dict() for routine in routines_to_save]),
            (
                data.setdefault(CUSTOM_EXERCISES_TABLE, {}),
                [exercise_to_dict(exercise) for exercise in exercises_to_save],
            ),
        ):
            doc_ids = {document.get("id"): doc_id for doc_id, document in table.items()}
            next_id = max((int(doc_id) for doc_id in table), default=0) + 1
            for record in records:
                if record["id"] not in doc_ids:
                    doc_ids[record["id"]], next_id = str(next_id), next_id + 1
                table[doc_ids[record["id"]]] = record
        self._db.storage.write(data)
        self._db._tables.clear()  # TinyDB caches each table's next document id; start afresh

    # Sessions

    def save_session(self, record: SessionRecord) -> None:
        """Insert, or replace the session record with the same id."""
        self._session_cache.save(lambda: upsert(self._sessions_table, record.to_dict()))

    def sessions(self) -> list[SessionRecord]:
        """All session records, oldest first by start time."""
        records = self._session_cache.records()  # decoded once, copied for each caller
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
        return {skip_day_from(document) for document in self._skip_days_table.all()}

    def set_skip_day(self, day: date, skipped: bool) -> None:
        """Mark or unmark `day`; writes only when that changes something."""
        key = day.isoformat()
        table = self._skip_days_table
        doc_ids = [document.doc_id for document in table.all() if document.get("date") == key]
        if skipped and not doc_ids:
            table.insert({"date": key})
        elif not skipped and doc_ids:
            table.remove(doc_ids=doc_ids)

    # Progression (core/progression.py): the user's answers to step-up offers

    def progression_records(self) -> list[ProgressionRecord]:
        """Every accepted or declined step-up offer, oldest first."""
        records = [ProgressionRecord.from_dict(doc) for doc in self._progression_table.all()]
        return sorted(records, key=lambda record: record.decided_utc)

    def add_progression_record(self, record: ProgressionRecord) -> None:
        self._progression_table.insert(record.to_dict())

    def close(self) -> None:
        self._db.close()

    # Saving: a failed write keeps the change in memory (see AtomicJSONStorage)

    @property
    def save_error(self) -> DatabaseWriteError | None:
        """Why recent changes are only in memory; None when everything is on disk."""
        return self._storage.save_error

    def retry_save(self) -> bool:
        """Save changes a failed write kept in memory; True when everything is on disk."""
        return self._storage.retry_unsaved()

    def set_save_listener(self, listener: SaveListener | None) -> None:
        """`listener(error)` when saving starts failing, `listener(None)` when it recovers."""
        self._storage.save_listener = listener

    @property
    def _storage(self) -> AtomicJSONStorage:
        storage = self._db.storage
        assert isinstance(storage, AtomicJSONStorage)
        return storage

    @property
    def _routines_table(self) -> Table:
        return self._db.table(ROUTINES_TABLE)

    @property
    def _sessions_table(self) -> Table:
        return self._db.table(SESSIONS_TABLE)

    @property
    def _skip_days_table(self) -> Table:
        return self._db.table(SKIP_DAYS_TABLE)

    @property
    def _progression_table(self) -> Table:
        return self._db.table(PROGRESSION_TABLE)

    @property
    def _exercises_table(self) -> Table:
        return self._db.table(CUSTOM_EXERCISES_TABLE)

    def _decoded_routines(self) -> list[Routine]:
        return [routine_from(document) for document in self._routines_table.all()]

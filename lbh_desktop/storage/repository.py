"""The one persistence API the app uses: routines, exercises, sessions and more in a data folder."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from lbh_desktop.core.custom_exercise import exercise_to_dict, is_custom
from lbh_desktop.core.devices import DeviceSummary
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import ModelError, Routine, SessionRecord, SessionStatus
from lbh_desktop.core.progression_record import ProgressionRecord
from lbh_desktop.storage.atomic_storage import DatabaseWriteError, SaveListener
from lbh_desktop.storage.folder_move import FolderMoveError, copy_device_files
from lbh_desktop.storage.folder_state import FolderState, open_folder
from lbh_desktop.storage.gc_pause import cycle_collection_paused
from lbh_desktop.storage.merge_rules import DELETED, SAVED, SHIPPED
from lbh_desktop.storage.shared_records import EXERCISES, ROUTINES
from lbh_desktop.storage.tables import exercise_from, routine_from

log = logging.getLogger(__name__)

_DONE_STATUSES = (SessionStatus.COMPLETED, SessionStatus.PARTIAL)
_DECODE_ERRORS = (ModelError, KeyError, TypeError, ValueError, AttributeError)


class ExerciseInUseError(ValueError):
    """A custom exercise cannot be deleted while routines use it; the message names them."""


class Repository:
    """Routines and sessions in a data folder that several computers may share through a sync
    tool (storage/folder_state.py). Methods write only when they change something."""

    def __init__(self, state: FolderState, builtins: Sequence[Routine]) -> None:
        """Use Repository.open(); this only wires up an opened folder."""
        self._state = state
        self._shared = state.shared
        self._history = state.history
        self._builtins = {routine.id: routine for routine in builtins}
        self._builtin_order = {routine.id: n for n, routine in enumerate(builtins)}
        self._routines_cache: dict[str, Routine] | None = None

    @classmethod
    @cycle_collection_paused()  # storage/gc_pause.py: bulk decoding makes no cycles
    def open(
        cls,
        data_dir: Path,
        builtins: Sequence[Routine],
        *,
        history_folder: Path | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> Repository:
        """Open (creating if needed) the data folder: `history_folder`, or `data_dir` (this
        computer's own folder, which keeps the device id and backups). A one-file history from
        an earlier version moves in first. Raises CorruptDatabaseError or SchemaTooNewError
        for an old file that can't be moved in (it stays untouched)."""
        return cls(open_folder(data_dir, history_folder or data_dir, builtins, now()), builtins)

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def folder(self) -> Path:
        """The data folder (shared with other computers when it is inside a synced folder)."""
        return self._state.folder

    @property
    def data_dir(self) -> Path:
        """This computer's own app folder (device id, settings, backups)."""
        return self._state.data_dir

    @property
    def device_folder(self) -> Path:
        """This computer's own files in the data folder."""
        return self._state.own.folder

    @property
    def device_id(self) -> str:
        return self._state.device.device_id

    @property
    def problems(self) -> list[str]:
        """Sentences for the user about files that could not be used (each was set aside or
        skipped; the rest of the history is there)."""
        return list(self._state.problems)

    def copy_own_files_to(self, folder: Path) -> str | None:
        """Copy this computer's files into data folder `folder` (for the next start), merging
        with any it has there; a message for the user when that can't be done."""
        try:
            copy_device_files(self.folder, self.device_id, folder, datetime.now(UTC))
        except FolderMoveError as error:
            return str(error)
        return None

    def devices(self) -> list[DeviceSummary]:
        return self._state.devices(self._history.count_by_device())

    def refresh(self) -> bool:
        """Read what other computers wrote since the folder was opened; True when anything
        changed (sessions, routines, exercises, skip days)."""
        changed = self._state.refresh()
        if changed:
            self._shared = self._state.shared
            self._history = self._state.history
            self._routines_cache = None
        return changed

    # Routines

    def routines(self) -> list[Routine]:
        """Built-ins in shipped order, then user routines by name (case-insensitive)."""
        unknown_position = len(self._builtin_order)

        def sort_key(routine: Routine) -> tuple[int, int, str, str]:
            if routine.builtin:
                position = self._builtin_order.get(routine.id, unknown_position)
                return (0, position, routine.name.casefold(), routine.id)
            return (1, 0, routine.name.casefold(), routine.id)

        return sorted(self._current_routines().values(), key=sort_key)

    def routine(self, routine_id: str) -> Routine | None:
        return self._current_routines().get(routine_id)

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
        self._routines_cache = None
        self._shared.edit(ROUTINES, routine.id, SAVED, routine.to_dict())

    def delete_routine(self, routine_id: str) -> None:
        if routine_id in self._current_routines():
            self._routines_cache = None
            self._shared.edit(ROUTINES, routine_id, DELETED, None)

    def restore_builtins(self, builtins: Iterable[Routine]) -> list[str]:
        """Puts back the shipped built-ins, deleted or changed; user routines stay untouched.
        Returns the names of the built-ins that were restored (nothing written if none)."""
        current = self._current_routines()
        changed = [builtin for builtin in builtins if current.get(builtin.id) != builtin]
        if changed:
            self._routines_cache = None
            self._shared.edit_many({ROUTINES: [(b.id, SHIPPED, None) for b in changed]})
        return [builtin.name for builtin in changed]

    # Custom exercises

    def custom_exercises(self) -> list[Exercise]:
        """The user's own exercises, by name (case-insensitive)."""
        exercises = [
            exercise
            for record in self._shared.edits(EXERCISES).values()
            if (exercise := self._decoded(record, exercise_from)) is not None
        ]
        return sorted(exercises, key=lambda exercise: (exercise.name.casefold(), exercise.id))

    def save_custom_exercise(self, exercise: Exercise) -> None:
        """Insert, or replace the custom exercise with the same id."""
        if not is_custom(exercise.id):
            raise ModelError(f"only custom exercises can be saved, not {exercise.id!r}")
        self._shared.edit(EXERCISES, exercise.id, SAVED, exercise_to_dict(exercise))

    def delete_custom_exercise(self, exercise_id: str) -> None:
        """Raises ExerciseInUseError, deleting nothing, while a routine still uses it."""
        users = [
            r.name for r in self.routines() if any(s.exercise_id == exercise_id for s in r.steps)
        ]
        if users:
            text = translate(
                "repository",
                "This exercise is used in {routines}. Remove it from those routines first.",
            )
            raise ExerciseInUseError(text.format(routines=", ".join(f"“{name}”" for name in users)))
        if any(exercise.id == exercise_id for exercise in self.custom_exercises()):
            self._shared.edit(EXERCISES, exercise_id, DELETED, None)

    # Import

    def apply_import(
        self,
        routines_to_save: Sequence[Routine],
        exercises_to_save: Sequence[Exercise],
        routine_ids_to_replace: Iterable[str],
    ) -> None:
        """Removes the replaced routines and saves the imported routines and custom exercises
        in ONE atomic file write: after a failure nothing has changed."""
        if any(routine.builtin for routine in routines_to_save) or not all(
            is_custom(exercise.id) for exercise in exercises_to_save
        ):
            raise ModelError("an import saves only user routines and custom exercises")
        saved = {routine.id for routine in routines_to_save}
        current = self._current_routines()
        removed = [rid for rid in routine_ids_to_replace if rid not in saved and rid in current]
        self._routines_cache = None
        self._shared.edit_many(
            {
                ROUTINES: [
                    *((rid, DELETED, None) for rid in removed),
                    *((r.id, SAVED, r.to_dict()) for r in routines_to_save),
                ],
                EXERCISES: [(e.id, SAVED, exercise_to_dict(e)) for e in exercises_to_save],
            }
        )

    # Sessions

    def save_session(self, record: SessionRecord) -> None:
        """Insert, or replace the session record with the same id."""
        self._history.save(record)

    def sessions(self) -> list[SessionRecord]:
        """All session records of every computer, oldest first by start time."""
        return self._history.sessions()

    def shared_sessions(self, *, read_all: bool = True) -> tuple[SessionRecord, ...]:
        """All sessions as sessions() gives them, but not copied: only for readers that never
        change a record (the Progress report over years of history). With `read_all` false,
        only the months read so far, newest first (see unread_months and preload_step)."""
        return self._history.shared_sessions(read_all=read_all)

    def unread_months(self) -> int:
        """Months of history not read yet (the window reads them in idle time)."""
        return self._history.unread_months()

    def sessions_since(self, day: date) -> list[SessionRecord]:
        """The sessions dated `day` or later, oldest first (older months stay unread)."""
        return self._history.sessions_since(day)

    def latest_sessions(self) -> tuple[dict[str, str], dict[str, str]]:
        """As core.library.latest_sessions(self.sessions()), without reading every month."""
        return self._history.latest()

    def preload_step(self) -> bool:
        """Read one more month of history (newest first); False once all are read."""
        return self._history.preload_step()

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
        days = set()
        for day in self._shared.skip_days():
            try:
                days.add(date.fromisoformat(day))
            except ValueError:
                log.warning("leaving out a skip day that can't be read: %r", day)
        return days

    def set_skip_day(self, day: date, skipped: bool) -> None:
        """Mark or unmark `day`; writes only when that changes something."""
        if (day.isoformat() in self._shared.skip_days()) != skipped:
            self._shared.mark_day(day.isoformat(), skipped)

    # Progression (core/progression.py): the user's answers to step-up offers

    def progression_records(self) -> list[ProgressionRecord]:
        """Every accepted or declined step-up offer, oldest first."""
        records = []
        for answer in self._shared.answers():
            try:
                records.append(ProgressionRecord.from_dict(answer))
            except _DECODE_ERRORS as error:
                log.warning("leaving out a step-up answer that can't be read: %s", error)
        return sorted(records, key=lambda record: record.decided_utc)

    def add_progression_record(self, record: ProgressionRecord) -> None:
        self._shared.add_answer(record.to_dict())

    def close(self) -> None:
        self._state.close()

    # Saving: a failed write keeps the change in memory (see AtomicJSONStorage)

    @property
    def save_error(self) -> DatabaseWriteError | None:
        """Why recent changes are only in memory; None when everything is on disk."""
        return self._state.watch.error

    def retry_save(self) -> bool:
        """Save changes a failed write kept in memory; True when everything is on disk."""
        return self._state.watch.retry()

    def set_save_listener(self, listener: SaveListener | None) -> None:
        """`listener(error)` when saving starts failing, `listener(None)` when it recovers."""
        self._state.watch.listener = listener

    # Inside

    def _current_routines(self) -> dict[str, Routine]:
        """Shipped built-ins overlaid by the winning edits from every computer."""
        if self._routines_cache is None:
            current = dict(self._builtins)
            for routine_id, record in self._shared.edits(ROUTINES).items():
                state = record.get("state")
                shipped = self._builtins.get(routine_id)
                if state == SAVED:
                    routine = self._decoded(record, routine_from)
                    if routine is None:
                        continue
                    if not (
                        routine.builtin
                        and shipped is not None
                        and routine.builtin_version < shipped.builtin_version
                    ):
                        current[routine_id] = routine  # else the newer shipped one stays
                elif state == DELETED or shipped is None:
                    current.pop(routine_id, None)
            self._routines_cache = current
        return self._routines_cache

    def _decoded(self, record: dict[str, Any], decode: Callable[[dict[str, Any]], Any]) -> Any:
        if record.get("state") != SAVED:
            return None
        try:
            return decode(record["data"])
        except _DECODE_ERRORS as error:
            log.warning("leaving out %s that can't be read: %s", record.get("id"), error)
            return None

"""Routines, custom exercises, skip days and step-up answers, merged from every computer."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from lbh_desktop.storage.atomic_storage import DatabaseWriteError
from lbh_desktop.storage.device_folder import (
    LIBRARY_FILE,
    PROGRESSION_FILE,
    SKIP_DAYS_FILE,
    DeviceFiles,
)
from lbh_desktop.storage.file_loading import FolderFiles, load_file, tidy_copies
from lbh_desktop.storage.merge_rules import (
    is_skipped,
    newest_edits,
    newest_marks,
    union_of_answers,
)
from lbh_desktop.storage.own_file import OwnFile

ROUTINES, EXERCISES, SKIP_DAYS, PROGRESSION = "routines", "exercises", "skip_days", "progression"
FILE_OF = {
    ROUTINES: LIBRARY_FILE,
    EXERCISES: LIBRARY_FILE,
    SKIP_DAYS: SKIP_DAYS_FILE,
    PROGRESSION: PROGRESSION_FILE,
}
"""Routines and exercises share a file, so an import that brings both is one write."""
KEY_OF = {ROUTINES: "id", EXERCISES: "id", SKIP_DAYS: "date"}

Change = tuple[str, str, dict[str, Any] | None]
"""(id, state, data) of one edit of a routine or exercise."""


def utc_now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class SharedRecords:
    """Each kind of record sits in small files, one set per computer. This computer writes
    only its own; reading merges them all: the newest edit of a routine or exercise wins
    whole (an edit record carries a revision, a time and the device), days and answers add
    up. Conflict copies of this computer's files are merged in and tidied away."""

    def __init__(self, files: FolderFiles, now: Callable[[], str] = utc_now_text) -> None:
        own, watch = files.own, files.watch
        self.device_id = own.device_id
        self._own = own
        self._others = files.others
        self._problems = files.problems
        self._restore = files.restore
        self._now = now
        self._files = {name: OwnFile(own.path(name), watch) for name in set(FILE_OF.values())}
        self._records: dict[str, dict[tuple[str, str], dict[str, Any]]] = {k: {} for k in FILE_OF}
        self._answers: list[dict[str, Any]] = []

    def open(self) -> None:
        for files in [*self._others, self._own]:
            for name in sorted(set(FILE_OF.values())):
                self._load(name, files)

    # Reading

    def edits(self, kind: str) -> dict[str, dict[str, Any]]:
        """The winning edit record of each routine or exercise id."""
        return newest_edits(self._records[kind].values())

    def skip_days(self) -> set[str]:
        """The days marked as skipped, "YYYY-MM-DD"."""
        marks = newest_marks(self._records[SKIP_DAYS].values())
        return {day for day, mark in marks.items() if is_skipped(mark)}

    def answers(self) -> list[dict[str, Any]]:
        return list(self._answers)

    # Writing (this computer's files only)

    def edit(self, kind: str, record_id: str, state: str, data: dict[str, Any] | None) -> None:
        """Record a new edit of a routine or exercise, one revision after the winning one."""
        record = self._edit_record(kind, (record_id, state, data), self._now())
        self._write(kind, record)

    def edit_many(self, changes: dict[str, Iterable[Change]]) -> None:
        """Edits of routines and exercises in a single atomic write: all are saved or none."""
        stamp = self._now()
        tables: dict[str, list[dict[str, Any]]] = {}
        for kind, kind_changes in changes.items():
            own = self._own_records(kind)
            for change in kind_changes:
                own[change[0]] = self._edit_record(kind, change, stamp)
            tables[kind] = list(own.values())
        try:
            self._files[LIBRARY_FILE].replace_tables(tables)
        except DatabaseWriteError:
            self._remember_own(tables)  # kept in memory until a save works, as for one edit
            raise
        self._remember_own(tables)

    def _remember_own(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        for kind, records in tables.items():
            for record in records:
                self._records[kind][(self.device_id, record["id"])] = record

    def mark_day(self, day: str, skipped: bool) -> None:
        mark = {
            "date": day,
            "skipped": skipped,
            "edited_utc": self._now(),
            "device": self.device_id,
        }
        self._write(SKIP_DAYS, mark)

    def add_answer(self, answer: dict[str, Any]) -> None:
        try:
            self._files[PROGRESSION_FILE].insert(PROGRESSION, answer)
        except DatabaseWriteError:
            self._answers.append(answer)  # kept in memory until a save works
            raise
        self._answers.append(answer)

    def close(self) -> None:
        for file in self._files.values():
            file.close()

    # Inside

    def _own_records(self, kind: str) -> dict[str, dict[str, Any]]:
        return {
            record_id: record
            for (device, record_id), record in self._records[kind].items()
            if device == self.device_id
        }

    def _edit_record(self, kind: str, change: Change, stamp: str) -> dict[str, Any]:
        record_id, state, data = change
        current = self.edits(kind).get(record_id)
        revision = current.get("rev", 0) if current is not None else 0
        record: dict[str, Any] = {
            "id": record_id,
            "rev": (revision if isinstance(revision, int) else 0) + 1,
            "edited_utc": stamp,
            "device": self.device_id,
            "state": state,
        }
        if data is not None:
            record["data"] = data
        return record

    def _write(self, kind: str, record: dict[str, Any]) -> None:
        key = KEY_OF[kind]
        try:
            self._files[FILE_OF[kind]].upsert(kind, record, key)
        except DatabaseWriteError:
            self._records[kind][(self.device_id, record[key])] = record  # kept in memory
            raise
        self._records[kind][(self.device_id, record[key])] = record

    def _load(self, name: str, files: DeviceFiles) -> None:
        own = files is self._own
        kinds = [kind for kind, file_name in FILE_OF.items() if file_name == name]
        merged: dict[str, list[dict[str, Any]]] = {}
        loaded = load_file(
            files,
            name,
            own=own,
            problems=self._problems,
            restore=self._restore if own else None,
        )
        for kind in kinds:
            documents = [*loaded.documents(kind), *loaded.copy_documents(kind)]
            if kind == PROGRESSION:
                merged[kind] = union_of_answers(documents)
                self._answers.extend(merged[kind])
                continue
            winners = newest_marks(documents) if kind == SKIP_DAYS else newest_edits(documents)
            for record_id, record in winners.items():
                self._records[kind][(files.device_id, record_id)] = record
            merged[kind] = list(winners.values())
        if own and loaded.copies:
            try:
                self._files[name].replace_tables(merged)
            except DatabaseWriteError:
                return  # kept in memory (save_error says why); the copies stay until it is saved
            tidy_copies(loaded.copies)

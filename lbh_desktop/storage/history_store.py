"""Session history split by computer and month: a save writes one small file, reads merge all."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import Any

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import ModelError, SessionRecord, SessionStatus
from lbh_desktop.storage.atomic_storage import DatabaseWriteError
from lbh_desktop.storage.device_folder import (
    HISTORY_INDEX_FILE,
    DeviceFiles,
    month_file_name,
)
from lbh_desktop.storage.file_loading import FolderFiles, load_file, tidy_copies
from lbh_desktop.storage.gc_pause import cycle_collection_paused
from lbh_desktop.storage.merge_rules import more_complete
from lbh_desktop.storage.month_index import (
    MonthSummary,
    file_size,
    read_index,
    summarise,
    write_index,
)
from lbh_desktop.storage.own_file import OwnFile
from lbh_desktop.storage.record_checks import checked_session
from lbh_desktop.storage.session_cache import copy_session

log = logging.getLogger(__name__)

SESSIONS_TABLE = "sessions"
_DECODE_ERRORS = (ModelError, KeyError, TypeError, ValueError, AttributeError)

MonthKey = tuple[str, str]
"""(device id, "YYYY-MM")"""


class HistoryStore:
    """Every device's sessions, read month by month only when needed: start-up reads the
    month summaries (month_index), the library's "last done" comes from them, and a month is
    decoded when a view asks for its sessions (or in idle time, see preload_step)."""

    def __init__(self, files: FolderFiles) -> None:
        self._own = files.own
        self._devices = {device.device_id: device for device in [*files.others, files.own]}
        self._watch = files.watch
        self._problems = files.problems
        self._restore = files.restore
        self._summaries: dict[MonthKey, MonthSummary] = {}
        self._month_records: dict[MonthKey, dict[str, SessionRecord]] = {}
        self._own_files: dict[str, OwnFile] = {}
        self._index_dirty = False
        self._ordered: tuple[SessionRecord, ...] | None = None
        """Every session in order, once all are read; None after any change."""

    def open(self, *, finish_interrupted: bool = True) -> None:
        """Trust each month's summary while its file is unchanged; read the rest (and every
        month of ours with a session a crash left in progress, to finish it)."""
        for files in self._devices.values():
            index = read_index(files.path(HISTORY_INDEX_FILE))
            for month in files.months():
                key = (files.device_id, month)
                summary = index.get(month)
                trusted = (
                    summary is not None
                    and summary.size == file_size(files.path(month_file_name(month)))
                    and month not in files.copies
                    and summary.in_progress == 0
                )
                if trusted:
                    assert summary is not None
                    self._summaries[key] = summary
                else:
                    self._load(key, finish_interrupted=finish_interrupted and files is self._own)
                    self._index_dirty |= files is self._own
        self.write_index()

    # Reading

    def latest(self) -> tuple[dict[str, str], dict[str, str]]:
        """As core.library.latest_sessions over every session, from the summaries."""
        done: dict[str, str] = {}
        tried: dict[str, str] = {}
        for summary in self._summaries.values():
            for latest, found in ((done, summary.done), (tried, summary.tried)):
                for routine_id, started in found.items():
                    if started > latest.get(routine_id, ""):
                        latest[routine_id] = started
        return done, {r: s for r, s in tried.items() if s > done.get(r, "")}

    def sessions(self) -> list[SessionRecord]:
        """Copies of every session, oldest first (reads every month not read yet)."""
        return [copy_session(record) for record in self.shared_sessions()]

    def shared_sessions(self, *, read_all: bool = True) -> tuple[SessionRecord, ...]:
        """Every session, oldest first, NOT copied: for readers that change nothing (the
        Progress report over years of sessions; a copy of 50,000 takes ~200 ms). With
        `read_all` false, only the months read so far (see unread_months)."""
        if read_all and self._unloaded():
            with cycle_collection_paused():
                for key in self._unloaded():
                    self._load(key)
        if self._ordered is None:
            ordered = sorted(self._merged().values(), key=lambda record: record.started_utc)
            self._ordered = tuple(ordered)
        return self._ordered

    def unread_months(self) -> int:
        """Month files (of every computer) not read yet."""
        return len(self._unloaded())

    def sessions_since(self, day: date) -> list[SessionRecord]:
        """Copies of the sessions dated `day` or later, oldest first (reads only those months)."""
        first_month, first_day = f"{day:%Y-%m}", day.isoformat()
        with cycle_collection_paused():
            for key in self._unloaded():
                if key[1] >= first_month:
                    self._load(key)
        recent_months = [key for key in self._month_records if key[1] >= first_month]
        merged = self._merged(recent_months)  # not years of months, on the player's path
        recent = (r for r in merged.values() if r.local_date >= first_day)
        return self._sorted_copies(recent)

    def preload_step(self) -> bool:
        """Reads the newest month not read yet; False once every month is read."""
        pending = sorted(self._unloaded(), key=lambda key: key[1], reverse=True)
        if pending:
            with cycle_collection_paused():
                self._load(pending[0])
        return len(pending) > 1

    def count_by_device(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for (device_id, _), summary in self._summaries.items():
            counts[device_id] = counts.get(device_id, 0) + summary.count
        return counts

    # Writing

    def save(self, record: SessionRecord) -> None:
        """Insert, or replace the session with the same id, in this computer's file of the
        session's month. A write that fails keeps the change in memory (SaveWatch)."""
        month = record.local_date[:7]
        key = (self._own.device_id, month)
        if key not in self._month_records:
            self._load(key)
        file = self._own_file(month)
        try:
            file.upsert(SESSIONS_TABLE, record.to_dict())
        except DatabaseWriteError:
            self._remember(key, record, file)
            raise
        self._remember(key, record, file)
        self._index_dirty = True

    def write_index(self) -> None:
        """Keep this computer's month summaries for the next start-up (a failure only costs
        reading those months again then)."""
        if not self._index_dirty:
            return
        own_id = self._own.device_id
        months = {month: s for (device, month), s in self._summaries.items() if device == own_id}
        for month, summary in months.items():
            summary.size = file_size(self._own.path(month_file_name(month)))
        try:
            write_index(self._own.path(HISTORY_INDEX_FILE), months)
        except OSError as error:
            log.warning("could not write the history index: %s", error)
            return
        self._index_dirty = False

    def close(self) -> None:
        for file in self._own_files.values():
            file.close()
        self.write_index()

    # Inside

    def _remember(self, key: MonthKey, record: SessionRecord, file: OwnFile) -> None:
        self._ordered = None
        records = self._month_records.setdefault(key, {})
        records[record.id] = copy_session(record)
        self._summaries[key] = summarise(records.values(), file_size(file.path))

    def _unloaded(self) -> list[MonthKey]:
        return [key for key in self._summaries if key not in self._month_records]

    def _merged(self, keys: list[MonthKey] | None = None) -> dict[str, SessionRecord]:
        """The sessions of the months read (or of `keys`), each once."""
        merged: dict[str, SessionRecord] = {}
        months = self._month_records
        for records in months.values() if keys is None else (months[key] for key in keys):
            for session_id, record in records.items():
                other = merged.get(session_id)
                merged[session_id] = record if other is None else more_complete(record, other)
        return merged

    @staticmethod
    def _sorted_copies(records: Any) -> list[SessionRecord]:
        ordered = sorted(records, key=lambda record: record.started_utc)
        return [copy_session(record) for record in ordered]

    def _own_file(self, month: str) -> OwnFile:
        file = self._own_files.get(month)
        if file is None:
            path = self._own.path(month_file_name(month))
            file = self._own_files[month] = OwnFile(path, self._watch)
        return file

    def _load(self, key: MonthKey, *, finish_interrupted: bool = False) -> None:
        device_id, month = key
        files = self._devices[device_id]
        own = files is self._own
        name = month_file_name(month)
        loaded = load_file(
            files,
            name,
            own=own,
            problems=self._problems,
            restore=self._restore if own else None,
        )
        records = dict(self._decode(loaded.documents(SESSIONS_TABLE), files, name))
        from_copies = dict(self._decode(loaded.copy_documents(SESSIONS_TABLE), files, name))
        changed = [
            record
            for session_id, record in from_copies.items()
            if (kept := records.get(session_id)) is None or more_complete(record, kept) is record
        ]
        for record in changed:
            records[record.id] = record
        if own and finish_interrupted:
            changed += _finish_interrupted(records)
        written = self._write_month(month, records) if own and changed else True
        if own and loaded.copies and written:
            tidy_copies(loaded.copies)
        self._month_records[key] = records
        self._ordered = None
        self._summaries[key] = summarise(records.values(), file_size(files.path(name)))

    def _write_month(self, month: str, records: dict[str, SessionRecord]) -> bool:
        file = self._own_file(month)
        try:
            file.replace_tables({SESSIONS_TABLE: [record.to_dict() for record in records.values()]})
        except DatabaseWriteError as error:
            log.warning("merged sessions of %s kept in memory: %s", month, error)
            return False
        return True

    def _decode(
        self, documents: list[dict[str, Any]], files: DeviceFiles, name: str
    ) -> Iterator[tuple[str, SessionRecord]]:
        for document in documents:
            try:
                record = checked_session(document)
            except _DECODE_ERRORS as error:
                text = translate(
                    "history_store",
                    "A session in {path} could not be read and is left out ({error}); "
                    "the file keeps it.",
                )
                self._problems(text.format(path=files.path(name), error=error))
                continue
            yield record.id, record


def _finish_interrupted(records: dict[str, SessionRecord]) -> list[SessionRecord]:
    """Sessions a crash left in progress become partial (some work done) or stopped."""
    finished = []
    for record in records.values():
        if record.status is SessionStatus.IN_PROGRESS:
            has_work = record.done_seconds > 0
            record.status = SessionStatus.PARTIAL if has_work else SessionStatus.STOPPED
            finished.append(record)
    return finished

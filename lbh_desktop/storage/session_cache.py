"""Session records decoded once and kept while the stored data they came from is current."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from lbh_desktop.core.models import SessionRecord, StepRecord
from lbh_desktop.storage.atomic_storage import AtomicJSONStorage
from lbh_desktop.storage.migrations import SESSIONS_TABLE

_Record = TypeVar("_Record")


class SessionCache:
    """The sessions table decoded, keyed by document id, for one generation of the storage's
    data: any write, load or rollback the cache did not follow makes it decode afresh.

    Callers get copies, never the cached records: the player keeps changing the record it
    saves, and a caller may change a record it was given."""

    def __init__(self, storage: AtomicJSONStorage) -> None:
        self._storage = storage
        self._records: dict[str, SessionRecord] = {}
        self._generation: int | None = None

    def prime(self, records: dict[str, SessionRecord]) -> None:
        """Records just decoded from the current data (Repository.open checks every one)."""
        self._records = records
        self._generation = self._storage.generation

    def records(self) -> list[SessionRecord]:
        """Copies of every stored session, in table order."""
        if self._generation != self._storage.generation:
            self.prime(
                {
                    doc_id: SessionRecord.from_dict(document)
                    for doc_id, document in self._raw_table().items()
                }
            )
        return [copy_session(record) for record in self._records.values()]

    def save(self, write: Callable[[], int]) -> None:
        """Run `write` (it stores one session and returns its document id) and keep the cache
        current by decoding just that document. A write that fails leaves the cache stale."""
        was_current = self._generation == self._storage.generation
        self._generation = None
        doc_id = write()
        if was_current:
            key = str(doc_id)
            self._records[key] = SessionRecord.from_dict(self._raw_table()[key])
            self._generation = self._storage.generation

    def _raw_table(self) -> dict[str, dict[str, Any]]:
        return (self._storage.read() or {}).get(SESSIONS_TABLE, {})


def copy_session(record: SessionRecord) -> SessionRecord:
    """A copy that shares nothing mutable with `record` (its fields are plain JSON values);
    several times faster than copy.deepcopy or decoding again."""
    duplicate = _shallow_copy(record)
    duplicate.steps = [_copy_step(step) for step in record.steps]
    duplicate.hurts = [_shallow_copy(hurt) for hurt in record.hurts]
    return duplicate


def _copy_step(step: StepRecord) -> StepRecord:
    duplicate = _shallow_copy(step)
    duplicate.holds = list(step.holds)
    duplicate.sides_done = list(step.sides_done)
    duplicate.hold_sides = list(step.hold_sides)
    return duplicate


def _shallow_copy(record: _Record) -> _Record:
    duplicate: _Record = object.__new__(type(record))
    duplicate.__dict__.update(record.__dict__)
    return duplicate

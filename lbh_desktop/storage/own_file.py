"""One file in this computer's folder, written through TinyDB atomically, and their save state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lbh_desktop.storage.atomic_storage import (
    AtomicJSONStorage,
    DatabaseWriteError,
    SaveListener,
)
from lbh_desktop.storage.tables import upsert


class SaveWatch:
    """Whether every file is on disk: a failed write keeps its change in memory (see
    AtomicJSONStorage); the listener hears when the first file starts failing and when the
    last one recovers."""

    def __init__(self) -> None:
        self.listener: SaveListener | None = None
        self._storages: list[AtomicJSONStorage] = []
        self._failing: dict[Path, DatabaseWriteError] = {}

    def attach(self, storage: AtomicJSONStorage) -> None:
        self._storages.append(storage)
        storage.save_listener = lambda error: self._changed(storage, error)

    @property
    def error(self) -> DatabaseWriteError | None:
        return next(iter(self._failing.values()), None)

    def retry(self) -> bool:
        """Saves what failed writes kept in memory; True once everything is on disk."""
        for storage in list(self._storages):
            storage.retry_unsaved()
        return not self._failing

    def _changed(self, storage: AtomicJSONStorage, error: DatabaseWriteError | None) -> None:
        was_failing = bool(self._failing)
        if error is None:
            self._failing.pop(storage.path, None)
        else:
            self._failing[storage.path] = error
        if was_failing != bool(self._failing) and self.listener is not None:
            self.listener(self.error)


class OwnFile:
    """A JSON file of TinyDB tables in this computer's folder. Only this computer writes it,
    so a sync tool never has two versions of it to reconcile."""

    def __init__(self, path: Path, watch: SaveWatch) -> None:
        self.path = path
        self._watch = watch
        self._db: TinyDB | None = None

    def upsert(self, table: str, document: dict[str, Any], key: str = "id") -> None:
        """Insert, or replace the document with the same `key`."""
        records = self._open().table(table)
        if key == "id":
            upsert(records, document)
            return
        existing = [doc.doc_id for doc in records.all() if doc.get(key) == document[key]]
        if existing:
            records.remove(doc_ids=existing)
        records.insert(document)

    def insert(self, table: str, document: dict[str, Any]) -> None:
        self._open().table(table).insert(document)

    def replace_tables(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        """Replace whole tables (others stay as they are) in one atomic write."""
        db = self._open()
        data = dict(self._storage.read() or {})
        for table, documents in tables.items():
            data[table] = {str(n): doc for n, doc in enumerate(documents, 1)}
        try:
            db.storage.write(data)
        finally:
            db._tables.clear()  # TinyDB caches each table's next document id; start afresh

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _open(self) -> TinyDB:
        if self._db is None:
            self._db = TinyDB(self.path, storage=AtomicJSONStorage)
            self._watch.attach(self._storage)
        return self._db

    @property
    def _storage(self) -> AtomicJSONStorage:
        assert self._db is not None
        storage = self._db.storage
        assert isinstance(storage, AtomicJSONStorage)
        return storage

"""Schema version of the data file (in the `_meta` table) and numbered upgrades between versions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from lbh_desktop.core.i18n import translate
from lbh_desktop.storage.atomic_storage import AtomicJSONStorage, CorruptDatabaseError

SCHEMA_VERSION = 1
"""The newest schema this version of the app reads and writes."""

META_TABLE = "_meta"
ROUTINES_TABLE = "routines"
SESSIONS_TABLE = "sessions"


class SchemaTooNewError(Exception):
    """The data file comes from a newer app; reading or upgrading it could lose data."""

    def __init__(self, found_version: int, supported_version: int, path: Path | None) -> None:
        self.found_version = found_version
        self.supported_version = supported_version
        self.path = path
        super().__init__(str(self))

    def __str__(self) -> str:
        text = translate(
            "migrations",
            "This data file was written by a newer LBH Desktop (schema {found}; this version "
            "reads up to {supported}). Install the newer LBH Desktop again to use it.",
        ).format(found=self.found_version, supported=self.supported_version)
        if self.path is None:
            return text
        where = translate("migrations", "The file {path} was not changed.")
        return f"{text} {where.format(path=self.path)}"


def database_path(db: TinyDB) -> Path | None:
    storage = db.storage
    return storage.path if isinstance(storage, AtomicJSONStorage) else None


def read_meta(db: TinyDB) -> dict[str, Any]:
    """The single `_meta` document, or {} when the file predates versioning."""
    documents = db.table(META_TABLE).all()
    if len(documents) > 1:
        reason = translate(
            "migrations", "the {table} table has %n record(s) instead of one", None, len(documents)
        )
        raise _corrupt(db, reason.format(table=META_TABLE))
    return dict(documents[0]) if documents else {}


def write_meta(db: TinyDB, changes: dict[str, Any]) -> None:
    """Merge `changes` into the `_meta` document (one file write)."""
    meta_table = db.table(META_TABLE)
    existing = meta_table.all()
    if existing:
        meta_table.update(changes, doc_ids=[existing[0].doc_id])
    else:
        meta_table.insert(changes)


def schema_version(db: TinyDB) -> int:
    meta = read_meta(db)
    version = meta.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        reason = translate("migrations", "its schema version {version} is not a whole number")
        raise _corrupt(db, reason.format(version=repr(version)))
    return version


def _upgrade_v0_to_v1(db: TinyDB) -> None:
    """Files from before versioning: remember which built-ins they already hold, so a
    built-in the user deleted back then is not re-added by seeding."""
    if "seeded_builtins" in read_meta(db):
        return
    seeded = {
        document["id"]: document.get("builtin_version", 0)
        for document in db.table(ROUTINES_TABLE).all()
        if document.get("builtin") is True and isinstance(document.get("id"), str)
    }
    write_meta(db, {"seeded_builtins": seeded})


Upgrade = Callable[[TinyDB], None]

UPGRADES: dict[int, Upgrade] = {
    0: _upgrade_v0_to_v1,
}
"""Upgrade functions keyed by the version they upgrade FROM. Each must be safe to run twice:
a crash between an upgrade and the version bump that follows it re-runs that upgrade."""


def check_supported(db: TinyDB) -> int:
    """The file's schema version; SchemaTooNewError, without writing, if it is newer."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(version, SCHEMA_VERSION, database_path(db))
    check_tables(db, version)
    return version


def check_tables(db: TinyDB, version: int) -> None:
    """A versioned file that has seeded built-ins always keeps its routines table (TinyDB
    keeps a table once written, even emptied): without it, part of the file is gone."""
    if version < 1 or ROUTINES_TABLE in db.tables():
        return
    seeded = read_meta(db).get("seeded_builtins")
    if isinstance(seeded, dict) and seeded:
        raise _corrupt(
            db, translate("migrations", "its {table} table is missing").format(table=ROUTINES_TABLE)
        )


def migrate(db: TinyDB) -> None:
    """Bring the database up to SCHEMA_VERSION; refuse, without writing, if it is newer."""
    version = check_supported(db)
    if version == SCHEMA_VERSION:
        return
    if not db.tables():
        write_meta(db, {"schema_version": SCHEMA_VERSION, "seeded_builtins": {}})
        return
    while version < SCHEMA_VERSION:
        upgrade = UPGRADES.get(version)
        if upgrade is None:
            raise RuntimeError(f"no upgrade registered from schema version {version}")
        upgrade(db)
        version += 1
        write_meta(db, {"schema_version": version})


def _corrupt(db: TinyDB, reason: str) -> CorruptDatabaseError:
    return CorruptDatabaseError(database_path(db) or Path("<memory>"), reason)

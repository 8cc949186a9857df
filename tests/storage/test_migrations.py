"""Schema migrations: v0 files upgraded, new files stamped, too-new files refused untouched."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from lbh_desktop.storage import migrations
from lbh_desktop.storage.atomic_storage import AtomicJSONStorage, CorruptDatabaseError
from lbh_desktop.storage.migrations import SCHEMA_VERSION, SchemaTooNewError, migrate

V0_FILE: dict[str, Any] = {
    "routines": {
        "1": {"id": "hip-opener", "name": "Hip opener", "builtin": True, "builtin_version": 2},
        "2": {"id": "mine", "name": "My routine", "builtin": False, "builtin_version": 0},
    },
    "sessions": {"1": {"id": "s1", "routine_id": "mine", "status": "completed"}},
}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db.json"


@pytest.fixture
def open_db(db_path: Path) -> Iterator[TinyDB]:
    db = TinyDB(db_path, storage=AtomicJSONStorage)
    yield db
    db.close()


def write_file(path: Path, data: dict[str, Any]) -> bytes:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path.read_bytes()


def read_file(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_v0_file_gets_meta_and_keeps_its_data(db_path: Path, open_db: TinyDB) -> None:
    write_file(db_path, V0_FILE)
    migrate(open_db)

    on_disk = read_file(db_path)
    assert on_disk["_meta"] == {
        "1": {"schema_version": 1, "seeded_builtins": {"hip-opener": 2}},
    }
    assert on_disk["routines"] == V0_FILE["routines"]
    assert on_disk["sessions"] == V0_FILE["sessions"]


def test_v0_upgrade_interrupted_before_the_version_bump_is_finished_on_next_open(
    db_path: Path, open_db: TinyDB
) -> None:
    write_file(db_path, V0_FILE | {"_meta": {"1": {"seeded_builtins": {"hip-opener": 1}}}})
    migrate(open_db)
    assert read_file(db_path)["_meta"] == {
        "1": {"schema_version": 1, "seeded_builtins": {"hip-opener": 1}},
    }


def test_brand_new_database_is_stamped_with_the_current_version(
    db_path: Path, open_db: TinyDB
) -> None:
    migrate(open_db)
    assert read_file(db_path) == {
        "_meta": {"1": {"schema_version": SCHEMA_VERSION, "seeded_builtins": {}}},
    }


def test_up_to_date_file_is_not_rewritten(db_path: Path, open_db: TinyDB) -> None:
    before = write_file(db_path, {"_meta": {"1": {"schema_version": SCHEMA_VERSION}}})
    stat_before = db_path.stat()
    migrate(open_db)
    stat_after = db_path.stat()
    assert db_path.read_bytes() == before
    assert (stat_after.st_ino, stat_after.st_mtime_ns) == (
        stat_before.st_ino,
        stat_before.st_mtime_ns,
    )


def test_newer_schema_is_refused_and_the_file_left_byte_identical(
    db_path: Path, open_db: TinyDB
) -> None:
    newer = SCHEMA_VERSION + 1
    before = write_file(db_path, V0_FILE | {"_meta": {"1": {"schema_version": newer}}})
    with pytest.raises(SchemaTooNewError) as raised:
        migrate(open_db)
    assert str(raised.value).startswith(
        "This data file was written by a newer LBH Desktop "
        f"(schema {newer}; this version reads up to {SCHEMA_VERSION})."
    )
    assert raised.value.found_version == newer
    assert raised.value.path == db_path
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "meta_table",
    [
        {"1": {"schema_version": "one"}},
        {"1": {"schema_version": -1}},
        {"1": {"schema_version": True}},
        {"1": {"schema_version": 1}, "2": {"schema_version": 1}},
    ],
    ids=["text", "negative", "boolean", "two records"],
)
def test_unreadable_schema_version_is_reported_as_corrupt(
    db_path: Path, open_db: TinyDB, meta_table: dict[str, Any]
) -> None:
    before = write_file(db_path, {"_meta": meta_table})
    with pytest.raises(CorruptDatabaseError) as raised:
        migrate(open_db)
    assert raised.value.path == db_path
    assert db_path.read_bytes() == before


def test_upgrades_run_in_order_from_the_stored_version(
    db_path: Path, open_db: TinyDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []

    def step(from_version: int) -> migrations.Upgrade:
        def upgrade(db: TinyDB) -> None:
            calls.append((from_version, migrations.schema_version(db)))

        return upgrade

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 4)
    monkeypatch.setattr(migrations, "UPGRADES", {n: step(n) for n in range(4)})
    write_file(db_path, {"_meta": {"1": {"schema_version": 1}}})

    migrate(open_db)

    assert calls == [(1, 1), (2, 2), (3, 3)]
    assert read_file(db_path)["_meta"]["1"]["schema_version"] == 4


def test_every_version_below_the_current_one_has_an_upgrade() -> None:
    assert sorted(migrations.UPGRADES) == list(range(SCHEMA_VERSION))

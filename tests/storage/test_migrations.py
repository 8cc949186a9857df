"""The old one-file history: schema migrations (v0 files upgraded, new files stamped, too-new
files refused untouched), then the move into this computer's files of the sync layout."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from lbh_desktop.core.models import SessionStatus
from lbh_desktop.core.progression_record import ChangeKind, Decision, ProgressionRecord
from lbh_desktop.storage import migrations
from lbh_desktop.storage.atomic_storage import AtomicJSONStorage, CorruptDatabaseError
from lbh_desktop.storage.migrations import SCHEMA_VERSION, SchemaTooNewError, migrate
from lbh_desktop.storage.repository import Repository

from .layout import (
    device_folder,
    kept_single_files,
    single_file,
    stored_sessions,
    write_single_file,
)
from .test_repository import BUILTIN_A, BUILTIN_B, make_routine, make_session

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


# The one-file history of versions before the sync layout moves into this computer's files.


def old_history(data_dir: Path) -> bytes:
    """A one-file history with some of everything, one session left in progress by a crash."""
    crashed = make_session("crashed", "2024-06-30T21:00:00Z", status=SessionStatus.IN_PROGRESS)
    progression = ProgressionRecord(
        "mine", "2024-05-01T09:00:00Z", date(2024, 5, 1), Decision.ACCEPTED, ChangeKind.HOLDS
    )
    return write_single_file(
        single_file(data_dir),
        routines=[BUILTIN_A, make_routine("mine", "Desk reset")],
        sessions=[make_session("may"), make_session("june", "2024-06-02T08:00:00Z"), crashed],
        seeded={"builtin-a": 1, "builtin-b": 1},  # builtin-b was deleted
        skip_days=[{"date": "2024-05-02"}],
        progression=[progression.to_dict()],
    )


def test_an_old_history_moves_into_this_computers_files_and_is_kept_as_it_was(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "lbh"
    content = old_history(data_dir)
    with Repository.open(data_dir, [BUILTIN_A, BUILTIN_B]) as repo:
        assert [r.id for r in repo.routines()] == ["builtin-a", "mine"]
        sessions = {r.id: r.status for r in repo.sessions()}
        assert sessions == {
            "may": SessionStatus.COMPLETED,
            "june": SessionStatus.COMPLETED,
            "crashed": SessionStatus.PARTIAL,  # finished as a start after a crash does
        }
        assert repo.skip_days() == {date(2024, 5, 2)}
        assert [p.routine_id for p in repo.progression_records()] == ["mine"]
        assert repo.problems == []
    device = device_folder(data_dir)
    assert {path.name for path in device.glob("sessions-*.json")} == {
        "sessions-2024-05.json",
        "sessions-2024-06.json",
    }
    assert set(stored_sessions(data_dir)) == {"may", "june", "crashed"}
    assert not single_file(data_dir).exists()
    (kept,) = kept_single_files(data_dir)
    assert kept.read_bytes() == content


def test_an_old_history_cut_off_before_it_was_kept_moves_in_again_without_doubles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after writing this computer's files but before moving the old file away: the
    next start writes the same files again."""
    data_dir = tmp_path / "lbh"
    content = old_history(data_dir)

    def killed(self: Path, target: Path) -> Path:
        raise KeyboardInterrupt  # stands in for the kill

    with monkeypatch.context() as patch:
        patch.setattr(Path, "rename", killed)
        with pytest.raises(KeyboardInterrupt):
            Repository.open(data_dir, [BUILTIN_A, BUILTIN_B])
    assert set(stored_sessions(data_dir)) == {"may", "june", "crashed"}  # written already
    assert single_file(data_dir).read_bytes() == content
    with Repository.open(data_dir, [BUILTIN_A, BUILTIN_B]) as repo:
        assert sorted(r.id for r in repo.sessions()) == ["crashed", "june", "may"]
        assert [r.id for r in repo.routines()] == ["builtin-a", "mine"]
    (kept,) = kept_single_files(data_dir)
    assert kept.read_bytes() == content


def test_an_old_history_from_before_schema_versions_moves_in(tmp_path: Path) -> None:
    data_dir = tmp_path / "lbh"
    v0 = {
        "routines": {"1": BUILTIN_A.to_dict(), "2": make_routine("mine", "Desk reset").to_dict()},
        "sessions": {"1": make_session("s1").to_dict()},
    }
    data_dir.mkdir()
    write_file(single_file(data_dir), v0)
    with Repository.open(data_dir, [BUILTIN_A, BUILTIN_B]) as repo:
        # builtin-b was not in the file: it was shipped later, so it is added
        assert [r.id for r in repo.routines()] == ["builtin-a", "builtin-b", "mine"]
        assert [r.id for r in repo.sessions()] == ["s1"]


def test_an_old_history_moves_into_a_shared_folder_and_is_kept_on_this_computer(
    tmp_path: Path,
) -> None:
    data_dir, shared = tmp_path / "lbh", tmp_path / "Sync" / "lbh"
    content = old_history(data_dir)
    with Repository.open(data_dir, [BUILTIN_A, BUILTIN_B], history_folder=shared) as repo:
        assert sorted(r.id for r in repo.sessions()) == ["crashed", "june", "may"]
    assert set(stored_sessions(shared)) == {"crashed", "june", "may"}
    assert not (data_dir / "devices").exists()
    (kept,) = kept_single_files(data_dir)
    assert kept.read_bytes() == content

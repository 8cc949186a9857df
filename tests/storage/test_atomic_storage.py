"""AtomicJSONStorage: cached reads, atomic compact writes, refusal of damaged files, cleanup."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from lbh_desktop.storage.atomic_storage import (
    AtomicJSONStorage,
    CorruptDatabaseError,
    DatabaseWriteError,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

SAMPLE = {"sessions": {"1": {"id": "s1", "note": "Überkopf stretch ✓"}}}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A database path in a folder of its own, so leftover files are easy to spot."""
    folder = tmp_path / "store"
    folder.mkdir()
    return folder / "db.json"


def test_missing_file_reads_as_new_database_without_creating_it(path: Path) -> None:
    assert AtomicJSONStorage(path).read() is None
    assert not path.exists()


def test_write_produces_compact_utf8_json_that_a_new_instance_reads_back(path: Path) -> None:
    AtomicJSONStorage(path).write(SAMPLE)

    raw = path.read_bytes()
    assert raw == json.dumps(SAMPLE, ensure_ascii=False, separators=(",", ":")).encode()
    assert "Überkopf stretch ✓".encode() in raw
    assert AtomicJSONStorage(path).read() == SAMPLE


def test_reads_come_from_memory_after_the_first(path: Path) -> None:
    path.write_text(json.dumps(SAMPLE), encoding="utf-8")
    storage = AtomicJSONStorage(path)
    assert storage.read() == SAMPLE
    path.unlink()
    assert storage.read() == SAMPLE


def test_memory_copy_follows_writes_but_not_the_callers_dict(path: Path) -> None:
    storage = AtomicJSONStorage(path)
    data: dict[str, dict[str, Any]] = {"t": {"1": {"steps": [1]}}}
    storage.write(data)
    data["t"]["1"]["steps"].append(2)
    assert storage.read() == {"t": {"1": {"steps": [1]}}}


def test_tinydb_round_trip_through_the_storage(path: Path) -> None:
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        db.table("routines").insert({"id": "r1", "name": "Hips"})
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        assert db.table("routines").all() == [{"id": "r1", "name": "Hips"}]


DAMAGED_FILES = {
    "empty": (b"", "empty"),
    "whitespace only": (b" \n\t", "empty"),
    "truncated JSON": (b'{"sessions": {"1": {"id": "s', "not valid JSON"),
    "random bytes": (bytes([0x9F, 0x00, 0xFF, 0xFE, 0x80, 0x13, 0xC3]), "not UTF-8"),
    "JSON list": (b"[1, 2, 3]", "JSON list, not an object"),
    "JSON string": (b'"hello"', "JSON string, not an object"),
    "table not an object": (b'{"sessions": [1]}', "table 'sessions'"),
    "record id not a number": (b'{"sessions": {"x": {}}}', "not a number"),
    "record not an object": (b'{"sessions": {"1": 5}}', "record 1"),
}


@pytest.mark.parametrize("content, reason_part", DAMAGED_FILES.values(), ids=DAMAGED_FILES.keys())
def test_damaged_file_raises_and_is_left_byte_for_byte(
    path: Path, content: bytes, reason_part: str
) -> None:
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as raised:
        AtomicJSONStorage(path).read()
    error = raised.value
    assert error.path == path
    assert reason_part in error.reason
    assert str(path) in str(error) and error.reason in str(error)
    assert path.read_bytes() == content


def test_damaged_file_also_fails_tinydb_reads_instead_of_looking_empty(path: Path) -> None:
    path.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError):
        TinyDB(path, storage=AtomicJSONStorage).table("sessions").all()
    assert path.read_bytes() == b""


@pytest.mark.parametrize("failing_call", ["replace", "fsync"])
def test_failed_write_keeps_old_file_and_the_new_data_in_memory_until_a_retry(
    path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: str
) -> None:
    AtomicJSONStorage(path).write(SAMPLE)
    before = path.read_bytes()
    storage = AtomicJSONStorage(path)
    cached = storage.read()
    assert cached is not None
    cached["sessions"]["2"] = {"id": "s2"}  # TinyDB edits the read() dict before write()

    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing_call, fail)
    with pytest.raises(DatabaseWriteError) as raised:
        storage.write(cached)
    monkeypatch.undo()

    assert isinstance(raised.value, OSError)
    assert str(path) in str(raised.value) and "No space left" in str(raised.value)
    assert sorted(p.name for p in path.parent.iterdir()) == ["db.json"]
    assert path.read_bytes() == before
    assert storage.read() == {"sessions": {**SAMPLE["sessions"], "2": {"id": "s2"}}}
    assert storage.has_unsaved_changes and storage.save_error is raised.value

    assert storage.retry_unsaved() is True
    assert not storage.has_unsaved_changes and storage.save_error is None
    assert AtomicJSONStorage(path).read() == storage.read()


@posix_only
def test_folder_is_synced_and_a_folder_that_cannot_be_synced_does_not_fail_the_write(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    folder_sync_attempts = 0

    def fsync_refusing_folders(fd: int) -> None:
        nonlocal folder_sync_attempts
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            folder_sync_attempts += 1
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync_refusing_folders)
    AtomicJSONStorage(path).write(SAMPLE)
    assert folder_sync_attempts == 1
    assert AtomicJSONStorage(path).read() == SAMPLE


@posix_only
def test_created_file_and_folder_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    path = folder / "db.json"
    AtomicJSONStorage(path).write(SAMPLE)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_rewriting_a_world_readable_file_makes_it_private(path: Path) -> None:
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    AtomicJSONStorage(path).write(SAMPLE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

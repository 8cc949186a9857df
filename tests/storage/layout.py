"""The data folder's layout for tests: this computer's files, an old one-file history, all bytes.

Tests read the files themselves (not through the Repository) when they check what is on disk."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from lbh_desktop.core.models import Routine, SessionRecord
from lbh_desktop.storage import atomic_storage
from lbh_desktop.storage.device_folder import DEVICES_FOLDER, month_file_name
from lbh_desktop.storage.single_file_migration import SINGLE_FILE


def device_folder(data_dir: Path) -> Path:
    """This computer's folder in `data_dir` (the only one there)."""
    (folder,) = [path for path in (data_dir / DEVICES_FOLDER).iterdir() if path.is_dir()]
    return folder


def month_file(data_dir: Path, month: str) -> Path:
    """This computer's session file of a "YYYY-MM" month."""
    return device_folder(data_dir) / month_file_name(month)


def table(path: Path, name: str) -> list[dict[str, Any]]:
    """The documents of one TinyDB table of `path`, as stored ([] without the file)."""
    if not path.exists():
        return []
    documents: dict[str, dict[str, Any]] = json.loads(path.read_bytes()).get(name, {})
    return list(documents.values())


def stored_sessions(data_dir: Path) -> dict[str, dict[str, Any]]:
    """Every session document in every device's month files, by session id."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted((data_dir / DEVICES_FOLDER).glob("*/sessions-*.json")):
        for document in table(path, "sessions"):
            found[document["id"]] = document
    return found


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too): relative path -> content."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def folder_state(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under `folder`: relative path -> (content, inode, change time), so a file
    rewritten with the same bytes counts as a write too."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            info = path.stat()
            state[path.relative_to(folder).as_posix()] = (
                path.read_bytes(),
                info.st_ino,
                info.st_mtime_ns,
            )
    return state


def single_file(data_dir: Path) -> Path:
    """Where versions before the sync layout kept the whole history."""
    return data_dir / SINGLE_FILE


def numbered(documents: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(number): dict(document) for number, document in enumerate(documents, 1)}


def write_single_file(
    path: Path,
    *,
    routines: Iterable[Routine] = (),
    sessions: Iterable[SessionRecord] = (),
    seeded: Mapping[str, int] | None = None,
    **tables: Iterable[Mapping[str, Any]],
) -> bytes:
    """An old one-file history (schema 1) as versions before the sync layout wrote it; more
    tables ("skip_days", "progression", "exercises") by name. Returns the bytes written."""
    routine_list = list(routines)
    if seeded is None:
        seeded = {r.id: r.builtin_version for r in routine_list if r.builtin}
    data: dict[str, Any] = {
        "_meta": {"1": {"schema_version": 1, "seeded_builtins": dict(seeded)}},
        "routines": numbered(routine.to_dict() for routine in routine_list),
        "sessions": numbered(record.to_dict() for record in sessions),
    }
    data.update({name: numbered(documents) for name, documents in tables.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data).encode()
    path.write_bytes(payload)
    return payload


def kept_single_files(data_dir: Path) -> list[Path]:
    """The old one-file histories kept in backups/ after they moved into the new layout."""
    return sorted((data_dir / "backups").glob("lbh-desktop-before-sync-layout-*.json"))


def count_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the storage replaces from now on, in order."""
    writes: list[Path] = []
    real = atomic_storage.replace_file_atomically

    def counting(path: Path, payload: bytes, *, temp_prefix: str) -> None:
        writes.append(path)
        real(path, payload, temp_prefix=temp_prefix)

    monkeypatch.setattr(atomic_storage, "replace_file_atomically", counting)
    return writes

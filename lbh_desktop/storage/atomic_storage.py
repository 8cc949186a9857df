"""TinyDB storage that replaces the JSON file atomically and refuses to read damaged files."""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from lbh_desktop.core.i18n import translate

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_TEMP_SUFFIX = ".tmp"

# Directory fsync is not possible everywhere (some filesystems, network mounts); the
# replace itself has already happened, so these errors only mean "no extra durability".
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES, errno.EPERM}


class CorruptDatabaseError(Exception):
    """The data file exists but cannot be understood; it must not be treated as empty."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return translate(
            "atomic_storage",
            "The LBH Desktop data file {path} is damaged and can't be opened: {reason}.",
        ).format(path=self.path, reason=self.reason)


class DatabaseWriteError(OSError):
    """Saving to the data file failed; the previous contents of the file are still intact."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path

    def __str__(self) -> str:
        text = translate("atomic_storage", "Could not save LBH Desktop data to {path}: {reason}.")
        return text.format(path=self.path, reason=self.strerror)


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) if missing; a folder we create is readable only by us."""
    if folder.is_dir():
        return
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask


def parse_database(path: Path, raw: bytes) -> dict[str, dict[str, Any]]:
    if not raw.strip():
        raise CorruptDatabaseError(path, translate("atomic_storage", "the file is empty"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = translate(
            "atomic_storage", "it is not UTF-8 text (bad byte at position {position})"
        )
        raise CorruptDatabaseError(path, reason.format(position=exc.start)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = translate(
            "atomic_storage", "it is not valid JSON ({problem} at line {line}, column {column})"
        )
        raise CorruptDatabaseError(
            path, reason.format(problem=exc.msg, line=exc.lineno, column=exc.colno)
        ) from exc
    if not isinstance(data, dict):
        reason = translate("atomic_storage", "the top level is a JSON {type}, not an object")
        raise CorruptDatabaseError(path, reason.format(type=_json_type_name(data)))
    for table_name, table in data.items():
        if not isinstance(table, dict):
            reason = translate("atomic_storage", "table {table} is not a JSON object")
            raise CorruptDatabaseError(path, reason.format(table=repr(table_name)))
        for doc_id, document in table.items():
            if not doc_id.isdecimal():
                reason = translate(
                    "atomic_storage", "table {table} has a record id {id} that is not a number"
                )
                raise CorruptDatabaseError(
                    path, reason.format(table=repr(table_name), id=repr(doc_id))
                )
            if not isinstance(document, dict):
                reason = translate(
                    "atomic_storage", "record {id} in table {table} is not a JSON object"
                )
                raise CorruptDatabaseError(path, reason.format(id=doc_id, table=repr(table_name)))
    return data


def _json_type_name(value: object) -> str:
    number = translate("atomic_storage", "number", "a JSON type")
    names = {
        list: translate("atomic_storage", "list", "a JSON type"),
        str: translate("atomic_storage", "string", "a JSON type"),
        bool: translate("atomic_storage", "boolean", "a JSON type"),
        int: number,
        float: number,
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _serialize(data: dict[str, dict[str, Any]]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        folder_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder_fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(folder_fd)


SaveListener = Callable[["DatabaseWriteError | None"], None]


def replace_file_atomically(path: Path, payload: bytes, *, temp_prefix: str) -> None:
    """Write `payload` to `path` (private, 0600) via a synced temp file in the same folder, so
    a crash leaves either the old file or the new one."""
    folder = path.parent
    ensure_private_dir(folder)
    # mkstemp creates the file 0600 on POSIX, and os.replace keeps that mode.
    temp_fd, temp_name = tempfile.mkstemp(dir=folder, prefix=temp_prefix, suffix=_TEMP_SUFFIX)
    try:
        with os.fdopen(temp_fd, "wb") as temp_file:
            temp_file.write(payload)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


class AtomicJSONStorage(Storage):
    """Reads the file once per open and serves later reads from memory; every write replaces
    the whole file via a synced temp file so a crash leaves either the old or the new file.

    A write that fails (read-only folder, full disk) keeps the data it was given in memory as
    unsaved: reads return it, and the next write, retry_unsaved() or close() saves it all."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)
        self._cached: dict[str, dict[str, Any]] | None = None
        self._loaded = False
        self._stale_temp_files_removed = False
        self._unsaved_payload: bytes | None = None
        self.save_error: DatabaseWriteError | None = None
        """Why the memory copy is not on disk yet; None when everything is saved."""
        self.save_listener: SaveListener | None = None
        """Called with the error when saving starts failing, and with None when it recovers."""
        self.generation = 0
        """Changes whenever the data read() returns is replaced (a load, a write, a rollback),
        so whatever was decoded from the data of one generation is known to be current."""

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._cached = self._load()
            self._loaded = True
            self.generation += 1
        return self._cached

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        try:
            payload = _serialize(data)
        except BaseException:
            # TinyDB edited the read() dict in place before calling write(): go back to what
            # the previous write was given (unsaved data, or else the file).
            self._restore_memory_copy()
            raise
        # Cache a fresh parse, not `data`: callers keep references into `data`.
        self._cached = json.loads(payload)
        self._loaded = True
        self.generation += 1
        if not self._stale_temp_files_removed:
            # Before our own temp file exists, so a killed writer leaves at most one behind.
            self._remove_stale_temp_files()
            self._stale_temp_files_removed = True
        try:
            self._replace_file(payload)
        except OSError as exc:
            self._unsaved_payload = payload
            error = (
                exc if isinstance(exc, DatabaseWriteError) else DatabaseWriteError(self.path, exc)
            )
            self._set_save_error(error)
            if error is exc:
                raise
            raise error from exc
        except BaseException:
            self._unsaved_payload = payload
            raise
        self._unsaved_payload = None
        self._set_save_error(None)

    @property
    def has_unsaved_changes(self) -> bool:
        return self._unsaved_payload is not None

    def retry_unsaved(self) -> bool:
        """Try again to save what a failed write left in memory; True once all is on disk."""
        if self._unsaved_payload is None or self._cached is None:
            return True
        try:
            self.write(self._cached)
        except DatabaseWriteError:
            return False
        return True

    def close(self) -> None:
        if not self.retry_unsaved():  # a last chance; the user was told when saving failed
            log.error("closing %s with unsaved changes: %s", self.path, self.save_error)
        self._cached = None
        self._loaded = False
        self.generation += 1

    def _set_save_error(self, error: DatabaseWriteError | None) -> None:
        changed = (error is None) != (self.save_error is None)
        self.save_error = error
        if changed and self.save_listener is not None:
            self.save_listener(error)

    def _restore_memory_copy(self) -> None:
        self.generation += 1
        if self._unsaved_payload is not None:
            self._cached = json.loads(self._unsaved_payload)
        else:
            self._loaded = False
            self._cached = None

    def _load(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return parse_database(self.path, raw)

    @property
    def _temp_prefix(self) -> str:
        return f".{self.path.name}."

    def _remove_stale_temp_files(self) -> None:
        """Temp files a killed process left behind. Only one process writes a data file (a
        second one would lose the first one's updates anyway), so none of these is in use."""
        for leftover in self.path.parent.glob(f"{glob.escape(self._temp_prefix)}*{_TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def _replace_file(self, payload: bytes) -> None:
        replace_file_atomically(self.path, payload, temp_prefix=self._temp_prefix)


def write_files_atomically(contents: Mapping[Path, str]) -> None:
    """Writes every file or none: all go to temporary files first, then each replaces its
    target. Raises OSError, leaving no temporary file behind."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, text in contents.items():
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
            )
            written.append((Path(temp_name), path))
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
        for temp, path in written:
            os.replace(temp, path)
    finally:
        for temp, _ in written:
            temp.unlink(missing_ok=True)

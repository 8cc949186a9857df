"""Opening a data folder: this computer's id and folder, the others', migration and backups."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from lbh_desktop.core.devices import DeviceSummary
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import Routine
from lbh_desktop.storage.atomic_storage import ensure_private_dir, replace_file_atomically
from lbh_desktop.storage.backups import restore_file
from lbh_desktop.storage.device_folder import (
    DEVICE_FILE,
    DeviceFiles,
    devices_root,
    scan_device,
    scan_devices,
)
from lbh_desktop.storage.device_identity import Device, this_device
from lbh_desktop.storage.file_loading import FolderFiles
from lbh_desktop.storage.history_store import HistoryStore
from lbh_desktop.storage.migrations import SchemaTooNewError
from lbh_desktop.storage.own_file import SaveWatch
from lbh_desktop.storage.shared_records import SharedRecords
from lbh_desktop.storage.single_file_migration import migrate_single_file

log = logging.getLogger(__name__)

FOLDER_SCHEMA = 2
"""1 was the one-file history; 2 is a folder of files per computer."""

Signature = dict[str, tuple[int, int]]


@dataclass
class FolderState:
    """Everything opened from one data folder, for the Repository."""

    data_dir: Path
    folder: Path
    device: Device
    builtins: Sequence[Routine]
    watch: SaveWatch = field(default_factory=SaveWatch)
    problems: list[str] = field(default_factory=list)
    own: DeviceFiles = field(init=False)
    others: list[DeviceFiles] = field(init=False)
    shared: SharedRecords = field(init=False)
    history: HistoryStore = field(init=False)
    names: dict[str, str] = field(default_factory=dict)
    signature: Signature = field(default_factory=dict)

    def load(self, *, at_start: bool) -> None:
        """(Re)read every device's files; `at_start` also finishes sessions a crash left."""
        own_folder = devices_root(self.folder) / self.device.device_id
        self.own = scan_device(own_folder) or DeviceFiles(self.device.device_id, own_folder)
        self.others = []
        for device in scan_devices(self.folder):
            if device.device_id != self.device.device_id and self._readable(device):
                self.others.append(device)
        self.signature = self._signature()
        files = FolderFiles(self.own, self.others, self.watch, self._problem, self._restore)
        self.shared = SharedRecords(files)
        self.shared.open()
        self.history = HistoryStore(files)
        self.history.open(finish_interrupted=at_start)

    def refresh(self) -> bool:
        if self.watch.error is not None:
            return False  # unsaved changes wait in the open files; reopening would drop them
        if self._signature() == self.signature:
            return False
        self.history.close()
        self.shared.close()
        self.load(at_start=False)
        return True

    def devices(self, sessions: dict[str, int]) -> list[DeviceSummary]:
        summaries = []
        for files in [self.own, *self.others]:
            summaries.append(
                DeviceSummary(
                    device_id=files.device_id,
                    name=self.names.get(files.device_id, files.device_id),
                    is_this_device=files is self.own,
                    last_write=_last_write(files.folder),
                    sessions=sessions.get(files.device_id, 0),
                )
            )
        return summaries

    def close(self) -> None:
        self.history.close()
        self.shared.close()

    def _problem(self, text: str) -> None:
        log.warning("%s", text)
        self.problems.append(text)

    def _restore(self, path: Path) -> date | None:
        return restore_file(path, self.data_dir)

    def _readable(self, files: DeviceFiles) -> bool:
        """Another computer's files are read unless a newer app wrote them."""
        info = _device_info(files.folder)
        self.names[files.device_id] = str(info.get("name") or files.device_id)
        schema = info.get("schema_version", FOLDER_SCHEMA)
        if isinstance(schema, int) and schema > FOLDER_SCHEMA:
            text = translate(
                "folder_state",
                "The history of {computer} was written by a newer LBH Desktop and is not shown. "
                "Install the newer version here too to see it.",
            )
            self._problem(text.format(computer=self.names[files.device_id]))
            return False
        return True

    def _signature(self) -> Signature:
        """Size and change time of every file, to notice another computer's writes."""
        found: Signature = {}
        for root, _, names in os.walk(devices_root(self.folder)):
            for name in names:
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                try:
                    stat = os.stat(path)
                except OSError:
                    continue
                found[path] = (stat.st_size, stat.st_mtime_ns)
        own_prefix = str(self.own.folder) + os.sep
        return {
            path: value
            for path, value in found.items()
            if not path.startswith(own_prefix)
            or ".sync-conflict-" in path
            or "conflicted copy" in path
        }


def open_folder(
    data_dir: Path, folder: Path, builtins: Sequence[Routine], now: datetime
) -> FolderState:
    ensure_private_dir(data_dir)
    ensure_private_dir(folder)
    device = this_device(data_dir)
    own_folder = devices_root(folder) / device.device_id
    ensure_private_dir(devices_root(folder))
    ensure_private_dir(own_folder)
    _check_own_schema(own_folder)
    migrate_single_file(data_dir, own_folder, device.device_id, builtins, now)
    _write_device_info(own_folder, device)
    state = FolderState(data_dir, folder, device, builtins)
    state.names[device.device_id] = device.name
    state.load(at_start=True)
    return state


def _device_info(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / DEVICE_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _check_own_schema(folder: Path) -> None:
    schema = _device_info(folder).get("schema_version", FOLDER_SCHEMA)
    if isinstance(schema, int) and schema > FOLDER_SCHEMA:
        raise SchemaTooNewError(schema, FOLDER_SCHEMA, folder / DEVICE_FILE)


def _write_device_info(folder: Path, device: Device) -> None:
    info = {"device_id": device.device_id, "name": device.name, "schema_version": FOLDER_SCHEMA}
    if _device_info(folder) == info:
        return
    path = folder / DEVICE_FILE
    replace_file_atomically(path, json.dumps(info).encode(), temp_prefix=f".{DEVICE_FILE}.")


def _last_write(folder: Path) -> datetime | None:
    newest = 0.0
    try:
        for entry in folder.iterdir():
            if entry.name != DEVICE_FILE and entry.is_file():
                newest = max(newest, entry.stat().st_mtime)
    except OSError:
        return None
    return datetime.fromtimestamp(newest, UTC) if newest else None

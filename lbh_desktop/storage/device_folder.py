"""Where each computer's files sit in a data folder, conflict copies included."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lbh_desktop.storage.conflict_copies import original_name

DEVICES_FOLDER = "devices"
DEVICE_FILE = "device.json"
LIBRARY_FILE = "library.json"
SKIP_DAYS_FILE = "skip-days.json"
PROGRESSION_FILE = "progression.json"
HISTORY_INDEX_FILE = "history-index.json"
_MONTH_FILE = re.compile(r"^sessions-(\d{4}-\d{2})\.json$")


def month_file_name(month: str) -> str:
    """The session file of a "YYYY-MM" month."""
    return f"sessions-{month}.json"


def month_of_file(name: str) -> str | None:
    match = _MONTH_FILE.match(name)
    return match.group(1) if match else None


@dataclass
class DeviceFiles:
    """One device's folder: its files by name, each with the conflict copies sync tools made."""

    device_id: str
    folder: Path
    copies: dict[str, list[Path]] = field(default_factory=dict)
    """file name -> conflict copies of it, oldest name first."""
    names: set[str] = field(default_factory=set)
    """Files present under their own name."""

    def path(self, name: str) -> Path:
        return self.folder / name

    def months(self) -> list[str]:
        """Months with a session file or a conflict copy of one, oldest first."""
        names = self.names | set(self.copies)
        return sorted(month for name in names if (month := month_of_file(name)) is not None)


def devices_root(history_folder: Path) -> Path:
    return history_folder / DEVICES_FOLDER


def scan_devices(history_folder: Path) -> list[DeviceFiles]:
    """Every device folder under `history_folder`/devices, by id; an unreadable one is skipped
    (its files simply are not there yet for this computer)."""
    root = devices_root(history_folder)
    try:
        folders = sorted(entry for entry in root.iterdir() if entry.is_dir())
    except OSError:
        return []
    found = []
    for folder in folders:
        if folder.name.startswith("."):
            continue  # sync tools keep their own state in hidden folders
        files = scan_device(folder)
        if files is not None:
            found.append(files)
    return found


def scan_device(folder: Path) -> DeviceFiles | None:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return None
    files = DeviceFiles(folder.name, folder)
    for entry in sorted(entries):
        name = entry.name
        if name.startswith(".") or not entry.is_file():
            continue  # temp files of ours and of sync tools
        original = original_name(name)
        if original is None:
            files.names.add(name)
        else:
            files.copies.setdefault(original, []).append(entry)
    return files

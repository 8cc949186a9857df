"""Bringing this computer's files into another data folder, merging with what is there."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from lbh_desktop.core.custom_exercise import PICTURES_FOLDER
from lbh_desktop.core.i18n import translate
from lbh_desktop.storage.atomic_storage import ensure_private_dir, replace_file_atomically
from lbh_desktop.storage.device_folder import DEVICE_FILE, HISTORY_INDEX_FILE, devices_root

MOVE_TAG = "LBHMOVE"
"""The device part of a conflict-copy name for files merged in by a move (seven capitals,
as Syncthing's): the next start merges them into the files there, then removes them."""


class FolderMoveError(Exception):
    """The folder can't take the data; the message is for the user."""


def copy_device_files(source: Path, device_id: str, target: Path, now: datetime) -> None:
    """Copy this computer's files from data folder `source` into data folder `target`. A file
    that is there already (this computer used that folder before) is not replaced: ours goes
    beside it as a conflict copy, which the next start merges. Custom exercise pictures come
    too. Raises FolderMoveError naming what is wrong; then nothing was copied."""
    problem = _unusable(target)
    if problem is not None:
        text = translate("folder_move", "{folder} can't be used as the data folder: {problem}.")
        raise FolderMoveError(text.format(folder=target, problem=problem))
    own = devices_root(source) / device_id
    into = devices_root(target) / device_id
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    try:
        ensure_private_dir(into)
        for path in _files(own):
            if path.name in (DEVICE_FILE, HISTORY_INDEX_FILE):
                continue  # written afresh at the next start
            payload = path.read_bytes()
            destination = into / path.name
            if destination.exists():
                if destination.read_bytes() == payload:
                    continue
                destination = into / f"{path.stem}.sync-conflict-{stamp}-{MOVE_TAG}{path.suffix}"
            replace_file_atomically(destination, payload, temp_prefix=f".{path.name}.")
        pictures = target / PICTURES_FOLDER
        for path in _files(source / PICTURES_FOLDER):
            if not (pictures / path.name).exists():
                ensure_private_dir(pictures)
                shutil.copyfile(path, pictures / path.name)
    except OSError as error:
        text = translate("folder_move", "Your data could not be copied to {folder}: {error}.")
        raise FolderMoveError(text.format(folder=target, error=error.strerror or error)) from error


def _unusable(folder: Path) -> str | None:
    if not folder.exists():
        return translate("folder_move", "it does not exist")
    if not folder.is_dir():
        return translate("folder_move", "it is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("folder_move", "LBH Desktop is not allowed to write there")
    return None


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))

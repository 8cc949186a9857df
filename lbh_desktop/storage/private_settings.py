"""QSettings whose INI file and folder are readable by the user only (0600 / 0700 on POSIX)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from lbh_desktop.storage.atomic_storage import PRIVATE_FILE_MODE, ensure_private_dir


class PrivateSettings(QSettings):
    """An INI QSettings: sync() makes the folder private first and the file private after
    (QSettings writes a fresh file with the umask's mode). Reading writes nothing."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)
        self._path = path

    def sync(self) -> None:
        with contextlib.suppress(OSError):  # QSettings reports a folder it can't write itself
            ensure_private_dir(self._path.parent)
        super().sync()
        if os.name == "posix":
            with contextlib.suppress(OSError):
                self._path.chmod(PRIVATE_FILE_MODE)

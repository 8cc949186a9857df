"""Moving a file that can't be used out of the way under a new name, byte for byte."""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from lbh_desktop.storage.atomic_storage import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE

log = logging.getLogger(__name__)


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged file (or a folder in its place) to a name no other file has, so no
    earlier copy is replaced, and make it readable only by the user."""
    stem = f"{path.name}.corrupt-{now:%Y%m%d-%H%M%S}"
    target = path.with_name(stem)
    number = 1
    while target.exists() or target.is_symlink():
        number += 1
        target = path.with_name(f"{stem}-{number}")
    path.rename(target)
    if os.name == "posix" and not target.is_symlink():
        try:
            target.chmod(PRIVATE_DIR_MODE if target.is_dir() else PRIVATE_FILE_MODE)
        except OSError as error:  # it is moved and kept; the mode is a nicety
            log.warning("could not make %s private: %s", target, error)
    return target

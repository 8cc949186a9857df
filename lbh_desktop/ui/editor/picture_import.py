"""Checking a picture chosen from disk and copying it into the data folder's pictures folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageReader

from lbh_desktop.core.custom_exercise import MAX_PICTURE_BYTES
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.storage.atomic_storage import replace_file_atomically


class PictureError(ValueError):
    """The chosen file can't be used as a picture; the message says why, in plain words."""


def check_picture(path: Path) -> str:
    """The image format ("png", "jpeg", …) of a usable picture; raises PictureError otherwise."""
    try:
        size = path.stat().st_size
    except OSError as error:
        reason = translate("picture_import", "“{name}” can't be opened ({reason}).")
        raise PictureError(reason.format(name=path.name, reason=error.strerror or error)) from error
    if not path.is_file():
        raise PictureError(
            translate("picture_import", "“{name}” is not a file.").format(name=path.name)
        )
    if size > MAX_PICTURE_BYTES:
        limit = MAX_PICTURE_BYTES // (1024 * 1024)
        raise PictureError(
            translate(
                "picture_import", "“{name}” is {size} MB; pictures can be at most {limit} MB."
            ).format(name=path.name, size=formats().number(size / (1024 * 1024), 1), limit=limit)
        )
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    image_format = bytes(reader.format().data()).decode() if reader.canRead() else ""
    if not image_format or reader.read().isNull():
        raise PictureError(
            translate(
                "picture_import",
                "“{name}” is not a picture this app can show (use PNG, JPEG, SVG or GIF).",
            ).format(name=path.name)
        )
    return image_format


def import_picture(source: Path, pictures_dir: Path, stem: str) -> str:
    """Copy a checked picture to `pictures_dir`/`stem`.<format>; returns the new file name."""
    image_format = check_picture(source)
    suffix = {"jpeg": "jpg", "svg": "svg"}.get(image_format, image_format)
    name = f"{stem}.{suffix}"
    try:
        payload = source.read_bytes()  # checked above: at most MAX_PICTURE_BYTES
    except OSError as error:
        reason = translate("picture_import", "“{name}” can't be read ({reason}).")
        raise PictureError(
            reason.format(name=source.name, reason=error.strerror or error)
        ) from error
    # Private like the rest of the data folder (0600 in a 0700 folder), and never half-written.
    replace_file_atomically(pictures_dir / name, payload, temp_prefix=f".{name}.")
    return name

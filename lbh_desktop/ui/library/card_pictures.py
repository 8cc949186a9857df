"""The library cards' pictures: one SVG renderer (or image) per file, and pixmaps per size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

TILE_INSET = 0.05
"""Room left around the picture inside its tile, as a share of the tile's size."""
PIXMAPS_KEPT = 200


class CardPictures:
    """Pictures read once per path; a file that cannot be read is remembered as missing.

    None are drawn until `ready` is set: start-up paints the window first, then the pictures
    (reading SVG loads QtSvg and parses files, which the first frame can do without)."""

    def __init__(self, ready: bool = False) -> None:
        self.ready = ready
        self._sources: dict[Path, QSvgRenderer | QImage | None] = {}
        self._pixmaps: dict[tuple[Path, int, int, float], QPixmap | None] = {}

    def source(self, path: Path) -> QSvgRenderer | QImage | None:
        if path not in self._sources:
            picture: QSvgRenderer | QImage | None
            if not path.is_file():  # not drawn yet, or a custom picture gone
                picture = None
            elif path.suffix.lower() == ".svg":
                from PySide6.QtSvg import QSvgRenderer

                picture = QSvgRenderer(str(path))
                picture.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                if not picture.isValid():
                    picture = None
            else:
                picture = QImage(str(path))
                if picture.isNull():
                    picture = None
            self._sources[path] = picture
        return self._sources[path]

    def pixmap(self, path: Path, size: QSize, ratio: float = 1.0) -> QPixmap | None:
        """The picture drawn to fit `size` (keeping its shape, centred), on a transparent
        ground; None when the file is missing or unreadable."""
        if not self.ready:
            return None
        key = (path, size.width(), size.height(), ratio)
        if key not in self._pixmaps:
            if len(self._pixmaps) >= PIXMAPS_KEPT:  # sizes left behind by resizing
                self._pixmaps.clear()
            self._pixmaps[key] = self._draw(path, size, ratio)
        return self._pixmaps[key]

    def _draw(self, path: Path, size: QSize, ratio: float) -> QPixmap | None:
        picture = self.source(path)
        if picture is None or size.isEmpty():
            return None
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        inset_x, inset_y = size.width() * TILE_INSET, size.height() * TILE_INSET
        room = QRectF(inset_x, inset_y, size.width() - 2 * inset_x, size.height() - 2 * inset_y)
        view = picture.rect().toRectF() if isinstance(picture, QImage) else picture.viewBoxF()
        if view.isEmpty():
            return None
        scale = min(room.width() / view.width(), room.height() / view.height())
        width, height = view.width() * scale, view.height() * scale
        target = QRectF(
            room.left() + (room.width() - width) / 2,
            room.top() + (room.height() - height) / 2,
            width,
            height,
        )
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if isinstance(picture, QImage):
            painter.drawImage(target, picture)
        else:
            picture.render(painter, target)
        painter.end()
        return QPixmap.fromImage(image)

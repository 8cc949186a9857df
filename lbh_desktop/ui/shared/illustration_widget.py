"""Draws an exercise's SVG illustration or custom picture, scaled to fit, mirrored for side two."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class IllustrationWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderers: dict[Path, QSvgRenderer] = {}
        self._pictures: dict[Path, QImage] = {}
        """Pictures of custom exercises (PNG, JPEG…), drawn like the SVGs."""
        self._renderer: QSvgRenderer | QImage | None = None
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def show_illustration(self, path: Path | None, mirrored: bool = False) -> None:
        renderer: QSvgRenderer | QImage | None = None
        if path is not None and path.suffix.lower() != ".svg":
            renderer = self._pictures.get(path)
            if renderer is None:
                renderer = self._pictures[path] = QImage(str(path))
            if renderer.isNull():
                renderer = None
        elif path is not None:
            renderer = self._renderers.get(path)
            if renderer is None:
                renderer = QSvgRenderer(str(path), self)
                self._renderers[path] = renderer
            if not renderer.isValid():
                renderer = None
        if renderer is self._renderer and mirrored == self._mirrored:
            return
        self._renderer = renderer
        self._mirrored = mirrored
        self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture = self._renderer
        view = picture.rect().toRectF() if isinstance(picture, QImage) else picture.viewBoxF()
        scale = min(self.width() / view.width(), self.height() / view.height())
        width, height = view.width() * scale, view.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        if isinstance(picture, QImage):
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, picture)
        else:
            picture.render(painter, target)
        painter.end()

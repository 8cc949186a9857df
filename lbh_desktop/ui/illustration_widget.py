"""Draws an exercise's SVG illustration, scaled to fit and mirrored for the second side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class IllustrationWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderers: dict[Path, QSvgRenderer] = {}
        self._renderer: QSvgRenderer | None = None
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def show_illustration(self, path: Path | None, mirrored: bool = False) -> None:
        renderer = None
        if path is not None:
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
        view = self._renderer.viewBoxF()
        scale = min(self.width() / view.width(), self.height() / view.height())
        width, height = view.width() * scale, view.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        self._renderer.render(painter, target)
        painter.end()

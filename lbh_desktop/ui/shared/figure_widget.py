"""The move's figure in the theme's colours, moving in time with reps or breathing on holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.figure_drawing import (
    Box,
    Disc,
    Frame,
    Shape,
    figure_bounds,
    figure_shapes,
    fit_frame,
)
from lbh_desktop.core.figure_motion import MoveFigure
from lbh_desktop.core.figure_timing import STILL, FigureMotion, figure_skeleton
from lbh_desktop.ui.shared.illustration_widget import IllustrationWidget
from lbh_desktop.ui.shared.theme import mixed

FRAME_MS = 33
"""About 30 frames a second while a move plays; the timer stops whenever nothing moves."""


def role_colours(palette: QPalette) -> dict[str, QColor]:
    """Each shape role's colour in this palette: the body in the accent, props in greys."""
    role = QPalette.ColorRole
    accent, text = palette.color(role.Accent), palette.color(role.WindowText)
    window = palette.color(role.Window)
    return {
        "floor": mixed(window, text, 0.28),
        "mat": mixed(mixed(window, accent, 0.35), window, 0.2),
        "prop": mixed(window, text, 0.16),
        "prop_edge": mixed(window, text, 0.42),
        "far": mixed(accent, text, 0.38),
        "body": accent,
        "near": mixed(accent, window, 0.22),
        "halo": window,
        "ghost": mixed(window, text, 0.12),
        "weight": mixed(text, window, 0.2),
        "strap": QColor("#e07a3f"),
    }


def paint_shapes(
    painter: QPainter, shapes: list[Shape], frame: Frame, colours: dict[str, QColor]
) -> None:
    for shape in shapes:
        colour = colours[shape.role]
        if isinstance(shape, Disc):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            x, y = frame.point(shape.centre)
            r = shape.radius * frame.scale
            painter.drawEllipse(QPointF(x, y), r, r)
        elif isinstance(shape, Box):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            x, y = frame.point((shape.x, shape.y + shape.height))
            rect = QRectF(x, y, shape.width * frame.scale, shape.height * frame.scale)
            corner = shape.corner * frame.scale
            painter.drawRoundedRect(rect, corner, corner)
        else:
            pen = QPen(colour, shape.width * frame.scale)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(*frame.point(shape.points[0])))
            for point in shape.points[1:]:
                path.lineTo(QPointF(*frame.point(point)))
            painter.drawPath(path)


class FigureWidget(IllustrationWidget):
    """A built-in move's animated figure; other moves (custom pictures) draw as before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: MoveFigure | None = None
        self._bounds: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
        self._motion = STILL
        self._motion_since = 0.0
        self._now: Callable[[], float] = lambda: 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)

    @property
    def figure(self) -> MoveFigure | None:
        return self._figure

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def show_move(
        self, figure: MoveFigure | None, picture: Path | None, mirrored: bool = False
    ) -> None:
        """The move's figure when it has one, else its picture (a custom move's own)."""
        shown = (self._figure, self._mirrored)
        if figure is not self._figure:
            self._figure = figure
            if figure is not None:
                self._bounds = figure_bounds(figure)
        super().show_illustration(None if figure is not None else picture, mirrored)
        self._mirrored = mirrored
        self._follow_motion()
        if (figure, mirrored) != shown and not self.animating:
            self.update()

    def show_illustration(self, path: Path | None, mirrored: bool = False) -> None:
        """A picture, unless a figure is shown (the page asks every second)."""
        super().show_illustration(None if self._figure is not None else path, mirrored)

    def set_motion(self, motion: FigureMotion, now: Callable[[], float]) -> None:
        """Where the move is; `now` is the monotonic clock the motion's seconds count on."""
        changed = motion != self._motion
        self._motion, self._now = motion, now
        self._motion_since = now()
        self._follow_motion()
        if changed and not self.animating:  # while it plays, its own timer repaints
            self.update()

    def motion_seconds(self) -> float:
        if not self._motion.moving:
            return self._motion.seconds
        return self._motion.seconds + max(0.0, self._now() - self._motion_since)

    def _follow_motion(self) -> None:
        moving = self._figure is not None and self._motion.moving and self.isVisible()
        if moving and not self._timer.isActive():
            self._timer.start()
        elif not moving:
            self._timer.stop()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._follow_motion()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self._timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        figure = self._figure
        if figure is None:
            super().paintEvent(event)
            return
        skeleton = figure_skeleton(figure, self._motion, self.motion_seconds())
        shapes = figure_shapes(figure, skeleton)
        paint_figure(self, self.palette(), self._bounds, shapes, self._mirrored)


def paint_figure(
    device: QPaintDevice,
    palette: QPalette,
    bounds: tuple[float, float, float, float],
    shapes: list[Shape],
    mirrored: bool = False,
) -> None:
    """The floor, props and body on `device`, fitted to its size."""
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = device.width(), device.height()
    if mirrored:
        painter.translate(width, 0)
        painter.scale(-1, 1)
    frame = fit_frame(bounds, width, height)
    colours = role_colours(palette)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours["floor"])
    floor_height = max(3.0, 0.012 * height)
    painter.drawRoundedRect(
        QRectF(0.04 * width, frame.floor, 0.92 * width, floor_height),
        floor_height / 2,
        floor_height / 2,
    )
    paint_shapes(painter, shapes, frame, colours)
    painter.end()

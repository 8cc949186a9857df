"""The ring round the player's countdown: how far the hold, rest or get-ready has run."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.shared.theme import colors_of

RING_MIN_SIZE = QSize(180, 118)
"""The least room for a ring that still holds a 48 px countdown ("6:00") inside it."""
STADIUM_MIN_WIDTH = 180
"""Where the room is lower than this, the ring stretches sideways into a stadium (a pill), so
the countdown still fits in it on a small screen."""
INNER_HALF_WIDTH = 0.8
INNER_HALF_HEIGHT = 0.6
"""The countdown's box inside the ring, in shares of its inner radius: its corners touch the
circle (0.8² + 0.6² = 1), which digits never reach."""
PROGRESS_POINTS = 240
"""Points along the track for a full ring."""


class ProgressRing(QProgressBar):
    """A progress bar (0–1000, so a screen reader hears its name and value) drawn as a ring in
    the theme's accent on its track colour, with a widget such as the countdown in its middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 1000)
        self.setTextVisible(False)
        self._samples: tuple[QRectF, list[QPointF]] | None = None
        self.setAccessibleName(translate("progress_ring", "Move progress"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._center: QWidget | None = None
        self._ring_shown = True
        self.setMinimumSize(RING_MIN_SIZE)

    def set_center(self, widget: QWidget) -> None:
        """`widget` sits inside the ring, in the room its text has (inner_rect)."""
        self._center = widget
        widget.setParent(self)
        widget.setGeometry(self.inner_rect())

    def set_ring_shown(self, shown: bool) -> None:
        """Without a countdown (the Stopped screen) the ring is not drawn and asks for no room."""
        if shown == self._ring_shown:
            return
        self._ring_shown = shown
        self.setMinimumSize(RING_MIN_SIZE if shown else QSize(0, 0))
        self.update()

    @property
    def ring_shown(self) -> bool:
        return self._ring_shown

    def sizeHint(self) -> QSize:
        # No more than its minimum, like the clock's: the page lays out by height for width,
        # where a taller wish would make it scroll; Expanding, it takes the room there is.
        return self.minimumSize()

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    def stroke_width(self) -> float:
        return min(16.0, max(6.0, min(self.width(), self.height()) * 0.055))

    def track_rect(self) -> QRectF:
        """The line the stroke follows: a circle, or a stadium where the room is low."""
        height = self.height()
        width = min(self.width(), max(height, STADIUM_MIN_WIDTH))
        stroke = self.stroke_width()
        rect = QRectF(0, 0, width - stroke, height - stroke)
        rect.moveCenter(QRectF(self.rect()).center())
        return rect

    def inner_rect(self) -> QRect:
        """The room inside the ring for its centre widget."""
        track = self.track_rect()
        radius = track.height() / 2 - self.stroke_width() / 2 - 2
        straight = track.width() - track.height()
        rect = QRectF(
            0, 0, straight + 2 * INNER_HALF_WIDTH * radius, 2 * INNER_HALF_HEIGHT * radius
        )
        rect.moveCenter(QRectF(self.rect()).center())
        return rect.toAlignedRect()

    def track_path(self) -> QPainterPath:
        """The track, clockwise from twelve o'clock."""
        rect = self.track_rect()
        diameter = rect.height()
        left_arc = QRectF(rect.left(), rect.top(), diameter, diameter)
        right_arc = QRectF(rect.right() - diameter, rect.top(), diameter, diameter)
        path = QPainterPath(QPointF(rect.center().x(), rect.top()))
        path.lineTo(right_arc.center().x(), rect.top())
        path.arcTo(right_arc, 90, -180)
        path.lineTo(left_arc.center().x(), rect.bottom())
        path.arcTo(left_arc, 270, -180)
        path.closeSubpath()
        return path

    def _track_samples(self, track: QPainterPath) -> list[QPointF]:
        """PROGRESS_POINTS + 1 points evenly along the track, found once per size (each
        pointAtPercent walks the path: a ring drawn every second should not)."""
        rect = self.track_rect()
        if self._samples is None or self._samples[0] != rect:
            points = [track.pointAtPercent(i / PROGRESS_POINTS) for i in range(PROGRESS_POINTS + 1)]
            self._samples = (rect, points)
        return self._samples[1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._center is not None:
            self._center.setGeometry(self.inner_rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._ring_shown:
            return
        colors = colors_of(self)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.track_path()
        pen = QPen(QColor(colors.ring_track), self.stroke_width())
        painter.setPen(pen)
        painter.drawPath(track)
        done = (self.value() - self.minimum()) / max(1, self.maximum() - self.minimum())
        if done > 0:
            pen.setColor(QColor(colors.accent))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            if done >= 1:
                painter.drawPath(track)
            else:
                samples = self._track_samples(track)
                shown = samples[: max(2, round(PROGRESS_POINTS * done) + 1)]
                painter.drawPolyline([*shown, track.pointAtPercent(done)])
        painter.end()

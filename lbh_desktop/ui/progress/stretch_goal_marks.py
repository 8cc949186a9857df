"""Stretching-goal marks above the week bars: a dot per week, filled when the goal was met."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.ui.progress.chart_theme import pen

MARK_GAP = 3.0
"""Pixels between the top of a bar and its mark."""
TEXT_GAP = 1.0
"""Pixels between a mark and the text above it."""
TEXT_MARGIN = 4.0
"""Pixels kept free between the texts of neighbouring weeks."""


@dataclass(frozen=True)
class StretchWeek:
    """What the mark of one week shows: stretching days against that week's target."""

    top: float
    """Height of the week's bar (sessions): the mark sits just above it."""
    days: int
    target: int
    """The goal less the week's skip days."""
    met: bool


def mark_size(px_per_week: float) -> float:
    """Diameter of a mark in pixels: half a week slot, but 5 to 10 pixels."""
    return min(10.0, max(5.0, px_per_week * 0.5))


def mark_texts(
    weeks: Sequence[StretchWeek], px_per_week: float, width_of: Callable[[str], float]
) -> list[str]:
    """ "6/7 days" over every mark when all fit in a week slot, else "6/7", else none (the
    marks stay; the bar tooltip gives the days)."""
    number = formats().number
    long = [
        translate("stretch_goal_marks", "{days}/%n day(s)", None, week.target).format(
            days=number(week.days)
        )
        for week in weeks
    ]
    short = [f"{number(week.days)}/{number(week.target)}" for week in weeks]
    for texts in (long, short):
        if all(width_of(text) + TEXT_MARGIN <= px_per_week for text in texts):
            return texts
    return [""] * len(weeks)


class StretchGoalMarks(pg.GraphicsObject):  # type: ignore[misc]
    """The stretching marks of weeks 0…n-1, drawn in pixels above the bars (so they keep
    their size at any scale), in the stretch colour: filled when the goal was met, hollow
    when not, with the days as text when the bars are wide enough."""

    def __init__(self) -> None:
        super().__init__()
        self._weeks: list[StretchWeek] = []
        self._color = QColor("green")
        self._background = QColor("white")
        self._font = QFont()
        self.painted_texts: list[str] = []
        """The texts of the last painting, "" where none was drawn."""

    def set_weeks(
        self, weeks: Sequence[StretchWeek], color: QColor, background: QColor, font: QFont
    ) -> None:
        self.prepareGeometryChange()
        self._weeks = list(weeks)
        self._color = QColor(color)
        self._background = QColor(background)
        self._font = QFont(font)
        self.update()

    def weeks(self) -> list[StretchWeek]:
        return list(self._weeks)

    def px_per_week(self) -> float:
        """The width of a week slot on screen now (0 before the plot is laid out)."""
        box = self.getViewBox()
        if box is None:
            return 0.0
        (low, high), _ = box.viewRange()
        return float(box.width() / (high - low)) if high > low else 0.0

    def texts(self, px_per_week: float | None = None) -> list[str]:
        """The texts drawn over the marks at `px_per_week` (now, by default)."""
        px = self.px_per_week() if px_per_week is None else px_per_week
        metrics = QFontMetricsF(self._font)
        return mark_texts(self._weeks, px, metrics.horizontalAdvance)

    def headroom(self, px_per_week: float) -> float:
        """Pixels the marks (and their texts) need above the tallest bar."""
        room = MARK_GAP + mark_size(px_per_week) + 2.0
        if any(self.texts(px_per_week)):
            room += TEXT_GAP + QFontMetricsF(self._font).height()
        return room

    def text_rects(self) -> list[QRectF]:
        """Where the texts over the marks are drawn now, in the view's pixels (as painted)."""
        px_per_week = self.px_per_week()
        size = mark_size(px_per_week)
        metrics = QFontMetricsF(self._font)
        rects = []
        for index, (week, text) in enumerate(zip(self._weeks, self.texts(), strict=True)):
            if not text:
                continue
            base = self.mapToDevice(QPointF(index, week.top))
            if base is None:
                continue
            width = metrics.horizontalAdvance(text)
            bottom = base.y() - MARK_GAP - size - TEXT_GAP
            rects.append(
                QRectF(base.x() - width / 2, bottom - metrics.height(), width, metrics.height())
            )
        return rects

    def boundingRect(self) -> QRectF:
        box = self.getViewBox()
        if box is not None:  # drawn in pixels: anywhere in the view
            return QRectF(box.viewRect())
        return QRectF(-0.5, 0.0, max(1, len(self._weeks)), 1.0)

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._weeks:
            self.painted_texts = []
            return
        transform = p.transform()  # data to device: the marks are drawn in device pixels
        px_per_week = abs(transform.m11())
        size = mark_size(px_per_week)
        texts = self.texts(px_per_week)
        metrics = QFontMetricsF(self._font)
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self._font)
        for index, (week, text) in enumerate(zip(self._weeks, texts, strict=True)):
            base = transform.map(QPointF(index, week.top))
            mark = QRectF(base.x() - size / 2, base.y() - MARK_GAP - size, size, size)
            p.setPen(pen(self._color, 1.5))
            p.setBrush(QBrush(self._color if week.met else self._background))
            p.drawEllipse(mark.adjusted(0.75, 0.75, -0.75, -0.75))
            if text:
                p.setPen(self._color)
                left = base.x() - metrics.horizontalAdvance(text) / 2
                # On the background colour: a milestone line behind stays out of the text.
                bottom = mark.top() - TEXT_GAP
                p.fillRect(
                    QRectF(
                        left - 1,
                        bottom - metrics.height(),
                        metrics.horizontalAdvance(text) + 2,
                        metrics.height(),
                    ),
                    self._background,
                )
                p.drawText(QPointF(left, mark.top() - TEXT_GAP - metrics.descent()), text)
        p.restore()
        self.painted_texts = texts

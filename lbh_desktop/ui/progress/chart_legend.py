"""A legend of colour swatches and labels drawn in the plot scene, on more lines if narrow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from lbh_desktop.ui.progress.chart_theme import pen


@dataclass(frozen=True)
class LegendEntry:
    text: str
    color: QColor | None = None
    style: str = "box"
    """box, line, dashed, tick (a short thick bar, as the strength-goal tick on each bar),
    hatch, outline (an empty box), or dots (a filled and a hollow dot: a goal met and not
    met)."""
    space_after: float = 18.0


class LegendRow(pg.GraphicsWidget):  # type: ignore[misc]
    """Colour swatches and labels, drawn in the plot scene (so exported): on one line, or
    on as many as the width needs (a longer language at 800 px) rather than cut off."""

    SWATCH = 12.0
    GAP = 6.0

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[LegendEntry] = []
        self._font = QFont()
        self._color = QColor("black")
        self._edge = QColor("gray")
        self.indent: float | None = None
        """Left margin of the entries in pixels; None centres them."""
        self._line_count = 1
        self.setFlag(self.GraphicsItemFlag.ItemHasNoContents, False)

    def set_entries(
        self, entries: Sequence[LegendEntry], font: QFont, color: QColor, edge: QColor
    ) -> None:
        self._entries = list(entries)
        self._font = QFont(font)
        self._color = color
        self._edge = edge
        self._fit_height(self.boundingRect().width())
        self.update()

    def _line_height(self) -> float:
        return QFontMetricsF(self._font).height() + 4

    def _fit_height(self, width: float) -> None:
        count = max(1, len(self.lines(width))) if width > 0 else 1
        self._line_count = count
        height = count * self._line_height() + 4
        if self.maximumHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._fit_height(self.boundingRect().width())

    def lines(self, width: float) -> list[list[tuple[LegendEntry, float, float]]]:
        """The entries as (entry, width, space after) on each line at `width`."""
        room = width - 2 * 6.0 - (self.indent or 0.0)
        found: list[list[tuple[LegendEntry, float, float]]] = [[]]
        used = 0.0
        for entry, entry_width in zip(self._entries, self._widths(), strict=True):
            line = found[-1]
            if line and used + entry_width > room:
                found.append([])
                line, used = found[-1], 0.0
            line.append((entry, entry_width, entry.space_after))
            used += entry_width + entry.space_after
        return [line for line in found if line]

    def texts(self) -> list[str]:
        return [entry.text for entry in self._entries if entry.text]

    def _swatch_width(self, entry: LegendEntry) -> float:
        if entry.color is None:
            return 0.0
        return 2 * self.SWATCH + 2 if entry.style == "dots" else self.SWATCH

    def _widths(self) -> list[float]:
        metrics = QFontMetricsF(self._font)
        widths = []
        for entry in self._entries:
            width = self._swatch_width(entry)
            if entry.text:
                width += (self.GAP if entry.color is not None else 0.0) + metrics.horizontalAdvance(
                    entry.text
                )
            widths.append(width)
        return widths

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        p.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        line_height = self._line_height()
        for number, line in enumerate(self.lines(rect.width())):
            total = sum(width for _e, width, _s in line) + sum(space for *_r, space in line[:-1])
            centred = (rect.width() - total) / 2
            x = rect.left() + max(6.0, centred if self.indent is None else self.indent)
            middle = rect.top() + 2 + line_height * (number + 0.5)
            for entry, width, space in line:
                left = x
                if entry.color is not None:
                    swatch_width = self._swatch_width(entry)
                    swatch = QRectF(left, middle - self.SWATCH / 2, swatch_width, self.SWATCH)
                    self._draw_swatch(p, entry, swatch)
                    left += swatch_width + self.GAP
                if entry.text:
                    p.setPen(self._color)
                    baseline = middle + (metrics.ascent() - metrics.descent()) / 2
                    p.drawText(QPointF(left, baseline), entry.text)
                x += width + space

    def _draw_swatch(self, p: QPainter, entry: LegendEntry, swatch: QRectF) -> None:
        assert entry.color is not None
        if entry.style in ("line", "dashed", "tick"):
            style = Qt.PenStyle.DashLine if entry.style == "dashed" else Qt.PenStyle.SolidLine
            p.setPen(pen(entry.color, 4.0 if entry.style == "tick" else 2.0, style))
            y = swatch.center().y()
            p.drawLine(QPointF(swatch.left() - 2, y), QPointF(swatch.right() + 2, y))
            return
        if entry.style == "dots":
            size = self.SWATCH - 2
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(pen(entry.color, 1.5))
            for n, brush in enumerate((QBrush(entry.color), QBrush(Qt.BrushStyle.NoBrush))):
                left = swatch.left() + 1 + n * (size + 4)
                p.setBrush(brush)
                p.drawEllipse(QRectF(left, swatch.top() + 1, size, size))
            return
        p.setPen(pen(self._edge, 1.0) if entry.style in ("hatch", "outline") else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(entry.color))
        p.drawRect(swatch)
        if entry.style == "hatch":
            p.setBrush(QBrush(self._edge, Qt.BrushStyle.BDiagPattern))
            p.drawRect(swatch)

"""LabelAxis, a pyqtgraph axis whose ticks come from a tick layout, and the week range."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from lbh_desktop.ui.progress.tick_layouts import (
    EDGE_SLACK,
    Span,
    TickLayout,
    fixed_ticks,
    text_width,
)


def set_week_range(plot: pg.PlotItem, count: int, slots: int) -> None:
    """X range for weeks 0…count-1 in at least `slots` week slots, the newest at the right."""
    width = max(count, slots, 1)
    plot.setXRange(count - width - 0.6, count - 0.4, padding=0)


class LabelAxis(pg.AxisItem):  # type: ignore[misc]
    """An axis whose ticks and labels come from a TickLayout, re-run at every size."""

    def __init__(self, orientation: str, lines: int = 1) -> None:
        super().__init__(orientation)
        self.setStyle(hideOverlappingLabels=int(EDGE_SLACK) + 2)
        self.lines = lines
        """Lines of text in the tallest label: a bottom axis is made this tall."""
        self._layout: TickLayout = fixed_ticks({})
        self._ticks: dict[float, str] = {}

    def boundingRect(self) -> QRectF:
        rect: QRectF = super().boundingRect()
        if self.orientation in ("left", "right"):  # room for the end labels, grid or not
            rect = rect.adjusted(0, -12, 0, 12)
        return rect

    def set_layout(self, layout: TickLayout) -> None:
        self._layout = layout
        self.picture = None
        self.update()

    def shown_ticks(self) -> dict[float, str]:
        """The ticks of the last drawing: {value: label}."""
        return dict(self._ticks)

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))  # an inverted view gives them the other way round
        px = size / (high - low) if high > low else 0.0
        font = self.style["tickFont"] or QFont()
        self._ticks = self._layout(Span(low, high, px, text_width(font)))
        return [(1.0, [value for value in self._ticks if low <= value <= high])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self._ticks.get(value, "") for value in values]

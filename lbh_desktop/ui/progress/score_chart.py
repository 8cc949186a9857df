"""Consistency tab: the daily habit-strength score (0–100 %) of strength and of stretching."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.chart_summaries import scores_summary
from lbh_desktop.ui.progress.plotting import Chart, LabelAxis, day_tick_layout, fixed_ticks, pen

EXPLANATION = (
    "Habit strength grows each day you meet your goal and fades slowly when you miss — "
    "like Loop Habit Tracker's score."
)
PERCENT_TICKS = {0.0: "0 %", 25.0: "25 %", 50.0: "50 %", 75.0: "75 %", 100.0: "100 %"}


def score_tooltip(name: str, day: date, score: float) -> str:
    """ "Strength on Mon 16 Mar 2026: 64 %"; `score` is 0..1."""
    return f"{name} on {day:%a} {day.day} {day:%b %Y}: {round(score * 100)} %"


class ScoreChart(Chart):
    TITLE = "Consistency chart"
    NAMES = ("Strength", "Stretching")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(EXPLANATION, parent)
        self.graphics.setToolTip("")
        self.setToolTip(EXPLANATION)
        self.axes = [LabelAxis("bottom"), LabelAxis("bottom")]
        self.percent_axes = [LabelAxis("left"), LabelAxis("left")]
        self.plots = [
            self.add_plot(row, bottom=self.axes[row], left=self.percent_axes[row]) for row in (0, 1)
        ]
        self.plots[1].setXLink(self.plots[0])
        self.curves: list[pg.PlotDataItem] = []
        self._scores: list[list[tuple[date, float]]] = [[], []]
        for row, plot in enumerate(self.plots):
            self.on_hover(plot, functools.partial(self._describe, row))

    def show_scores(
        self, strength: Sequence[tuple[date, float]], stretch: Sequence[tuple[date, float]]
    ) -> None:
        """Scores in 0..1 per day, oldest first, already cut to the range shown."""
        self._scores = [list(strength), list(stretch)]
        self.set_summary(scores_summary(strength, stretch))
        self.redraw()

    def redraw(self) -> None:
        self.apply_theme()
        theme = self.theme
        colors = [theme.strength, theme.stretch]
        days = [day for day, _ in self._scores[0] or self._scores[1]]
        first = days[0] if days else date.today()
        last = days[-1] if days else first
        self.curves = []
        for row, plot in enumerate(self.plots):
            plot.clear()
            self.style_plot(plot)
            scores = self._scores[row]
            latest = f" — {round(scores[-1][1] * 100)} % today" if scores else ""
            plot.setTitle(
                f"{self.NAMES[row]}{latest}", color=theme.foreground, size=f"{self._pt()}pt"
            )
            color = colors[row]
            fill = QColor(color)
            fill.setAlpha(50)
            curve = pg.PlotDataItem(
                [day.toordinal() for day, _ in scores],
                [score * 100 for _, score in scores],
                pen=pen(color, 2.0),
                fillLevel=0,
                fillBrush=fill,
                antialias=True,
            )
            plot.addItem(curve)
            self.curves.append(curve)
            plot.showGrid(x=False, y=True, alpha=0.25)
            plot.setYRange(-3, 104, padding=0)
            plot.setXRange(first.toordinal() - 0.5, last.toordinal() + 0.5, padding=0)
            self.axes[row].set_layout(day_tick_layout(first, last))
            self.percent_axes[row].set_layout(fixed_ticks(PERCENT_TICKS))

    def _pt(self) -> int:
        return max(9, self.font().pointSize())

    def _describe(self, row: int, x: float, y: float) -> str:
        scores = self._scores[row]
        if not scores:
            return ""
        index = round(x) - scores[0][0].toordinal()
        if 0 <= index < len(scores):
            day, score = scores[index]
            return score_tooltip(self.NAMES[row], day, score)
        return ""

"""Consistency tab: the daily habit-strength score (0–100 %) of strength and of stretching."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.chart_summaries import scores_summary
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.ui.progress.plotting import Chart, LabelAxis, day_tick_layout, fixed_ticks, pen

EXPLANATION = QT_TRANSLATE_NOOP(
    "score_chart",
    "Habit strength grows each day you meet your goal and fades slowly when you miss — "
    "like Loop Habit Tracker's score.",
)
"""Translate where shown: translate("score_chart", EXPLANATION)."""
PERCENT_TICKS = (0, 25, 50, 75, 100)
STRENGTH, STRETCHING = 0, 1
"""The rows of the chart."""


def score_tooltip(row: int, day: date, score: float) -> str:
    """ "Strength on Mon 16 Mar 2026: 64 %" (row 1: "Stretching on …"); `score` is 0..1."""
    if row == STRENGTH:
        text = translate("score_chart", "Strength on {date}: {percent} %")
    else:
        text = translate("score_chart", "Stretching on {date}: {percent} %")
    return text.format(date=formats().weekday_date(day), percent=round(score * 100))


def row_title(row: int, scores: Sequence[tuple[date, float]]) -> str:
    """ "Strength — 64 % today", or just "Strength" before any score."""
    if not scores:
        if row == STRENGTH:
            return translate("score_chart", "Strength")
        return translate("score_chart", "Stretching")
    if row == STRENGTH:
        text = translate("score_chart", "Strength — {percent} % today")
    else:
        text = translate("score_chart", "Stretching — {percent} % today")
    return text.format(percent=round(scores[-1][1] * 100))


class ScoreChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        explanation = translate("score_chart", EXPLANATION)
        super().__init__(explanation, parent)
        self.graphics.setToolTip("")
        self.setToolTip(explanation)
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

    def title(self) -> str:
        return translate("score_chart", "Consistency chart")

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
        first_weekday = formats().first_weekday()
        percent = translate("score_chart", "{percent} %")
        percent_ticks = {float(value): percent.format(percent=value) for value in PERCENT_TICKS}
        self.curves = []
        for row, plot in enumerate(self.plots):
            plot.clear()
            self.style_plot(plot)
            scores = self._scores[row]
            size = f"{self._pt()}pt"
            plot.setTitle(row_title(row, scores), color=theme.foreground, size=size)
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
            self.axes[row].set_layout(day_tick_layout(first, last, first_weekday))
            self.percent_axes[row].set_layout(fixed_ticks(percent_ticks))

    def _pt(self) -> int:
        return max(9, self.font().pointSize())

    def _describe(self, row: int, x: float, y: float) -> str:
        scores = self._scores[row]
        if not scores:
            return ""
        index = round(x) - scores[0][0].toordinal()
        if 0 <= index < len(scores):
            day, score = scores[index]
            return score_tooltip(row, day, score)
        return ""

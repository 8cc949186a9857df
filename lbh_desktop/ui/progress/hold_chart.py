"""Holds tab: best and average timed hold per week of an exercise, per side, and imbalance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from lbh_desktop.core.chart_summaries import holds_summary
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.progress import HoldTrend
from lbh_desktop.ui.progress.plotting import (
    Chart,
    LabelAxis,
    LegendEntry,
    count_tick_layout,
    pen,
    set_week_range,
    week_tick_layout,
)
from lbh_desktop.ui.shared.combo_fit import fit_popup_to_items
from lbh_desktop.ui.shared.plain_label import plain_label

TOOLTIP_ROWS = {
    "": QT_TRANSLATE_NOOP("hold_chart", "best {best} s, average {average} s"),
    "left": QT_TRANSLATE_NOOP("hold_chart", "left best {best} s, average {average} s"),
    "right": QT_TRANSLATE_NOOP("hold_chart", "right best {best} s, average {average} s"),
}
"""A week's holds on one side, in the tooltip."""
LEGEND_TEXT = {
    ("", "best"): QT_TRANSLATE_NOOP("hold_chart", "Best"),
    ("", "average"): QT_TRANSLATE_NOOP("hold_chart", "Average"),
    ("left", "best"): QT_TRANSLATE_NOOP("hold_chart", "Left best"),
    ("left", "average"): QT_TRANSLATE_NOOP("hold_chart", "Left average"),
    ("right", "best"): QT_TRANSLATE_NOOP("hold_chart", "Right best"),
    ("right", "average"): QT_TRANSLATE_NOOP("hold_chart", "Right average"),
}
"""(side, line) -> the legend entry of the line."""


def hold_tooltip(label: str, rows: Sequence[tuple[str, float, float]]) -> str:
    """ "W12: left best 32 s, average 28 s; right best 25 s, average 22 s"."""
    parts = [
        translate("hold_chart", TOOLTIP_ROWS.get(side, TOOLTIP_ROWS[""])).format(
            best=round(best), average=round(average)
        )
        for side, best, average in rows
    ]
    return translate("hold_chart", "{week}: {holds}").format(week=label, holds="; ".join(parts))


class HoldChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate(
                "hold_chart", "Your timed holds: the longest and the average hold each week."
            ),
            parent,
        )
        self.exercise_combo = QComboBox()
        self.exercise_combo.setAccessibleName(translate("hold_chart", "Exercise"))
        self.exercise_combo.setToolTip(translate("hold_chart", "The timed hold to chart"))
        fit_popup_to_items(self.exercise_combo)  # names come and go with the weeks shown
        label = QLabel(translate("hold_chart", "&Exercise:"))
        label.setBuddy(self.exercise_combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.exercise_combo)
        row.addStretch(1)
        self.body.insertLayout(0, row)
        self.imbalance_label = plain_label(wrap=True, object_name="message")
        self.imbalance_label.hide()
        self.body.addWidget(self.imbalance_label)
        self.legend = self.add_legend(0)
        self.axis = LabelAxis("bottom", lines=2)
        self.seconds_axis = LabelAxis("left")
        self.plot = self.add_plot(1, bottom=self.axis, left=self.seconds_axis)
        self.plot.setLabel("left", translate("hold_chart", "Seconds"))
        self.curves: list[pg.PlotDataItem] = []
        self._weeks: list[tuple[date, str]] = []
        self._trends: list[HoldTrend] = []
        self._names: Mapping[str, str] = {}
        self._slots = 0
        self.exercise_combo.currentIndexChanged.connect(lambda _: self.redraw())
        self.on_hover(self.plot, self._describe)

    def title(self) -> str:
        return translate("hold_chart", "Holds chart")

    def show_holds(
        self,
        weeks: Sequence[tuple[date, str]],
        trends: Sequence[HoldTrend],
        names: Mapping[str, str],
        slots: int = 0,
    ) -> None:
        """weeks: (week start, label) of the range shown; trends: every hold trend; the chart
        is at least `slots` weeks wide."""
        self._weeks = list(weeks)
        self._slots = slots
        self._trends = list(trends)
        self._names = names
        keep = self.exercise_combo.currentData()
        exercise_ids = sorted(
            {trend.exercise_id for trend in trends}, key=lambda e: names.get(e, e).casefold()
        )
        combo = self.exercise_combo
        combo.blockSignals(True)
        combo.clear()
        for exercise_id in exercise_ids:
            combo.addItem(names.get(exercise_id, exercise_id), exercise_id)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        combo.setEnabled(bool(exercise_ids))
        self.redraw()

    def selected_trends(self) -> list[HoldTrend]:
        exercise_id = self.exercise_combo.currentData()
        return [trend for trend in self._trends if trend.exercise_id == exercise_id]

    def redraw(self) -> None:
        self.apply_theme()
        theme = self.theme
        plot = self.plot
        plot.clear()
        self.style_plot(plot)
        trends = self.selected_trends()
        notes = [trend.imbalance for trend in trends if trend.imbalance]
        self.imbalance_label.setText("\n".join(dict.fromkeys(notes)))
        self.imbalance_label.setVisible(bool(notes))
        name, starts = self.exercise_combo.currentText(), [w for w, _ in self._weeks]
        self.set_summary(holds_summary(name, trends, starts) if trends else "")
        if not self._trends:
            self.show_message(
                translate(
                    "hold_chart",
                    "No timed holds yet. Planks and stretches you hold on a timer show up here.",
                )
            )
            return
        index = {start: n for n, (start, _) in enumerate(self._weeks)}
        shown = [
            (trend, [(index[w], best, avg) for w, best, avg in trend.weeks if w in index])
            for trend in trends
        ]
        if not any(points for _, points in shown):
            name = self.exercise_combo.currentText()
            self.show_message(
                translate(
                    "hold_chart", "No holds of {exercise} in these weeks. Try a longer range."
                ).format(exercise=name)
            )
            return
        self.show_message("")
        entries: list[LegendEntry] = []
        self.curves = []
        top = 0.0
        for trend, points in shown:
            color = theme.right_side if trend.side == "right" else theme.strength
            side = trend.side if trend.side in ("left", "right") else ""
            xs = [x for x, _, _ in points]
            best = [b for _, b, _ in points]
            average = [a for _, _, a in points]
            top = max([top, *best])
            for values, style, what in (
                (best, Qt.PenStyle.SolidLine, "best"),
                (average, Qt.PenStyle.DashLine, "average"),
            ):
                solid = style is Qt.PenStyle.SolidLine
                curve = pg.PlotDataItem(
                    xs,
                    values,
                    pen=pen(color, 2.0, style),
                    symbol="o",
                    symbolSize=7 if solid else 6,
                    symbolPen=pen(color, 1.5),
                    symbolBrush=color if solid else theme.background,
                    antialias=True,
                )
                plot.addItem(curve)
                self.curves.append(curve)
                text = translate("hold_chart", LEGEND_TEXT[side, what])
                entries.append(LegendEntry(text, color, "line" if solid else "dashed"))
        self.style_legend(self.legend, entries)
        y_max = max(10.0, top * 1.15)
        plot.setYRange(-0.03 * y_max, y_max, padding=0)
        set_week_range(plot, len(self._weeks), self._slots)
        plot.showGrid(x=False, y=True, alpha=0.2)
        self.axis.set_layout(
            week_tick_layout([w for w, _ in self._weeks], [label for _, label in self._weeks])
        )
        self.seconds_axis.set_layout(count_tick_layout(0, y_max))

    def _describe(self, x: float, y: float) -> str:
        week = round(x)
        if not 0 <= week < len(self._weeks):
            return ""
        start, label = self._weeks[week]
        rows = [
            (trend.side, best, average)
            for trend in self.selected_trends()
            for w, best, average in trend.weeks
            if w == start
        ]
        if not rows:
            return translate("hold_chart", "{week}: no holds").format(week=label)
        return hold_tooltip(label, rows)

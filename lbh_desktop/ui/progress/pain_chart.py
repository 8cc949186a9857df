"""Pain tab: the weekly average pain rating (0–10) above the number of sessions each week."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.chart_summaries import pain_summary
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.progress import WeekSummary
from lbh_desktop.ui.progress.plotting import (
    Chart,
    LabelAxis,
    count_tick_layout,
    fixed_ticks,
    pen,
    set_week_range,
    week_tick_layout,
)

CAPTION = QT_TRANSLATE_NOOP("pain_chart", "Is the work helping? Lower is better.")
PAIN_TICKS = range(0, 11, 2)


def total_sessions(week: WeekSummary) -> int:
    return sum(week.sessions.values())


def pain_tooltip(week: WeekSummary) -> str:
    """ "W12: average pain 3.5 of 10 · 7 sessions"."""
    sessions = translate("pain_chart", "%n session(s)", None, total_sessions(week))
    if week.average_pain is None:
        text = translate("pain_chart", "{week}: no pain rating · {sessions}")
    else:
        text = translate("pain_chart", "{week}: average pain {pain} of 10 · {sessions}")
    pain = formats().number(week.average_pain or 0.0, 1)
    return text.format(week=week.label, pain=pain, sessions=sessions)


class PainChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("pain_chart", CAPTION), parent)
        self.pain_axis = LabelAxis("bottom")
        self.sessions_axis = LabelAxis("bottom", lines=2)
        self.pain_values_axis = LabelAxis("left")
        self.count_axis = LabelAxis("left")
        self.pain_plot = self.add_plot(0, bottom=self.pain_axis, left=self.pain_values_axis)
        self.sessions_plot = self.add_plot(1, bottom=self.sessions_axis, left=self.count_axis)
        self.sessions_plot.setXLink(self.pain_plot)
        self.pain_axis.setStyle(showValues=False)  # the week labels go under the lower plot
        self.pain_plot.setLabel("left", translate("pain_chart", "Pain (0–10)"))
        self.sessions_plot.setLabel("left", translate("pain_chart", "Sessions"))
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.pain_curve: pg.PlotDataItem | None = None
        self.bars: pg.BarGraphItem | None = None
        self._weeks: list[WeekSummary] = []
        self._slots = 0
        for plot in (self.pain_plot, self.sessions_plot):
            self.on_hover(plot, self._describe)

    def title(self) -> str:
        return translate("pain_chart", "Pain chart")

    def show_weeks(self, weeks: Sequence[WeekSummary], slots: int = 0) -> None:
        """The chart is at least `slots` weeks wide."""
        self._weeks = list(weeks)
        self._slots = slots
        self.redraw()

    def redraw(self) -> None:
        self.apply_theme()
        theme = self.theme
        weeks = self._weeks
        rated = any(week.average_pain is not None for week in weeks)
        self.set_summary(pain_summary(weeks) if rated else "")  # else the message says it
        if not rated:
            self.show_message(
                translate(
                    "pain_chart",
                    "No pain ratings in these weeks. After a routine, rate how your back and "
                    "hips feel (0–10) and the weekly average shows here.",
                )
            )
            return
        self.show_message("")
        xs = list(range(len(weeks)))
        layout = week_tick_layout([w.week_start for w in weeks], [w.label for w in weeks])
        for plot in (self.pain_plot, self.sessions_plot):
            plot.clear()
            self.style_plot(plot)
            set_week_range(plot, len(weeks), self._slots)
            plot.showGrid(x=False, y=True, alpha=0.2)

        pains = [math.nan if w.average_pain is None else w.average_pain for w in weeks]
        self.pain_curve = pg.PlotDataItem(
            xs,
            pains,
            pen=pen(theme.pain, 2.0),
            connect="finite",
            symbol="o",
            symbolSize=7,
            symbolPen=pen(theme.pain, 1.0),
            symbolBrush=theme.pain,
            antialias=True,
        )
        self.pain_plot.addItem(self.pain_curve)
        self.pain_plot.setYRange(-0.3, 10.4, padding=0)
        ticks = {float(value): formats().number(value) for value in PAIN_TICKS}
        self.pain_values_axis.set_layout(fixed_ticks(ticks))
        self.pain_axis.set_layout(layout)

        counts = [float(total_sessions(w)) for w in weeks]
        self.bars = pg.BarGraphItem(x=xs, height=counts, width=0.72, brush=theme.muted, pen=None)
        self.sessions_plot.addItem(self.bars)
        top = max([*counts, 1.0]) * 1.15 + 0.3
        self.sessions_plot.setYRange(-0.03 * top, top, padding=0)
        self.count_axis.set_layout(count_tick_layout(0, top))
        self.sessions_axis.set_layout(layout)
        # Both left axes equally wide, so the two plots line up week for week.
        for axis in (self.pain_values_axis, self.count_axis):
            axis.setWidth(56)

    def _describe(self, x: float, y: float) -> str:
        index = round(x)
        if 0 <= index < len(self._weeks):
            return pain_tooltip(self._weeks[index])
        return ""

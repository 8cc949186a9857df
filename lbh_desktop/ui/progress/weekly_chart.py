"""Weeks tab: stacked bars of sessions per ISO week vs the strength goal, stretching-day marks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.progress import Category, WeekSummary
from lbh_desktop.ui.progress.plotting import (
    Chart,
    LabelAxis,
    LegendEntry,
    count_tick_layout,
    pen,
    set_week_range,
    week_tick_layout,
)
from lbh_desktop.ui.progress.stretch_goal_marks import StretchGoalMarks, StretchWeek

BAR_WIDTH = 0.72
MILESTONES_UP_TO_WEEKS = 52
"""Longer ranges leave the 4/8/12-week markers too close together to read."""
STACK = (Category.STRENGTH, Category.STRETCH, Category.DESK_BREAK)
LEGEND_TEXT = {
    Category.STRENGTH: "Strength",
    Category.STRETCH: "Stretch",
    Category.DESK_BREAK: "Desk breaks",
}


def day_span(week_start: date) -> str:
    """ "16–22 Mar", or "30 Mar–5 Apr" across months."""
    end = week_start + timedelta(days=6)
    if week_start.month == end.month:
        return f"{week_start.day}–{end.day} {end:%b}"
    return f"{week_start.day} {week_start:%b}–{end.day} {end:%b}"


def week_tooltip(week: WeekSummary) -> str:
    """ "W12 (16–22 Mar): 3 strength (62 min), 5 stretch (48 min), 2 desk breaks (10 min)",
    then the goals, skip days and average pain of the week on further lines."""

    def part(category: Category, noun: str, plural: str) -> str:
        count = week.sessions.get(category, 0)
        minutes = round(week.minutes.get(category, 0.0))
        return f"{count} {noun if count == 1 else plural} ({minutes} min)"

    lines = [
        f"{week.label} ({day_span(week.week_start)}): "
        f"{part(Category.STRENGTH, 'strength', 'strength')}, "
        f"{part(Category.STRETCH, 'stretch', 'stretch')}, "
        f"{part(Category.DESK_BREAK, 'desk break', 'desk breaks')}"
    ]
    days = "day" if week.stretch_days == 1 else "days"
    lines.append(
        f"Strength goal {'met' if week.strength_goal_met else 'not met'} · "
        f"stretching on {week.stretch_days} {days} "
        f"({'goal met' if week.stretch_goal_met else 'goal not met'})"
    )
    if week.skip_days:
        lines.append(f"Skip days: {week.skip_days}")
    if week.average_pain is not None:
        lines.append(f"Average pain: {week.average_pain:.1f} of 10")
    return "\n".join(lines)


def stretch_goal_text(goal: int) -> str:
    return f"Stretching goal ({goal} {'day' if goal == 1 else 'days'} a week)"


def week_index_of(weeks: Sequence[WeekSummary], day: date) -> float | None:
    """Where `day` falls on the week axis: the week's index plus the share of it gone by,
    measured from the left edge of its bar slot (index − 0.5)."""
    if not weeks:
        return None
    first = weeks[0].week_start
    offset = (day - first).days
    if offset < 0 or offset >= 7 * len(weeks):
        return None
    return offset / 7 - 0.5


class WeeklyChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.legend = self.add_legend(0)
        self.axis = LabelAxis("bottom", lines=2)
        self.count_axis = LabelAxis("left")
        self.plot = self.add_plot(1, bottom=self.axis, left=self.count_axis)
        self.plot.setLabel("left", "Sessions")
        self.bars: dict[Category, pg.BarGraphItem] = {}
        self.goal_line: pg.InfiniteLine | None = None
        self.milestone_lines: list[pg.InfiniteLine] = []
        self._weeks: list[WeekSummary] = []
        self._goal = 3
        self._stretch_goal = 7
        self.stretch_marks = StretchGoalMarks()
        self._base_y_max = 4.0
        self._y_max = 0.0
        self._bars_top = 0.0
        self._milestones: list[tuple[int, date]] = []
        self._today: date | None = None
        self._slots = 0
        self.on_hover(self.plot, self._describe)
        self.plot.getViewBox().sigResized.connect(self._fit_height)

    def show_weeks(
        self,
        weeks: Sequence[WeekSummary],
        strength_goal: int,
        milestones: Sequence[tuple[int, date]],
        today: date,
        slots: int = 0,
        stretch_goal: int = 7,
    ) -> None:
        """`slots`: the chart is at least this many weeks wide (the range chosen);
        `stretch_goal`: days a week with stretching."""
        self._weeks = list(weeks)
        self._stretch_goal = stretch_goal
        self._slots = slots
        self._goal = strength_goal
        self._milestones = list(milestones)
        self._today = today
        self.redraw()

    def redraw(self) -> None:
        self.apply_theme()
        theme = self.theme
        plot = self.plot
        plot.clear()
        self.style_plot(plot)
        colors = {
            Category.STRENGTH: theme.strength,
            Category.STRETCH: theme.stretch,
            Category.DESK_BREAK: theme.desk_break,
        }
        self.style_legend(
            self.legend,
            [LegendEntry(LEGEND_TEXT[c], colors[c]) for c in STACK]
            + [
                LegendEntry(f"Strength goal ({self._goal} a week)", theme.strength, "dashed"),
                LegendEntry(stretch_goal_text(self._stretch_goal), theme.stretch, "dots"),
            ],
        )
        weeks = self._weeks
        xs = list(range(len(weeks)))
        bottom = [0.0] * len(weeks)
        self.bars = {}
        for category in STACK:
            heights = [float(week.sessions.get(category, 0)) for week in weeks]
            bars = pg.BarGraphItem(
                x=xs,
                height=heights,
                y0=list(bottom),
                width=BAR_WIDTH,
                brush=colors[category],
                pen=pen(theme.background, 1.0) if len(weeks) <= 60 else None,
            )
            plot.addItem(bars)
            self.bars[category] = bars
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]

        self.stretch_marks.set_weeks(
            [
                StretchWeek(
                    top=top,
                    days=week.stretch_days,
                    target=max(0, self._stretch_goal - week.skip_days),
                    met=week.stretch_goal_met,
                )
                for week, top in zip(weeks, bottom, strict=True)
            ],
            theme.stretch,
            theme.background,
            self.tick_font(),
        )
        self.stretch_marks.setZValue(6)
        plot.addItem(self.stretch_marks)

        self._bars_top = max(bottom, default=0.0)
        top = max(self._bars_top, float(self._goal))
        self._base_y_max = max(4.0, top * 1.18 + 0.5)
        self.goal_line = pg.InfiniteLine(
            pos=self._goal,
            angle=0,
            pen=pen(theme.strength, 2.0, Qt.PenStyle.DashLine),
            label=f"goal {self._goal}",
            labelOpts={
                "position": 0.0,
                "color": theme.strength,
                "anchors": [(0, 1), (0, 1)],
                "fill": theme.background,
            },
        )
        self.goal_line.setZValue(5)
        plot.addItem(self.goal_line)

        self.milestone_lines = []
        shown = self._milestones if len(weeks) <= MILESTONES_UP_TO_WEEKS else []
        for weeks_since, day in shown:
            x = week_index_of(weeks, day)
            if x is None or (self._today is not None and day > self._today):
                continue
            line = pg.InfiniteLine(
                pos=x,
                angle=90,
                pen=pen(theme.muted, 1.0, Qt.PenStyle.DashLine),
                label=f"{weeks_since} wk",
                labelOpts={
                    "position": 0.97,
                    "color": theme.foreground,
                    "anchors": [(0, 0), (0, 0)],
                },
            )
            line.setZValue(-10)
            plot.addItem(line)
            self.milestone_lines.append(line)

        set_week_range(plot, len(weeks), self._slots)
        self.axis.set_layout(
            week_tick_layout([w.week_start for w in weeks], [w.label for w in weeks])
        )
        self._y_max = 0.0
        self._fit_height()

    def _fit_height(self) -> None:
        """Y range with room above the tallest bar for its stretching mark (and above that
        for the milestone labels), in pixels at the plot's size now."""
        box = self.plot.getViewBox()
        height = box.height()
        need = self.stretch_marks.headroom(self.stretch_marks.px_per_week())
        if self.milestone_lines:
            need += QFontMetricsF(self.tick_font()).height() + 4
        y_max = self._base_y_max
        if height > 2 * need:
            y_max = max(y_max, self._bars_top * height / (height - need))
        if abs(y_max - self._y_max) > 1e-6:
            self._y_max = y_max
            self.plot.setYRange(0, y_max, padding=0)
            self.count_axis.set_layout(count_tick_layout(0, y_max))

    def week_at(self, x: float) -> WeekSummary | None:
        index = round(x)
        if 0 <= index < len(self._weeks) and abs(x - index) <= 0.5:
            return self._weeks[index]
        return None

    def _describe(self, x: float, y: float) -> str:
        week = self.week_at(x)
        return week_tooltip(week) if week is not None else ""

    def bar_heights(self) -> dict[Category, list[float]]:
        return {c: [float(h) for h in bars.opts["height"]] for c, bars in self.bars.items()}

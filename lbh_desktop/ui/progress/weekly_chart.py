"""Weeks tab: stacked bars per week, strength-goal ticks, stretching marks, weeks to results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.chart_summaries import weeks_summary
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.progress import Category, WeekSummary
from lbh_desktop.ui.progress.plotting import (
    Chart,
    LabelAxis,
    LegendEntry,
    Theme,
    count_tick_layout,
    pen,
    set_week_range,
    week_tick_layout,
)
from lbh_desktop.ui.progress.stretch_goal_marks import StretchGoalMarks, StretchWeek

BAR_WIDTH = 0.72
MILESTONES_UP_TO_WEEKS = 52
"""Longer ranges leave the 4/8/12-week markers too close together to read."""
MILESTONE_GAP_WEEKS = 4
"""Weeks between neighbouring milestones: each label has that much room left of its line."""
MILESTONE_PEN = 2.0
GOAL_TICK_PEN = 4.0
GOAL_TICK_OVERHANG = 0.03
"""How far (in weeks) a strength-goal tick reaches past each side of its bar."""
LABEL_MARGIN = 6.0
"""Pixels kept free around a milestone label."""
STACK = (Category.STRENGTH, Category.STRETCH, Category.DESK_BREAK)
LEGEND_TEXT = {
    Category.STRENGTH: QT_TRANSLATE_NOOP("weekly_chart", "Strength"),
    Category.STRETCH: QT_TRANSLATE_NOOP("weekly_chart", "Stretch"),
    Category.DESK_BREAK: QT_TRANSLATE_NOOP("weekly_chart", "Desk breaks"),
}
"""Translate where shown: translate("weekly_chart", LEGEND_TEXT[category])."""


def day_span(week_start: date) -> str:
    """ "16–22 Mar", or "30 Mar–5 Apr" across months."""
    end = week_start + timedelta(days=6)
    if week_start.month == end.month:
        return translate("weekly_chart", "{first_day}–{last_day} {month}").format(
            first_day=week_start.day,
            last_day=end.day,
            month=formats().month_name(end.month, short=True),
        )
    return translate("weekly_chart", "{first}–{last}").format(
        first=formats().day_month(week_start), last=formats().day_month(end)
    )


def week_tooltip(week: WeekSummary) -> str:
    """ "W12 (16–22 Mar): 3 strength (62 min), 5 stretch (48 min), 2 desk breaks (10 min)",
    then the goals, skip days and average pain of the week on further lines."""

    def count(category: Category) -> int:
        return week.sessions.get(category, 0)

    def minutes(category: Category) -> str:
        return formats().number(round(week.minutes.get(category, 0.0)))

    strength, stretch, desk = Category.STRENGTH, Category.STRETCH, Category.DESK_BREAK
    head = translate("weekly_chart", "{week} ({days}): {strength}, {stretch}, {desk_breaks}")
    lines = [
        head.format(
            week=week.label,
            days=day_span(week.week_start),
            strength=translate(
                "weekly_chart", "%n strength ({minutes} min)", None, count(strength)
            ).format(minutes=minutes(strength)),
            stretch=translate(
                "weekly_chart", "%n stretch ({minutes} min)", None, count(stretch)
            ).format(minutes=minutes(stretch)),
            desk_breaks=translate(
                "weekly_chart", "%n desk break(s) ({minutes} min)", None, count(desk)
            ).format(minutes=minutes(desk)),
        )
    ]
    if week.strength_goal_met:
        strength_goal = translate("weekly_chart", "Strength goal met")
    else:
        strength_goal = translate("weekly_chart", "Strength goal not met")
    if week.stretch_goal_met:
        text = translate(
            "weekly_chart", "stretching on %n day(s) (goal met)", None, week.stretch_days
        )
    else:
        text = translate(
            "weekly_chart", "stretching on %n day(s) (goal not met)", None, week.stretch_days
        )
    lines.append(f"{strength_goal} · {text}")
    if week.skip_days:
        lines.append(translate("weekly_chart", "Skip days: {count}").format(count=week.skip_days))
    if week.average_pain is not None:
        lines.append(
            translate("weekly_chart", "Average pain: {pain} of 10").format(
                pain=formats().number(week.average_pain, 1)
            )
        )
    return "\n".join(lines)


def goal_tick_color(theme: Theme) -> QColor:
    """The strength colour, darker on a light background and lighter on a dark one."""
    dark = theme.background.lightnessF() < 0.5
    return theme.strength.lighter(150) if dark else theme.strength.darker(170)


def strength_goal_text(goal: int) -> str:
    return translate("weekly_chart", "Strength goal ({goal} a week)").format(goal=goal)


def milestone_text(weeks_since: int) -> str:
    return translate("weekly_chart", "%n week(s)", None, weeks_since)


def milestone_label(weeks_since: int, room: float, width_of: Callable[[str], float]) -> str:
    """ "4 weeks", or "4 wk", or "4" as room allows (pixels left of the line), else ""."""
    number = formats().number(weeks_since)
    short = translate("weekly_chart", "{weeks} wk").format(weeks=number)
    for text in (milestone_text(weeks_since), short, number):
        if width_of(text) + 2 * LABEL_MARGIN <= room:
            return text
    return ""


def stretch_goal_text(goal: int) -> str:
    return translate("weekly_chart", "Stretching goal (%n day(s) a week)", None, goal)


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
        self.plot.setLabel("left", translate("weekly_chart", "Sessions"))
        self.bars: dict[Category, pg.BarGraphItem] = {}
        self.goal_ticks: pg.PlotDataItem | None = None
        """One short tick per bar at the strength goal: the goal is for the strength part."""
        self.milestone_lines: list[pg.InfiniteLine] = []
        self._milestone_weeks: list[int] = []
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
        self.caption.setAccessibleName(translate("weekly_chart", "Weeks to results"))
        self.on_hover(self.plot, self._describe)
        self.plot.getViewBox().sigResized.connect(self._fit_height)

    def title(self) -> str:
        return translate("weekly_chart", "Weeks chart")

    def show_weeks(
        self,
        weeks: Sequence[WeekSummary],
        strength_goal: int,
        milestones: Sequence[tuple[int, date]],
        today: date,
        slots: int = 0,
        stretch_goal: int = 7,
        results_note: str = "",
    ) -> None:
        """`slots`: the chart is at least this many weeks wide (the range chosen);
        `stretch_goal`: days a week with stretching; `results_note`: the sentence under the
        legend about the weeks to results ("" for none)."""
        self.caption.setText(results_note)
        self.caption.setVisible(bool(results_note))
        self._weeks = list(weeks)
        self._stretch_goal = stretch_goal
        self._slots = slots
        self._goal = strength_goal
        self._milestones = list(milestones)
        self._today = today
        self.set_summary(weeks_summary(weeks, strength_goal, stretch_goal))
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
            [LegendEntry(translate("weekly_chart", LEGEND_TEXT[c]), colors[c]) for c in STACK]
            + [
                LegendEntry(strength_goal_text(self._goal), goal_tick_color(theme), "tick"),
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
        # The strength goal as a tick on each bar (a darker strength shade, so it shows on the
        # strength colour too), not a line across the chart that reads as a total of sessions.
        half = BAR_WIDTH / 2 + GOAL_TICK_OVERHANG
        tick_x = [x for index in xs for x in (index - half, index + half)]
        tick_y = [float(self._goal)] * len(tick_x)
        self.goal_ticks = pg.PlotDataItem(
            tick_x, tick_y, connect="pairs", pen=pen(goal_tick_color(theme), GOAL_TICK_PEN)
        )
        self.goal_ticks.setZValue(5)
        plot.addItem(self.goal_ticks)

        self.milestone_lines = []
        self._milestone_weeks = []
        shown = self._milestones if len(weeks) <= MILESTONES_UP_TO_WEEKS else []
        for weeks_since, day in shown:
            x = week_index_of(weeks, day)
            if x is None or (self._today is not None and day > self._today):
                continue
            line = pg.InfiniteLine(
                pos=x,
                angle=90,
                pen=pen(theme.foreground, MILESTONE_PEN, Qt.PenStyle.DashLine),
                label=milestone_text(weeks_since),
                labelOpts={
                    "position": 1.0,
                    "color": theme.foreground,
                    "anchors": [(1, 0), (1, 0)],  # left of the line, in the band at the top
                    "fill": theme.background,
                },
            )
            line.label.setFont(self.tick_font())
            line.setZValue(-10)
            plot.addItem(line)
            self.milestone_lines.append(line)
            self._milestone_weeks.append(weeks_since)

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
            need += self.milestone_band()
            self._fit_milestone_labels()
        y_max = self._base_y_max
        if height > 2 * need:
            y_max = max(y_max, self._bars_top * height / (height - need))
        if abs(y_max - self._y_max) > 1e-6:
            self._y_max = y_max
            self.plot.setYRange(0, y_max, padding=0)
            self.count_axis.set_layout(count_tick_layout(0, y_max))

    def milestone_band(self) -> float:
        """Pixels at the top of the plot kept for the milestone labels."""
        label = self.milestone_lines[0].label if self.milestone_lines else None
        text_height = label.boundingRect().height() if label is not None else 0.0
        return max(text_height, QFontMetricsF(self.tick_font()).height() + 8) + 4

    def _fit_milestone_labels(self) -> None:
        """Each label in the room left of its line (to the previous line or the plot's edge)."""
        px_per_week = self.stretch_marks.px_per_week()
        if px_per_week <= 0:
            return
        (left, _), _ = self.plot.getViewBox().viewRange()
        metrics = QFontMetricsF(self.tick_font())
        for line, weeks_since in zip(self.milestone_lines, self._milestone_weeks, strict=True):
            room = min(MILESTONE_GAP_WEEKS, line.value() - left) * px_per_week
            text = milestone_label(weeks_since, room, metrics.horizontalAdvance)
            line.label.setFormat(text)
            line.label.setVisible(bool(text))

    def goal_tick_spans(self) -> list[tuple[float, float, float]]:
        """(left, right, y) in data coordinates of each bar's strength-goal tick."""
        if self.goal_ticks is None:
            return []
        xs, ys = self.goal_ticks.getData()
        if xs is None or ys is None:
            return []
        return [(float(xs[n]), float(xs[n + 1]), float(ys[n])) for n in range(0, len(xs) - 1, 2)]

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

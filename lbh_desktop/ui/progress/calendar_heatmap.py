"""Calendar tab: active minutes per day over 26 weeks, a column a week, skip days hatched."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, timedelta

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QMenu, QStyleOptionGraphicsItem, QWidget

from lbh_desktop.core.chart_summaries import calendar_summary
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.progress_weeks import MONDAY, week_start_of
from lbh_desktop.ui.progress.plotting import (
    EXPORT_MIN_SIZE,
    SQUASHED,
    Chart,
    LabelAxis,
    LegendEntry,
    fixed_ticks,
    pen,
)

WEEKS = 26
LEVEL_MINUTES = (10.0, 20.0, 40.0)
"""Upper bounds (exclusive) of activity levels 1–3; level 4 is this many minutes or more."""
MAX_CELL_PX = 40.0
EXPORT_WIDTH = EXPORT_MIN_SIZE.width()


def level_of(minutes: float) -> int:
    if minutes <= 0:
        return 0
    return 1 + sum(minutes >= bound for bound in LEVEL_MINUTES)


def first_column(today: date, first_weekday: int = MONDAY) -> date:
    """The first day (ISO weekday `first_weekday`) of the leftmost column: 25 weeks before
    this week."""
    return week_start_of(today, first_weekday) - timedelta(weeks=WEEKS - 1)


def cell_date(today: date, column: int, row: int, first_weekday: int = MONDAY) -> date:
    return first_column(today, first_weekday) + timedelta(weeks=column, days=row)


def row_ticks(first_weekday: int = MONDAY) -> dict[float, str]:
    """Short weekday names beside every other row from the first: "Mon", "Wed", "Fri"."""
    names = formats().weekday_name
    return {float(row): names((first_weekday - 1 + row) % 7 + 1, short=True) for row in (0, 2, 4)}


def cell_tooltip(day: date, minutes: float, skipped: bool) -> str:
    """ "Mon 16 Mar 2026: 25 min active", with "· skip day" on skip days."""
    rounded = round(minutes)
    if minutes <= 0:
        text = translate("calendar_heatmap", "{date}: no activity")
    elif rounded < 1:
        text = translate("calendar_heatmap", "{date}: under 1 min active")
    else:
        text = translate("calendar_heatmap", "{date}: {minutes} min active")
    text = text.format(date=formats().weekday_date(day), minutes=formats().number(rounded))
    return translate("calendar_heatmap", "{day} · skip day").format(day=text) if skipped else text


def month_ticks(today: date, first_weekday: int = MONDAY) -> dict[float, str]:
    """Month names over the column whose week holds the 1st; a label that would crowd the next
    one (fewer than 3 columns apart) is left out."""
    start = first_column(today, first_weekday)
    found: list[tuple[int, str]] = []
    for column in range(WEEKS):
        first = start + timedelta(weeks=column)
        last = first + timedelta(days=6)
        if last.day <= 7 or column == 0:
            month = last if last.day <= 7 else first
            found.append((column, formats().month_name(month.month, short=True)))
    if len(found) > 1 and found[1][0] - found[0][0] < 3:
        found.pop(0)
    return {float(column): text for column, text in found}


class HeatmapItem(pg.GraphicsObject):  # type: ignore[misc]
    """The grid of day cells, painted in device pixels so edges and hatching stay crisp."""

    GAP = 0.14

    def __init__(self) -> None:
        super().__init__()
        self.today = date.today()
        self.first_weekday = MONDAY
        self.minutes: Mapping[date, float] = {}
        self.skip_days: Collection[date] = frozenset()
        self.levels: list[QColor] = [QColor("gray")] * 5
        self.edge = QColor("gray")
        self.outline = QColor("black")

    def boundingRect(self) -> QRectF:
        return QRectF(-0.5, -0.5, WEEKS, 7)

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = p.transform()
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        half = (1 - self.GAP) / 2
        hatch = QBrush(self.edge, Qt.BrushStyle.BDiagPattern)
        for column in range(WEEKS):
            for row in range(7):
                day = cell_date(self.today, column, row, self.first_weekday)
                if day > self.today:
                    continue
                area = transform.mapRect(
                    QRectF(column - half, row - half, 1 - self.GAP, 1 - self.GAP)
                ).toAlignedRect()
                level = level_of(self.minutes.get(day, 0.0))
                p.fillRect(area, self.levels[level])
                if day in self.skip_days:
                    p.setPen(pen(self.edge))
                    p.setBrush(hatch)
                    p.drawRect(area.adjusted(0, 0, -1, -1))
                if day == self.today:
                    p.setPen(pen(self.outline, 2.0))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(area.adjusted(1, 1, -1, -1))
        p.restore()


class CalendarHeatmap(Chart):
    skip_day_toggled = Signal(object, bool)
    """(date, skipped): the user marked or unmarked a skip day from the context menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate(
                "calendar_heatmap",
                "Active minutes per day over the last 6 months. Right-click a day to mark it "
                "as a skip day.",
            ),
            parent,
        )
        self.month_axis = LabelAxis("top")
        self.day_axis = LabelAxis("left")
        self.plot = self.add_plot(0, left=self.day_axis)
        self.plot.setAxisItems({"top": self.month_axis})
        self.plot.showAxis("top")
        self.plot.hideAxis("bottom")
        box = self.plot.getViewBox()
        box.invertY(True)
        box.sigResized.connect(self._fit_range)
        self.legend = self.add_legend(1)
        self.item = HeatmapItem()
        self.plot.addItem(self.item)
        self.on_hover(self.plot, self._describe)
        self.graphics.scene().sigMouseClicked.connect(self._on_click)
        self.menu: QMenu | None = None
        # The grid keeps square cells, so the chart is only as tall as its width needs.
        self.body.addStretch(0)  # takes what the grid leaves

    def title(self) -> str:
        return translate("calendar_heatmap", "Calendar chart")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """No taller than the grid needs at this width, so the legend sits right under it."""
        height = self.height_for(self.width())
        if self.stack.maximumHeight() != height:
            self.stack.setMaximumHeight(height)  # may be less when the window is short

    def height_for(self, width: int) -> int:
        """The height the chart needs at `width`: square cells of at most MAX_CELL_PX."""
        line = QFontMetricsF(self.tick_font()).lineSpacing()
        left = 2 * line + 16  # "Mon" beside the grid, and the layout's margins
        cell = min(MAX_CELL_PX, max(10.0, (width - left) / WEEKS))
        return int(cell * 7 + 3 * line + 40)  # grid, month labels, legend, margins

    def export_size(self, current: QSize) -> QSize:
        width = current.width() if current.width() >= SQUASHED.width() else EXPORT_WIDTH
        return QSize(width, self.height_for(width))

    def show_days(
        self,
        today: date,
        minutes: Mapping[date, float],
        skip_days: Collection[date],
        first_weekday: int = MONDAY,
    ) -> None:
        """`first_weekday`: the ISO weekday of the top row (the locale's first day of the week)."""
        self.item.today = today
        self.item.first_weekday = first_weekday
        self.item.minutes = minutes
        self.item.skip_days = frozenset(skip_days)
        first = first_column(today, first_weekday)
        self.set_summary(calendar_summary(first, today, minutes, skip_days))
        self.redraw()

    def redraw(self) -> None:
        self.apply_theme()
        theme = self.theme
        self.style_plot(self.plot)
        for axis in (self.month_axis, self.day_axis):
            axis.setPen(pen(theme.background))  # labels only, no axis line or ticks
            axis.setStyle(tickLength=0)
        item = self.item
        item.levels = theme.heat_levels()
        item.edge = theme.muted
        item.outline = theme.foreground
        item.update()
        months = month_ticks(item.today, item.first_weekday)
        self.month_axis.set_layout(fixed_ticks(months))
        self.day_axis.set_layout(fixed_ticks(row_ticks(item.first_weekday)))
        self._fit_range()
        levels = item.levels
        self.style_legend(
            self.legend,
            [LegendEntry(translate("calendar_heatmap", "Less"), space_after=6)]
            + [
                LegendEntry(
                    "", color, "outline" if n == 0 else "box", space_after=3 if n < 4 else 6
                )
                for n, color in enumerate(levels)
            ]
            + [
                LegendEntry(translate("calendar_heatmap", "More"), space_after=24),
                LegendEntry(translate("calendar_heatmap", "Skip day"), levels[0], "hatch"),
            ],
        )
        self.legend.indent = self.day_axis.width()

    def _fit_range(self) -> None:
        """Square cells of up to MAX_CELL_PX, the grid in the top left corner."""
        box = self.plot.getViewBox()
        width, height = box.width(), box.height()
        if width <= 0 or height <= 0:
            width, height = WEEKS * MAX_CELL_PX, 7 * MAX_CELL_PX
        cell = min(MAX_CELL_PX, width / WEEKS, height / 7)
        box.setRange(
            xRange=(-0.5, -0.5 + width / cell), yRange=(-0.5, -0.5 + height / cell), padding=0
        )

    def day_at(self, x: float, y: float) -> date | None:
        column, row = round(x), round(y)
        if not (0 <= column < WEEKS and 0 <= row < 7):
            return None
        day = cell_date(self.item.today, column, row, self.item.first_weekday)
        return day if day <= self.item.today else None

    def _describe(self, x: float, y: float) -> str:
        day = self.day_at(x, y)
        if day is None:
            return ""
        return cell_tooltip(day, self.item.minutes.get(day, 0.0), day in self.item.skip_days)

    def context_menu(self, day: date) -> QMenu:
        """The right-click menu for `day`: mark it as a skip day, or unmark it."""
        menu = QMenu(self)
        skipped = day in self.item.skip_days
        when = formats().weekday_date(day, year=False)
        if skipped:
            text = translate("calendar_heatmap", "Remove the skip day on {date}")
        else:
            text = translate("calendar_heatmap", "Mark {date} as a skip day")
        action = menu.addAction(text.format(date=when))
        action.setToolTip(
            translate(
                "calendar_heatmap",
                "Sick or travelling? Skip days keep your streaks and freeze your score.",
            )
        )
        action.triggered.connect(lambda: self.skip_day_toggled.emit(day, not skipped))
        return menu

    def _on_click(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.RightButton:
            return
        box = self.plot.getViewBox()
        scene_pos = event.scenePos()
        if not box.sceneBoundingRect().contains(scene_pos):
            return
        point: QPointF = box.mapSceneToView(scene_pos)
        day = self.day_at(point.x(), point.y())
        if day is None:
            return
        event.accept()
        self.menu = self.context_menu(day)
        self.menu.popup(event.screenPos().toPoint())

"""Shared set-up of the progress charts: palette colours, static plots, label axes and legends."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QStyleOptionGraphicsItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.ui.player_view import plain_label

MIN_LABEL_GAP = 14.0
"""Pixels kept free between neighbouring tick labels."""

EDGE_SLACK = 10.0
"""Pixels a tick label may reach past the end of its axis (into the plot's margin)."""

SQUASHED = QSize(600, 300)
EXPORT_MIN_SIZE = QSize(960, 540)
"""A hidden chart, or one smaller than SQUASHED, is laid out at least this large before it
is exported, so nothing is squashed; a chart on screen is exported as it is."""


def blend(base: QColor, top: QColor, amount: float) -> QColor:
    """`amount` of `top` over `base` (0 = base, 1 = top), opaque."""
    return QColor.fromRgbF(
        base.redF() + (top.redF() - base.redF()) * amount,
        base.greenF() + (top.greenF() - base.greenF()) * amount,
        base.blueF() + (top.blueF() - base.blueF()) * amount,
    )


@dataclass(frozen=True)
class Theme:
    """Chart colours for the widget's palette: the data colours and `muted` keep at least 3:1
    contrast with the background in light and dark palettes; `faint` marks empty cells."""

    background: QColor
    foreground: QColor
    muted: QColor
    faint: QColor
    strength: QColor
    stretch: QColor
    desk_break: QColor
    pain: QColor
    right_side: QColor
    dark: bool

    @classmethod
    def of(cls, widget: QWidget) -> Theme:
        palette = widget.palette()
        background = palette.window().color()
        foreground = palette.windowText().color()
        dark = background.lightness() < 128

        def pick(light: str, dark_variant: str) -> QColor:
            return QColor(dark_variant if dark else light)

        return cls(
            background=background,
            foreground=foreground,
            muted=blend(background, foreground, 0.55),
            faint=blend(background, foreground, 0.10),
            strength=pick("#0067a3", "#5cb6ee"),
            stretch=pick("#00805a", "#3fc19a"),
            desk_break=pick("#b35900", "#f0a03c"),
            pain=pick("#c0392b", "#ff8a7a"),
            right_side=pick("#b35900", "#f0a03c"),
            dark=dark,
        )

    def heat_levels(self) -> list[QColor]:
        """Cell colours for no activity and the four activity levels, light to strong."""
        return (
            [self.faint]
            + [blend(self.background, self.stretch, a) for a in (0.35, 0.6, 0.8)]
            + [self.stretch]
        )


def pen(color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    result = QPen(color)
    result.setWidthF(width)
    result.setStyle(style)
    result.setCosmetic(True)
    return result


def text_width(font: QFont) -> Callable[[str], float]:
    """Width in pixels of the widest line of a (possibly multi-line) text."""
    metrics = QFontMetricsF(font)
    return lambda text: max(metrics.horizontalAdvance(line) for line in text.split("\n"))


@dataclass(frozen=True)
class Span:
    """What a tick layout knows of its axis: the visible range, its scale and the font."""

    low: float
    high: float
    px_per_unit: float
    width_of: Callable[[str], float]

    def room(self, position: float, text: str) -> bool:
        """Whether the label fits between the axis ends, give or take EDGE_SLACK pixels."""
        half = self.width_of(text) / 2 - EDGE_SLACK
        return (position - self.low) * self.px_per_unit >= half and (
            self.high - position
        ) * self.px_per_unit >= half


TickLayout = Callable[[Span], dict[float, str]]
"""The ticks to show on an axis at a given span: {value: label}."""


def fixed_ticks(ticks: Mapping[float, str]) -> TickLayout:
    return lambda span: dict(ticks)


def spaced_ticks(
    positions: Sequence[float],
    labels: Callable[[list[int]], list[str]],
    span: Span,
    steps: Sequence[int],
) -> dict[float, str]:
    """Every `step`-th of the candidate `positions` inside the span, for the smallest step in
    `steps` whose labels neither overlap nor stick out of the axis; counted back from the
    newest position, or from as close to it as fits. labels(indices) names the chosen ones
    (so the first of them can carry the year)."""
    visible = [i for i, x in enumerate(positions) if span.low <= x <= span.high]
    if not visible or span.px_per_unit <= 0:
        return {}
    for step in steps:
        for shift in range(min(step, len(visible))):
            chosen = visible[::-1][shift::step][::-1]
            texts = labels(chosen)
            while chosen and not span.room(positions[chosen[0]], texts[0]):
                chosen = chosen[1:]  # the oldest sticks out on the left: the next one leads
                texts = labels(chosen)
            if not chosen or not span.room(positions[chosen[-1]], texts[-1]):
                continue
            widths = [span.width_of(text) for text in texts]
            if all(
                (positions[chosen[k + 1]] - positions[chosen[k]]) * span.px_per_unit
                >= (widths[k] + widths[k + 1]) / 2 + MIN_LABEL_GAP
                for k in range(len(chosen) - 1)
            ):
                return {float(positions[i]): text for i, text in zip(chosen, texts, strict=True)}
    return {}


WEEK_STEPS = (1, 2, 3, 4, 6, 8, 13, 26, 52, 104, 156, 260, 520, 1040)
MONTH_STEPS = (1, 2, 3, 4, 6, 12, 24, 60, 120)


def month_name(day: date, with_year: bool) -> str:
    return f"{day:%b %Y}" if with_year else f"{day:%b}"


def week_tick_layout(week_starts: Sequence[date], labels: Sequence[str]) -> TickLayout:
    """Ticks at week indices 0…n-1 labelled "W12", with the month ("Mar") under the first
    labelled week of each month (a week belongs to the month of its Thursday) and the year
    on the first label and wherever it changes when the weeks span years; thinned out so
    that no two labels touch."""
    thursdays = [start + timedelta(days=3) for start in week_starts]
    spans_years = bool(thursdays) and thursdays[0].year != thursdays[-1].year

    def texts(indices: list[int]) -> list[str]:
        result = []
        previous: tuple[int, int] | None = None
        for index in indices:
            thursday = thursdays[index]
            month = (thursday.year, thursday.month)
            text = labels[index]
            if month != previous:
                with_year = spans_years and (previous is None or thursday.year != previous[0])
                text += "\n" + month_name(thursday, with_year)
            previous = month
            result.append(text)
        return result

    positions = [float(i) for i in range(len(week_starts))]
    return lambda span: spaced_ticks(positions, texts, span, WEEK_STEPS)


def day_tick_layout(first: date, last: date) -> TickLayout:
    """Ticks for days given as date ordinals: at the 1st of each month ("Mar", with the year
    on the first label and wherever it changes when the range spans years), or at Mondays
    ("2 Mar") when fewer than two months begin in the range."""
    starts: list[date] = []
    month = date(first.year, first.month, 1)
    if month < first:
        month = _next_month(month)
    while month <= last:
        starts.append(month)
        month = _next_month(month)
    if len(starts) < 2:
        mondays = [first + timedelta(days=(7 - first.weekday()) % 7)]
        while mondays[-1] + timedelta(weeks=1) <= last:
            mondays.append(mondays[-1] + timedelta(weeks=1))
        monday_positions = [float(day.toordinal()) for day in mondays]

        def monday_texts(indices: list[int]) -> list[str]:
            return [f"{mondays[i].day} {mondays[i]:%b}" for i in indices]

        return lambda span: spaced_ticks(monday_positions, monday_texts, span, WEEK_STEPS)

    spans_years = first.year != last.year
    positions = [float(day.toordinal()) for day in starts]

    def texts(indices: list[int]) -> list[str]:
        years = [starts[i].year for i in indices]
        return [
            month_name(starts[i], spans_years and (n == 0 or years[n] != years[n - 1]))
            for n, i in enumerate(indices)
        ]

    return lambda span: spaced_ticks(positions, texts, span, MONTH_STEPS)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def set_week_range(plot: pg.PlotItem, count: int, slots: int) -> None:
    """X range for weeks 0…count-1 in at least `slots` week slots, the newest at the right."""
    width = max(count, slots, 1)
    plot.setXRange(count - width - 0.6, count - 0.4, padding=0)


def count_tick_layout(low: float, high: float) -> TickLayout:
    """Whole-number ticks (1, 2, 5, 10 … apart) for counts, at least 24 px apart."""

    def layout(span: Span) -> dict[float, str]:
        step = 1
        for candidate in (1, 2, 5, 10, 20, 50, 100, 200, 500):
            step = candidate
            if candidate * span.px_per_unit >= 24:
                break
        start = int(low // step + (1 if low % step else 0)) * step
        return {float(v): str(v) for v in range(start, int(high) + 1, step)}

    return layout


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


@dataclass(frozen=True)
class LegendEntry:
    text: str
    color: QColor | None = None
    style: str = "box"
    """box, line, dashed, hatch, or outline (an empty box)."""
    space_after: float = 18.0


class LegendRow(pg.GraphicsWidget):  # type: ignore[misc]
    """A one-line legend of colour swatches and labels, drawn in the plot scene (so exported)."""

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
        self.setFlag(self.GraphicsItemFlag.ItemHasNoContents, False)

    def set_entries(
        self, entries: Sequence[LegendEntry], font: QFont, color: QColor, edge: QColor
    ) -> None:
        self._entries = list(entries)
        self._font = QFont(font)
        self._color = color
        self._edge = edge
        height = QFontMetricsF(self._font).height() + 8
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.update()

    def texts(self) -> list[str]:
        return [entry.text for entry in self._entries if entry.text]

    def _widths(self) -> list[float]:
        metrics = QFontMetricsF(self._font)
        widths = []
        for entry in self._entries:
            width = self.SWATCH if entry.color is not None else 0.0
            if entry.text:
                width += (self.GAP if entry.color is not None else 0.0) + metrics.horizontalAdvance(
                    entry.text
                )
            widths.append(width)
        return widths

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        widths = self._widths()
        spacing = [entry.space_after for entry in self._entries]
        total = sum(widths) + sum(spacing[:-1])
        rect = self.boundingRect()
        centred = (rect.width() - total) / 2
        x = rect.left() + max(6.0, centred if self.indent is None else self.indent)
        middle = rect.center().y()
        p.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        for entry, width, space in zip(self._entries, widths, spacing, strict=True):
            left = x
            if entry.color is not None:
                swatch = QRectF(left, middle - self.SWATCH / 2, self.SWATCH, self.SWATCH)
                self._draw_swatch(p, entry, swatch)
                left += self.SWATCH + self.GAP
            if entry.text:
                p.setPen(self._color)
                baseline = middle + (metrics.ascent() - metrics.descent()) / 2
                p.drawText(QPointF(left, baseline), entry.text)
            x += width + space

    def _draw_swatch(self, p: QPainter, entry: LegendEntry, swatch: QRectF) -> None:
        assert entry.color is not None
        if entry.style in ("line", "dashed"):
            style = Qt.PenStyle.DashLine if entry.style == "dashed" else Qt.PenStyle.SolidLine
            p.setPen(pen(entry.color, 2.0, style))
            y = swatch.center().y()
            p.drawLine(QPointF(swatch.left() - 2, y), QPointF(swatch.right() + 2, y))
            return
        p.setPen(pen(self._edge, 1.0) if entry.style in ("hatch", "outline") else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(entry.color))
        p.drawRect(swatch)
        if entry.style == "hatch":
            p.setBrush(QBrush(self._edge, Qt.BrushStyle.BDiagPattern))
            p.drawRect(swatch)


class Chart(QWidget):
    """One chart page: an optional caption, a pyqtgraph layout (or a message when there is
    nothing to draw yet), colours from the palette, hover tooltips and PNG export."""

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = plain_label(caption, wrap=True, object_name="detailMeta")
        self.caption.setVisible(bool(caption))
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.ci.setContentsMargins(4, 4, 12, 4)
        self.graphics.setMouseTracking(True)
        self.message = plain_label(wrap=True, object_name="detailMeta")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.message)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 6, 0, 0)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.stack, 1)
        self.theme = Theme.of(self)
        self._hover: list[tuple[pg.PlotItem, Callable[[float, float], str]]] = []
        self.hover_text = ""
        """The tooltip for where the mouse is now ("" for none)."""
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.viewport().installEventFilter(self)

    # Set-up helpers for subclasses

    def add_plot(
        self,
        row: int,
        col: int = 0,
        *,
        bottom: pg.AxisItem | None = None,
        left: pg.AxisItem | None = None,
    ) -> pg.PlotItem:
        """A plot in the layout that does not pan, zoom or show a menu: a picture, not a tool."""
        axes = {name: axis for name, axis in (("bottom", bottom), ("left", left)) if axis}
        plot = self.graphics.addPlot(row=row, col=col, axisItems=axes)
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.getViewBox().setDefaultPadding(0.0)
        return plot

    def add_legend(self, row: int, col: int = 0) -> LegendRow:
        legend = LegendRow()
        self.graphics.addItem(legend, row=row, col=col)
        return legend

    def style_plot(self, plot: pg.PlotItem) -> None:
        """Axes in the palette's text colour and the widget's font."""
        font = self.tick_font()
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setPen(pen(self.theme.muted))
            axis.setTextPen(self.theme.foreground)
            axis.setTickFont(font)
            axis.label.setDefaultTextColor(self.theme.foreground)
            if isinstance(axis, LabelAxis) and name == "bottom":
                line = QFontMetricsF(font).lineSpacing()
                shown = axis.style["showValues"]
                axis.setHeight(int(axis.lines * line + 12) if shown else 8)
        plot.titleLabel.item.setDefaultTextColor(self.theme.foreground)

    def style_legend(self, legend: LegendRow, entries: Sequence[LegendEntry]) -> None:
        legend.set_entries(entries, self.font(), self.theme.foreground, self.theme.muted)

    def tick_font(self) -> QFont:
        return QFont(self.font())

    def on_hover(self, plot: pg.PlotItem, describe: Callable[[float, float], str]) -> None:
        """describe(x, y) in the plot's data coordinates gives the tooltip ("" for none)."""
        self._hover.append((plot, describe))

    def show_message(self, text: str) -> None:
        """Shows `text` instead of the plots; an empty text shows the plots."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message if text else self.graphics)

    def showing_plots(self) -> bool:
        return self.stack.currentWidget() is self.graphics

    # Palette, hover and export

    def redraw(self) -> None:
        """Draws the last data again, e.g. in new colours; subclasses draw their plots."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.theme = Theme.of(self)
            self.graphics.setBackground(self.theme.background)
            self.redraw()

    def apply_theme(self) -> None:
        self.theme = Theme.of(self)
        self.graphics.setBackground(self.theme.background)

    def tooltip_at(self, scene_pos: QPointF) -> str:
        for plot, describe in self._hover:
            box = plot.getViewBox()
            if box.sceneBoundingRect().contains(scene_pos):
                point = box.mapSceneToView(scene_pos)
                return describe(point.x(), point.y())
        return ""

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self.hover_text = self.tooltip_at(scene_pos)
        if QToolTip.isVisible():  # follow the mouse from bar to bar once a tooltip is up
            if self.hover_text:
                viewport = self.graphics.viewport()
                where = viewport.mapToGlobal(self.graphics.mapFromScene(scene_pos))
                QToolTip.showText(where, self.hover_text, viewport)
            else:
                QToolTip.hideText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answers the viewport's tooltip requests with the text for the point under the mouse."""
        if watched is self.graphics.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(self.graphics.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.graphics.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def export_size(self, current: QSize) -> QSize:
        """The size to lay the plots out at for export, given their size on screen (invalid
        when hidden)."""
        if current.width() < SQUASHED.width() or current.height() < SQUASHED.height():
            return current.expandedTo(EXPORT_MIN_SIZE)
        return current

    def export_png(self, path: Path) -> bool:
        """Writes the plots as a PNG; a hidden or small chart is laid out large enough first."""
        view = self.graphics
        QApplication.processEvents()
        old_size = view.size()
        wanted = self.export_size(old_size if view.isVisible() else QSize())
        resized = wanted != old_size or not view.isVisible()
        if resized:
            view.resize(wanted)
            QApplication.sendEvent(view, QResizeEvent(wanted, old_size))
            view.ci.layout.activate()
            QApplication.processEvents()
        from pyqtgraph.exporters import ImageExporter  # only needed here

        try:
            exporter = ImageExporter(view.scene())
            exporter.parameters()["background"] = self.theme.background
            return bool(exporter.export(str(path)))
        finally:
            if resized:
                view.resize(old_size)
                QApplication.sendEvent(view, QResizeEvent(old_size, wanted))

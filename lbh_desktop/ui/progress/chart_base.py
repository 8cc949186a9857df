"""Chart, the base of every progress chart: layout, message, palette, hover tooltips, PNG export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.progress.chart_legend import LegendEntry, LegendRow
from lbh_desktop.ui.progress.chart_theme import Theme, pen
from lbh_desktop.ui.progress.label_axis import LabelAxis
from lbh_desktop.ui.shared.plain_label import plain_label

SQUASHED = QSize(600, 300)
EXPORT_MIN_SIZE = QSize(960, 540)
"""A hidden chart, or one smaller than SQUASHED, is laid out at least this large before it
is exported, so nothing is squashed; a chart on screen is exported as it is."""


class Chart(QWidget):
    """One chart page: an optional caption, a pyqtgraph layout (or a message when there is
    nothing to draw yet), its text alternative under it (set_summary), colours from the
    palette, hover tooltips and PNG export."""

    def title(self) -> str:
        """The chart's accessible name ("Weeks chart"); each chart names itself."""
        return translate("chart_base", "Chart")

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
        # The chart in words, reachable by Tab and read by screen readers (set_summary).
        self.summary_label = plain_label(wrap=True, object_name="detailMeta")
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.summary_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary_label.hide()
        self.body.addWidget(self.summary_label)
        for chart in (self.graphics, self.graphics.viewport()):
            chart.setAccessibleName(self.title())
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

    def set_summary(self, text: str) -> None:
        """The chart's text alternative: shown under it, and its accessible description."""
        self.summary_label.setText(text)
        self.summary_label.setAccessibleName(
            translate("chart_base", "{chart} summary").format(chart=self.title())
        )
        self.summary_label.setAccessibleDescription(text)
        self.summary_label.setVisible(bool(text))
        for chart in (self, self.graphics, self.graphics.viewport()):
            chart.setAccessibleDescription(text)

    def summary(self) -> str:
        return self.summary_label.text()

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

"""Layout checks shared by the large-text and pseudo-locale tests: nothing cut or squashed."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.app import App

SIDEWAYS_TABS = {
    QTabBar.Shape.RoundedWest,
    QTabBar.Shape.RoundedEast,
    QTabBar.Shape.TriangularWest,
    QTabBar.Shape.TriangularEast,
}
"""Tab bars whose tabs stand one above the other: their names need the bar's height."""
BUTTON_PADDING = 2 * 12 + 2
"""The style sheet's 12 px padding left and right of a push button's text, plus its border."""


def resize(qtbot: QtBot, app: App, width: int, height: int) -> None:
    window = app.window
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size() == QSize(width, height))
    for _ in range(3):  # deferred layout requests, then the re-layouts they cause
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def clipped_buttons(page: QWidget) -> list[str]:
    """Visible buttons narrower than their text, as "text: width < needed"."""
    clipped = []
    for button in page.findChildren(QPushButton):
        if not button.isVisibleTo(page):
            continue
        text = button.text().replace("&", "")
        padding = getattr(button, "text_padding", BUTTON_PADDING)  # a button with its own
        needed = button.fontMetrics().horizontalAdvance(text) + padding
        if button.width() < needed:
            clipped.append(f"{text}: {button.width()} < {needed}")
    return clipped


def squashed_fields(page: QWidget) -> list[str]:
    """Visible combo and spin boxes lower than their text needs (rows pressed together)."""
    return [
        field.accessibleName()
        for field in page.findChildren(QWidget)
        if isinstance(field, (QComboBox, QAbstractSpinBox))
        and field.isVisibleTo(page)
        and field.height() < field.minimumSizeHint().height()
    ]


def status_labels_fit(app: App) -> None:
    status_bar = app.window.statusBar()
    assert app.window.width() == status_bar.width()
    for label in status_bar.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.geometry().right() <= status_bar.width(), label.text()


def clipped_labels(page: QWidget) -> list[str]:
    """Visible one-line labels narrower than their text that do not elide it on purpose (an
    elided text ends in "…"), as "text: width < needed"."""
    clipped = []
    for label in page.findChildren(QLabel):
        text = label.text()
        if (
            not label.isVisibleTo(page)
            or not text
            or label.wordWrap()
            or label.textFormat() == Qt.TextFormat.RichText
            or QtGui.Qt.mightBeRichText(text)
            or text.endswith("…")
            or not label.pixmap().isNull()
        ):
            continue
        margins = label.contentsMargins()
        room = label.width() - margins.left() - margins.right() - 2 * max(label.margin(), 0)
        needed = max(
            label.fontMetrics().horizontalAdvance(line)
            for line in text.replace("&", "").split("\n")
        )
        if room < needed:
            clipped.append(f"{text[:60]}: {room} < {needed}")
    return clipped


def clipped_tabs(page: QWidget) -> list[str]:
    """Visible tab bars shorter than their tabs' names in full (the names elided, or the
    last tabs behind scroll arrows), as "names: length < needed"."""
    clipped = []
    for bar in page.findChildren(QTabBar):
        if not bar.isVisibleTo(page) or bar.count() == 0:
            continue
        sizes = [bar.tabSizeHint(index) for index in range(bar.count())]
        if bar.shape() in SIDEWAYS_TABS:
            room, needed = bar.height(), sum(size.height() for size in sizes)
        else:
            room, needed = bar.width(), sum(size.width() for size in sizes)
        if room < needed:
            names = ", ".join(bar.tabText(index).replace("&", "") for index in range(bar.count()))
            clipped.append(f"{names[:60]}: {room} < {needed}")
    return clipped


def clipped_legends(page: QWidget) -> list[str]:
    """Chart legends (drawn in a scene, not widgets) with a line wider than the chart, as
    "first entry: width < needed"."""
    from lbh_desktop.ui.progress.chart_legend import LegendRow

    clipped = []
    for view in page.findChildren(QGraphicsView):
        if not view.isVisibleTo(page) or view.scene() is None:
            continue
        for item in view.scene().items():
            if not isinstance(item, LegendRow) or not item.isVisible():
                continue
            width = item.boundingRect().width()
            for line in item.lines(width):
                needed = sum(w for _e, w, _s in line) + sum(s for *_r, s in line[:-1]) + 12
                if needed > width:
                    clipped.append(f"{line[0][0].text[:40]}: {width:.0f} < {needed:.0f}")
    return clipped

"""Status-bar labels that shrink with the window: cut text ends in "…", the tooltip has it all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import QLabel, QStatusBar, QToolTip

LEAST_WIDTH = 60
"""A label may shrink to this many pixels before the status bar itself runs out of room."""


class StatusLabelElider(QObject):
    """Watches a status bar: every QLabel put in it (now or later, such as the voice status)
    may shrink below its text, and then draws that text elided at the right."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._status_bar = status_bar
        status_bar.installEventFilter(self)
        for label in status_bar.findChildren(QLabel):
            self._adopt(label)

    def _adopt(self, label: QLabel) -> None:
        label.setMinimumWidth(LEAST_WIDTH)
        label.removeEventFilter(self)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._status_bar:
            if kind == QEvent.Type.ChildAdded:
                child = event.child()  # type: ignore[attr-defined]
                if isinstance(child, QLabel):
                    self._adopt(child)
            return False
        if isinstance(watched, QLabel) and is_cut(watched):
            if kind == QEvent.Type.Paint:
                paint_elided(watched)
                return True
            if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                tip = "\n".join(part for part in (watched.text(), watched.toolTip()) if part)
                QToolTip.showText(event.globalPos(), tip, watched)
                return True
        return False


def is_cut(label: QLabel) -> bool:
    width = label.contentsRect().width() - 2 * label.margin()
    return label.fontMetrics().horizontalAdvance(label.text()) > width


def paint_elided(label: QLabel) -> None:
    rect = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    text = label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, rect.width())
    painter = QPainter(label)
    label.style().drawItemText(
        painter,
        rect,
        int(label.alignment().value),
        label.palette(),
        label.isEnabled(),
        text,
        label.foregroundRole(),
    )
    painter.end()

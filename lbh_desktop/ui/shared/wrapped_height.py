"""Dialogs as tall as their wrapped texts need at their width, so no field is squeezed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _WrappedHeight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            fit_height(watched)
        return False


def fit_height(window: QWidget) -> None:
    """The window's minimum height: its layout's at its width, wrapped labels at their
    wrapped height."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalMinimumHeightForWidth(window.width())
    if needed > 0 and needed != window.minimumHeight():
        window.setMinimumHeight(needed)  # a shorter window grows to it


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Keeps `window` at least as tall as its layout needs at its width. Qt takes a window's
    minimum height from its layout, where a wrapped label counts a single line: a label that
    wraps onto more (a longer language, a problem shown later) would squeeze the fields."""
    window.installEventFilter(_WrappedHeight(window))

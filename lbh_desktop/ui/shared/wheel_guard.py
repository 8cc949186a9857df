"""Number boxes that change only when chosen: no wheel turns while the pointer passes over."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # the page around it scrolls instead, if it can
            return True
        return False


def change_only_when_focused(*widgets: QWidget) -> None:
    """The widgets take focus by click or Tab only (not by the wheel), and ignore the wheel
    until they have focus, so a stray scroll or a page opening never changes their value."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        guard = _WheelGuard(widget)
        widget.installEventFilter(guard)

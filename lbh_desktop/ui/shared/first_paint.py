"""Runs start-up work the first frame does not need just after the main window first paints."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FALLBACK_MS = 2000
"""Run the work anyway this long after start, if the window has not painted (e.g. minimized)."""


class AfterFirstPaint(QObject):
    """Watches the whole app for the first Paint inside `window`, then runs the callbacks once,
    from the event loop, after that paint is done. One per window: an app-wide filter in
    Python sees every event, so later requests join the pending one (after_first_paint)."""

    def __init__(self, window: QWidget, callbacks: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks = callbacks
        self.pending = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def add(self, callbacks: list[Callable[[], object]]) -> None:
        self._callbacks.extend(callbacks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.pending = False
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


def after_first_paint(window: QWidget, *callbacks: Callable[[], object]) -> None:
    """Runs `callbacks` once `window` has painted: with the other requests of the pending
    watcher, if there is one, else after the window's next paint; after FALLBACK_MS at the
    latest when it never paints."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for watcher in window.findChildren(AfterFirstPaint, options=direct):
        if watcher.pending:
            watcher.add(list(callbacks))
            return
    AfterFirstPaint(window, list(callbacks))

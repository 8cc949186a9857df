"""Driving the app like a user: keys to the focused widget, and the player's timer ticking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.app import App

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key press on whatever has the keyboard focus, as a user would type it."""
    QTest.keyClick(focused(), key, modifier)


def run_for(app: App, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Ticks every `step` s; quarter seconds add up exactly, so boundaries land on a tick."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        app.player.tick()

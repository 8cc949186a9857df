"""Driving the editor like a user: keys to the focused widget, picking routines by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from lbh_desktop.app import App

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key press on whatever has the keyboard focus, as a user would type it."""
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def routine_names(app: App) -> list[str]:
    routine_list = app.window.library.routine_list
    return [routine_list.item(row).text() for row in range(routine_list.count())]


def select_routine(app: App, name: str) -> None:
    app.window.library.routine_list.setCurrentRow(routine_names(app).index(name))
    app.window.library.routine_list.setFocus()

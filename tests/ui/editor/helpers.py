"""Driving the editor like a user: keys to the focused widget, picking routines by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lbh_desktop.shell.app import App
from tests.ui.driving import NO_MODIFIER as NO_MODIFIER  # re-exported
from tests.ui.driving import focused
from tests.ui.driving import press as press  # re-exported

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def routine_names(app: App) -> list[str]:
    routine_list = app.window.library.routine_list
    return [routine_list.item(row).text() for row in range(routine_list.count())]


def select_routine(app: App, name: str) -> None:
    app.window.library.routine_list.setCurrentRow(routine_names(app).index(name))
    app.window.library.routine_list.setFocus()

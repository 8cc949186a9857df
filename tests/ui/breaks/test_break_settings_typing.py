"""Break settings: what the user types in the interval and hours is what OK saves."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.breaks.break_settings_dialog import (
    BreakChoices,
    BreakSettingsDialog,
    parse_time,
)

# Showing a dialog sets its size hints; the offscreen test platform cannot and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CHOICES = BreakChoices(
    interval_minutes=50,
    working_days=frozenset({0, 1, 2, 3, 4}),
    start=time(9, 0),
    end=time(17, 30),
    pinned_routine="",
    close_to_tray=True,
    start_at_login=False,
)


def text_field(widget: QWidget) -> QLineEdit:
    if isinstance(widget, QLineEdit):
        return widget
    found = widget.findChild(QLineEdit)
    assert found is not None
    return found


def ok_button(dialog: BreakSettingsDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def shown_dialog(qtbot: QtBot) -> BreakSettingsDialog:
    dialog = BreakSettingsDialog(CHOICES, [], "", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_over(field: QLineEdit, text: str, how: str) -> None:
    field.setFocus()
    if how == "select all":
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:  # click at the end and rub out what is there
        QTest.mouseClick(
            field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 3, field.height() // 2)
        )
        for _ in range(len(field.text())):
            QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, text)


@pytest.mark.parametrize("how", ["select all", "backspace"])
@pytest.mark.parametrize(
    ("name", "typed", "expected"),
    [
        ("start", "8:15", time(8, 15)),
        ("start", "08:15", time(8, 15)),
        ("start", "815", time(8, 15)),
        ("end", "16:45", time(16, 45)),
        ("end", "18", time(18, 0)),
        ("interval", "25", 25),
    ],
)
@pytest.mark.parametrize("finish", ["Enter", "OK"])
def test_a_typed_value_then_ok_is_saved(
    qtbot: QtBot, name: str, typed: str, expected: object, how: str, finish: str
) -> None:
    dialog = shown_dialog(qtbot)
    field = text_field(getattr(dialog, name))
    type_over(field, typed, how)
    if finish == "Enter":
        QTest.keyClick(field, Qt.Key.Key_Return)
    else:
        QTest.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == BreakSettingsDialog.DialogCode.Accepted
    chosen = dialog.choices()
    value = chosen.interval_minutes if name == "interval" else getattr(chosen, name)
    assert value == expected


def test_a_time_that_cannot_be_read_blocks_ok_with_a_message(qtbot: QtBot) -> None:
    dialog = shown_dialog(qtbot)
    type_over(text_field(dialog.start), "99:99", "select all")
    assert not ok_button(dialog).isEnabled()
    assert "hours and minutes" in dialog.problem_label.text()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8", time(8, 0)),
        ("8:5", None),
        ("08.15", time(8, 15)),
        ("17h30", time(17, 30)),
        ("0815", time(8, 15)),
        ("24:00", None),
        ("", None),
    ],
)
def test_parse_time(typed: str, expected: time | None) -> None:
    assert parse_time(typed) == expected


def test_up_and_down_step_a_quarter_of_an_hour(qtbot: QtBot) -> None:
    dialog = shown_dialog(qtbot)
    dialog.start.setFocus()
    QTest.keyClick(dialog.start, Qt.Key.Key_Up)
    assert dialog.choices().start == time(9, 15)
    QTest.keyClick(dialog.start, Qt.Key.Key_Down)
    QTest.keyClick(dialog.start, Qt.Key.Key_Down)
    assert dialog.choices().start == time(8, 45)

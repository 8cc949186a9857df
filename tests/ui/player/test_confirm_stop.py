"""The real stop confirmation: only an explicit Stop stops; Esc and Keep going do not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.player.player_controller import ConfirmStop

# The autouse guard in conftest replaces `ask`; keep the real one for this test.
REAL_ASK = ConfirmStop.ask.__func__  # type: ignore[attr-defined]


def answer_with(action: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    if action == "escape":
        QTest.keyClick(box, Qt.Key.Key_Escape)
        return
    (button,) = [b for b in box.buttons() if b.text() == action]
    button.click()


# QMessageBox asks the platform to propagate size hints; only the offscreen test platform
# cannot, and says so with a warning.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("action", "stops"), [("Stop", True), ("Keep going", False), ("escape", False)]
)
def test_stop_dialog_answers(qtbot: QtBot, action: str, stops: bool) -> None:
    QTimer.singleShot(50, lambda: answer_with(action))
    assert REAL_ASK(ConfirmStop, None) is stops

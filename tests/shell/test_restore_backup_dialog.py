"""The restore offer after a damaged data file: plain text, clear buttons, both answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.startup_repository import RestoreBackupDialog
from lbh_desktop.storage.backups import Backup
from lbh_desktop.storage.recovery import GoodBackup, SetAside

SET_ASIDE = SetAside(
    moved_to=Path("/home/ana/.local/share/lbh-desktop/lbh-desktop.json.corrupt-20260106-081500"),
    problem="it is not valid JSON (Expecting value at line 1, column 1) <b>not bold</b>",
    good_backup=GoodBackup(Backup(Path("/b/lbh-desktop-2026-01-05.json"), date(2026, 1, 5)), 42),
)


# The offscreen platform warns when a modal dialog shows; harmless here.
shows_modal = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_dialog_says_what_happened_in_plain_text(qtbot: QtBot) -> None:
    dialog = RestoreBackupDialog(None, SET_ASIDE)
    qtbot.addWidget(dialog)
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    assert str(SET_ASIDE.moved_to) in dialog.text()
    assert "nothing is lost" in dialog.text()
    assert "<b>not bold</b>" in dialog.text()  # shown as typed, never as markup
    assert "42 sessions" in dialog.informativeText()
    assert "2026" in dialog.informativeText()
    assert dialog.defaultButton() is dialog.restore_button
    assert dialog.escapeButton() is dialog.empty_button
    for button in (dialog.restore_button, dialog.empty_button):
        assert button.toolTip() and button.accessibleName() == button.text()
        assert button.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert not QtGui.Qt.mightBeRichText(dialog.informativeText())


@shows_modal
@pytest.mark.parametrize("button, expected", [("restore_button", True), ("empty_button", False)])
def test_ask_returns_the_users_choice(qtbot: QtBot, button: str, expected: bool) -> None:
    clicked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreBackupDialog):
            QTimer.singleShot(10, answer)
            return
        clicked.append(getattr(dialog, button).text())
        getattr(dialog, button).click()

    QTimer.singleShot(0, answer)
    assert RestoreBackupDialog.ask(None, SET_ASIDE) is expected
    assert len(clicked) == 1


@shows_modal
def test_escape_starts_empty(qtbot: QtBot) -> None:
    def press_escape() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreBackupDialog):
            QTimer.singleShot(10, press_escape)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert RestoreBackupDialog.ask(None, SET_ASIDE) is False

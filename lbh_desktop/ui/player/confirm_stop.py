"""The "Stop the routine now?" question; Keep going is the default and the Escape answer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmStop:
    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Stop the routine?")
        box.setText("Stop the routine now?")
        box.setInformativeText("What you have done so far is kept in your history.")
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 320px; }")
        stop = box.addButton("Stop", QMessageBox.ButtonRole.DestructiveRole)
        keep_going = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep_going)
        box.setEscapeButton(keep_going)
        box.exec()
        return box.clickedButton() is stop

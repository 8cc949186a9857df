"""The "Stop the routine now?" question; Keep going is the default and the Escape answer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.core.i18n import translate


class ConfirmStop:
    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("confirm_stop", "Stop the routine?"))
        box.setText(translate("confirm_stop", "Stop the routine now?"))
        box.setInformativeText(
            translate("confirm_stop", "What you have done so far is kept in your history.")
        )
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 320px; }")
        stop = box.addButton(
            translate("confirm_stop", "Stop"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep_going = box.addButton(
            translate("confirm_stop", "Keep going"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep_going)
        box.setEscapeButton(keep_going)
        box.exec()
        return box.clickedButton() is stop

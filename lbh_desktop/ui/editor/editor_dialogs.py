"""Small questions the editor asks: unsaved changes, confirming a delete, and plain notices."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from lbh_desktop.core.i18n import translate


class LeaveChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget | None, title: str, text: str, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(detail)
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 320px; }")
    return box


class UnsavedChanges:
    @classmethod
    def ask(cls, parent: QWidget | None, routine_name: str) -> LeaveChoice:
        box = _box(
            parent,
            translate("editor_dialogs", "Unsaved changes"),
            translate("editor_dialogs", "Save the changes to “{name}”?").format(name=routine_name),
            translate("editor_dialogs", "If you don't save, your changes are lost."),
        )
        box.setIcon(QMessageBox.Icon.Question)
        save = box.addButton(translate("editor_dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            translate("editor_dialogs", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(
            translate("editor_dialogs", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return LeaveChoice.SAVE
        if clicked is discard:
            return LeaveChoice.DISCARD
        return LeaveChoice.CANCEL


class ConfirmDelete:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str, detail: str) -> bool:
        question = translate("editor_dialogs", "Delete “{name}”?").format(name=name)
        box = _box(parent, translate("editor_dialogs", "Delete?"), question, detail)
        box.setIcon(QMessageBox.Icon.Warning)
        delete = box.addButton(
            translate("editor_dialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("editor_dialogs", "Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete


class Notice:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        box = _box(parent, title, text, "")
        box.setIcon(QMessageBox.Icon.Information)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

"""The library page's routine actions: new, duplicate, edit, rename, delete, restore built-ins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.ui.shared.adaptive_row import FlowRow


def _edit_tip(builtin: bool) -> str:
    if builtin:
        return translate(
            "routine_actions",
            "Built-in routines can't be changed; duplicate one to make your own (Ctrl+D)",
        )
    return translate("routine_actions", "Change this routine's steps (Ctrl+E; F2 renames)")


class LibraryActions(QWidget):
    """Buttons plus page-wide shortcuts; each signal carries the selected routine's id."""

    new_requested = Signal()
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    restore_requested = Signal()

    def __init__(self, current_id: Callable[[], str | None], page: QWidget) -> None:
        super().__init__(page)
        self._current_id = current_id
        self.new_button = self._button(
            translate("routine_actions", "&New"),
            translate("routine_actions", "Make a new routine (Ctrl+N)"),
        )
        self.duplicate_button = self._button(
            translate("routine_actions", "&Duplicate"),
            translate("routine_actions", "Copy this routine to change it (Ctrl+D)"),
        )
        self.edit_button = self._button(
            translate("routine_actions", "Ed&it"), _edit_tip(builtin=False)
        )
        self.delete_button = self._button(
            translate("routine_actions", "Dele&te"),
            translate("routine_actions", "Delete this routine (Delete); asks first"),
        )
        self.restore_button = self._button(
            translate("routine_actions", "Restore b&uilt-ins…"),
            translate("routine_actions", "Bring back deleted or changed built-in routines"),
        )
        # A flow, not a grid: with large text the buttons go onto more lines, never get clipped.
        buttons = FlowRow(
            [self.new_button, self.duplicate_button, self.edit_button, self.delete_button]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buttons)
        layout.addWidget(self.restore_button)

        self.new_button.clicked.connect(self.new_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        for button, signal in (
            (self.duplicate_button, self.duplicate_requested),
            (self.edit_button, self.edit_requested),
            (self.delete_button, self.delete_requested),
        ):
            button.clicked.connect(lambda _=False, signal=signal: self._emit(signal))
        shortcuts = (
            ("Ctrl+N", lambda: self.new_requested.emit()),
            ("Ctrl+D", lambda: self._emit(self.duplicate_requested, self.duplicate_button)),
            ("Ctrl+E", lambda: self._emit(self.edit_requested, self.edit_button)),
            ("F2", lambda: self._emit(self.rename_requested, self.edit_button)),
            (QKeySequence.StandardKey.Delete, lambda: self._emit(self.delete_requested, None)),
        )
        for key, slot in shortcuts:
            action = QAction(page)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            page.addAction(action)

    def set_state(self, has_routine: bool, builtin: bool) -> None:
        self.duplicate_button.setEnabled(has_routine)
        self.delete_button.setEnabled(has_routine)
        self.edit_button.setEnabled(has_routine and not builtin)
        self.edit_button.setToolTip(_edit_tip(builtin))

    def _emit(self, signal: SignalInstance, button: QPushButton | None = None) -> None:
        routine_id = self._current_id()
        if routine_id and (button is None or button.isEnabled()):
            signal.emit(routine_id)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

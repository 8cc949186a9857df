"""The routine editor page, layout only: name and kind, the step list, step form and picker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.library import KIND_LABELS, kind_name, level_name
from lbh_desktop.core.models import Level
from lbh_desktop.ui.editor.exercise_picker import ExercisePicker
from lbh_desktop.ui.editor.step_form import StepForm, message_label
from lbh_desktop.ui.editor.step_list_model import StepListModel
from lbh_desktop.ui.shared.adaptive_row import FlowRow
from lbh_desktop.ui.shared.plain_label import plain_label
from lbh_desktop.ui.shared.scrolling import scrolling

STEP_TAB, PICKER_TAB = 0, 1
LIST_MIN_LINES = 6


class EditorUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z in text fields reach the editor's undo stack, not the field's
    own undo, so one history covers every edit."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if any(event.matches(key) for key in self.KEYS):
                return True  # not accepted: the window's shortcut runs instead
        return super().eventFilter(watched, event)


def _button(text: str, tip: str) -> QPushButton:
    """A button with its (translated) text and tooltip; its accessible name has no mnemonic."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", ""))
    return button


class EditorView(QWidget):
    """Widgets and shortcuts of the editor; the EditorController connects and fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label(object_name="detailTitle")
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("editor_view", "Routine name"))
        self.name_edit.setToolTip(
            translate("editor_view", "The routine's name, as the library shows it")
        )
        self.name_edit.setMaxLength(120)
        self.name_message = message_label()
        self.kind_combo = QComboBox()
        for kind in KIND_LABELS:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.kind_combo.setAccessibleName(translate("editor_view", "Routine kind"))
        self.kind_combo.setToolTip(
            translate("editor_view", "Strength, stretch, warm-up or desk break")
        )
        self.level_combo = QComboBox()
        for level in Level:
            self.level_combo.addItem(level_name(level), level.value)
        self.level_combo.setAccessibleName(translate("editor_view", "Routine level"))
        self.level_combo.setToolTip(translate("editor_view", "Who the routine is for"))
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(translate("editor_view", "Description"))
        self.description_edit.setToolTip(
            translate("editor_view", "A line about the routine (optional)")
        )
        self.total_label = plain_label(object_name="detailMeta")
        self.total_label.setAccessibleName(translate("editor_view", "Total duration"))

        self.step_model = StepListModel()
        self.step_list = QListView()
        self.step_list.setModel(self.step_model)
        self.step_list.setAccessibleName(translate("editor_view", "Steps"))
        self.step_list.setToolTip(
            translate("editor_view", "Drag to reorder, or Alt+Up / Alt+Down; Delete removes")
        )
        self.step_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.step_list.setDragDropOverwriteMode(False)
        self.step_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.step_list.setDropIndicatorShown(True)
        self.step_list.setWordWrap(True)
        self.step_list.setSpacing(3)
        self.step_list.setAlternatingRowColors(True)
        self.steps_message = message_label()
        self.remove_button = _button(
            translate("editor_view", "&Remove"),
            translate("editor_view", "Remove the selected step (Delete)"),
        )
        self.up_button = _button(
            translate("editor_view", "Move up"),
            translate("editor_view", "Move the selected step up (Alt+Up)"),
        )
        self.down_button = _button(
            translate("editor_view", "Move down"),
            translate("editor_view", "Move the selected step down (Alt+Down)"),
        )
        self.add_moves_button = _button(
            translate("editor_view", "Add &moves…"),
            translate("editor_view", "Find moves to add (Ctrl+F)"),
        )

        self.step_form = StepForm()
        self.picker = ExercisePicker()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.step_form, translate("editor_view", "Step"))
        self.tabs.addTab(self.picker, translate("editor_view", "Add moves"))
        self.tabs.setAccessibleName(translate("editor_view", "Step details and moves"))

        self.undo_button = _button(
            translate("editor_view", "Undo"),
            translate("editor_view", "Undo the last change (Ctrl+Z)"),
        )
        self.redo_button = _button(
            translate("editor_view", "Redo"),
            translate("editor_view", "Redo what was undone (Ctrl+Shift+Z)"),
        )
        self.close_button = _button(
            translate("editor_view", "Close"),
            translate("editor_view", "Back to the routines; asks about unsaved changes"),
        )
        self.save_button = _button(
            translate("editor_view", "&Save"),
            translate("editor_view", "Save the routine and go back to the routines (Ctrl+S)"),
        )
        self.save_button.setObjectName("primary")
        self.save_hint = plain_label(wrap=True, object_name="detailMeta")

        name_label = QLabel(translate("editor_view", "&Name:"))
        name_label.setBuddy(self.name_edit)
        kind_label = QLabel(translate("editor_view", "&Kind:"))
        kind_label.setBuddy(self.kind_combo)
        level_label = QLabel(translate("editor_view", "&Level:"))
        level_label.setBuddy(self.level_combo)
        description_label = QLabel(translate("editor_view", "Description:"))
        description_label.setBuddy(self.description_edit)
        self._kind_and_level = QWidget()
        kind_row = QHBoxLayout(self._kind_and_level)
        kind_row.setContentsMargins(0, 0, 0, 0)
        for widget in (kind_label, self.kind_combo, level_label, self.level_combo):
            kind_row.addWidget(widget)
        kind_row.addStretch(1)
        self._header = QGridLayout()
        header = self._header
        header.addWidget(name_label, 0, 0)
        header.addWidget(self.name_edit, 0, 1)
        header.addWidget(self._kind_and_level, 0, 2)
        header.addWidget(self.name_message, 2, 1, 1, 2)
        header.addWidget(description_label, 3, 0)
        header.addWidget(self.description_edit, 3, 1, 1, 2)
        header.setColumnStretch(1, 1)
        self._kind_beside_name = True
        self._fit_lists()

        steps_label = QLabel(translate("editor_view", "S&teps:"))
        steps_label.setBuddy(self.step_list)
        self.total_label.setWordWrap(True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        steps_title = QHBoxLayout()
        steps_title.addWidget(steps_label, 0, Qt.AlignmentFlag.AlignTop)
        steps_title.addWidget(self.total_label, 1)
        step_buttons = FlowRow(
            [self.up_button, self.down_button, self.remove_button], justify=False
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(steps_title)
        left_layout.addWidget(self.step_list, 1)
        left_layout.addWidget(self.steps_message)
        left_layout.addWidget(step_buttons)
        left_layout.addWidget(self.add_moves_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(250)
        self.tabs.setMinimumWidth(360)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(9, 0, 9, 9)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.save_hint, 1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        # The page scrolls only when its minimum does not fit (200 % text in 800×600); the
        # undo and save buttons never scroll out of sight.
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.title_label)
        content_layout.addLayout(header)
        content_layout.addWidget(splitter, 1)
        page_scroll = scrolling(content, takes_focus=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_scroll, 1)
        layout.addLayout(bottom)

        self.undo_action = self._action(translate("editor_view", "Undo"), "Ctrl+Z")
        self.redo_action = self._action(translate("editor_view", "Redo"), "Ctrl+Shift+Z", "Ctrl+Y")
        self.save_action = self._action(translate("editor_view", "Save"), "Ctrl+S")
        self.move_up_action = self._action(translate("editor_view", "Move step up"), "Alt+Up")
        self.move_down_action = self._action(translate("editor_view", "Move step down"), "Alt+Down")
        self.find_action = self._action(translate("editor_view", "Find moves"), "Ctrl+F")
        self.change_move_action = self._action(translate("editor_view", "Change move"), "Ctrl+M")
        self._undo_keys = EditorUndoKeys(self)
        form = self.step_form
        for field in (
            self.name_edit,
            self.description_edit,
            self.picker.search,
            form.seconds,
            form.reps,
            form.sets,
            form.rest_between,
            form.rest_after,
        ):
            field.installEventFilter(self._undo_keys)
        self.remove_action = QAction(translate("editor_view", "Remove step"), self.step_list)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.step_list.addAction(self.remove_action)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_lists()
            self._fit_header()

    def _fit_lists(self) -> None:
        """The step and move lists show a few entries at any text size; the page scrolls."""
        least = self.fontMetrics().lineSpacing() * LIST_MIN_LINES
        self.step_list.setMinimumHeight(least)
        self.picker.results.setMinimumHeight(least)

    def _fit_header(self) -> None:
        """Kind and level beside the name, or on a line of their own when the text is large."""
        header = self._header
        name_label = header.itemAtPosition(0, 0)
        needed = (
            sum(widget.sizeHint().width() for widget in (self.name_edit, self._kind_and_level))
            + (name_label.sizeHint().width() if name_label else 0)
            + 4 * max(header.horizontalSpacing(), 6)
        )
        beside = needed <= self.width() - 24
        if beside == self._kind_beside_name:
            return
        self._kind_beside_name = beside
        header.removeWidget(self._kind_and_level)
        header.removeWidget(self.name_edit)
        if beside:
            header.addWidget(self.name_edit, 0, 1)
            header.addWidget(self._kind_and_level, 0, 2)
        else:
            header.addWidget(self.name_edit, 0, 1, 1, 2)
            header.addWidget(self._kind_and_level, 1, 1, 1, 2)

    def _action(self, text: str, *keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def current_step_row(self) -> int:
        index = self.step_list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_step(self, row: int) -> None:
        if 0 <= row < self.step_model.rowCount():
            self.step_list.setCurrentIndex(self.step_model.index(row, 0))

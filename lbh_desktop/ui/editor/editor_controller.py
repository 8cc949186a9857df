"""Runs the editor page: one draft routine, a QUndoStack of draft swaps, validation and saving."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QUndoStack

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.editor_validation import (
    Issue,
    has_errors,
    save_hint,
    step_summary,
    validate,
)
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.library import unknown_move
from lbh_desktop.core.models import Routine
from lbh_desktop.core.routine_editing import (
    add_step,
    move_step,
    remove_step,
    step_for,
    step_list_rows,
    total_text,
    update_step,
    with_exercise,
    with_routine_field,
    with_step_field,
)
from lbh_desktop.ui.editor.editor_dialogs import LeaveChoice, Notice, UnsavedChanges
from lbh_desktop.ui.editor.editor_view import PICKER_TAB, STEP_TAB, EditorView
from lbh_desktop.ui.editor.picker_feed import PickerFeed
from lbh_desktop.ui.editor.step_form import show_issues
from lbh_desktop.ui.editor.undo_commands import DraftChange

SPIN_FIELDS = ("seconds", "reps", "sets", "rest_between_sets", "rest_after")
CHANGE_TEXTS = {
    "mode": QT_TRANSLATE_NOOP("editor_controller", "Change mode"),
    "seconds": QT_TRANSLATE_NOOP("editor_controller", "Change seconds"),
    "reps": QT_TRANSLATE_NOOP("editor_controller", "Change reps"),
    "sets": QT_TRANSLATE_NOOP("editor_controller", "Change sets"),
    "rest_between_sets": QT_TRANSLATE_NOOP("editor_controller", "Change rest between sets"),
    "rest_after": QT_TRANSLATE_NOOP("editor_controller", "Change rest after"),
    "per_side": QT_TRANSLATE_NOOP("editor_controller", "Change per side"),
    "variation": QT_TRANSLATE_NOOP("editor_controller", "Change variation"),
    "name": QT_TRANSLATE_NOOP("editor_controller", "Change name"),
    "kind": QT_TRANSLATE_NOOP("editor_controller", "Change kind"),
    "level": QT_TRANSLATE_NOOP("editor_controller", "Change level"),
    "description": QT_TRANSLATE_NOOP("editor_controller", "Change description"),
}
"""The undo history's name for a change of each step or routine field."""


def _new_routine() -> str:
    return translate("editor_controller", "New routine")


def _change_text(field: str) -> str:
    text = CHANGE_TEXTS.get(field)
    return translate("editor_controller", text) if text else field


class EditorController(QObject):
    """Edits one routine at a time; `finished(routine_id)` when the user leaves the editor."""

    finished = Signal(str)
    saved = Signal(str)

    def __init__(
        self,
        view: EditorView,
        catalogue: Callable[[], Catalogue],
        routine_names: Callable[[str], list[str]],
        save_routine: Callable[[Routine], None],
    ) -> None:
        """`routine_names(id)`: names of every other routine; `save_routine` may raise OSError."""
        super().__init__(view)
        self.view = view
        self._catalogue = catalogue
        self._routine_names = routine_names
        self._save_routine = save_routine
        self.undo_stack = QUndoStack(self)
        self.saved_routine: Routine | None = None
        self.draft: Routine | None = None
        self.issues: list[Issue] = []
        self._picker_feed = PickerFeed(view.picker, catalogue)
        self._connect()

    # Opening and leaving

    @property
    def active(self) -> bool:
        return self.draft is not None

    @property
    def dirty(self) -> bool:
        return self.draft is not None and self.draft != self.saved_routine

    def open(self, routine: Routine, *, is_new: bool = False) -> None:
        """Start editing `routine` (a copy or a new one when is_new: unsaved until saved)."""
        if routine.builtin:
            raise ValueError("built-in routines are read-only; duplicate one to change it")
        self.saved_routine = None if is_new else routine
        self.undo_stack.clear()
        self.view.title_label.setText(
            _new_routine() if is_new else translate("editor_controller", "Edit routine")
        )
        self.view.tabs.setCurrentIndex(PICKER_TAB if not routine.steps else STEP_TAB)
        self.refresh_catalogue()
        self._apply(routine, 0)

    def confirm_leave(self) -> bool:
        """True when the editor may be left: nothing unsaved, or saved or discarded on request."""
        if not self.dirty:
            self._close()
            return True
        assert self.draft is not None
        choice = UnsavedChanges.ask(self.view.window(), self.draft.name.strip() or _new_routine())
        if choice is LeaveChoice.CANCEL:
            return False
        if choice is LeaveChoice.SAVE and not self._save():
            return False
        self._close()
        return True

    def save(self) -> None:
        """Save and go back to the routines (Save button, Ctrl+S)."""
        if self.draft is not None and self._save():
            routine_id = self.draft.id
            self._close()
            self.finished.emit(routine_id)

    def leave(self) -> None:
        """The Close button: back to the routines, asking first about unsaved changes."""
        routine_id = self.draft.id if self.draft else ""
        if self.confirm_leave():
            self.finished.emit(routine_id)

    def _save(self) -> bool:
        if self.draft is None:
            return False
        if has_errors(self.issues):
            Notice.show(
                self.view.window(),
                translate("editor_controller", "Can't save yet"),
                translate("editor_controller", "Fix the marked problems first."),
            )
            return False
        clean = replace(self.draft, name=self.draft.name.strip())
        try:
            self._save_routine(clean)
        except OSError as error:
            Notice.show(self.view.window(), translate("editor_controller", "Not saved"), str(error))
            return False
        self.saved_routine = self.draft = clean
        self.saved.emit(clean.id)
        return True

    def _close(self) -> None:
        self.draft = self.saved_routine = None
        self.undo_stack.clear()

    # Edits, each one an undo command

    def push(self, text: str, after: Routine, rows: tuple[int, int], merge_key: str = "") -> None:
        if self.draft is None or after == self.draft:
            return
        self.undo_stack.push(DraftChange(text, self.draft, after, self._apply, rows, merge_key))

    def add_exercise(self, exercise_id: str) -> None:
        exercise = self._catalogue().get(exercise_id)
        if self.draft is None or exercise is None:
            return
        row = self.view.current_step_row()
        at = row + 1 if row >= 0 else len(self.draft.steps)
        after = add_step(self.draft, step_for(exercise), at)
        text = translate("editor_controller", "Add {name}").format(name=exercise.name)
        self.push(text, after, (row, at))

    def replace_exercise(self, exercise_id: str) -> None:
        exercise = self._catalogue().get(exercise_id)
        row = self.view.current_step_row()
        if self.draft is None or exercise is None or row < 0:
            return
        step = with_exercise(self.draft.steps[row], exercise)
        text = translate("editor_controller", "Use {name}").format(name=exercise.name)
        self.push(text, update_step(self.draft, row, step), (row, row))
        self.view.tabs.setCurrentIndex(STEP_TAB)

    def remove_current(self) -> None:
        row = self.view.current_step_row()
        if self.draft is None or row < 0:
            return
        after = remove_step(self.draft, row)
        text = translate("editor_controller", "Remove step")
        self.push(text, after, (row, min(row, len(after.steps) - 1)))

    def move_current(self, offset: int) -> None:
        row = self.view.current_step_row()
        if self.draft is not None and 0 <= row + offset < len(self.draft.steps) and row >= 0:
            self.move(row, row + offset)

    def move(self, source: int, target: int) -> None:
        if self.draft is not None and source != target:
            text = translate("editor_controller", "Move step")
            self.push(text, move_step(self.draft, source, target), (source, target))

    def edit_step(self, field: str, value: object) -> None:
        row = self.view.current_step_row()
        if self.draft is None or row < 0:
            return
        step = self.draft.steps[row]
        new = with_step_field(step, field, value, self._catalogue().get(step.exercise_id))
        merge = f"{row}.{field}" if field in SPIN_FIELDS else ""
        self.push(_change_text(field), update_step(self.draft, row, new), (row, row), merge)

    def edit_routine(self, field: str, value: str) -> None:
        if self.draft is None:
            return
        after = with_routine_field(self.draft, field, value)
        row = self.view.current_step_row()
        merge = field if field in ("name", "description") else ""
        self.push(_change_text(field), after, (row, row), merge)

    # Showing the draft

    def _apply(self, draft: Routine, select_row: int) -> None:
        self.draft = draft
        catalogue = self._catalogue()
        self.issues = validate(draft, catalogue, self._routine_names(draft.id))
        rows = step_list_rows(draft, catalogue, step_summary(self.issues))
        keep = self.view.current_step_row() if select_row < 0 else select_row
        self.view.step_model.set_rows(rows)
        self.view.select_step(min(keep, len(rows) - 1) if rows else -1)
        self._show_header(draft)
        self._show_current_step()
        show_issues(self.view.name_message, [i for i in self.issues if i.field == "name"])
        show_issues(self.view.steps_message, [i for i in self.issues if i.field == "steps"])
        self.view.total_label.setText(total_text(draft, self._catalogue()))
        errors = has_errors(self.issues)
        self.view.save_button.setEnabled(not errors)
        self.view.save_action.setEnabled(not errors)
        self.view.save_hint.setText(save_hint(self.issues, self.dirty))
        self._update_step_buttons()

    def _show_header(self, draft: Routine) -> None:
        view = self.view
        if view.name_edit.text() != draft.name:
            view.name_edit.setText(draft.name)
        if view.description_edit.text() != draft.description:
            view.description_edit.setText(draft.description)
            view.description_edit.setCursorPosition(0)
        for combo, value in (
            (view.kind_combo, draft.kind.value),
            (view.level_combo, draft.level.value),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def _show_current_step(self) -> None:
        row = self.view.current_step_row()
        if self.draft is None or row < 0:
            self.view.step_form.set_step(None, "")
            self.view.picker.set_can_replace(False)
            self._update_step_buttons()
            return
        step = self.draft.steps[row]
        exercise = self._catalogue().get(step.exercise_id)
        name = exercise.name if exercise else unknown_move(step.exercise_id)
        self.view.step_form.set_step(step, f"{row + 1}. {name}")
        self.view.step_form.show_issues([i for i in self.issues if i.step_index == row])
        self.view.picker.set_can_replace(True)
        self._update_step_buttons()

    def _update_step_buttons(self) -> None:
        row = self.view.current_step_row()
        count = len(self.draft.steps) if self.draft else 0
        view = self.view
        view.remove_button.setEnabled(row >= 0)
        view.up_button.setEnabled(row > 0)
        view.down_button.setEnabled(0 <= row < count - 1)
        view.undo_button.setEnabled(self.undo_stack.canUndo())
        view.redo_button.setEnabled(self.undo_stack.canRedo())

    def refresh_catalogue(self) -> None:
        """Refill the picker (after custom exercises change) and re-check the draft."""
        self._picker_feed.reload()
        if self.draft is not None:
            self._apply(self.draft, -1)

    def _focus_picker(self) -> None:
        self.view.tabs.setCurrentIndex(PICKER_TAB)
        self.view.picker.search.setFocus()
        self.view.picker.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.step_list and event.type() == QEvent.Type.FocusIn:
            self.view.tabs.setCurrentIndex(STEP_TAB)  # the selected step's details
        return super().eventFilter(watched, event)

    def _connect(self) -> None:
        view = self.view
        view.step_list.installEventFilter(self)
        view.name_edit.textEdited.connect(lambda text: self.edit_routine("name", text))
        view.description_edit.textEdited.connect(lambda t: self.edit_routine("description", t))
        view.kind_combo.currentIndexChanged.connect(
            lambda _: self.edit_routine("kind", view.kind_combo.currentData())
        )
        view.level_combo.currentIndexChanged.connect(
            lambda _: self.edit_routine("level", view.level_combo.currentData())
        )
        view.step_list.selectionModel().currentChanged.connect(lambda *_: self._show_current_step())
        view.step_model.move_requested.connect(self.move)
        view.step_form.edited.connect(self.edit_step)
        view.step_form.change_move_requested.connect(self._focus_picker)
        view.picker.add_requested.connect(self.add_exercise)
        view.picker.replace_requested.connect(self.replace_exercise)
        view.remove_button.clicked.connect(self.remove_current)
        view.remove_action.triggered.connect(self.remove_current)
        view.up_button.clicked.connect(lambda: self.move_current(-1))
        view.down_button.clicked.connect(lambda: self.move_current(1))
        view.move_up_action.triggered.connect(lambda: self.move_current(-1))
        view.move_down_action.triggered.connect(lambda: self.move_current(1))
        view.add_moves_button.clicked.connect(self._focus_picker)
        view.find_action.triggered.connect(self._focus_picker)
        view.change_move_action.triggered.connect(self._focus_picker)
        view.undo_button.clicked.connect(self.undo_stack.undo)
        view.redo_button.clicked.connect(self.undo_stack.redo)
        view.undo_action.triggered.connect(self.undo_stack.undo)
        view.redo_action.triggered.connect(self.undo_stack.redo)
        view.save_button.clicked.connect(self.save)
        view.save_action.triggered.connect(self.save)
        view.close_button.clicked.connect(self.leave)
        self.undo_stack.canUndoChanged.connect(view.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(view.redo_button.setEnabled)

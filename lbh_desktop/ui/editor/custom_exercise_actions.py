"""New, change and delete the user's own exercises from the editor's move picker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import ModelError, Routine
from lbh_desktop.storage.repository import ExerciseInUseError
from lbh_desktop.ui.editor.custom_exercise_dialog import CustomExerciseDialog
from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete, Notice
from lbh_desktop.ui.editor.exercise_picker import ExercisePicker
from lbh_desktop.ui.editor.exercise_store import ExerciseStore
from lbh_desktop.ui.editor.picture_import import PictureError


class CustomExerciseActions(QObject):
    def __init__(
        self,
        picker: ExercisePicker,
        store: ExerciseStore,
        draft: Callable[[], Routine | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._picker = picker
        self._store = store
        self._draft = draft
        self._parent = parent
        picker.new_exercise_requested.connect(lambda: self.edit(None))
        picker.edit_exercise_requested.connect(self.edit)
        picker.delete_exercise_requested.connect(self.delete)

    def edit(self, exercise_id: str | None) -> None:
        """Make a new exercise (None) or change one; problems are shown and nothing changes."""
        existing = self._store.catalogue.get(exercise_id) if exercise_id else None
        taken = self._store.exercise_names(except_id=exercise_id or "")
        answer = CustomExerciseDialog.ask(self._parent, taken, existing)
        if answer is None:
            return
        try:
            saved = self._store.save(answer.fields, exercise_id, answer.picture_source)
        except (PictureError, ModelError, OSError) as error:
            title = translate("custom_exercise_actions", "Exercise not saved")
            Notice.show(self._parent, title, str(error))
            return
        self._picker.search.setText(saved.name)

    def delete(self, exercise_id: str) -> None:
        exercise = self._store.catalogue.get(exercise_id)
        if exercise is None:
            return
        draft = self._draft()
        if draft is not None and any(step.exercise_id == exercise_id for step in draft.steps):
            Notice.show(
                self._parent,
                translate("custom_exercise_actions", "Exercise in use"),
                translate(
                    "custom_exercise_actions",
                    "“{name}” is a step of this routine. Remove that step first.",
                ).format(name=exercise.name),
            )
            return
        detail = translate("custom_exercise_actions", "Your own exercise and its picture.")
        if not ConfirmDelete.ask(self._parent, exercise.name, detail):
            return
        try:
            self._store.delete(exercise_id)
        except (ExerciseInUseError, OSError) as error:
            title = translate("custom_exercise_actions", "Exercise not deleted")
            Notice.show(self._parent, title, str(error))

"""Fills the move picker from the current catalogue whenever its search or filters change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.custom_exercise import is_custom
from lbh_desktop.core.editor_picker import (
    describe,
    equipment_options,
    filter_exercises,
    target_options,
)
from lbh_desktop.ui.editor.exercise_picker import ExercisePicker


class PickerFeed(QObject):
    def __init__(self, picker: ExercisePicker, catalogue: Callable[[], Catalogue]) -> None:
        super().__init__(picker)
        self._picker = picker
        self._catalogue = catalogue
        picker.filter_changed.connect(self.refresh)

    def reload(self) -> None:
        """The catalogue changed: new filter choices, then the list."""
        exercises = list(self._catalogue())
        self._picker.set_filter_options(target_options(exercises), equipment_options(exercises))
        self.refresh()

    def refresh(self) -> None:
        catalogue = self._catalogue()
        found = filter_exercises(catalogue, self._picker.current_filter())
        main_names = {e.id: e.name for e in catalogue}
        self._picker.set_exercises(
            [(e.id, e.name, describe(e, main_names), is_custom(e.id)) for e in found]
        )

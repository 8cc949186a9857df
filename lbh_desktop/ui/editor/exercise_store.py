"""The catalogue the app plays from: shipped moves plus the user's own, refreshed after edits."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.custom_exercise import (
    PICTURES_FOLDER,
    CustomExerciseFields,
    is_custom,
    make_custom_exercise,
    new_custom_id,
    with_custom,
)
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.storage import bundled
from lbh_desktop.storage.repository import Repository
from lbh_desktop.ui.editor.picture_import import import_picture

if TYPE_CHECKING:
    from lbh_desktop.core.figure_motion import MoveFigure


class ExerciseStore:
    """Owns the current Catalogue; listeners hear about every change (library, player, editor)."""

    def __init__(self, builtin: Catalogue, repository: Repository, data_folder: Path) -> None:
        self._builtin = builtin
        self._repository = repository
        self.pictures_dir = data_folder / PICTURES_FOLDER
        self._listeners: list[Callable[[Catalogue], None]] = []
        self._illustrations: dict[str, Path | None] = {}
        self.catalogue = with_custom(builtin, repository.custom_exercises())

    def on_change(self, listener: Callable[[Catalogue], None]) -> None:
        self._listeners.append(listener)

    def refresh(self) -> Catalogue:
        self.catalogue = with_custom(self._builtin, self._repository.custom_exercises())
        self._illustrations.clear()
        for listener in self._listeners:
            listener(self.catalogue)
        return self.catalogue

    def exercise_names(self, except_id: str = "") -> list[str]:
        """Names a new or renamed exercise may not take (shipped and the user's own)."""
        return [e.name for e in self.catalogue if e.id != except_id]

    def illustration_for(self, exercise_id: str) -> Path | None:
        """The picture to show for an exercise, or None when it has none on disk."""
        if exercise_id not in self._illustrations:
            exercise = self.catalogue.get(exercise_id)
            path: Path | None = None
            if exercise is not None and exercise.illustration:
                if is_custom(exercise.id):
                    path = self.pictures_dir / exercise.illustration
                else:
                    path = bundled.illustration_path(exercise)
            self._illustrations[exercise_id] = path if path and path.is_file() else None
        return self._illustrations[exercise_id]

    def figure_for(self, exercise_id: str) -> MoveFigure | None:
        """A built-in move's animated figure; None for the user's own moves (their picture)."""
        if is_custom(exercise_id) or self.catalogue.get(exercise_id) is None:
            return None
        return bundled.load_figure(exercise_id)

    def save(
        self, fields: CustomExerciseFields, exercise_id: str | None, picture_source: Path | None
    ) -> Exercise:
        """Create (no id) or change a custom exercise; a new picture is checked and copied in.

        Raises PictureError or ModelError with a plain message; then nothing is saved.
        """
        exercise_id = exercise_id or new_custom_id(fields.name)
        make_custom_exercise(fields, exercise_id)  # check the fields before copying anything
        if picture_source is not None:
            # A new name for every picture: the pictures folder is shared by the computers that
            # sync the data folder, and two of them must never write one name differently.
            stem = f"{exercise_id}-{uuid.uuid4().hex[:8]}"
            picture = import_picture(picture_source, self.pictures_dir, stem)
            fields = CustomExerciseFields(**{**vars(fields), "picture": picture})
        exercise = make_custom_exercise(fields, exercise_id)
        old = self.catalogue.get(exercise_id)
        self._repository.save_custom_exercise(exercise)
        if old is not None and old.illustration and old.illustration != exercise.illustration:
            (self.pictures_dir / old.illustration).unlink(missing_ok=True)
        self.refresh()
        return exercise

    def delete(self, exercise_id: str) -> None:
        """Raises ExerciseInUseError while a saved routine uses it; the picture goes too."""
        exercise = self.catalogue.get(exercise_id)
        self._repository.delete_custom_exercise(exercise_id)
        if exercise is not None and exercise.illustration:
            (self.pictures_dir / exercise.illustration).unlink(missing_ok=True)
        self.refresh()

"""Custom exercises end to end: the dialog, the picture check and copy, picker, library, player."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lbh_desktop.core.custom_exercise import MAX_PICTURE_BYTES, CustomExerciseFields
from lbh_desktop.core.exercise import Dose
from lbh_desktop.core.models import ExerciseKind, Position, StepMode
from lbh_desktop.shell.app import App
from lbh_desktop.ui.editor.custom_exercise_dialog import (
    CustomExerciseAnswer,
    CustomExerciseDialog,
    PictureChooser,
)
from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete
from lbh_desktop.ui.editor.picture_import import PictureError, check_picture, import_picture
from tests.ui.editor.helpers import CTRL, press

WALL_SIT = CustomExerciseFields(
    name="Wall sit",
    kind=ExerciseKind.STRENGTH,
    instructions="Lean your back on a wall.\nSlide down until your knees bend.",
    per_side=False,
    dose=Dose(StepMode.TIMED, seconds=40),
    positions=(Position.STANDING,),
)


def png(path: Path, size: int = 40) -> Path:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path), "PNG")
    return path


def test_picture_check_accepts_images_and_names_what_is_wrong(tmp_path: Path) -> None:
    assert check_picture(png(tmp_path / "ok.png")) == "png"
    text = tmp_path / "notes.png"
    text.write_text("not a picture", encoding="utf-8")
    with pytest.raises(PictureError, match=r"“notes\.png” is not a picture this app can show"):
        check_picture(text)
    big = tmp_path / "big.png"
    big.write_bytes(png(tmp_path / "x.png").read_bytes() + b"\0" * MAX_PICTURE_BYTES)
    with pytest.raises(PictureError, match="pictures can be at most 2 MB"):
        check_picture(big)
    with pytest.raises(PictureError, match="can't be opened"):
        check_picture(tmp_path / "missing.png")
    name = import_picture(png(tmp_path / "in.png"), tmp_path / "pictures", "custom-a-123456")
    assert name == "custom-a-123456.png"
    assert (tmp_path / "pictures" / name).read_bytes() == (tmp_path / "in.png").read_bytes()


def test_dialog_checks_fields_inline_and_refuses_a_non_image(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CustomExerciseDialog(["Cat-cow"], None)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.name.setText("cat-COW")
    assert dialog.messages["name"].text() == "✖ An exercise called “cat-COW” already exists."
    dialog.name.setText("Wall sit")
    dialog.instructions.setPlainText("Lean on a wall.")
    dialog.positions[Position.STANDING].setChecked(True)
    assert save.isEnabled()
    dialog.seconds.setValue(0)
    assert not save.isEnabled() and "at least 1 second" in dialog.messages["dose"].text()
    dialog.seconds.setValue(40)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"<html>hello</html>")
    monkeypatch.setattr(PictureChooser, "ask", classmethod(lambda cls, parent: bad))
    dialog.choose_picture.click()
    assert "is not a picture" in dialog.messages["picture"].text()
    assert dialog.answer().picture_source is None
    good = png(tmp_path / "good.png")
    monkeypatch.setattr(PictureChooser, "ask", classmethod(lambda cls, parent: good))
    dialog.choose_picture.click()
    assert dialog.messages["picture"].isHidden()
    answer = dialog.answer()
    assert answer.picture_source == good and answer.fields.name == "Wall sit"


def test_a_custom_exercise_is_used_like_a_builtin(
    app: App,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notices: list[tuple[str, str]],
) -> None:
    picture = png(tmp_path / "wall.png")
    monkeypatch.setattr(
        CustomExerciseDialog,
        "ask",
        classmethod(lambda cls, parent, taken, existing: CustomExerciseAnswer(WALL_SIT, picture)),
    )
    app.window.library.routine_actions.new_button.click()
    assert app.editor is not None and app.exercises is not None
    view = app.editor.view
    view.picker.new_button.click()
    custom = [e for e in app.exercises.catalogue if e.name == "Wall sit"]
    assert len(custom) == 1 and custom[0].id.startswith("custom-wall-sit-")
    exercise = custom[0]
    stored = app.exercises.illustration_for(exercise.id)
    assert stored is not None and stored.parent.name == "pictures"
    assert stored.read_bytes() == picture.read_bytes()
    assert view.picker.current_exercise_id() == exercise.id  # the picker shows it, selected
    assert view.picker.edit_button.isEnabled() and view.picker.delete_button.isEnabled()
    view.picker.add_button.click()
    view.name_edit.setText("Wall work")
    app.editor.edit_routine("name", "Wall work")
    press(Qt.Key.Key_S, CTRL)
    routine = app.repository.find_routine("Wall work")
    assert routine is not None and routine.steps[0].exercise_id == exercise.id
    app.window.library.routine_list.setFocus()
    steps = app.window.library.steps_tree
    assert steps.topLevelItem(0).text(0) == "Wall sit"

    # A saved routine uses it, so it can't be deleted; nothing changes.
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda c, p, n, d: True))
    app.editor.view.picker.delete_exercise_requested.emit(exercise.id)
    assert notices[-1][1].startswith("This exercise is used in “Wall work”.")
    assert exercise.id in app.exercises.catalogue

    app.window.library.start_button.click()
    assert app.player.player is not None
    app.player.tick()
    assert app.window.player.illustration.isVisibleTo(app.window.player)
    assert app.window.player.illustration._renderer is not None


def test_editing_and_deleting_an_unused_custom_exercise(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.exercises is not None
    store = app.exercises
    first = store.save(WALL_SIT, None, png(tmp_path / "a.png"))
    old_picture = store.pictures_dir / first.illustration
    assert old_picture.is_file()
    changed = CustomExerciseFields(**{**vars(WALL_SIT), "name": "Wall squat", "picture": ""})
    monkeypatch.setattr(
        CustomExerciseDialog,
        "ask",
        classmethod(lambda cls, parent, taken, existing: CustomExerciseAnswer(changed, None)),
    )
    app.window.library.routine_actions.new_button.click()
    assert app.editor is not None
    picker = app.editor.view.picker
    picker.edit_exercise_requested.emit(first.id)
    assert store.catalogue[first.id].name == "Wall squat"
    assert not old_picture.exists()  # the picture was removed with "No picture"
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda c, p, n, d: True))
    picker.delete_exercise_requested.emit(first.id)
    assert first.id not in store.catalogue
    assert app.repository.custom_exercises() == []

"""The editor driven by keyboard only: build a routine, reorder, undo/redo, save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lbh_desktop.core.models import StepMode
from lbh_desktop.shell.app import App
from tests.ui.editor.helpers import ALT, CTRL, SHIFT, focused, press, routine_names, type_text


def add_move(qtbot: QtBot, app: App, search: str) -> None:
    assert app.editor is not None
    press(Qt.Key.Key_F, CTRL)
    picker = app.editor.view.picker
    qtbot.waitUntil(picker.search.hasFocus)
    press(Qt.Key.Key_A, CTRL)
    type_text(search)
    press(Qt.Key.Key_Return)


def test_build_a_routine_with_the_keyboard_only(app: App, qtbot: QtBot) -> None:
    app.window.library.routine_list.setFocus()
    press(Qt.Key.Key_N, CTRL)
    assert app.editor is not None
    view = app.editor.view
    assert app.window.pages.currentWidget() is view
    qtbot.waitUntil(view.name_edit.hasFocus)
    type_text("Morning back")  # replaces the selected "New routine"
    assert not view.save_button.isEnabled()  # no steps yet
    assert "Add at least one step." in view.steps_message.text()

    add_move(qtbot, app, "cat-cow")
    add_move(qtbot, app, "bird dog")
    add_move(qtbot, app, "glute bridge")
    draft = app.editor.draft
    assert draft is not None
    assert [s.exercise_id for s in draft.steps] == ["cat-cow", "bird-dog", "glute-bridge"]
    assert view.step_model.rowCount() == 3
    assert view.save_button.isEnabled()

    press(Qt.Key.Key_T, ALT)  # "S&teps" focuses the step list, which shows the Step tab
    qtbot.waitUntil(view.step_list.hasFocus)
    assert view.tabs.currentWidget() is view.step_form
    press(Qt.Key.Key_Home)
    assert view.current_step_row() == 0
    press(Qt.Key.Key_D, ALT)  # "&Duration" of cat-cow
    assert focused() is view.step_form.seconds
    press(Qt.Key.Key_A, CTRL)
    type_text("45")
    press(Qt.Key.Key_T, ALT)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down, ALT)  # bird dog moves below glute bridge
    draft = app.editor.draft
    assert [s.exercise_id for s in draft.steps] == ["cat-cow", "glute-bridge", "bird-dog"]
    assert draft.steps[0].seconds == 45
    assert view.current_step_row() == 2
    press(Qt.Key.Key_Up, ALT)
    assert [s.exercise_id for s in app.editor.draft.steps][1] == "bird-dog"
    press(Qt.Key.Key_Z, CTRL)  # undo the move up
    assert [s.exercise_id for s in app.editor.draft.steps][2] == "bird-dog"

    press(Qt.Key.Key_S, CTRL)
    assert app.window.pages.currentWidget() is app.window.library
    saved = app.repository.find_routine("Morning back")
    assert saved is not None and not saved.builtin
    assert [s.exercise_id for s in saved.steps] == ["cat-cow", "glute-bridge", "bird-dog"]
    assert saved.steps[0].mode is StepMode.TIMED and saved.steps[0].seconds == 45
    assert saved.steps[2].per_side and saved.steps[2].reps == 8
    assert "Morning back" in routine_names(app)
    assert app.window.library.current_routine_id() == saved.id


def test_every_edit_undoes_and_redoes(app: App, qtbot: QtBot) -> None:
    app.window.library.routine_list.setFocus()
    press(Qt.Key.Key_N, CTRL)
    assert app.editor is not None
    editor, view = app.editor, app.editor.view
    start = editor.draft
    add_move(qtbot, app, "front plank")
    view.step_list.setFocus()
    view.select_step(0)
    form = view.step_form
    form.mode.setCurrentIndex(form.mode.findData(StepMode.REPS.value))
    form.reps.setValue(12)
    form.sets.setValue(3)
    form.rest_between.setValue(20)
    form.per_side.setChecked(True)
    form.variation.setCurrentIndex(0)
    view.kind_combo.setCurrentIndex(0)
    view.name_edit.setFocus()
    press(Qt.Key.Key_End)
    type_text(" plus")
    drafts_done = editor.undo_stack.count()
    assert drafts_done == 9  # add, mode, reps, sets, rest, side, variation, kind, name (merged)
    final = editor.draft
    assert final is not None and final.name.endswith(" plus")
    step = final.steps[0]
    assert (step.mode, step.reps, step.sets, step.rest_between_sets, step.per_side) == (
        StepMode.REPS,
        12,
        3,
        20,
        True,
    )
    for _ in range(drafts_done):
        press(Qt.Key.Key_Z, CTRL)
    assert editor.draft == start
    assert view.name_edit.text() == start.name
    assert view.step_model.rowCount() == 0
    assert not view.undo_button.isEnabled() and view.redo_button.isEnabled()
    for _ in range(drafts_done):
        press(Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.draft == final
    assert view.step_form.reps.value() == 12


def test_total_duration_updates_live(app: App, qtbot: QtBot) -> None:
    app.window.library.routine_list.setFocus()
    press(Qt.Key.Key_N, CTRL)
    assert app.editor is not None
    view = app.editor.view
    assert view.total_label.text() == "Total: no steps yet"
    add_move(qtbot, app, "cat-cow")  # 45 s + 5 s to get ready
    assert view.total_label.text() == "Total: about 50 s"
    view.select_step(0)
    view.step_form.seconds.setValue(295)
    assert view.total_label.text() == "Total: about 5 min"


def test_errors_block_saving_and_warnings_do_not(app: App, qtbot: QtBot) -> None:
    app.window.library.routine_list.setFocus()
    press(Qt.Key.Key_N, CTRL)
    assert app.editor is not None
    view = app.editor.view
    add_move(qtbot, app, "cat-cow")
    view.select_step(0)
    form = view.step_form
    form.seconds.setValue(0)
    view.step_list.setFocus()
    assert form.messages["seconds"].isVisibleTo(view)
    assert form.messages["seconds"].text() == "✖ A hold must last at least 1 second."
    assert not view.save_button.isEnabled() and not view.save_action.isEnabled()
    assert view.step_model.data(view.step_model.index(0, 0)).split("\n")[0].endswith("✖")
    form.seconds.setValue(600)
    assert form.messages["seconds"].text() == "⚠ A hold of 10 min is unusually long."
    form.sets.setValue(11)
    assert form.messages["sets"].text().startswith("⚠ 11 sets is more than usual")
    assert view.save_button.isEnabled()
    view.name_edit.setFocus()
    press(Qt.Key.Key_A, CTRL)
    type_text("desk STRETCH break")
    assert view.name_message.text() == "✖ A routine called “desk STRETCH break” already exists."
    assert not view.save_button.isEnabled()
    press(Qt.Key.Key_S, CTRL)  # the shortcut is disabled too: nothing is saved
    assert app.window.pages.currentWidget() is view
    assert len(app.repository.routines()) == 6

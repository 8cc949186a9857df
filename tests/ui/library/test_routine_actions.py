"""The library's routine actions: new, duplicate, edit, rename, delete, restore built-ins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.editor.editor_dialogs import ConfirmDelete, LeaveChoice
from tests.ui.editor.helpers import ALT, CTRL, press, routine_names, select_routine, type_text

DESK = "Desk stretch break"


def test_builtins_are_read_only_but_can_be_duplicated(
    app: App, notices: list[tuple[str, str]]
) -> None:
    select_routine(app, DESK)
    actions = app.window.library.routine_actions
    assert not actions.edit_button.isEnabled()
    assert "duplicate" in actions.edit_button.toolTip()
    assert actions.duplicate_button.isEnabled() and actions.delete_button.isEnabled()
    press(Qt.Key.Key_E, CTRL)
    press(Qt.Key.Key_F2)
    assert app.window.pages.currentWidget() is app.window.library
    actions.edit_requested.emit(app.window.library.current_routine_id())
    assert notices and notices[0][0] == "Read-only routine"
    assert app.editor is not None and not app.editor.active


def test_duplicate_rename_and_delete_a_routine(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_routine(app, DESK)
    press(Qt.Key.Key_D, CTRL)
    assert app.editor is not None
    view = app.editor.view
    assert app.window.pages.currentWidget() is view
    assert view.name_edit.selectedText() == "Desk stretch break (copy)"  # ready to rename
    assert app.repository.find_routine("Desk stretch break (copy)") is not None
    type_text("My desk break")
    press(Qt.Key.Key_S, CTRL)
    names = routine_names(app)
    assert "My desk break" in names and "Desk stretch break (copy)" not in names
    assert app.window.library.routine_list.currentItem().text() == "My desk break"
    assert app.window.library.routine_actions.edit_button.isEnabled()

    press(Qt.Key.Key_F2)  # rename again
    qtbot.waitUntil(view.name_edit.hasFocus)
    type_text("Lunch break")
    press(Qt.Key.Key_S, CTRL)
    assert "Lunch break" in routine_names(app)

    asked: list[tuple[str, str]] = []

    def answer(cls: type, parent: object, name: str, detail: str) -> bool:
        asked.append((name, detail))
        return len(asked) > 1  # "Keep it" the first time, "Delete" the second

    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(answer))
    select_routine(app, "Lunch break")
    press(Qt.Key.Key_Delete)
    assert "Lunch break" in routine_names(app)
    app.window.library.routine_actions.delete_button.click()
    assert asked[0][0] == "Lunch break" and "can't be undone" in asked[0][1]
    assert "Lunch break" not in routine_names(app)
    assert app.repository.find_routine("Lunch break") is None


def test_a_new_routine_left_unsaved_is_not_kept(
    app: App, answer_unsaved: Callable[[LeaveChoice], list[str]]
) -> None:
    before = app.repository.routines()
    app.window.library.routine_actions.new_button.click()
    assert app.editor is not None and app.editor.dirty  # a new routine is unsaved until saved
    assert app.window.routines_action.isChecked()
    asked = answer_unsaved(LeaveChoice.DISCARD)
    press(Qt.Key.Key_1, CTRL)
    assert asked == ["New routine"]
    assert app.repository.routines() == before


def test_restore_builtins_brings_back_deleted_and_changed_ones(
    app: App, monkeypatch: pytest.MonkeyPatch, notices: list[tuple[str, str]]
) -> None:
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, p, n, d: True))
    select_routine(app, DESK)
    press(Qt.Key.Key_D, CTRL)
    press(Qt.Key.Key_S, CTRL)  # keep the copy, a routine of the user's own
    select_routine(app, DESK)
    press(Qt.Key.Key_Delete)
    warm_up = app.repository.find_routine("Warm-up")
    assert warm_up is not None
    app.repository.save_routine(replace(warm_up, steps=warm_up.steps[:1]))
    assert DESK not in routine_names(app)
    app.window.library.routine_actions.restore_button.click()
    assert notices[-1][1].startswith("Restored: Desk stretch break, Warm-up.")
    builtins = {r.id: r for r in bundled.load_builtin_routines()}
    for routine in app.repository.routines():
        if routine.builtin:
            assert routine == builtins[routine.id]
    assert "Desk stretch break (copy)" in routine_names(app)
    assert DESK in routine_names(app)


def test_new_user_duplicates_desk_break_swaps_a_move_and_plays_it(app: App, qtbot: QtBot) -> None:
    """Duplicate "Desk stretch break", swap a move, change a hold to 45 s, save, play it."""
    select_routine(app, DESK)
    app.window.library.routine_actions.duplicate_button.click()
    assert app.editor is not None
    view = app.editor.view
    view.step_list.setFocus()
    view.select_step(2)  # Seated twist
    press(Qt.Key.Key_M, CTRL)  # change move: the picker, search box ready
    qtbot.waitUntil(view.picker.search.hasFocus)
    type_text("seated forward fold")
    view.picker.replace_button.click()
    assert view.tabs.currentWidget() is view.step_form
    assert view.step_form.move_label.text() == "3. Seated forward fold"
    press(Qt.Key.Key_D, ALT)
    press(Qt.Key.Key_A, CTRL)
    type_text("45")
    view.save_button.click()
    copy = app.repository.find_routine("Desk stretch break (copy)")
    assert copy is not None
    step = copy.steps[2]
    assert (step.exercise_id, step.seconds) == ("seated-forward-fold", 45)
    assert app.window.library.current_routine_id() == copy.id

    app.window.library.start_button.click()
    assert app.window.pages.currentWidget() is app.window.player
    player = app.player.player
    assert player is not None
    work = [s for s in player.timeline.segments if s.kind is SegmentKind.WORK]
    assert any(s.exercise_id == "seated-forward-fold" and s.duration == 45 for s in work)

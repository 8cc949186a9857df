"""Reordering steps by drag and drop, and never losing unsaved changes when leaving."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.app import App
from lbh_desktop.ui.editor.editor_dialogs import LeaveChoice
from lbh_desktop.ui.editor.step_list_model import STEP_MIME_TYPE
from tests.ui.editor.helpers import CTRL, press, select_routine, type_text

DESK = "Desk stretch break"


def duplicate_desk_break(app: App) -> None:
    select_routine(app, DESK)
    press(Qt.Key.Key_D, CTRL)
    assert app.editor is not None and app.editor.active


def exercise_ids(app: App) -> list[str]:
    assert app.editor is not None and app.editor.draft is not None
    return [step.exercise_id for step in app.editor.draft.steps]


def drop_on_row(app: App, source: int, target_row: int, below: bool) -> None:
    """Drag enter, move and drop on the list's viewport, just inside a row's top or bottom."""
    assert app.editor is not None
    view = app.editor.view
    model = view.step_model
    mime = model.mimeData([model.index(source, 0)])
    rect = view.step_list.visualRect(model.index(target_row, 0))
    point = QPointF(rect.center().x(), rect.bottom() - 1 if below else rect.top() + 1)
    viewport = view.step_list.viewport()
    move_only = Qt.DropAction.MoveAction
    buttons, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), move_only, mime, buttons, no_keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        viewport, QDragMoveEvent(point.toPoint(), move_only, mime, buttons, no_keys)
    )
    drop = QDropEvent(point, move_only, mime, buttons, no_keys)
    drop.setDropAction(move_only)
    drop.ignore()  # as Qt delivers it: the view handles a drop nobody accepted yet
    QApplication.sendEvent(viewport, drop)


def test_dropping_a_step_moves_it_through_the_undo_stack(app: App) -> None:
    duplicate_desk_break(app)
    before = exercise_ids(app)
    drop_on_row(app, 0, 2, below=True)  # the first step dropped below the third
    assert exercise_ids(app) == [before[1], before[2], before[0], *before[3:]]
    assert app.editor is not None
    assert app.editor.view.current_step_row() == 2
    drop_on_row(app, 5, 0, below=False)  # the last dropped above the first
    assert exercise_ids(app)[0] == before[5]
    assert len(exercise_ids(app)) == len(before)  # a move never copies or loses a step
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Z, CTRL)
    assert exercise_ids(app) == before


def test_drop_mime_data_maps_gaps_to_targets(app: App) -> None:
    duplicate_desk_break(app)
    assert app.editor is not None
    model = app.editor.view.step_model
    before = exercise_ids(app)

    def drop(source: int, row: int) -> bool:
        mime = model.mimeData([model.index(source, 0)])
        return model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, model.index(-1, 0))

    assert drop(3, 1) is False  # the model never moves rows itself: the draft redraws it
    assert exercise_ids(app) == [before[0], before[3], before[1], before[2], *before[4:]]
    drop(0, -1)  # onto the empty space below the rows: to the end
    assert exercise_ids(app)[-1] == before[0]
    drop(2, 2)  # dropped where it already is: nothing to undo
    assert app.editor.undo_stack.count() == 2
    other = QMimeData()
    other.setText("not a step")
    assert not model.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, model.index(-1, 0))
    bad = QMimeData()
    bad.setData(STEP_MIME_TYPE, b"99")
    assert not model.dropMimeData(bad, Qt.DropAction.MoveAction, 0, 0, model.index(-1, 0))


@pytest.mark.parametrize("how", ["routines button", "ctrl+1", "ctrl+2", "close window", "quit"])
def test_leaving_with_unsaved_changes_asks_and_cancel_stays(
    app: App, answer_unsaved: Callable[[LeaveChoice], list[str]], how: str
) -> None:
    duplicate_desk_break(app)
    assert app.editor is not None
    view = app.editor.view
    view.name_edit.setFocus()
    press(Qt.Key.Key_End)
    type_text(" 2")
    asked = answer_unsaved(LeaveChoice.CANCEL)
    window = app.window
    quit_calls: list[bool] = []
    QApplication.instance().aboutToQuit.connect(lambda: quit_calls.append(True))  # type: ignore[union-attr]
    if how == "routines button":
        window.navigation.widgetForAction(window.routines_action).click()
    elif how == "ctrl+1":
        press(Qt.Key.Key_1, CTRL)
    elif how == "ctrl+2":
        press(Qt.Key.Key_2, CTRL)
    elif how == "close window":
        window.close()
    else:
        app.quit()
    assert asked == ["Desk stretch break (copy) 2"]
    assert window.isVisible()
    assert window.pages.currentWidget() is view
    assert window.routines_action.isChecked()
    assert app.editor.dirty


def test_discard_leaves_and_keeps_the_saved_version(
    app: App, answer_unsaved: Callable[[LeaveChoice], list[str]]
) -> None:
    duplicate_desk_break(app)
    assert app.editor is not None
    app.editor.view.select_step(0)
    app.editor.remove_current()
    answer_unsaved(LeaveChoice.DISCARD)
    press(Qt.Key.Key_1, CTRL)
    assert app.window.pages.currentWidget() is app.window.library
    copy = app.repository.find_routine("Desk stretch break (copy)")
    desk = app.repository.find_routine(DESK)
    assert copy is not None and desk is not None and copy.steps == desk.steps
    assert not app.editor.active


def test_save_from_the_prompt_then_leave(
    app: App, answer_unsaved: Callable[[LeaveChoice], list[str]], qtbot: QtBot
) -> None:
    duplicate_desk_break(app)
    assert app.editor is not None
    app.editor.view.select_step(0)
    app.editor.remove_current()
    answer_unsaved(LeaveChoice.SAVE)
    app.editor.view.close_button.click()
    assert app.window.pages.currentWidget() is app.window.library
    copy = app.repository.find_routine("Desk stretch break (copy)")
    assert copy is not None and len(copy.steps) == 5


def test_save_from_the_prompt_with_errors_stays(
    app: App, answer_unsaved: Callable[[LeaveChoice], list[str]], notices: list[tuple[str, str]]
) -> None:
    duplicate_desk_break(app)
    assert app.editor is not None
    view = app.editor.view
    view.name_edit.clear()
    app.editor.edit_routine("name", "")
    answer_unsaved(LeaveChoice.SAVE)
    press(Qt.Key.Key_2, CTRL)
    assert notices == [("Can't save yet", "Fix the marked problems first.")]
    assert app.window.pages.currentWidget() is view
    assert app.repository.find_routine("Desk stretch break (copy)") is not None


def test_leaving_without_changes_does_not_ask(app: App) -> None:
    duplicate_desk_break(app)
    press(Qt.Key.Key_2, CTRL)  # the autouse fixture fails on any UnsavedChanges prompt
    assert app.progress_view is not None
    assert app.window.pages.currentWidget() is app.progress_view
    assert app.editor is not None and not app.editor.active

"""The new-exercise form opens calm: no error before the user has touched a field, Save off
with a tooltip naming what is missing, focus in the name (issue #18, point 15b)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lbh_desktop.core.custom_exercise import CustomExerciseFields, make_custom_exercise
from lbh_desktop.core.exercise import Dose
from lbh_desktop.core.models import ExerciseKind, Position, StepMode
from lbh_desktop.ui.editor.custom_exercise_dialog import CustomExerciseDialog
from tests.e2e.real_window import run_in_window


def shown_messages(dialog: CustomExerciseDialog) -> dict[str, str]:
    return {
        key: label.text() for key, label in dialog.messages.items() if label.isVisibleTo(dialog)
    }


def open_new(qtbot: QtBot) -> CustomExerciseDialog:
    dialog = CustomExerciseDialog(["Cat-cow"], None)
    qtbot.addWidget(dialog)  # not shown: the offscreen platform warns about a top-level dialog
    return dialog


def test_a_fresh_form_shows_no_errors_and_save_says_what_is_missing(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    assert shown_messages(dialog) == {}
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert save.toolTip() == "To save, still needed: a name, how to do it, a position"
    assert dialog.focusWidget() is dialog.name  # focus goes there when it is shown


def test_an_error_shows_only_for_the_field_the_user_changed(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    dialog.name.setText("Wall sit")
    dialog.name.setText("")
    assert shown_messages(dialog) == {"name": "✖ Give the exercise a name."}
    dialog.positions[Position.FLOOR].setChecked(True)
    dialog.positions[Position.FLOOR].setChecked(False)
    assert set(shown_messages(dialog)) == {"name", "positions"}
    dialog.seconds.setValue(0)
    assert set(shown_messages(dialog)) == {"name", "positions", "dose"}
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.toolTip() == (
        "To save, still needed: a name, how to do it, a position, a dose of at least 1"
    )

    dialog.name.setText("Wall sit")
    dialog.instructions.setPlainText("Lean on a wall.")
    dialog.positions[Position.STANDING].setChecked(True)
    dialog.seconds.setValue(40)
    assert shown_messages(dialog) == {}
    assert save.isEnabled() and save.toolTip() == "Save the exercise"


def test_trying_to_save_an_unfinished_form_shows_every_error(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    dialog.accept()  # Enter, or a Save pressed some other way
    assert dialog.result() != CustomExerciseDialog.DialogCode.Accepted
    assert set(shown_messages(dialog)) == {"name", "instructions", "positions"}


def test_changing_an_existing_exercise_shows_its_problems_at_once(qtbot: QtBot) -> None:
    fields = CustomExerciseFields(
        name="Cat-cow",  # a name that another exercise has taken since
        kind=ExerciseKind.STRENGTH,
        instructions="Lean on a wall.",
        per_side=False,
        dose=Dose(StepMode.TIMED, seconds=40),
        positions=(Position.STANDING,),
    )
    existing = make_custom_exercise(fields, "custom-cat-cow-123456")
    dialog = CustomExerciseDialog(["Cat-cow"], existing)
    qtbot.addWidget(dialog)
    assert set(shown_messages(dialog)) == {"name"}


REAL_WINDOW_CHECK = """
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from lbh_desktop.ui.editor.custom_exercise_dialog import CustomExerciseDialog

app = build()
app.window.library.routine_actions.new_button.click()  # Library → New…
settle()

def visible_messages(dialog):
    return sorted(key for key, label in dialog.messages.items() if label.isVisible())

def inspect():
    dialog = QApplication.activeModalWidget()
    result["dialog"] = type(dialog).__name__
    settle(0.5)
    focused = QApplication.focusWidget()
    result["focus"] = focused.accessibleName() if focused else None
    result["fresh_messages"] = visible_messages(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    result["save_enabled"] = save.isEnabled()
    result["save_tip"] = save.toolTip()
    screen = dialog.screen().availableGeometry()
    result["fits"] = screen.contains(dialog.frameGeometry())
    QTest.keyClicks(focused, "x")  # the user types a letter and takes it back
    QTest.keyClick(focused, Qt.Key.Key_Backspace)
    settle(0.2)
    result["after_typing"] = visible_messages(dialog)
    result["name_message"] = dialog.messages["name"].text()
    dialog.reject()

QTimer.singleShot(500, inspect)
app.editor.view.picker.new_button.click()  # the picker's "New exercise…"
settle()
"""


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600)])
def test_the_real_new_exercise_window_opens_calm_with_focus_in_the_name(
    width: int, height: int
) -> None:
    found = run_in_window(REAL_WINDOW_CHECK, width=width, height=height)
    assert found["dialog"] == "CustomExerciseDialog"
    assert found["focus"] == "Exercise name"
    assert found["fresh_messages"] == []
    assert found["save_enabled"] is False
    assert found["save_tip"] == "To save, still needed: a name, how to do it, a position"
    assert found["fits"] is True
    assert found["after_typing"] == ["name"]
    assert found["name_message"] == "✖ Give the exercise a name."

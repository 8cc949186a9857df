"""The break settings dialog: values round-trip, bad input blocks OK with a plain message."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lbh_desktop.ui.breaks.break_settings_dialog import BreakChoices, BreakSettingsDialog

CHOICES = BreakChoices(
    interval_minutes=50,
    working_days=frozenset({0, 1, 2, 3, 4}),
    start=time(9, 0),
    end=time(17, 30),
    pinned_routine="",
    close_to_tray=True,
    start_at_login=False,
)
ROUTINES = [("desk-stretch-break", "Desk stretch break"), ("warm-up", "Warm-up")]


@pytest.fixture
def dialog(qtbot: QtBot) -> BreakSettingsDialog:
    view = BreakSettingsDialog(CHOICES, ROUTINES, "Idle time from X11.", "")
    qtbot.addWidget(view)
    return view


def ok_button(dialog: BreakSettingsDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[return-value]


def test_the_dialog_shows_and_returns_the_choices(dialog: BreakSettingsDialog) -> None:
    assert dialog.choices() == CHOICES
    dialog.interval.setValue(30)
    dialog.days[5].setChecked(True)
    dialog.routine.setCurrentIndex(dialog.routine.findData("warm-up"))
    dialog.start_at_login.setChecked(True)
    chosen = dialog.choices()
    assert chosen.interval_minutes == 30
    assert chosen.working_days == frozenset({0, 1, 2, 3, 4, 5})
    assert chosen.pinned_routine == "warm-up" and chosen.start_at_login


def test_no_working_day_blocks_ok_with_a_message(dialog: BreakSettingsDialog) -> None:
    for box in dialog.days:
        box.setChecked(False)
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem_label.text() == "Choose at least one working day."
    dialog.days[0].setChecked(True)
    assert ok_button(dialog).isEnabled() and dialog.problem_label.isHidden()


def test_a_day_that_ends_before_it_starts_blocks_ok(dialog: BreakSettingsDialog) -> None:
    dialog.end.set_value(time(8, 0))
    assert not ok_button(dialog).isEnabled()
    assert dialog.problem_label.text() == "The working day must end after it starts."


def test_start_at_login_is_off_with_the_reason_where_unsupported(qtbot: QtBot) -> None:
    view = BreakSettingsDialog(CHOICES, ROUTINES, "", "Not available inside Flatpak.")
    qtbot.addWidget(view)
    assert not view.start_at_login.isEnabled()
    assert view.start_at_login.toolTip() == "Not available inside Flatpak."

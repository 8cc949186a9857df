"""The break settings' do-not-disturb choice: on by default, shown, returned, explained."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from lbh_desktop.ui.breaks.break_settings_dialog import BreakSettingsDialog
from tests.ui.breaks.test_break_settings_dialog import CHOICES, ROUTINES


def test_following_do_not_disturb_is_on_unless_turned_off(qtbot: QtBot) -> None:
    assert CHOICES.follow_do_not_disturb is True
    note = "Follows do not disturb (dunst's pause); full-screen windows (X11)."
    dialog = BreakSettingsDialog(CHOICES, ROUTINES, "", "", do_not_disturb_note=note)
    qtbot.addWidget(dialog)
    assert dialog.follow_do_not_disturb.isChecked()
    assert dialog.follow_do_not_disturb.toolTip() == note
    dialog.follow_do_not_disturb.setChecked(False)
    assert dialog.choices() == dataclasses.replace(CHOICES, follow_do_not_disturb=False)


def test_a_saved_choice_to_ignore_do_not_disturb_is_shown(qtbot: QtBot) -> None:
    choices = dataclasses.replace(CHOICES, follow_do_not_disturb=False)
    dialog = BreakSettingsDialog(choices, ROUTINES, "", "")
    qtbot.addWidget(dialog)
    assert not dialog.follow_do_not_disturb.isChecked()
    assert dialog.choices() == choices

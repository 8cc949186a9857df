"""Tried as a new user: the strength routine with the voice on (mock engine), in mat mode,
driven by the keyboard alone from the routines page to the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.voice_script import cue_script
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from tests.ui.driving import press
from tests.ui.player.test_mat_mode import mat_mode
from tests.ui.speech.test_speech import mock_loader
from tests.ui.speech.test_speech_routine import load_speech

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)

STRENGTH = "Lower back & hip strength"


def test_strength_routine_with_voice_in_mat_mode_by_keyboard_only(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    speech = load_speech(app, qtbot, mock_loader)
    heard: list[str] = []
    speech.said.connect(heard.append)
    speech.dropped.connect(heard.append)

    routines = app.window.library.routine_list
    routines.setFocus()
    for _ in range(routines.count()):
        if STRENGTH in routines.currentItem().text():
            break
        press(Qt.Key.Key_Down)
    assert STRENGTH in routines.currentItem().text()
    press(Qt.Key.Key_Return)  # open the player
    assert app.window.pages.currentWidget() is app.window.player
    press(Qt.Key.Key_Space)  # start
    press(Qt.Key.Key_F11)  # mat mode
    mat = mat_mode(app)
    assert mat.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mat)  # keys now go to mat mode

    player = app.player.player
    assert player is not None
    while player.state is not PlayerState.FINISHED:
        assert player.state is PlayerState.RUNNING
        clock.advance(0.25)
        app.player.tick()
        segment = player.current
        if player.can("done") and segment and player.snapshot().elapsed >= segment.planned_seconds:
            press(Qt.Key.Key_Return)  # Done, on the keyboard, inside mat mode

    assert mat.isVisible()  # the whole routine ran in mat mode
    assert heard == [cue.text for cue in cue_script(player.timeline, bundled.load_catalogue())]
    assert heard[-1] == "Routine complete"
    assert QApplication.focusWidget() is mat
    press(Qt.Key.Key_Escape)  # leaves mat mode, back to the player page
    assert not mat.isVisible()
    assert app.window.pages.currentWidget() is app.window.player
    sessions = app.repository.sessions()
    assert [(s.routine_name, s.status.value) for s in sessions] == [(STRENGTH, "completed")]

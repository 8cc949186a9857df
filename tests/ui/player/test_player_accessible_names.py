"""Screen readers hear the player as it changes: the countdown, the main button, the level and
each new move (announced politely)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.app import App
from tests.ui.driving import press
from tests.ui.player.test_player_flow import open_desk_break, run_for


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def announce(source: QLabel, text: str) -> None:
        if text:
            said.append(text)

    monkeypatch.setattr("lbh_desktop.ui.player.player_view.announce_politely", announce)
    return said


def test_the_countdown_and_the_main_button_are_named_as_they_change(
    app: App, clock: FakeClock
) -> None:
    open_desk_break(app)
    view = app.window.player
    assert view.primary_button.accessibleName() == "Start"
    assert view.clock_label.accessibleName().endswith("in total, press Start")
    assert view.level_label.accessibleName() == "Level: Standard"

    press(Qt.Key.Key_Space)
    first = view.clock_label.accessibleName()
    run_for(app, clock, 2.0)
    second = view.clock_label.accessibleName()
    assert view.primary_button.accessibleName() == view.primary_button.text() == "Pause"
    assert first != second and second.endswith(view.exercise_label.text()), (first, second)
    assert "seconds until" in second or "seconds left in" in second

    press(Qt.Key.Key_Space)
    assert view.primary_button.accessibleName() == "Resume"
    assert view.clock_label.accessibleName().startswith("Paused, ")


def test_each_new_move_is_announced_once(app: App, clock: FakeClock, heard: list[str]) -> None:
    open_desk_break(app)
    assert heard == []  # opening the page says nothing of its own
    press(Qt.Key.Key_Space)
    player = app.player.player
    assert player is not None
    first_move = app.window.player.exercise_label.text()
    assert heard == [f"Next: {first_move}, 8 reps"]

    press(Qt.Key.Key_Space)  # pause and resume: the same move, nothing new
    press(Qt.Key.Key_Space)
    assert len(heard) == 1

    press(Qt.Key.Key_Right)  # the get-ready skipped: the same move's work starts
    assert len(heard) == 1
    press(Qt.Key.Key_Right)  # then on to the next move
    run_for(app, clock, 0.5)
    assert len(heard) == 2 and heard[1].startswith(("Next: ", "Now: ")), heard
    assert app.window.player.exercise_label.text() in heard[1]

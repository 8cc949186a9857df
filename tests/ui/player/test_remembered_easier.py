"""After "This hurts" → easier, the move plays easier next time, in any routine, and says so;
its usual version is offered again only after 14 days without This hurts, never automatically."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.levels import EasedMove
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.player import PlayerState
from lbh_desktop.shell.app import App
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.player.this_hurts import HurtChoice
from tests.ui.driving import press, run_for
from tests.ui.player.test_this_hurts import ROUTINE, answer, start_plank

DAY = 24 * 3600
OTHER = Routine(
    "other-plank",
    "Other plank",
    RoutineKind.STRENGTH,
    Level.BEGINNER,
    "",
    (Step("front-plank", StepMode.TIMED, seconds=30), Step("cat-cow", StepMode.TIMED, seconds=20)),
)


def step_variations(app: App) -> list[Variation]:
    player = app.player.player
    assert player is not None
    return [step.variation for step in player.timeline.routine.steps]


def leave(app: App) -> None:
    """Ends the session (the check-in skipped) and goes back to the library."""
    if app.player.active:
        assert app.player.player is not None
        app.player.player.stop()
        app.player.tick()
    app.window.player.pain_row.skipped.emit()
    app.player.request_leave()


def test_easier_after_this_hurts_is_remembered_for_the_move_in_any_routine(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, HurtChoice.EASIER)
    start_plank(app, clock)
    press(Qt.Key.Key_H)
    stored = Preferences(app.preferences.path).eased_move("front-plank")
    assert stored == EasedMove("front-plank", Variation.EASIER, date(2026, 1, 1))
    leave(app)

    clock.advance(DAY)
    app.repository.save_routine(OTHER)
    app.open_routine(OTHER)
    assert step_variations(app) == [Variation.EASIER, Variation.STANDARD]
    view = app.window.player
    assert not view.remembered_row.isHidden()
    detail = view.remembered_label.text()
    assert "Easier version — you chose this after This hurts on 1 Jan" in detail
    assert "Standard offered again from 15 Jan" in detail
    assert view.usual_again_button.isHidden()  # not yet: no step up on a move that hurt
    press(Qt.Key.Key_Space)
    run_for(app, clock, 5.0)
    player = app.player.player
    assert player is not None and player.current is not None
    assert player.current.variation is Variation.EASIER
    assert player.current.move_id == "knee-plank"
    assert view.instructions_label.text().startswith("1. Lie face down")
    assert "Keep your knees" in view.instructions_label.text()


def test_only_the_choice_of_easier_is_remembered(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, HurtChoice.SKIP)
    start_plank(app, clock)
    press(Qt.Key.Key_H)
    assert app.preferences.eased_move("front-plank") is None
    leave(app)
    app.open_routine(ROUTINE)
    assert step_variations(app) == [Variation.STANDARD, Variation.EASIER]
    assert app.window.player.remembered_row.isHidden()


def test_after_fourteen_days_the_usual_version_is_offered_and_taken_only_when_chosen(
    app: App, clock: FakeClock
) -> None:
    app.preferences.remember_eased_move(
        EasedMove("front-plank", Variation.EASIER, date(2025, 12, 18))
    )
    app.repository.save_routine(OTHER)
    app.open_routine(OTHER)  # 1 Jan 2026: 14 days on
    view = app.window.player
    assert step_variations(app) == [Variation.EASIER, Variation.STANDARD]  # never automatic
    assert view.remembered_label.text().endswith("you chose this after This hurts on 18 Dec")
    assert not view.usual_again_button.isHidden()
    assert view.usual_again_button.text() == "Try the standard version again"
    view.usual_again_button.click()
    assert step_variations(app) == [Variation.STANDARD, Variation.STANDARD]
    assert app.player.player is not None and app.player.player.state is PlayerState.READY
    assert view.usual_again_button.isHidden()
    assert view.remembered_row.isHidden()
    assert Preferences(app.preferences.path).eased_move("front-plank") is None


def test_a_new_press_on_a_remembered_move_restarts_the_fourteen_days(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.preferences.remember_eased_move(
        EasedMove("front-plank", Variation.EASIER, date(2025, 12, 18))
    )
    answer(monkeypatch, HurtChoice.SKIP)
    app.repository.save_routine(OTHER)
    app.open_routine(OTHER)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 7.0)
    view = app.window.player
    assert view.usual_again_button.isHidden()  # never offered during the move itself
    press(Qt.Key.Key_H)
    assert app.preferences.eased_move("front-plank") == EasedMove(
        "front-plank", Variation.EASIER, date(2026, 1, 1)
    )


def test_a_move_at_its_easiest_or_on_the_easier_level_shows_no_note(
    app: App, clock: FakeClock
) -> None:
    app.preferences.remember_eased_move(
        EasedMove("glute-bridge", Variation.EASIER, date(2026, 1, 1))
    )
    easy_first = replace(ROUTINE, steps=(ROUTINE.steps[1], ROUTINE.steps[0]))
    app.repository.save_routine(easy_first)
    app.open_routine(easy_first)
    assert step_variations(app) == [Variation.EASIER, Variation.STANDARD]
    assert app.window.player.remembered_row.isHidden()

"""The "This hurts" button: it stops the move, offers the easier version or a skip, and logs it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import (
    Level,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
    Variation,
)
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.ui.player.this_hurts import HurtChoice, ThisHurtsDialog
from tests.ui.driving import press, run_for

ROUTINE = Routine(
    "hurts-test",
    "Hurts test",
    RoutineKind.STRENGTH,
    Level.BEGINNER,
    "",
    (
        Step(
            "front-plank", StepMode.TIMED, seconds=20, sets=2, rest_between_sets=10, rest_after=15
        ),
        Step("glute-bridge", StepMode.REPS, reps=8, variation=Variation.EASIER),
    ),
)


def answer(monkeypatch: pytest.MonkeyPatch, choice: HurtChoice) -> list[tuple[str, str | None]]:
    asked: list[tuple[str, str | None]] = []

    def ask(cls: type, parent: object, name: str, easier: str | None) -> HurtChoice:
        asked.append((name, easier))
        return choice

    monkeypatch.setattr(ThisHurtsDialog, "ask", classmethod(ask))
    return asked


def start_plank(app: App, clock: FakeClock) -> None:
    """Plays the routine 6 s into the first plank set (after the 5 s get-ready)."""
    app.repository.save_routine(ROUTINE)
    app.open_routine(ROUTINE)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 11.0)
    player = app.player.player
    assert player is not None and player.current is not None
    assert player.current.kind is SegmentKind.WORK and player.current.set_number == 1


def stored_session(app: App) -> SessionRecord:
    (session,) = app.repository.sessions()
    return session


def test_the_button_is_labelled_and_only_works_while_a_move_is_under_way(
    app: App, clock: FakeClock
) -> None:
    view = app.window.player
    assert view.hurts_button.accessibleName() == "This hurts"
    assert "(H)" in view.hurts_button.toolTip()
    app.repository.save_routine(ROUTINE)
    app.open_routine(ROUTINE)
    assert not view.hurts_button.isEnabled()
    press(Qt.Key.Key_H)  # ready: nothing happens (an unexpected dialog would fail the test)
    press(Qt.Key.Key_Space)
    assert not view.hurts_button.isEnabled()  # get ready
    run_for(app, clock, 5.0)
    assert view.hurts_button.isEnabled()
    run_for(app, clock, 20.0)  # rest between sets: still inside the step
    assert app.player.player is not None and app.player.player.current is not None
    assert app.player.player.current.kind is SegmentKind.SET_REST
    assert view.hurts_button.isEnabled()


def test_easier_restarts_the_move_with_its_easier_version_and_logs_it(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, HurtChoice.EASIER)
    start_plank(app, clock)
    press(Qt.Key.Key_H)
    plank = app.player._catalogue.get("front-plank")
    assert plank is not None
    knee_plank = app.player._catalogue["knee-plank"]
    assert plank.easier_id == knee_plank.id
    assert asked == [(plank.name, knee_plank.name)]
    player = app.player.player
    assert player is not None and player.current is not None
    assert player.state is PlayerState.PAUSED  # time to get into position
    assert player.current.variation is Variation.EASIER and player.current.set_number == 1
    view = app.window.player
    assert view.clock_label.text() == "20"  # the hold starts over
    assert "Easier version of Front plank" in view.detail_label.text()
    assert view.exercise_label.text() == knee_plank.name
    # The knee plank's own steps, not the full plank's with a line in front.
    assert view.instructions_label.text().startswith(f"1. {knee_plank.steps[0]}")
    (hurt,) = stored_session(app).hurts  # saved at once, not only at the next boundary
    assert (hurt.step_index, hurt.exercise_id, hurt.variation, hurt.action) == (
        0,
        "front-plank",
        "standard",
        "easier",
    )
    assert hurt.at_utc == "2026-01-01T00:00:11Z"

    clock.advance(300)  # however long the pause, the restarted hold is a full 20 s
    press(Qt.Key.Key_Space)
    run_for(app, clock, 19.75)
    assert app.window.player.clock_label.text() == "1"
    run_for(app, clock, 0.25)
    assert player.current.kind is SegmentKind.SET_REST
    run_for(app, clock, 10.0)
    assert player.current.variation is Variation.EASIER  # the second set is easier too
    assert stored_session(app).level == "standard"


def test_skip_leaves_out_the_rest_of_the_move_and_logs_it(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, HurtChoice.SKIP)
    start_plank(app, clock)
    app.window.player.hurts_button.click()
    player = app.player.player
    assert player is not None and player.current is not None
    assert player.current.kind is SegmentKind.REST and player.state is PlayerState.PAUSED
    session = stored_session(app)
    assert [h.action for h in session.hurts] == ["skip"]
    assert session.steps[0].skipped_segments == 2 and not session.steps[0].completed
    assert session.steps[0].done_seconds == pytest.approx(6.0)


def test_stop_ends_the_session_and_asks_for_the_check_in(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, HurtChoice.STOP)
    start_plank(app, clock)
    press(Qt.Key.Key_H)
    assert app.player.player is not None
    assert app.player.player.state is PlayerState.STOPPED
    assert not app.window.player.pain_row.isHidden()
    session = stored_session(app)
    assert session.status is SessionStatus.PARTIAL
    assert [h.action for h in session.hurts] == ["stop"]


def test_a_move_already_at_its_easier_version_offers_only_skip_or_stop(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, HurtChoice.EASIER)  # not offered: treated as a skip
    start_plank(app, clock)
    player = app.player.player
    assert player is not None
    while player.current is not None and player.current.step_index == 0:
        press(Qt.Key.Key_Right)
    press(Qt.Key.Key_H)
    assert asked[-1][1] is None
    assert player.state is PlayerState.FINISHED
    assert [h.action for h in stored_session(app).hurts] == ["skip"]


def test_records_without_hurts_or_level_still_load() -> None:
    old = {
        "id": "s1",
        "routine_id": "r",
        "routine_name": "R",
        "routine_kind": "stretch",
        "started_utc": "2025-01-01T08:00:00Z",
        "local_date": "2025-01-01",
        "utc_offset_minutes": 0,
        "status": "completed",
        "steps": [],
    }
    record = SessionRecord.from_dict(old)
    assert record.hurts == [] and record.level == "standard"
    assert SessionRecord.from_dict(record.to_dict()) == record


def test_after_easier_the_voice_names_the_easier_version(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Going Back to the rest before the eased move, the rest's "Next: …" says the easier
    version the player now runs, not the one the routine was opened with."""
    from tests.ui.speech.test_speech import mock_loader
    from tests.ui.speech.test_speech_routine import load_speech

    speech = load_speech(app, qtbot, mock_loader)
    heard: list[str] = []
    speech.said.connect(heard.append)
    answer(monkeypatch, HurtChoice.EASIER)
    routine = Routine(
        "voice-hurts",
        "Voice hurts",
        RoutineKind.STRENGTH,
        Level.BEGINNER,
        "",
        (
            Step("glute-bridge", StepMode.TIMED, seconds=10, rest_after=15),
            Step("front-plank", StepMode.TIMED, seconds=20),
        ),
    )
    app.repository.save_routine(routine)
    app.open_routine(routine)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 5.0 + 10.0 + 15.0 + 3.0)  # get ready, bridge, rest, 3 s of plank
    player = app.player.player
    assert player is not None and player.current is not None
    assert player.current.exercise_id == "front-plank"
    press(Qt.Key.Key_H)  # → the easier plank, paused at the start of its hold
    heard.clear()
    app.window.player.back_requested.emit()  # within the grace: back to the rest before it
    assert player.current.kind is SegmentKind.REST

    plank = app.player._catalogue.get("front-plank")
    assert plank is not None and plank.easier_id is not None
    easier = app.player._catalogue[plank.easier_id].name.lower()
    assert heard == [f"Rest, 15 seconds. Next: {easier}"]

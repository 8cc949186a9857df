"""The player driven through its real widgets and shortcuts, with a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.models import SessionStatus, StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.ui.player.player_controller import TICK_MS, ConfirmStop
from tests.ui.driving import press


def run_for(app: App, clock: FakeClock, seconds: float, step: float = 0.1) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        app.player.tick()


def play_to_the_end(app: App, clock: FakeClock, limit: float = 3600) -> None:
    """Acts like a person: lets timers run and presses Enter when a rep step waits."""
    player = app.player.player
    assert player is not None
    elapsed = 0.0
    while player.state is not PlayerState.FINISHED and elapsed < limit:
        segment = player.current
        if (
            segment is not None
            and segment.kind is SegmentKind.WORK
            and segment.mode
            in (
                StepMode.REPS,
                StepMode.OPEN,
            )
        ):
            run_for(app, clock, 2.0)
            press(Qt.Key.Key_Return)
        else:
            run_for(app, clock, 1.0, step=0.25)
        elapsed += 1


def open_desk_break(app: App) -> None:
    routine = app.repository.find_routine("Desk stretch break")
    assert routine is not None
    app.open_routine(routine)


def test_desk_break_plays_through_and_is_logged_as_completed(
    app: App, clock: FakeClock, played_cues: list[SoundCue]
) -> None:
    open_desk_break(app)
    assert app.window.pages.currentWidget() is app.window.player
    press(Qt.Key.Key_Space)
    assert app.player.player is not None
    assert app.player.player.state is PlayerState.RUNNING
    play_to_the_end(app, clock)

    (session,) = app.repository.sessions()
    assert session.routine_id == "desk-stretch-break"
    assert session.status is SessionStatus.COMPLETED
    routine = app.repository.find_routine("Desk stretch break")
    assert routine is not None
    for record, step in zip(session.steps, routine.steps, strict=True):
        if step.mode is StepMode.TIMED:  # held to the second, with no drift
            assert record.done_seconds == pytest.approx(record.planned_seconds)
        else:  # reps end when Enter is pressed, 2 s in
            assert record.done_seconds == pytest.approx(2.0, abs=0.3)
    assert all(step.completed for step in session.steps)
    sided = [s for s in session.steps if "left" in s.sides_done]
    assert sided and all(s.sides_done == ["left", "right"] for s in sided)
    assert app.window.player.phase_label.text() == "Routine complete — well done"
    assert played_cues[-1] is SoundCue.ROUTINE_FINISHED
    assert SoundCue.COUNTDOWN in played_cues and SoundCue.SEGMENT_START in played_cues
    assert not app.player.timer_running


def test_library_shows_the_routine_as_done_today_after_a_session(
    app: App, clock: FakeClock, qtbot: QtBot
) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    play_to_the_end(app, clock)
    qtbot.mouseClick(app.window.player.library_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.library
    item = app.window.library.routine_list.item(0)
    assert "Last done: Today" in item.data(Qt.ItemDataRole.UserRole + 1)


def test_countdown_shows_whole_seconds_rounded_up(app: App, clock: FakeClock) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)  # 5 s prepare
    assert app.window.player.clock_label.text() == "5"
    run_for(app, clock, 0.3)
    assert app.window.player.clock_label.text() == "5"
    run_for(app, clock, 1.0)
    assert app.window.player.clock_label.text() == "4"
    assert app.window.player.phase_label.text() == "Get ready"


def test_space_pauses_and_resumes_and_the_clock_freezes_while_paused(
    app: App, clock: FakeClock
) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    run_for(app, clock, 1.0)
    press(Qt.Key.Key_Space)
    assert app.window.player.primary_button.text() == "Resume"
    assert not app.player.timer_running
    clock.advance(120)
    app.player.tick()
    assert app.window.player.clock_label.text() == "4"
    press(Qt.Key.Key_Space)
    assert app.player.timer_running
    assert app.window.player.primary_button.text() == "Pause"


def test_arrow_keys_skip_and_go_back(app: App, clock: FakeClock) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    player = app.player.player
    assert player is not None and player.current is not None
    first = player.current.index
    press(Qt.Key.Key_Right)
    assert player.current.index == first + 1
    press(Qt.Key.Key_Left)  # within 2 s of the segment: back to the previous one
    assert player.current.index == first


def test_stop_asks_first_and_keeps_running_when_declined(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    asked: list[bool] = []
    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: asked.append(1)))
    press(Qt.Key.Key_Escape)
    assert asked and app.player.player is not None
    assert app.player.player.state is PlayerState.RUNNING

    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: True))
    run_for(app, clock, 30)
    press(Qt.Key.Key_Escape)
    assert app.player.player.state is PlayerState.STOPPED
    (session,) = app.repository.sessions()
    assert session.status in (SessionStatus.PARTIAL, SessionStatus.STOPPED)
    assert session.finished_utc is not None


def test_the_player_timer_is_precise_and_only_runs_while_playing(app: App) -> None:
    open_desk_break(app)
    assert not app.player.timer_running
    press(Qt.Key.Key_Space)
    timer = app.player._timer
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    assert 100 <= TICK_MS <= 250 and timer.interval() == TICK_MS
    assert app.player.timer_running


def test_countdown_font_grows_with_the_window(app: App, qtbot: QtBot) -> None:
    open_desk_break(app)
    app.window.resize(800, 600)
    qtbot.waitUntil(lambda: app.window.width() == 800)
    small = app.window.player.clock_label.font().pixelSize()
    app.window.resize(1600, 1000)
    qtbot.waitUntil(lambda: app.window.width() == 1600)
    large = app.window.player.clock_label.font().pixelSize()
    assert large > small >= 48


def test_right_side_illustration_is_mirrored(app: App, clock: FakeClock) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    player = app.player.player
    assert player is not None
    for _ in range(200):
        segment = player.current
        if segment is not None and segment.kind is SegmentKind.WORK and segment.side:
            break
        press(Qt.Key.Key_Right)
    assert app.window.player.illustration.mirrored is False
    press(Qt.Key.Key_Right)  # to the switch-sides segment, which shows the right side
    assert app.window.player.detail_label.text().endswith("Right side")
    assert app.window.player.illustration.mirrored is True


def test_mute_toggle_is_remembered(app: App) -> None:
    app.player._on_sound_availability(True, "")
    open_desk_break(app)
    press(Qt.Key.Key_M)
    assert app.sound.muted is True
    assert app.preferences.muted is True


def test_pain_check_in_after_a_session_is_stored_with_it(app: App, clock: FakeClock) -> None:
    open_desk_break(app)
    assert app.window.player.pain_row.isHidden()
    press(Qt.Key.Key_Space)
    play_to_the_end(app, clock)
    assert not app.window.player.pain_row.isHidden()
    app.window.player.pain_buttons[4].click()
    assert app.window.player.pain_row.isHidden()
    (session,) = app.repository.sessions()
    assert session.pain == 4


def test_pain_check_in_can_be_skipped_and_stores_nothing(app: App, clock: FakeClock) -> None:
    open_desk_break(app)
    press(Qt.Key.Key_Space)
    play_to_the_end(app, clock)
    skip = next(
        b for b in app.window.player.pain_row.findChildren(QPushButton) if b.text() == "Skip"
    )
    skip.click()
    assert app.window.player.pain_row.isHidden()
    (session,) = app.repository.sessions()
    assert session.pain is None

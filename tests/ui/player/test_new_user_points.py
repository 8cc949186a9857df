"""Issue #18 in the player page: the stop question pauses, cues are shown as well as heard,
rep steps show a count, and a session stopped early is explained the same everywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.ui.library.library_view import SUBTITLE_ROLE
from lbh_desktop.ui.player.player_controller import ConfirmStop
from tests.ui.driving import press, run_for


def open_routine(app: App, name: str) -> None:
    routine = app.repository.find_routine(name)
    assert routine is not None
    app.open_routine(routine)


def run_until(app: App, clock: FakeClock, done, limit: int = 4000) -> None:  # type: ignore[no-untyped-def]
    """Lets the timers run, and presses Done (Enter) on a rep step, until `done()`."""
    for _ in range(limit):
        if done():
            return
        if at_work(app, StepMode.REPS)():
            press(Qt.Key.Key_Return)
        else:
            run_for(app, clock, 0.25)
    pytest.fail("never got there")


def at_work(app: App, mode: StepMode):  # type: ignore[no-untyped-def]
    def check() -> bool:
        player = app.player.player
        assert player is not None
        segment = player.current
        return segment is not None and segment.kind is SegmentKind.WORK and segment.mode is mode

    return check


# 14: the stop question ------------------------------------------------------------------------


def test_the_countdown_waits_while_the_stop_question_is_asked(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_routine(app, "Desk stretch break")
    press(Qt.Key.Key_Space)
    run_for(app, clock, 2)
    player = app.player.player
    assert player is not None
    asked: list[tuple[PlayerState, bool]] = []

    def keep_going(cls: type, parent: object) -> bool:
        asked.append((player.state, app.player.timer_running))
        clock.advance(30)  # the user thinks it over
        app.player.tick()
        return False

    monkeypatch.setattr(ConfirmStop, "ask", classmethod(keep_going))
    before = player.snapshot().remaining
    press(Qt.Key.Key_Escape)

    assert asked == [(PlayerState.PAUSED, False)]
    assert player.state is PlayerState.RUNNING  # Keep going resumes
    assert app.player.timer_running
    assert player.snapshot().remaining == pytest.approx(before)


def test_keep_going_leaves_a_paused_player_paused(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_routine(app, "Desk stretch break")
    press(Qt.Key.Key_Space)
    run_for(app, clock, 2)
    press(Qt.Key.Key_Space)  # pause
    player = app.player.player
    assert player is not None and player.state is PlayerState.PAUSED
    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: False))

    press(Qt.Key.Key_Escape)

    assert player.state is PlayerState.PAUSED
    assert not app.player.timer_running


def test_stop_after_the_question_keeps_the_time_before_it(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_routine(app, "Desk stretch break")
    press(Qt.Key.Key_Space)
    run_until(app, clock, at_work(app, StepMode.TIMED))
    run_for(app, clock, 4)

    def stop_later(cls: type, parent: object) -> bool:
        clock.advance(20)
        return True

    monkeypatch.setattr(ConfirmStop, "ask", classmethod(stop_later))
    press(Qt.Key.Key_Escape)

    player = app.player.player
    assert player is not None and player.state is PlayerState.STOPPED
    (session,) = app.repository.sessions()
    assert session.steps[1].done_seconds == pytest.approx(4.0)  # not 24 s


# 7b: cues seen as well as heard ---------------------------------------------------------------


def test_halfway_and_switch_sides_are_shown_with_the_sound_muted(
    app: App, clock: FakeClock, qtbot: QtBot, played_cues: list[SoundCue]
) -> None:
    view = app.window.player
    open_routine(app, "Desk stretch break")
    view.mute_button.setEnabled(True)
    view.mute_button.click()
    assert app.sound.muted
    press(Qt.Key.Key_Space)
    run_until(app, clock, at_work(app, StepMode.TIMED))  # seated figure 4, 25 s a side
    player = app.player.player
    assert player is not None
    assert not view.banner_label.isVisible()

    run_until(app, clock, lambda: (player.snapshot().remaining or 99) <= 12.5)
    assert view.banner_label.isVisible()
    assert view.banner_label.text() == "Halfway"

    run_for(app, clock, 4)
    assert not view.banner_label.isVisible()

    run_until(
        app,
        clock,
        lambda: player.current is not None and player.current.kind is SegmentKind.SWITCH_SIDES,
    )
    assert view.banner_label.isVisible()
    assert view.banner_label.text() == "Switch sides"


# 13: rep steps --------------------------------------------------------------------------------


def test_a_rep_step_shows_a_count_not_big_timer_digits(app: App, clock: FakeClock) -> None:
    view = app.window.player
    open_routine(app, "Desk stretch break")
    press(Qt.Key.Key_Space)
    run_until(app, clock, at_work(app, StepMode.REPS))  # seated cat-cow, 8 reps
    run_for(app, clock, 1)
    count_px = QFontInfo(view.clock_label.font()).pixelSize()

    assert view.clock_label.text() == "8 reps"
    assert "Done" in view.clock_caption.text()

    press(Qt.Key.Key_Return)
    run_until(app, clock, at_work(app, StepMode.TIMED))
    timer_px = QFontInfo(view.clock_label.font()).pixelSize()
    assert view.clock_label.text().isdigit()
    assert count_px <= timer_px * 0.6


# 4: a session stopped early, explained the same everywhere -----------------------------------


def test_a_session_stopped_early_is_explained_in_the_player_library_and_progress(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = app.window.player
    open_routine(app, "Desk stretch break")
    press(Qt.Key.Key_Space)
    run_until(app, clock, at_work(app, StepMode.REPS))
    run_for(app, clock, 10)
    press(Qt.Key.Key_Return)
    monkeypatch.setattr(ConfirmStop, "ask", classmethod(lambda cls, parent: True))
    press(Qt.Key.Key_Escape)

    (session,) = app.repository.sessions()
    percent = int(100 * session.done_seconds / session.planned_seconds)
    assert 0 < percent < 50
    assert view.clock_caption.text() == (
        "Saved in your history, but not counted in Progress: sessions count toward Progress "
        f"once at least half is done, and this one reached {percent} %."
    )

    view.pain_skipped.emit()
    app.show_library()
    library = app.window.library
    row = library.routine_list.currentItem()
    assert library.title_label.text() == "Desk stretch break"
    assert "Last done: Never (tried today)" in row.data(SUBTITLE_ROLE)
    assert library.last_done_label.text().startswith("Last done: Never (tried today)")

    app.window.progress_requested.emit()
    progress = app.progress_view
    assert progress is not None and progress.is_empty_shown()  # type: ignore[attr-defined]
    text = progress.empty_label.text()  # type: ignore[attr-defined]
    assert "You have 1 session that stopped before half way; it does not count." in text
    assert progress.empty_title.text() != "No sessions yet"  # type: ignore[attr-defined]

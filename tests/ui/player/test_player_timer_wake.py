"""The player's timer wakes on the next whole second, so boundaries and cues are never late."""

from __future__ import annotations

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import Player, PlayerState
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.shell.app import App
from lbh_desktop.ui.player.timer_wake import TICK_MS, ms_to_next_change


def started(steps: tuple[Step, ...], clock: FakeClock, prepare: float = 5.0) -> Player:
    routine = Routine("r", "R", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)
    player = Player(build_timeline(routine, prepare_seconds=prepare), clock)
    player.start()
    return player


def test_wakes_on_the_next_whole_second_of_the_countdown() -> None:
    clock = FakeClock()
    player = started((Step("bird-dog", StepMode.TIMED, seconds=8),), clock)
    assert ms_to_next_change(player.snapshot()) == TICK_MS  # 5.0 s left: next change in 1 s
    clock.advance(0.95)
    assert ms_to_next_change(player.snapshot()) == 50
    clock.advance(0.0496)
    assert ms_to_next_change(player.snapshot()) == 1  # never 0: a timer must not spin


def test_wakes_at_the_halfway_cue() -> None:
    clock = FakeClock()
    player = started((Step("bird-dog", StepMode.TIMED, seconds=15),), clock, prepare=0)
    clock.advance(7.47)  # 7.53 s left; halfway is at 7.5 s left, before the next whole second
    assert ms_to_next_change(player.snapshot()) == 30


def test_counts_whole_seconds_up_in_an_open_hold() -> None:
    clock = FakeClock()
    player = started((Step("front-plank", StepMode.OPEN, seconds=30),), clock, prepare=0)
    clock.advance(2.93)
    assert player.snapshot().remaining is None
    assert ms_to_next_change(player.snapshot()) in (70, 71)  # 0.07 s, rounded up to whole ms


def test_the_running_timer_is_set_to_the_next_change(app: App, clock: FakeClock) -> None:
    routine = app.repository.routines()[0]
    app.open_routine(routine)
    app.player.start_playing()
    clock.advance(0.96)
    app.player.tick()
    assert app.player.player is not None and app.player.player.state is PlayerState.RUNNING
    assert app.player.timer_running
    assert app.player._timer.interval() == 40

"""The share of the current segment done (the player's ring), read from a real Player."""

from __future__ import annotations

from lbh_desktop.core.models import Step, StepMode
from lbh_desktop.core.player import PlayerState
from tests.core.player_display_rig import Rig, timed


def test_ready_has_an_empty_ring() -> None:
    r = Rig(timed("front-plank", 30), prepare=5)
    assert r.show().move_permille == 0


def test_a_timed_hold_fills_the_ring_as_its_clock_runs_down() -> None:
    r = Rig(timed("front-plank", 40), timed("childs-pose", 30))
    r.player.start()

    assert r.show().move_permille == 0
    assert r.at(10).move_permille == 250
    assert r.at(30).move_permille == 750
    r.player.pause()
    assert r.at(35).move_permille == 750  # a pause holds it
    r.player.resume()
    assert r.at(44.99).move_permille == 1000  # rounded to thousandths


def test_the_get_ready_and_rests_follow_their_own_countdown() -> None:
    r = Rig(timed("front-plank", 30, rest_after=10), timed("childs-pose", 30), prepare=4)
    r.player.start()

    assert r.at(1).move_permille == 250  # one second of the four-second get-ready
    r.at(4)
    assert r.at(19).move_permille == 500  # halfway through the plank
    r.at(34)
    assert r.at(39).move_permille == 500  # halfway through the 10 s rest


def test_an_open_hold_fills_towards_its_aim_and_stops_full() -> None:
    r = Rig(Step("childs-pose", StepMode.OPEN, seconds=30))
    r.player.start()

    assert r.at(15).move_permille == 500
    assert r.at(45).move_permille == 1000  # held past the aim


def test_reps_at_your_own_pace_leave_the_ring_empty() -> None:
    r = Rig(Step("glute-bridge", StepMode.REPS, reps=10))
    r.player.start()

    assert r.at(20).move_permille == 0


def test_the_finished_summary_has_a_full_ring_and_a_stopped_one_an_empty_ring() -> None:
    finished = Rig(timed("front-plank", 10))
    finished.player.start()
    finished.at(10)
    assert finished.player.state is PlayerState.FINISHED
    assert finished.show().move_permille == 1000

    stopped = Rig(timed("front-plank", 10), timed("childs-pose", 10))
    stopped.player.start()
    stopped.at(5)
    stopped.player.stop()
    assert stopped.show().move_permille == 0

"""Player across a suspend: pausing instead of jumping, and ignoring short wall-clock jumps."""

from __future__ import annotations

from lbh_desktop.core.player import PlayerState
from tests.core.player_rig import E, rig, row, rows, timed


def test_suspend_pauses_instead_of_jumping() -> None:
    r = rig(timed(30))
    r.player.start()
    r.at(3)
    r.clock.advance(2)
    r.clock.suspend(3600)

    events = r.player.tick()

    assert rows(events) == [row(E.PAUSED, 0, 5)]
    assert events[0].reason == "suspend"
    snap = r.player.snapshot()
    assert snap.pause_reason == "suspend"
    assert snap.remaining == 25.0
    r.player.resume()
    assert r.at(10) == []


def test_suspend_processes_boundaries_passed_before_pausing() -> None:
    r = rig(timed(5), timed(10))
    r.player.start()
    r.clock.advance(6)
    r.clock.suspend(120)

    events = r.player.tick()

    assert [e.kind for e in events][-3:] == [E.SEGMENT_FINISHED, E.SEGMENT_STARTED, E.PAUSED]
    assert r.player.snapshot().remaining == 9.0


def test_short_wall_jumps_and_clock_set_back_do_not_pause() -> None:
    r = rig(timed(60), suspend_threshold=10.0)
    r.player.start()
    r.clock.suspend(9.5)
    assert r.player.tick() == []
    r.clock.set_wall(r.clock.wall() - 7200)
    r.clock.advance(1)
    assert r.player.tick() == []
    assert r.player.state is PlayerState.RUNNING

    r.clock.suspend(11)
    assert [e.reason for e in r.player.tick()] == ["suspend"]


def test_suspend_while_paused_is_not_reported_after_resume() -> None:
    r = rig(timed(60))
    r.player.start()
    r.at(2)
    r.player.pause()
    r.clock.suspend(3600)
    r.clock.advance(1)

    r.player.resume()
    r.clock.advance(1)

    assert r.player.tick() == []
    assert r.player.state is PlayerState.RUNNING

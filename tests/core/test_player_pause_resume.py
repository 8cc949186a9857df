"""Player pause, resume and toggle: frozen remaining time and new deadlines after resuming."""

from __future__ import annotations

import pytest

from lbh_desktop.core.player import PlayerState
from tests.core.player_rig import E, open_hold, rig, row, rows, timed


def test_pause_freezes_remaining_and_resume_sets_a_new_deadline() -> None:
    r = rig(timed(20), timed(5))
    r.player.start()
    r.at(5)

    paused = r.player.pause()
    r.at(100)

    assert rows(paused) == [row(E.PAUSED, 0, 5)]
    assert paused[0].reason == "user"
    snap = r.player.snapshot()
    assert snap.state is PlayerState.PAUSED
    assert snap.remaining == 15.0
    assert snap.elapsed == 5.0
    assert snap.pause_reason == "user"
    assert r.player.can("resume") and not r.player.can("pause")

    assert rows(r.player.resume()) == [row(E.RESUMED, 0, 100)]
    events = r.run(until=115)
    assert rows(events)[0] == row(E.HALFWAY, 0, 105)
    assert rows(events)[-2:] == [row(E.SEGMENT_FINISHED, 0, 115), row(E.SEGMENT_STARTED, 1, 115)]
    assert r.player.results[0].active_seconds == 20.0
    assert r.player.snapshot().pause_reason is None


def test_pause_first_catches_up_on_missed_boundaries() -> None:
    r = rig(timed(5), timed(10))
    r.player.start()
    r.clock.advance(6)

    events = r.player.pause()

    assert [e.kind for e in events] == [
        E.COUNTDOWN,
        E.COUNTDOWN,
        E.COUNTDOWN,
        E.SEGMENT_FINISHED,
        E.SEGMENT_STARTED,
        E.PAUSED,
    ]
    assert r.player.snapshot().remaining == 9.0


def test_toggle_starts_pauses_and_resumes() -> None:
    r = rig(timed(20))

    assert r.player.toggle()[0].kind is E.STARTED
    r.at(1)
    assert [e.kind for e in r.player.toggle()] == [E.PAUSED]
    assert [e.kind for e in r.player.toggle()] == [E.RESUMED]
    r.player.stop()
    assert r.player.toggle() == []


def test_open_hold_counts_only_running_time() -> None:
    r = rig(open_hold(30))
    r.player.start()
    r.at(10)
    r.player.pause()
    r.at(50)
    r.player.resume()

    events = r.run(until=75)

    assert rows(events) == [row(E.TARGET_REACHED, 0, 70)]
    assert r.player.snapshot().elapsed == pytest.approx(35.0)

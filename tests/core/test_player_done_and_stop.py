"""Player done and stop: finishing untimed work by hand and stopping a routine part-way."""

from __future__ import annotations

from lbh_desktop.core.player import PlayerState, SegmentOutcome
from tests.core.player_rig import E, open_hold, reps, rig, row, rows, timed


def test_done_completes_reps_with_the_time_taken() -> None:
    r = rig(reps(10), timed(10))
    r.player.start()
    assert r.player.can("done")

    quiet = r.run(until=25)
    events = r.player.done()

    assert quiet == []
    assert rows(events) == [row(E.SEGMENT_FINISHED, 0, 25), row(E.SEGMENT_STARTED, 1, 25)]
    assert events[0].outcome is SegmentOutcome.COMPLETED
    assert events[0].active_seconds == 25.0
    assert not r.player.can("done")
    assert r.player.done() == []
    assert rows(r.run(until=35))[-1] == row(E.ROUTINE_FINISHED, 1, 35)


def test_open_hold_reaches_its_target_once_and_keeps_counting() -> None:
    r = rig(open_hold(30))
    r.player.start()

    events = r.run(until=50)

    assert rows(events) == [row(E.TARGET_REACHED, 0, 30)]
    assert r.player.snapshot().elapsed == 50.0
    done = r.player.done()
    assert [e.kind for e in done] == [E.SEGMENT_FINISHED, E.ROUTINE_FINISHED]
    assert done[0].active_seconds == 50.0


def test_done_is_ignored_on_timed_segments() -> None:
    r = rig(timed(10), prepare=5)
    r.player.start()
    r.at(6)

    assert r.player.done() == []
    assert r.player.current is r.player.timeline.segments[1]


def test_stop_records_the_current_segment_as_skipped() -> None:
    r = rig(timed(20), timed(10))
    r.player.start()
    r.at(8)

    events = r.player.stop()

    assert rows(events) == [row(E.SEGMENT_FINISHED, 0, 8), row(E.STOPPED, 0, 8)]
    assert events[0].outcome is SegmentOutcome.SKIPPED
    assert events[0].active_seconds == 8.0
    assert r.player.state is PlayerState.STOPPED
    assert r.player.snapshot().remaining == 12.0
    for command in ("start", "pause", "resume", "skip", "back", "done", "stop"):
        assert not r.player.can(command)
        assert getattr(r.player, command)() == []
    assert r.at(100) == []


def test_stop_while_paused_counts_only_running_time() -> None:
    r = rig(reps(10))
    r.player.start()
    r.at(4)
    r.player.pause()
    r.at(40)

    events = r.player.stop()

    assert events[0].active_seconds == 4.0
    assert events[-1].kind is E.STOPPED

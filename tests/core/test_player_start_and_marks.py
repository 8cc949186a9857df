"""Player start-up and the per-segment marks: halfway, countdown, finish and switch sides."""

from __future__ import annotations

from lbh_desktop.core.player import PlayerState, SegmentOutcome
from lbh_desktop.core.timeline import SegmentKind
from tests.core.player_rig import T0, E, rig, row, rows, timed


def test_ready_player_only_allows_start() -> None:
    r = rig(timed(20))
    player = r.player

    assert player.state is PlayerState.READY
    assert player.current is player.timeline.segments[0]
    for command in ("pause", "resume", "skip", "back", "done", "stop"):
        assert not player.can(command)
        assert getattr(player, command)() == []
    assert player.tick() == []
    assert player.can("start")
    assert player.can("toggle")
    assert not player.can("fly")
    assert r.heard == []


def test_start_emits_started_and_first_segment_at_now() -> None:
    r = rig(timed(20), prepare=5)

    events = r.player.start()

    assert rows(events) == [row(E.STARTED, 0, 0), row(E.SEGMENT_STARTED, 0, 0)]
    assert r.player.state is PlayerState.RUNNING
    assert r.heard == events
    assert r.player.start() == []
    assert r.player.can("pause") and r.player.can("skip") and r.player.can("stop")
    assert not r.player.can("resume") and not r.player.can("done")


def test_timed_work_emits_halfway_countdown_and_finish_at_nominal_times() -> None:
    r = rig(timed(20), timed(4))
    r.player.start()

    events = r.run(until=20)

    assert rows(events) == [
        row(E.HALFWAY, 0, 10),
        row(E.COUNTDOWN, 0, 17, 3),
        row(E.COUNTDOWN, 0, 18, 2),
        row(E.COUNTDOWN, 0, 19, 1),
        row(E.SEGMENT_FINISHED, 0, 20),
        row(E.SEGMENT_STARTED, 1, 20),
    ]
    finished = events[4]
    assert finished.outcome is SegmentOutcome.COMPLETED
    assert finished.active_seconds == 20.0


def test_countdown_only_for_counts_below_the_duration_and_no_halfway_outside_work() -> None:
    r = rig(timed(3), timed(1), prepare=10)
    r.player.start()

    events = r.run(until=14)

    assert rows(events) == [
        row(E.COUNTDOWN, 0, 7, 3),
        row(E.COUNTDOWN, 0, 8, 2),
        row(E.COUNTDOWN, 0, 9, 1),
        row(E.SEGMENT_FINISHED, 0, 10),
        row(E.SEGMENT_STARTED, 1, 10),
        row(E.COUNTDOWN, 1, 11, 2),
        row(E.COUNTDOWN, 1, 12, 1),
        row(E.SEGMENT_FINISHED, 1, 13),
        row(E.SEGMENT_STARTED, 2, 13),
        row(E.SEGMENT_FINISHED, 2, 14),
        row(E.ROUTINE_FINISHED, 2, 14),
    ]
    assert r.player.state is PlayerState.FINISHED


def test_switch_sides_segment_announces_itself() -> None:
    r = rig(timed(5, per_side=True), switch=4)
    r.player.start()

    events = r.at(5)

    assert rows(events)[-2:] == [row(E.SEGMENT_STARTED, 1, 5), row(E.SWITCH_SIDES, 1, 5)]
    assert r.player.current is not None
    assert r.player.current.kind is SegmentKind.SWITCH_SIDES


def test_halfway_fires_for_work_of_ten_seconds_but_not_nine() -> None:
    r = rig(timed(10), timed(9))
    r.player.start()

    events = r.run(until=19)

    halfways = [e for e in events if e.kind is E.HALFWAY]
    assert [(e.segment.index if e.segment else None, e.at - T0) for e in halfways] == [(0, 5.0)]

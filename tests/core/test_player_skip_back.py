"""Player skip and back: skipped segments, replaying within the back grace, restarting after it."""

from __future__ import annotations

import pytest

from lbh_desktop.core.player import PlayerState, SegmentOutcome
from tests.core.player_rig import T0, E, rig, row, rows, timed


def test_skip_records_active_seconds_and_restarts_the_clock_from_now() -> None:
    r = rig(timed(20), timed(10))
    r.player.start()
    r.at(7.5)

    events = r.player.skip()

    assert rows(events) == [row(E.SEGMENT_FINISHED, 0, 7.5), row(E.SEGMENT_STARTED, 1, 7.5)]
    assert events[0].outcome is SegmentOutcome.SKIPPED
    assert events[0].active_seconds == pytest.approx(7.5)
    assert r.player.results[0].outcome is SegmentOutcome.SKIPPED
    assert rows(r.run(until=17.5))[-2:] == [
        row(E.SEGMENT_FINISHED, 1, 17.5),
        row(E.ROUTINE_FINISHED, 1, 17.5),
    ]


def test_skip_while_paused_stays_paused_with_the_full_next_duration() -> None:
    r = rig(timed(20), timed(10))
    r.player.start()
    r.at(4)
    r.player.pause()
    r.at(30)

    events = r.player.skip()

    assert events[0].active_seconds == 4.0
    snap = r.player.snapshot()
    assert snap.state is PlayerState.PAUSED
    assert snap.segment is r.player.timeline.segments[1]
    assert snap.remaining == 10.0
    r.at(40)
    assert snap == r.player.snapshot()
    r.player.resume()
    assert rows(r.run(until=50))[-1] == row(E.ROUTINE_FINISHED, 1, 50)


def test_skipping_the_last_segment_finishes_the_routine() -> None:
    r = rig(timed(20))
    r.player.start()
    r.at(3)

    events = r.player.skip()

    assert [e.kind for e in events] == [E.SEGMENT_FINISHED, E.ROUTINE_FINISHED]
    assert r.player.state is PlayerState.FINISHED


def test_skip_after_a_missed_deadline_first_completes_that_segment() -> None:
    r = rig(timed(5), timed(10), timed(10))
    r.player.start()
    r.clock.advance(6)

    events = r.player.skip()

    finished = [(e.segment.index if e.segment else None, e.outcome, e.at - T0) for e in events]
    assert [f for f in finished if f[1] is not None] == [
        (0, SegmentOutcome.COMPLETED, 5),
        (1, SegmentOutcome.SKIPPED, 6),
    ]
    assert r.player.results[1].active_seconds == 1.0


def test_back_within_grace_replays_the_previous_segment_fresh() -> None:
    r = rig(timed(20), timed(10))
    r.player.start()
    r.at(21)
    assert r.player.results[0].outcome is SegmentOutcome.COMPLETED

    events = r.player.back()

    assert rows(events) == [row(E.SEGMENT_STARTED, 0, 21)]
    assert 0 not in r.player.results
    assert r.player.snapshot().remaining == 20.0
    replay = r.run(until=41)
    assert [e.kind for e in replay].count(E.HALFWAY) == 1
    assert [e.count for e in replay if e.kind is E.COUNTDOWN] == [3, 2, 1]
    assert rows(replay)[-2:] == [row(E.SEGMENT_FINISHED, 0, 41), row(E.SEGMENT_STARTED, 1, 41)]


def test_back_after_grace_restarts_the_current_segment() -> None:
    r = rig(timed(5), timed(20))
    r.player.start()
    r.run(until=16)
    before = [e.kind for e in r.heard].count(E.HALFWAY)

    events = r.player.back()

    assert rows(events) == [row(E.SEGMENT_STARTED, 1, 16)]
    assert r.player.results[0].outcome is SegmentOutcome.COMPLETED
    assert r.player.snapshot().remaining == 20.0
    replay = r.run(until=36)
    assert before == 1
    assert [e.kind for e in replay].count(E.HALFWAY) == 1
    assert rows(replay)[-1] == row(E.ROUTINE_FINISHED, 1, 36)


def test_back_on_the_first_segment_restarts_it() -> None:
    r = rig(timed(20))
    r.player.start()
    r.at(1)

    assert rows(r.player.back()) == [row(E.SEGMENT_STARTED, 0, 1)]
    assert r.player.snapshot().remaining == 20.0


def test_back_grace_counts_active_time_not_paused_time() -> None:
    r = rig(timed(5), timed(20), back_grace=3.0)
    r.player.start()
    r.at(6)
    r.player.pause()
    r.at(60)

    events = r.player.back()

    assert rows(events) == [row(E.SEGMENT_STARTED, 0, 60)]
    assert r.player.state is PlayerState.PAUSED
    assert r.player.snapshot().remaining == 5.0

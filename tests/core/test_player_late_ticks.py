"""Player under late ticks: missed events replayed in order and no drift over a long routine."""

from __future__ import annotations

import pytest

from lbh_desktop.core.player import PlayerEvent, PlayerState, SegmentOutcome
from tests.core.player_rig import T0, E, rig, row, rows, timed


def test_late_tick_after_a_two_second_stall_emits_missed_events_in_order() -> None:
    r = rig(timed(20), timed(5, rest_after=0))
    r.player.start()
    assert rows(r.run(until=18.5))[-2:] == [row(E.COUNTDOWN, 0, 17, 3), row(E.COUNTDOWN, 0, 18, 2)]

    events = r.at(20.5)

    assert rows(events) == [
        row(E.COUNTDOWN, 0, 19, 1),
        row(E.SEGMENT_FINISHED, 0, 20),
        row(E.SEGMENT_STARTED, 1, 20),
    ]
    assert r.player.snapshot().remaining == pytest.approx(4.5)
    # The next deadline is chained from the nominal boundary, not from the late tick.
    assert rows(r.at(25.0))[-2:] == [row(E.SEGMENT_FINISHED, 1, 25), row(E.ROUTINE_FINISHED, 1, 25)]


def test_one_very_late_tick_plays_out_the_whole_routine_once_and_in_order() -> None:
    r = rig(timed(12, rest_after=4), timed(5), prepare=3)
    r.player.start()

    events = r.at(60)

    assert rows(events) == [
        row(E.COUNTDOWN, 0, 1, 2),
        row(E.COUNTDOWN, 0, 2, 1),
        row(E.SEGMENT_FINISHED, 0, 3),
        row(E.SEGMENT_STARTED, 1, 3),
        row(E.HALFWAY, 1, 9),
        row(E.COUNTDOWN, 1, 12, 3),
        row(E.COUNTDOWN, 1, 13, 2),
        row(E.COUNTDOWN, 1, 14, 1),
        row(E.SEGMENT_FINISHED, 1, 15),
        row(E.SEGMENT_STARTED, 2, 15),
        row(E.COUNTDOWN, 2, 16, 3),
        row(E.COUNTDOWN, 2, 17, 2),
        row(E.COUNTDOWN, 2, 18, 1),
        row(E.SEGMENT_FINISHED, 2, 19),
        row(E.SEGMENT_STARTED, 3, 19),
        row(E.COUNTDOWN, 3, 21, 3),
        row(E.COUNTDOWN, 3, 22, 2),
        row(E.COUNTDOWN, 3, 23, 1),
        row(E.SEGMENT_FINISHED, 3, 24),
        row(E.ROUTINE_FINISHED, 3, 24),
    ]
    assert r.player.tick() == []
    assert all(res.outcome is SegmentOutcome.COMPLETED for res in r.player.results.values())
    assert len(r.player.results) == 4
    assert r.player.results[1].active_seconds == 12.0


def test_thirty_minute_routine_finishes_with_zero_drift_under_jittery_ticks() -> None:
    step = timed(45, sets=4, per_side=True, rest_between_sets=20, rest_after=30)
    r = rig(*[step] * 4, prepare=5, switch=5)
    planned = r.player.timeline.planned_seconds
    assert 1700 <= planned <= 1900
    r.player.start()

    jitter = [0.013, 0.29, 0.101, 0.47, 0.2, 0.05, 1.3, 0.173]
    events: list[PlayerEvent] = []
    tick = 0
    while r.player.state is PlayerState.RUNNING:
        r.clock.advance(jitter[tick % len(jitter)])
        events += r.player.tick()
        tick += 1

    finished = events[-1]
    assert finished.kind is E.ROUTINE_FINISHED
    assert finished.at == T0 + planned
    boundaries = [e.at - T0 for e in events if e.kind is E.SEGMENT_FINISHED]
    expected, total = [], 0.0
    for segment in r.player.timeline.segments:
        total += segment.planned_seconds
        expected.append(total)
    assert boundaries == expected
    assert [e.at for e in events] == sorted(e.at for e in events)

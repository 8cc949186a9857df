"""Player listeners and edge cases: event order, unsubscribing, empty timelines, event times."""

from __future__ import annotations

from lbh_desktop.core.player import EventKind, PlayerEvent, PlayerState
from tests.core.player_rig import T0, E, reps, rig, timed


def test_listeners_get_every_event_in_order_and_can_unsubscribe() -> None:
    r = rig(timed(5), timed(5))
    other: list[PlayerEvent] = []
    unsubscribe = r.player.subscribe(other.append)

    returned = r.player.start() + r.at(6)
    unsubscribe()
    unsubscribe()
    late = r.at(11)

    assert r.heard == returned + late
    assert other == returned


def test_a_listener_issuing_commands_still_sees_events_in_order() -> None:
    r = rig(timed(5), timed(5))
    seen: list[EventKind] = []

    def pause_on_second_segment(event: PlayerEvent) -> None:
        seen.append(event.kind)
        if event.kind is E.SEGMENT_STARTED and event.segment and event.segment.index == 1:
            r.player.pause()

    r.player.subscribe(pause_on_second_segment)
    r.player.start()
    r.at(6)

    assert seen[-3:] == [E.SEGMENT_FINISHED, E.SEGMENT_STARTED, E.PAUSED]
    assert r.player.state is PlayerState.PAUSED
    assert [e.kind for e in r.heard] == seen


def test_empty_timeline_finishes_at_once() -> None:
    r = rig()

    events = r.player.start()

    assert [e.kind for e in events] == [E.STARTED, E.ROUTINE_FINISHED]
    snap = r.player.snapshot()
    assert snap.segment is None
    assert snap.total_remaining == 0.0
    assert r.player.current is None


def test_command_events_carry_the_current_time() -> None:
    r = rig(reps(5), reps(5))
    r.player.start()
    r.clock.advance(3.25)

    assert all(e.at == T0 + 3.25 for e in r.player.done())
    r.clock.advance(1.5)
    assert all(e.at == T0 + 4.75 for e in r.player.pause())

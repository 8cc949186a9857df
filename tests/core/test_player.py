"""Player behaviour driven by a FakeClock: timing marks, late ticks, commands and suspend."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.core.player import (
    EventKind,
    Player,
    PlayerEvent,
    PlayerState,
    SegmentOutcome,
)
from lbh_desktop.core.timeline import SegmentKind, build_timeline

E = EventKind
T0 = 1000.0
Row = tuple[str, int | None, float, int | None]


def routine(*steps: Step) -> Routine:
    return Routine("r1", "Test routine", RoutineKind.STRETCH, Level.BEGINNER, "", steps)


def timed(seconds: int, **options: object) -> Step:
    return Step("plank", StepMode.TIMED, seconds=seconds, **options)  # type: ignore[arg-type]


def reps(count: int, **options: object) -> Step:
    return Step("bridge", StepMode.REPS, reps=count, **options)  # type: ignore[arg-type]


def open_hold(seconds: int, **options: object) -> Step:
    return Step("stretch", StepMode.OPEN, seconds=seconds, **options)  # type: ignore[arg-type]


@dataclass
class Rig:
    player: Player
    clock: FakeClock
    heard: list[PlayerEvent] = field(default_factory=list)

    def at(self, seconds: float) -> list[PlayerEvent]:
        """Move the clock to T0 + seconds and tick once."""
        self.clock.advance(T0 + seconds - self.clock.monotonic())
        return self.player.tick()

    def run(self, until: float, step: float = 0.25) -> list[PlayerEvent]:
        events: list[PlayerEvent] = []
        while self.clock.monotonic() - T0 < until - 1e-9:
            self.clock.advance(min(step, until - (self.clock.monotonic() - T0)))
            events += self.player.tick()
        return events


def rig(*steps: Step, prepare: float = 0, switch: float = 0, **options: float) -> Rig:
    clock = FakeClock(monotonic=T0)
    player = Player(
        build_timeline(routine(*steps), prepare_seconds=prepare, switch_seconds=switch),
        clock,
        **options,
    )
    result = Rig(player, clock)
    player.subscribe(result.heard.append)
    return result


def rows(events: list[PlayerEvent]) -> list[Row]:
    return [
        (e.kind.value, e.segment.index if e.segment else None, e.at - T0, e.count) for e in events
    ]


def row(kind: EventKind, index: int | None, at: float, count: int | None = None) -> Row:
    return (kind.value, index, at, count)


# Starting and the per-segment marks -------------------------------------------------------


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


# Late ticks and drift ---------------------------------------------------------------------


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


# Snapshot -----------------------------------------------------------------------------------


def test_snapshot_reports_remaining_totals_progress_and_next_work() -> None:
    r = rig(timed(20, rest_after=10), timed(30), prepare=5)
    ready = r.player.snapshot()
    assert ready.state is PlayerState.READY
    assert ready.remaining == 5.0
    assert ready.total_remaining == 65.0
    assert ready.progress == 0.0
    assert ready.next_work is r.player.timeline.segments[1]

    r.player.start()
    r.at(12.5)
    snap = r.player.snapshot()

    assert snap.segment is r.player.timeline.segments[1]
    assert snap.remaining == pytest.approx(12.5)
    assert snap.elapsed == pytest.approx(7.5)
    assert snap.total_remaining == pytest.approx(52.5)
    assert snap.progress == pytest.approx(12.5 / 65)
    assert snap.next_work is r.player.timeline.segments[3]
    assert snap.pause_reason is None


def test_snapshot_clamps_remaining_when_ticks_are_late() -> None:
    r = rig(timed(5), timed(5))
    r.player.start()
    r.clock.advance(7)

    snap = r.player.snapshot()

    assert snap.remaining == 0.0
    assert snap.elapsed == 5.0
    assert snap.total_remaining == 5.0


def test_snapshot_after_finishing_keeps_the_last_segment() -> None:
    r = rig(timed(5))
    r.player.start()
    r.at(6)

    snap = r.player.snapshot()

    assert snap.state is PlayerState.FINISHED
    assert snap.segment is r.player.timeline.segments[-1]
    assert snap.remaining == 0.0
    assert snap.elapsed == 5.0
    assert snap.total_remaining == 0.0
    assert snap.progress == 1.0
    assert snap.next_work is None
    for command in ("start", "pause", "resume", "toggle", "skip", "back", "done", "stop"):
        assert not r.player.can(command)
        assert getattr(r.player, command)() == []


def test_untimed_work_counts_up_and_estimates_what_is_left() -> None:
    r = rig(reps(10), timed(10))
    r.player.start()
    r.at(12)

    snap = r.player.snapshot()

    assert snap.remaining is None
    assert snap.elapsed == 12.0
    assert snap.total_remaining == pytest.approx(30 - 12 + 10)
    r.at(100)
    assert r.player.snapshot().total_remaining == 10.0


# Pause and resume ---------------------------------------------------------------------------


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


# Skip, back and done ------------------------------------------------------------------------


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


# Stop ------------------------------------------------------------------------------------------


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


# Suspend -------------------------------------------------------------------------------------


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


# Listeners and edge cases ----------------------------------------------------------------------


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

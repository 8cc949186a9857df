"""Drift-free routine player: a state machine over a timeline, driven only by a Clock."""

from __future__ import annotations

from collections.abc import Callable

from lbh_desktop.core.clock import Clock
from lbh_desktop.core.player_events import (
    PAUSE_BY_SUSPEND,
    PAUSE_BY_USER,
    EventHub,
    EventKind,
    Listener,
    PlayerEvent,
    PlayerSnapshot,
    PlayerState,
    SegmentOutcome,
    SegmentResult,
    timed_marks,
)
from lbh_desktop.core.timeline import Segment, SegmentKind, Timeline

__all__ = [
    "STEP_KINDS",
    "EventKind",
    "Player",
    "PlayerEvent",
    "PlayerSnapshot",
    "PlayerState",
    "SegmentOutcome",
    "SegmentResult",
]

_ACTIVE = (PlayerState.RUNNING, PlayerState.PAUSED)
STEP_KINDS = (SegmentKind.WORK, SegmentKind.SWITCH_SIDES, SegmentKind.SET_REST)
"""Segments inside a step; PREPARE comes before the first step and REST after a step."""
_ALLOWED_IN: dict[str, tuple[PlayerState, ...]] = {
    "start": (PlayerState.READY,),
    "pause": (PlayerState.RUNNING,),
    "resume": (PlayerState.PAUSED,),
    "toggle": (PlayerState.READY, *_ACTIVE),
    "skip": _ACTIVE,
    "back": _ACTIVE,
    "done": _ACTIVE,
    "stop": _ACTIVE,
}


class Player:
    """Plays a timeline. Every command returns the events it caused and hands them to listeners.

    Timed segments run against monotonic deadlines chained from the previous nominal
    boundary, so late ticks never accumulate drift. Invalid commands return [].
    """

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        *,
        back_grace: float = 2.0,
        suspend_threshold: float = 10.0,
    ) -> None:
        self.timeline = timeline
        self.results: dict[int, SegmentResult] = {}
        self._clock = clock
        self._back_grace = back_grace
        self._suspend_threshold = suspend_threshold
        self._state = PlayerState.READY
        self._index = 0
        self._deadline = 0.0
        self._remaining = self._duration_of(self.current)
        self._elapsed_base = 0.0
        self._run_since = 0.0
        self._fired: set[tuple[EventKind, int | None]] = set()
        self._pause_reason: str | None = None
        self._wall_offset: float | None = None
        self._slept = clock.suspended_seconds()
        self._hub = EventHub()

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def current(self) -> Segment | None:
        segments = self.timeline.segments
        return segments[self._index] if segments else None

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event from now on; the returned function unsubscribes."""
        return self._hub.subscribe(listener)

    # Commands -------------------------------------------------------------------------------

    def start(self) -> list[PlayerEvent]:
        if self._state is not PlayerState.READY:
            return []
        now = self._now()
        self._state = PlayerState.RUNNING
        events = [PlayerEvent(EventKind.STARTED, self.current, now)]
        if self.current is None:
            events += self._finish_routine(now)
        else:
            events += self._begin(0, now)
            events += self._catch_up(now)
        return self._publish(events)

    def pause(self, reason: str = PAUSE_BY_USER) -> list[PlayerEvent]:
        if self._state is not PlayerState.RUNNING:
            return []
        now = self._now()
        events = self._catch_up(now)
        if self._state is PlayerState.RUNNING:
            events += self._pause_at(now, reason)
        return self._publish(events)

    def resume(self) -> list[PlayerEvent]:
        if self._state is not PlayerState.PAUSED:
            return []
        now = self._now()
        self._state = PlayerState.RUNNING
        self._pause_reason = None
        self._deadline = now + self._remaining
        self._run_since = now
        events = [PlayerEvent(EventKind.RESUMED, self.current, now)]
        events += self._catch_up(now)
        return self._publish(events)

    def toggle(self) -> list[PlayerEvent]:
        if self._state is PlayerState.READY:
            return self.start()
        if self._state is PlayerState.RUNNING:
            return self.pause()
        if self._state is PlayerState.PAUSED:
            return self.resume()
        return []

    def skip(self) -> list[PlayerEvent]:
        return self._end_current_by_user(SegmentOutcome.SKIPPED, untimed_only=False)

    def done(self) -> list[PlayerEvent]:
        return self._end_current_by_user(SegmentOutcome.COMPLETED, untimed_only=True)

    def back(self) -> list[PlayerEvent]:
        if self._state not in _ACTIVE:
            return []
        now = self._now()
        events = self._catch_up(now)
        if self._state in _ACTIVE:
            target = self._index
            if self._elapsed_at(now) < self._back_grace and self._index > 0:
                target = self._index - 1
            self.results.pop(target, None)
            events += self._begin(target, now)
            events += self._catch_up(now)
        return self._publish(events)

    def stop(self) -> list[PlayerEvent]:
        if self._state not in _ACTIVE:
            return []
        now = self._now()
        events = self._catch_up(now)
        if self._state in _ACTIVE:
            self._freeze(now)
            events.append(self._record(SegmentOutcome.SKIPPED, self._elapsed_at(now), now))
            self._state = PlayerState.STOPPED
            self._pause_reason = None
            events.append(PlayerEvent(EventKind.STOPPED, self.current, now))
        return self._publish(events)

    def swap_timeline(self, timeline: Timeline) -> list[PlayerEvent]:
        """Go on with `timeline` (the same segments, another variation); a hold starts over."""
        layout = [(s.kind, s.duration, s.step_index) for s in timeline.segments]
        if self._state not in _ACTIVE or layout != [
            (s.kind, s.duration, s.step_index) for s in self.timeline.segments
        ]:
            return []
        now = self._now()
        events = self._catch_up(now)
        if self._state in _ACTIVE:
            self.timeline = timeline
            if self._segment().is_work:
                events += self._begin(self._index, now)
            events += self._catch_up(now)
        return self._publish(events)

    def skip_step(self) -> list[PlayerEvent]:
        """Skip what is left of the current step (sets, sides, set rests), up to its rest."""
        current = self.current
        step_index = current.step_index if current is not None else -1
        events: list[PlayerEvent] = []
        while (
            self.can("skip")
            and (current := self.current) is not None
            and current.step_index == step_index
            and current.kind in STEP_KINDS
        ):
            events += self.skip()
        return events

    def tick(self) -> list[PlayerEvent]:
        now = self._now()
        if self._state is not PlayerState.RUNNING:
            self._sync_wall_offset(now)
            return []
        suspended = self._wall_offset_grew(now)
        events = self._catch_up(now)
        if suspended and self._state is PlayerState.RUNNING:
            events += self._pause_at(now, PAUSE_BY_SUSPEND)
        return self._publish(events)

    def can(self, command: str) -> bool:
        """Whether `command` would do anything now; unknown names are never possible."""
        if self._state not in _ALLOWED_IN.get(command, ()):
            return False
        current = self.current
        return command != "done" or (current is not None and not current.is_timed)

    # Read-only view -------------------------------------------------------------------------

    def snapshot(self) -> PlayerSnapshot:
        now = self._now()
        segment = self.current
        planned = self.timeline.planned_seconds
        if segment is None or self._state is PlayerState.FINISHED:
            result = self.results.get(self._index)
            finished = self._state is PlayerState.FINISHED
            return PlayerSnapshot(
                state=self._state,
                segment=segment,
                remaining=0.0 if segment is not None and segment.is_timed else None,
                elapsed=result.active_seconds if result else 0.0,
                total_remaining=0.0,
                progress=1.0 if finished else 0.0,
                next_work=None,
                pause_reason=self._pause_reason,
            )
        elapsed = self._elapsed_at(now)
        remaining = self._remaining_at(now) if segment.is_timed else None
        current_left = (
            remaining if remaining is not None else max(0.0, segment.planned_seconds - elapsed)
        )
        total_remaining = current_left + self.timeline.remaining_after(self._index)
        progress = 1.0 - total_remaining / planned if planned > 0 else 0.0
        return PlayerSnapshot(
            state=self._state,
            segment=segment,
            remaining=remaining,
            elapsed=elapsed,
            total_remaining=total_remaining,
            progress=min(1.0, max(0.0, progress)),
            next_work=self.timeline.next_work(self._index),
            pause_reason=self._pause_reason,
        )

    # Internals ------------------------------------------------------------------------------

    @staticmethod
    def _duration_of(segment: Segment | None) -> float:
        return (segment.duration or 0.0) if segment is not None else 0.0

    def _segment(self) -> Segment:
        return self.timeline.segments[self._index]

    def _remaining_at(self, now: float) -> float:
        duration = self._duration_of(self.current)
        if self._state is PlayerState.RUNNING:
            return min(duration, max(0.0, self._deadline - now))
        return self._remaining

    def _elapsed_at(self, now: float) -> float:
        segment = self.current
        if segment is None:
            return 0.0
        if segment.is_timed:
            return self._duration_of(segment) - self._remaining_at(now)
        if self._state is PlayerState.RUNNING:
            return self._elapsed_base + (now - self._run_since)
        return self._elapsed_base

    def _freeze(self, now: float) -> None:
        self._elapsed_base = self._elapsed_at(now)
        self._remaining = self._remaining_at(now)

    def _pause_at(self, now: float, reason: str) -> list[PlayerEvent]:
        self._freeze(now)
        self._state = PlayerState.PAUSED
        self._pause_reason = reason
        return [PlayerEvent(EventKind.PAUSED, self.current, now, reason=reason)]

    def _begin(self, index: int, at: float) -> list[PlayerEvent]:
        """Start a fresh attempt at segment `index` beginning at time `at`."""
        self._index = index
        segment = self._segment()
        self._fired = set()
        self._remaining = self._duration_of(segment)
        self._deadline = at + self._remaining
        self._elapsed_base = 0.0
        self._run_since = at
        events = [PlayerEvent(EventKind.SEGMENT_STARTED, segment, at)]
        if segment.kind is SegmentKind.SWITCH_SIDES:
            events.append(PlayerEvent(EventKind.SWITCH_SIDES, segment, at))
        return events

    def _record(self, outcome: SegmentOutcome, active: float, at: float) -> PlayerEvent:
        segment = self._segment()
        self.results[self._index] = SegmentResult(segment, outcome, active)
        return PlayerEvent(
            EventKind.SEGMENT_FINISHED, segment, at, outcome=outcome, active_seconds=active
        )

    def _move_on(self, at: float) -> list[PlayerEvent]:
        if self._index + 1 < len(self.timeline.segments):
            return self._begin(self._index + 1, at)
        return self._finish_routine(at)

    def _finish_routine(self, at: float) -> list[PlayerEvent]:
        self._state = PlayerState.FINISHED
        self._pause_reason = None
        self._remaining = 0.0
        return [PlayerEvent(EventKind.ROUTINE_FINISHED, self.current, at)]

    def _end_current_by_user(
        self, outcome: SegmentOutcome, *, untimed_only: bool
    ) -> list[PlayerEvent]:
        if not self.can("done" if untimed_only else "skip"):
            return []
        now = self._now()
        events = self._catch_up(now)
        if self._state in _ACTIVE:
            events.append(self._record(outcome, self._elapsed_at(now), now))
            events += self._move_on(now)
            events += self._catch_up(now)
        return self._publish(events)

    def _catch_up(self, now: float) -> list[PlayerEvent]:
        """Emit, in nominal-time order, every boundary that has passed by `now`."""
        events: list[PlayerEvent] = []
        while self._state is PlayerState.RUNNING:
            segment = self._segment()
            if not segment.is_timed:
                events += self._open_target_events(segment, now)
                break
            events += self._timed_marks(segment, now)
            if self._deadline > now:
                break
            boundary = self._deadline
            events.append(
                self._record(SegmentOutcome.COMPLETED, self._duration_of(segment), boundary)
            )
            events += self._move_on(boundary)
        return events

    def _timed_marks(self, segment: Segment, now: float) -> list[PlayerEvent]:
        events = []
        for mark in timed_marks(segment, self._deadline):
            if mark.at <= now and (mark.kind, mark.count) not in self._fired:
                self._fired.add((mark.kind, mark.count))
                events.append(mark)
        return events

    def _open_target_events(self, segment: Segment, now: float) -> list[PlayerEvent]:
        key = (EventKind.TARGET_REACHED, None)
        if segment.target_seconds is None or key in self._fired:
            return []
        at = self._run_since + (segment.target_seconds - self._elapsed_base)
        if at > now:
            return []
        self._fired.add(key)
        return [PlayerEvent(EventKind.TARGET_REACHED, segment, max(at, self._run_since))]

    def _wall_offset_grew(self, now: float) -> bool:
        """Whether wall time outran monotonic time (a suspend) since the previous look."""
        previous = self._wall_offset
        self._sync_wall_offset(now)
        assert self._wall_offset is not None
        return previous is not None and self._wall_offset - previous > self._suspend_threshold

    def _sync_wall_offset(self, now: float) -> None:
        self._wall_offset = self._clock.wall() - (now - self._slept)

    def _now(self) -> float:
        """Monotonic now. Suspended time the clock counted (Windows) moves the deadlines on, so
        a suspend completes nothing; `tick` then sees wall time outrun awake time and pauses."""
        now = self._clock.monotonic()
        slept = self._clock.suspended_seconds() - self._slept
        if slept > 0:
            self._slept += slept
            self._deadline += slept
            self._run_since += slept
        return now

    def _publish(self, events: list[PlayerEvent]) -> list[PlayerEvent]:
        self._sync_wall_offset(self._now())
        self._hub.deliver(events)
        return events

"""Player value types (states, events, results, snapshots), timing marks and event delivery."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.timeline import Segment, SegmentKind


class PlayerState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class EventKind(StrEnum):
    STARTED = "started"
    SEGMENT_STARTED = "segment-started"
    SWITCH_SIDES = "switch-sides"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    TARGET_REACHED = "target-reached"
    SEGMENT_FINISHED = "segment-finished"
    PAUSED = "paused"
    RESUMED = "resumed"
    ROUTINE_FINISHED = "routine-finished"
    STOPPED = "stopped"


class SegmentOutcome(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"


PAUSE_BY_USER = "user"
PAUSE_BY_SUSPEND = "suspend"


@dataclass(frozen=True)
class PlayerEvent:
    """Something that happened; `at` is the nominal monotonic time it belongs to."""

    kind: EventKind
    segment: Segment | None
    at: float
    count: int | None = None
    outcome: SegmentOutcome | None = None
    active_seconds: float | None = None
    reason: str | None = None


@dataclass(frozen=True)
class SegmentResult:
    segment: Segment
    outcome: SegmentOutcome
    active_seconds: float


@dataclass(frozen=True)
class PlayerSnapshot:
    """Everything a view needs to draw the player at one moment."""

    state: PlayerState
    segment: Segment | None
    remaining: float | None
    elapsed: float
    total_remaining: float
    progress: float
    next_work: Segment | None
    pause_reason: str | None


def focus_step(snapshot: PlayerSnapshot) -> int | None:
    """The step the player page is about: the current move, or during get-ready and rests
    the next one; None once the routine has ended."""
    if snapshot.state not in (PlayerState.READY, PlayerState.RUNNING, PlayerState.PAUSED):
        return None
    focus = snapshot.segment
    if focus is not None and focus.kind is not SegmentKind.WORK:
        focus = snapshot.next_work or focus
    return focus.step_index if focus is not None else None


COUNTDOWN_FROM = 3
HALFWAY_MIN_SECONDS = 10.0

Listener = Callable[[PlayerEvent], None]


def timed_marks(segment: Segment, deadline: float) -> list[PlayerEvent]:
    """HALFWAY and COUNTDOWN events of a timed segment ending at `deadline`, in time order."""
    duration = segment.duration or 0.0
    marks: list[tuple[float, int, PlayerEvent]] = []
    if segment.is_work and duration >= HALFWAY_MIN_SECONDS:
        at = deadline - duration / 2
        marks.append((at, 0, PlayerEvent(EventKind.HALFWAY, segment, at)))
    for seconds_left in range(COUNTDOWN_FROM, 0, -1):
        if seconds_left < duration:
            at = deadline - seconds_left
            marks.append((at, 1, PlayerEvent(EventKind.COUNTDOWN, segment, at, seconds_left)))
    marks.sort(key=lambda mark: (mark[0], mark[1]))
    return [event for _at, _tie_order, event in marks]


class EventHub:
    """Delivers events to listeners in order, even when a listener issues further commands."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._outbox: deque[PlayerEvent] = deque()
        self._delivering = False

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def deliver(self, events: list[PlayerEvent]) -> None:
        self._outbox.extend(events)
        if self._delivering:
            # Re-entered from a listener: the outer loop delivers these after the current ones.
            return
        self._delivering = True
        try:
            while self._outbox:
                event = self._outbox.popleft()
                for listener in list(self._listeners):
                    listener(event)
        finally:
            self._delivering = False
            self._outbox.clear()

"""Turns player events into a SessionRecord, saved at start, at step boundaries and at the end."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Iterable

from lbh_desktop.core.clock import Clock
from lbh_desktop.core.counting import counts
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import SessionRecord, SessionStatus, StepMode, StepRecord
from lbh_desktop.core.player_events import EventKind, PlayerEvent, SegmentOutcome, SegmentResult
from lbh_desktop.core.timeline import Segment, Timeline

_DIGITS = 3
"""Recorded seconds are rounded to milliseconds: float noise has no place in stored history."""


def work_seconds(segment: Segment, active_seconds: float) -> float:
    """The work in a played segment. A rep step is untimed: it waits for Done, and time spent
    waiting once the reps are done is not work, so its work ends at its planned time (reps
    times the move's time per rep). Holds, timed or open, count all their time."""
    if segment.mode is StepMode.REPS:
        return min(active_seconds, segment.planned_seconds)
    return active_seconds


def done_percent(record: SessionRecord) -> int:
    """How much of the planned work was done, rounded down (49.8 % is not yet half)."""
    if record.planned_seconds <= 0:
        return 100 if record.done_seconds > 0 else 0
    return min(100, math.floor(100 * record.done_seconds / record.planned_seconds + 1e-9))


def progress_note(record: SessionRecord) -> str:
    """What the end screen says about this session and Progress."""
    if record.status is SessionStatus.COMPLETED:
        return translate("session_log", "Saved in your history and counted in Progress.")
    if counts(record):
        text = translate(
            "session_log",
            "Saved in your history and counted in Progress: sessions count toward Progress "
            "once at least half is done, and this one reached {percent} %.",
        )
    else:
        text = translate(
            "session_log",
            "Saved in your history, but not counted in Progress: sessions count toward "
            "Progress once at least half is done, and this one reached {percent} %.",
        )
    return text.format(percent=done_percent(record))


def uncounted_note(sessions: Iterable[SessionRecord]) -> str:
    """Why Progress is empty though the history is not: the sessions that ended too early."""
    ended = (SessionStatus.PARTIAL, SessionStatus.STOPPED)
    uncounted = sum(1 for s in sessions if s.status in ended and not counts(s))
    if not uncounted:
        return ""
    if uncounted == 1:  # "it does": English needs a sentence of its own for one
        return translate(
            "session_log",
            "You have 1 session that stopped before half way; it does not count. "
            "Sessions count toward Progress once at least half is done.",
        )
    return translate(
        "session_log",
        "You have %n sessions that stopped before half way; they do not count. "
        "Sessions count toward Progress once at least half is done.",
        None,
        uncounted,
    )


def utc_iso(wall: float) -> str:
    """ISO-8601 UTC timestamp with a trailing "Z", to the second."""
    moment = dt.datetime.fromtimestamp(wall, dt.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def local_moment(wall: float, tz: dt.tzinfo | None) -> dt.datetime:
    """The aware local time of `wall` in `tz`, or in the system's zone when `tz` is None."""
    if tz is None:
        return dt.datetime.fromtimestamp(wall).astimezone()
    return dt.datetime.fromtimestamp(wall, tz)


class SessionRecorder:
    """Subscribe `handle` to a Player; `save` gets the same, updated record each time."""

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        save: Callable[[SessionRecord], None],
        *,
        new_id: Callable[[], str] | None = None,
        tz: dt.tzinfo | None = None,
    ) -> None:
        self.timeline = timeline
        self.record: SessionRecord | None = None
        self._clock = clock
        self._save = save
        self._new_id = new_id or (lambda: uuid.uuid4().hex)
        self._tz = tz
        self._results: dict[int, SegmentResult] = {}
        self._work_by_step = [
            timeline.work_segments_of_step(i) for i in range(len(timeline.routine.steps))
        ]

    def handle(self, event: PlayerEvent) -> None:
        if event.kind is EventKind.STARTED:
            self._start()
            return
        record = self.record
        if record is None:
            return
        segment = event.segment
        if event.kind is EventKind.SEGMENT_STARTED and segment is not None and segment.is_work:
            # A replay after back(): its earlier result no longer counts.
            if self._results.pop(segment.index, None) is not None:
                self._rebuild_step(record, segment.step_index)
        elif event.kind is EventKind.SEGMENT_FINISHED and segment is not None and segment.is_work:
            self._finish_segment(record, event, segment)
        elif event.kind is EventKind.ROUTINE_FINISHED:
            all_completed = all(
                self._outcome(s) is SegmentOutcome.COMPLETED
                for s in self.timeline.segments
                if s.is_work
            )
            self._close(record, SessionStatus.COMPLETED if all_completed else SessionStatus.PARTIAL)
        elif event.kind is EventKind.STOPPED:
            self._close(
                record, SessionStatus.PARTIAL if record.done_seconds > 0 else SessionStatus.STOPPED
            )

    def _start(self) -> None:
        wall = self._clock.wall()
        local = local_moment(wall, self._tz)
        offset = local.utcoffset() or dt.timedelta(0)
        routine = self.timeline.routine
        self._results.clear()
        self.record = SessionRecord(
            id=self._new_id(),
            routine_id=routine.id,
            routine_name=routine.name,
            routine_kind=routine.kind,
            started_utc=utc_iso(wall),
            local_date=local.date().isoformat(),
            utc_offset_minutes=round(offset.total_seconds() / 60),
            status=SessionStatus.IN_PROGRESS,
            planned_seconds=self.timeline.planned_work_seconds,
            steps=[
                StepRecord(
                    step_index=i,
                    exercise_id=step.exercise_id,
                    planned_seconds=sum(s.planned_seconds for s in self._work_by_step[i]),
                )
                for i, step in enumerate(routine.steps)
            ],
        )
        self._save(self.record)

    def _finish_segment(self, record: SessionRecord, event: PlayerEvent, segment: Segment) -> None:
        outcome = event.outcome or SegmentOutcome.COMPLETED
        work = work_seconds(segment, event.active_seconds or 0.0)
        self._results[segment.index] = SegmentResult(segment, outcome, work)
        self._rebuild_step(record, segment.step_index)
        if segment.index == self._work_by_step[segment.step_index][-1].index:
            self._save(record)

    def _outcome(self, segment: Segment) -> SegmentOutcome | None:
        result = self._results.get(segment.index)
        return result.outcome if result else None

    def _rebuild_step(self, record: SessionRecord, step_index: int) -> None:
        work = self._work_by_step[step_index]
        played = [self._results[s.index] for s in work if s.index in self._results]
        completed = [r for r in played if r.outcome is SegmentOutcome.COMPLETED]
        sets_done = sum(
            1
            for set_number in {s.set_number for s in work}
            if all(
                self._outcome(s) is SegmentOutcome.COMPLETED
                for s in work
                if s.set_number == set_number
            )
        )
        step_record = record.steps[step_index]
        step_record.done_seconds = round(sum(r.active_seconds for r in played), _DIGITS)
        held = [r for r in played if r.segment.mode is not StepMode.REPS]
        step_record.holds = [round(r.active_seconds, _DIGITS) for r in held]
        step_record.hold_sides = [r.segment.side.value if r.segment.side else "" for r in held]
        step_record.sides_done = [r.segment.side.value for r in completed if r.segment.side]
        step_record.sets_done = sets_done
        step_record.skipped_segments = sum(r.outcome is SegmentOutcome.SKIPPED for r in played)
        step_record.completed = len(completed) == len(work)
        record.done_seconds = round(sum(s.done_seconds for s in record.steps), _DIGITS)

    def _close(self, record: SessionRecord, status: SessionStatus) -> None:
        record.status = status
        record.finished_utc = utc_iso(self._clock.wall())
        self._save(record)

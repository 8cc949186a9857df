"""Turns a player snapshot into the texts and flags the player view shows."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.library import format_clock
from lbh_desktop.core.models import Exercise, StepMode, Variation
from lbh_desktop.core.player import PlayerSnapshot, PlayerState, SegmentOutcome, SegmentResult
from lbh_desktop.core.timeline import Segment, SegmentKind, Side, Timeline

COMMANDS = ("start", "pause", "resume", "skip", "back", "done", "stop")

_PHASES: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: "Get ready",
    SegmentKind.WORK: "Hold",
    SegmentKind.SWITCH_SIDES: "Switch sides",
    SegmentKind.SET_REST: "Rest between sets",
    SegmentKind.REST: "Rest",
}


@dataclass(frozen=True)
class PlayerDisplay:
    phase: str
    exercise_id: str
    exercise_name: str
    detail: str
    clock_text: str
    clock_caption: str
    instructions: tuple[str, ...]
    cues: tuple[str, ...]
    caution: str
    next_up: str
    total_left: str
    progress_permille: int
    primary_action: str
    primary_enabled: bool
    enabled: dict[str, bool]
    mirrored: bool


def dose_text(segment: Segment) -> str:
    if segment.mode is StepMode.REPS:
        return f"{segment.reps} reps"
    if segment.mode is StepMode.OPEN:
        return f"hold, aim for {segment.target_seconds} s"
    return f"{round(segment.duration or 0)} s"


def segment_detail(segment: Segment, exercise: Exercise | None) -> str:
    """ "Set 2 of 3 · Left side · Easier: wall plank"."""
    parts = []
    if segment.set_count > 1:
        parts.append(f"Set {segment.set_number} of {segment.set_count}")
    if segment.side is not None:
        parts.append(f"{segment.side.value.capitalize()} side")
    if exercise is not None and segment.variation is Variation.EASIER:
        parts.append(f"Easier: {exercise.easier.name}")
    elif exercise is not None and segment.variation is Variation.HARDER:
        parts.append(f"Harder: {exercise.harder.name}")
    return " · ".join(parts)


def _phase(snapshot: PlayerSnapshot, segment: Segment | None) -> str:
    if snapshot.state is PlayerState.READY:
        return "Ready when you are"
    if snapshot.state is PlayerState.FINISHED:
        return "Routine complete — well done"
    if snapshot.state is PlayerState.STOPPED:
        return "Stopped"
    if snapshot.state is PlayerState.PAUSED:
        if snapshot.pause_reason == "suspend":
            return "Paused while your computer was asleep"
        return "Paused"
    if segment is None:
        return ""
    if segment.kind is SegmentKind.WORK and segment.mode is StepMode.REPS:
        return "Reps"
    return _PHASES[segment.kind]


def _clock(snapshot: PlayerSnapshot, segment: Segment | None) -> tuple[str, str]:
    if segment is None or snapshot.state in (PlayerState.FINISHED, PlayerState.STOPPED):
        return "0", ""
    if snapshot.state is PlayerState.READY:
        return format_clock(snapshot.total_remaining), "total — press Start (Space)"
    if snapshot.remaining is not None:
        seconds = math.ceil(snapshot.remaining - 1e-9)
        text = str(seconds) if seconds < 60 else format_clock(seconds)
        return text, "seconds" if segment.kind is SegmentKind.WORK else "seconds to the next move"
    if segment.mode is StepMode.REPS:
        return str(segment.reps), "reps — press Done (Enter) when finished"
    return (
        format_clock(snapshot.elapsed),
        f"aim for {segment.target_seconds} s — press Done (Enter) when finished",
    )


def _next_up(timeline: Timeline, focus: Segment | None, catalogue: Catalogue) -> str:
    upcoming = timeline.next_work(focus.index) if focus is not None else None
    if upcoming is None:
        return "Last move — nearly there"
    exercise = catalogue.get(upcoming.exercise_id)
    name = exercise.name if exercise else upcoming.exercise_id
    parts = [f"Next: {name}", segment_detail(upcoming, None), dose_text(upcoming)]
    return " · ".join(part for part in parts if part)


def _summary(
    snapshot: PlayerSnapshot,
    timeline: Timeline,
    results: Mapping[int, SegmentResult],
    can: Callable[[str], bool],
) -> PlayerDisplay:
    work = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
    completed = [
        results[s.index]
        for s in work
        if s.index in results and results[s.index].outcome is SegmentOutcome.COMPLETED
    ]
    active = sum(r.active_seconds for r in results.values() if r.segment.kind is SegmentKind.WORK)
    finished = snapshot.state is PlayerState.FINISHED
    return PlayerDisplay(
        phase=_phase(snapshot, snapshot.segment),
        exercise_id="",
        exercise_name=timeline.routine.name,
        detail=f"{len(completed)} of {len(work)} holds and sets done · "
        f"{format_clock(active)} of work",
        clock_text="✓" if finished else "■",
        clock_caption="Saved in your history",
        instructions=(),
        cues=(),
        caution="",
        next_up="Press Space or Back to routines to choose your next one.",
        total_left="",
        progress_permille=round(1000 * min(1.0, max(0.0, snapshot.progress))),
        primary_action="Back to routines",
        primary_enabled=True,
        enabled={command: can(command) for command in COMMANDS},
        mirrored=False,
    )


def describe(
    snapshot: PlayerSnapshot,
    timeline: Timeline,
    catalogue: Catalogue,
    can: Callable[[str], bool],
    results: Mapping[int, SegmentResult] | None = None,
) -> PlayerDisplay:
    if snapshot.state in (PlayerState.FINISHED, PlayerState.STOPPED):
        return _summary(snapshot, timeline, results or {}, can)
    current = snapshot.segment
    # During prepare and rests the view already shows the move that comes next.
    focus = current
    if current is not None and current.kind is not SegmentKind.WORK:
        focus = snapshot.next_work or current
    exercise = catalogue.get(focus.exercise_id) if focus is not None else None
    instructions: tuple[str, ...] = exercise.steps if exercise else ()
    if exercise is not None and focus is not None:
        if focus.variation is Variation.EASIER:
            instructions = (f"Easier version: {exercise.easier.how}", *instructions)
        elif focus.variation is Variation.HARDER:
            instructions = (f"Harder version: {exercise.harder.how}", *instructions)
    clock_text, clock_caption = _clock(snapshot, current)
    primary = {
        PlayerState.READY: "Start",
        PlayerState.RUNNING: "Pause",
        PlayerState.PAUSED: "Resume",
    }.get(snapshot.state, "Start")
    return PlayerDisplay(
        phase=_phase(snapshot, current),
        exercise_id=exercise.id if exercise else "",
        exercise_name=exercise.name if exercise else (focus.exercise_id if focus else ""),
        detail=segment_detail(focus, exercise) if focus is not None else "",
        clock_text=clock_text,
        clock_caption=clock_caption,
        instructions=instructions,
        cues=exercise.cues if exercise else (),
        caution=exercise.caution if exercise else "",
        next_up=_next_up(timeline, focus, catalogue),
        total_left=f"{format_clock(math.ceil(snapshot.total_remaining - 1e-9))} left",
        progress_permille=round(1000 * min(1.0, max(0.0, snapshot.progress))),
        primary_action=primary,
        primary_enabled=can("start") or can("pause") or can("resume"),
        enabled={command: can(command) for command in COMMANDS},
        mirrored=focus is not None and focus.side is Side.RIGHT,
    )

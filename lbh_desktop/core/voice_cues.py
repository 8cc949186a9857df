"""What the voice coach says for each player event, and the whole cue script of a routine."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player_events import EventKind, PlayerEvent, PlayerSnapshot, PlayerState
from lbh_desktop.core.timeline import Segment, SegmentKind, Timeline
from lbh_desktop.core.variants import played_move


class CueKind(StrEnum):
    NEXT = "next"
    COUNTDOWN = "countdown"
    HALFWAY = "halfway"
    SWITCH = "switch"
    REST = "rest"
    COMPLETE = "complete"
    BREATHING = "breathing"


CUE_KIND_LABELS: dict[CueKind, str] = {
    CueKind.NEXT: "Next move",
    CueKind.COUNTDOWN: "3, 2, 1 countdown",
    CueKind.HALFWAY: "Halfway",
    CueKind.SWITCH: "Switch sides",
    CueKind.REST: "Rest",
    CueKind.COMPLETE: "Routine complete",
    CueKind.BREATHING: "Breathing on long holds",
}
DEFAULT_CUE_KINDS = frozenset(CueKind) - {CueKind.BREATHING}
TIME_CRITICAL = frozenset({CueKind.COUNTDOWN, CueKind.HALFWAY, CueKind.BREATHING})
"""Cues that only make sense on the second; said late they mislead, so they are dropped."""

BREATHING_MIN_HOLD = 20.0
BREATHING_EVERY = 6.0
BREATHING_CLEARANCE = 2.0
BREATHING_TEXT = "Breathe out"
HALFWAY_TEXT = "Halfway"
SWITCH_TEXT = "Switch sides"
COMPLETE_TEXT = "Routine complete"
STALE_AFTER = 1.0


@dataclass(frozen=True)
class VoiceCue:
    """A phrase to say; `at` is the nominal monotonic time it belongs to."""

    kind: CueKind
    text: str
    at: float


def spoken_name(segment: Segment, catalogue: Catalogue) -> str:
    """The move as said aloud: the variation actually done, in lower case ("bird dog")."""
    move = played_move(catalogue, segment.exercise_id, segment.variation)
    if move is None:
        return segment.exercise_id.replace("-", " ")
    name = move.name.split(" (", 1)[0]  # "Deadlift (hip hinge)": the aside reads badly aloud
    return name[:1].lower() + name[1:]


def spoken_dose(segment: Segment) -> str:
    if segment.mode is StepMode.REPS:
        return f"{segment.reps} reps"
    if segment.mode is StepMode.OPEN:
        return f"hold, aim for {segment.target_seconds} seconds"
    return f"{round(segment.duration or 0)} seconds"


def announce_move(segment: Segment, catalogue: Catalogue) -> str:
    """ "Next: bird dog, set 1 of 2, left side, 8 reps"; "… left leg" on a one-legged move."""
    parts = [spoken_name(segment, catalogue)]
    if segment.set_count > 1:
        parts.append(f"set {segment.set_number} of {segment.set_count}")
    if segment.side is not None:
        played = catalogue.get(segment.move_id)
        parts.append(f"{segment.side.value} {played.side_unit if played else 'side'}")
    parts.append(spoken_dose(segment))
    return "Next: " + ", ".join(parts)


def _follows_same_set(segment: Segment, previous: Segment | None) -> bool:
    return (
        previous is not None
        and previous.is_work
        and previous.step_index == segment.step_index
        and previous.set_number == segment.set_number
    )


def start_cue(
    segment: Segment, timeline: Timeline, catalogue: Catalogue
) -> tuple[CueKind, str] | None:
    if segment.kind is SegmentKind.PREPARE:
        upcoming = timeline.next_work(segment.index)
        return (CueKind.NEXT, announce_move(upcoming, catalogue)) if upcoming else None
    if segment.kind in (SegmentKind.REST, SegmentKind.SET_REST):
        upcoming = timeline.next_work(segment.index)
        text = f"Rest, {round(segment.duration or 0)} seconds."
        if upcoming is None:
            return CueKind.REST, text
        if segment.kind is SegmentKind.SET_REST:
            return CueKind.REST, f"{text} Next: set {upcoming.set_number} of {upcoming.set_count}"
        return CueKind.REST, f"{text} Next: {spoken_name(upcoming, catalogue)}"
    if segment.kind is SegmentKind.WORK:
        previous = timeline.segments[segment.index - 1] if segment.index > 0 else None
        if previous is not None and not previous.is_work:
            return None  # the pause before it announced it; the start beep says "go"
        if _follows_same_set(segment, previous):
            return CueKind.SWITCH, SWITCH_TEXT
        return CueKind.NEXT, announce_move(segment, catalogue)
    return None  # SWITCH_SIDES: its own event says it


def cue_for_event(event: PlayerEvent, timeline: Timeline, catalogue: Catalogue) -> VoiceCue | None:
    segment = event.segment
    if event.kind is EventKind.ROUTINE_FINISHED:
        return VoiceCue(CueKind.COMPLETE, COMPLETE_TEXT, event.at)
    if segment is None:
        return None
    if event.kind is EventKind.COUNTDOWN and event.count is not None:
        return VoiceCue(CueKind.COUNTDOWN, str(event.count), event.at)
    if event.kind is EventKind.HALFWAY:
        return VoiceCue(CueKind.HALFWAY, HALFWAY_TEXT, event.at)
    if event.kind is EventKind.SWITCH_SIDES:
        return VoiceCue(CueKind.SWITCH, SWITCH_TEXT, event.at)
    if event.kind is EventKind.SEGMENT_STARTED:
        found = start_cue(segment, timeline, catalogue)
        return VoiceCue(found[0], found[1], event.at) if found else None
    return None


def breathing_offsets(segment: Segment) -> tuple[float, ...]:
    """Seconds into a hold of more than 20 s at which to say "Breathe out", clear of the
    opening announcement, the halfway call, the 3-2-1 and the open hold's target beep."""
    if not segment.is_work or segment.mode is StepMode.REPS:
        return ()
    length = float(
        segment.duration if segment.duration is not None else segment.target_seconds or 0
    )
    if length <= BREATHING_MIN_HOLD:
        return ()
    halfway = length / 2 if segment.is_timed else None
    last_allowed = length - 3 - BREATHING_CLEARANCE
    offsets = []
    offset = BREATHING_EVERY
    while offset <= last_allowed:
        if halfway is None or abs(offset - halfway) >= BREATHING_CLEARANCE:
            offsets.append(offset)
        offset += BREATHING_EVERY
    return tuple(offsets)


class VoiceCoach:
    """Turns each batch of player events (plus the running hold's elapsed time, for breathing)
    into at most one cue: a stalled timer never makes the coach replay what it missed."""

    def __init__(
        self,
        timeline: Timeline,
        catalogue: Catalogue,
        kinds: Iterable[CueKind] = DEFAULT_CUE_KINDS,
    ) -> None:
        self.timeline = timeline
        self.kinds = frozenset(kinds)
        self._catalogue = catalogue
        self._breaths_done: set[tuple[int, float]] = set()

    def cue(
        self, events: Iterable[PlayerEvent], snapshot: PlayerSnapshot, now: float
    ) -> VoiceCue | None:
        chosen: VoiceCue | None = None
        for event in events:
            if event.kind is EventKind.SEGMENT_STARTED and event.segment is not None:
                self._forget_breaths(event.segment.index)
            cue = cue_for_event(event, self.timeline, self._catalogue)
            if cue is not None and cue.kind in self.kinds:
                chosen = cue
        if chosen is None:
            chosen = self._breathing(snapshot, now)
        if chosen is not None and chosen.kind in TIME_CRITICAL and now - chosen.at > STALE_AFTER:
            return None
        return chosen

    def _forget_breaths(self, index: int) -> None:
        self._breaths_done = {done for done in self._breaths_done if done[0] != index}

    def _breathing(self, snapshot: PlayerSnapshot, now: float) -> VoiceCue | None:
        segment = snapshot.segment
        if CueKind.BREATHING not in self.kinds or segment is None:
            return None
        if snapshot.state is not PlayerState.RUNNING:
            return None
        due = None
        for offset in breathing_offsets(segment):
            key = (segment.index, offset)
            if offset <= snapshot.elapsed and key not in self._breaths_done:
                self._breaths_done.add(key)
                due = offset
        if due is None:
            return None
        return VoiceCue(CueKind.BREATHING, BREATHING_TEXT, now - (snapshot.elapsed - due))

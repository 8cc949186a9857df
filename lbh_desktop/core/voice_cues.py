"""What the voice coach says for each player event, and the whole cue script of a routine."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, name_in_sentence, translate
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
    CueKind.NEXT: QT_TRANSLATE_NOOP("voice_cues", "Next move"),
    CueKind.COUNTDOWN: QT_TRANSLATE_NOOP("voice_cues", "3, 2, 1 countdown"),
    CueKind.HALFWAY: QT_TRANSLATE_NOOP("voice_cues", "Halfway"),
    CueKind.SWITCH: QT_TRANSLATE_NOOP("voice_cues", "Switch sides"),
    CueKind.REST: QT_TRANSLATE_NOOP("voice_cues", "Rest"),
    CueKind.COMPLETE: QT_TRANSLATE_NOOP("voice_cues", "Routine complete"),
    CueKind.BREATHING: QT_TRANSLATE_NOOP("voice_cues", "Breathing on long holds"),
}
"""Marked for translation: show them as translate("voice_cues", CUE_KIND_LABELS[kind])."""
DEFAULT_CUE_KINDS = frozenset(CueKind) - {CueKind.BREATHING}
TIME_CRITICAL = frozenset({CueKind.COUNTDOWN, CueKind.HALFWAY, CueKind.BREATHING})
"""Cues that only make sense on the second; said late they mislead, so they are dropped."""

BREATHING_MIN_HOLD = 20.0
BREATHING_EVERY = 6.0
BREATHING_CLEARANCE = 2.0
BREATHING_TEXT = QT_TRANSLATE_NOOP("voice_cues", "Breathe out")
HALFWAY_TEXT = QT_TRANSLATE_NOOP("voice_cues", "Halfway")
SWITCH_TEXT = QT_TRANSLATE_NOOP("voice_cues", "Switch sides")
COMPLETE_TEXT = QT_TRANSLATE_NOOP("voice_cues", "Routine complete")
"""The fixed phrases, in English: say them as spoken(HALFWAY_TEXT)."""
STALE_AFTER = 1.0

_SPOKEN_SIDES = {
    ("left", "side"): QT_TRANSLATE_NOOP("voice_cues", "left side"),
    ("right", "side"): QT_TRANSLATE_NOOP("voice_cues", "right side"),
    ("left", "leg"): QT_TRANSLATE_NOOP("voice_cues", "left leg"),
    ("right", "leg"): QT_TRANSLATE_NOOP("voice_cues", "right leg"),
    ("left", "arm"): QT_TRANSLATE_NOOP("voice_cues", "left arm"),
    ("right", "arm"): QT_TRANSLATE_NOOP("voice_cues", "right arm"),
}
"""A sided move's side as said aloud, per its `side_unit`."""


def spoken(text: str) -> str:
    """One of the fixed phrases above (BREATHING_TEXT, …) in the user's language."""
    return translate("voice_cues", text)


def spoken_side(side: str, unit: str = "side") -> str:
    """ "left side", "right leg": a whole phrase, so a language can put its words in order."""
    phrase = _SPOKEN_SIDES.get((side, unit)) or _SPOKEN_SIDES.get((side, "side"))
    return translate("voice_cues", phrase) if phrase else side


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
    return name_in_sentence(name)


def spoken_dose(segment: Segment) -> str:
    """ "8 reps", "hold, aim for 40 seconds", "30 seconds"."""
    if segment.mode is StepMode.REPS:
        return translate("voice_cues", "%n rep(s)", None, segment.reps or 0)
    if segment.mode is StepMode.OPEN:
        return translate(
            "voice_cues", "hold, aim for %n second(s)", None, segment.target_seconds or 0
        )
    return translate("voice_cues", "%n second(s)", None, round(segment.duration or 0))


def announce_move(segment: Segment, catalogue: Catalogue) -> str:
    """ "Next: bird dog, set 1 of 2, left side, 8 reps"; "… left leg" on a one-legged move."""
    move, dose = spoken_name(segment, catalogue), spoken_dose(segment)
    number, count = segment.set_number, segment.set_count
    if segment.side is None:
        if count > 1:
            text = translate("voice_cues", "Next: {move}, set {number} of {count}, {dose}")
            return text.format(move=move, number=number, count=count, dose=dose)
        return translate("voice_cues", "Next: {move}, {dose}").format(move=move, dose=dose)
    played = catalogue.get(segment.move_id)
    side = spoken_side(segment.side.value, played.side_unit if played else "side")
    if count > 1:
        text = translate("voice_cues", "Next: {move}, set {number} of {count}, {side}, {dose}")
        return text.format(move=move, number=number, count=count, side=side, dose=dose)
    text = translate("voice_cues", "Next: {move}, {side}, {dose}")
    return text.format(move=move, side=side, dose=dose)


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
        seconds = round(segment.duration or 0)
        if upcoming is None:
            return CueKind.REST, translate("voice_cues", "Rest, %n second(s).", None, seconds)
        if segment.kind is SegmentKind.SET_REST:
            text = translate(
                "voice_cues", "Rest, %n second(s). Next: set {number} of {count}", None, seconds
            )
            return CueKind.REST, text.format(number=upcoming.set_number, count=upcoming.set_count)
        text = translate("voice_cues", "Rest, %n second(s). Next: {move}", None, seconds)
        return CueKind.REST, text.format(move=spoken_name(upcoming, catalogue))
    if segment.kind is SegmentKind.WORK:
        previous = timeline.segments[segment.index - 1] if segment.index > 0 else None
        if previous is not None and not previous.is_work:
            return None  # the pause before it announced it; the start beep says "go"
        if _follows_same_set(segment, previous):
            return CueKind.SWITCH, spoken(SWITCH_TEXT)
        return CueKind.NEXT, announce_move(segment, catalogue)
    return None  # SWITCH_SIDES: its own event says it


def cue_for_event(event: PlayerEvent, timeline: Timeline, catalogue: Catalogue) -> VoiceCue | None:
    segment = event.segment
    if event.kind is EventKind.ROUTINE_FINISHED:
        return VoiceCue(CueKind.COMPLETE, spoken(COMPLETE_TEXT), event.at)
    if segment is None:
        return None
    if event.kind is EventKind.COUNTDOWN and event.count is not None:
        return VoiceCue(CueKind.COUNTDOWN, str(event.count), event.at)
    if event.kind is EventKind.HALFWAY:
        return VoiceCue(CueKind.HALFWAY, spoken(HALFWAY_TEXT), event.at)
    if event.kind is EventKind.SWITCH_SIDES:
        return VoiceCue(CueKind.SWITCH, spoken(SWITCH_TEXT), event.at)
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
        return VoiceCue(CueKind.BREATHING, spoken(BREATHING_TEXT), now - (snapshot.elapsed - due))

"""Which sound cue, if any, each player event plays."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from lbh_desktop.core.player import EventKind, PlayerEvent, SegmentOutcome
from lbh_desktop.core.timeline import SegmentKind


class SoundCue(StrEnum):
    COUNTDOWN = "countdown"
    SEGMENT_START = "segment-start"
    SEGMENT_END = "segment-end"
    ROUTINE_FINISHED = "routine-finished"


def cue_for(event: PlayerEvent) -> SoundCue | None:
    segment = event.segment
    if event.kind is EventKind.COUNTDOWN:
        return SoundCue.COUNTDOWN
    if event.kind is EventKind.ROUTINE_FINISHED:
        return SoundCue.ROUTINE_FINISHED
    if event.kind is EventKind.TARGET_REACHED:
        return SoundCue.SEGMENT_END
    if segment is None or segment.kind is not SegmentKind.WORK:
        return None
    if event.kind is EventKind.SEGMENT_STARTED:
        return SoundCue.SEGMENT_START
    if event.kind is EventKind.SEGMENT_FINISHED and event.outcome is SegmentOutcome.COMPLETED:
        return SoundCue.SEGMENT_END
    return None


def cue_to_play(events: Iterable[PlayerEvent]) -> SoundCue | None:
    """One cue per batch: after a stall, replaying every missed beep at once is noise."""
    chosen = None
    for event in events:
        cue = cue_for(event)
        if cue is not None:
            chosen = cue
    return chosen

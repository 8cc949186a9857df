"""What a screen reader hears in the player: the countdown in words and each new move."""

from __future__ import annotations

import math

from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player import PlayerSnapshot, PlayerState
from lbh_desktop.core.timeline import Segment, SegmentKind


def spoken_duration(seconds: float) -> str:
    """ "45 seconds", "1 minute", "2 minutes 35 seconds", "1 hour 5 minutes"."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)

    def unit(count: int, noun: str) -> str:
        return f"{count} {noun}" if count == 1 else f"{count} {noun}s"

    parts = []
    if hours:
        parts.append(unit(hours, "hour"))
    if minutes:
        parts.append(unit(minutes, "minute"))
    if secs and not hours:
        parts.append(unit(secs, "second"))
    return " ".join(parts) or "0 seconds"


def spoken_dose(segment: Segment) -> str:
    """ "10 reps", "hold, aim for 30 seconds", "30 seconds"."""
    if segment.mode is StepMode.REPS:
        return f"{segment.reps} reps"
    if segment.mode is StepMode.OPEN:
        return f"hold, aim for {spoken_duration(segment.target_seconds or 0)}"
    return spoken_duration(round(segment.duration or 0))


def move_announcement(current: Segment | None, name: str, detail: str, dose: str) -> str:
    """Said once when the move the page shows changes: "Next: Knee plank, Left side, 30
    seconds" before it (get ready, a rest), "Now: …" when one move follows another."""
    if current is None or not name:
        return ""
    parts = [name, *(part.strip() for part in detail.split("·")), dose]
    line = ", ".join(part for part in parts if part)
    if current.kind is SegmentKind.WORK:
        return f"Now: {line}"
    if current.kind is SegmentKind.SWITCH_SIDES:
        return f"Switch sides. Next: {line}"
    return f"Next: {line}"


def clock_name(snapshot: PlayerSnapshot, current: Segment | None, name: str) -> str:
    """The countdown as a screen reader says it: "2 minutes 35 seconds left in Glute bridge"."""
    state = snapshot.state
    if current is None or state in (PlayerState.FINISHED, PlayerState.STOPPED):
        return ""
    if state is PlayerState.READY:
        total = spoken_duration(math.ceil(snapshot.total_remaining - 1e-9))
        return f"{total} in total, press Start"
    paused = "Paused, " if state is PlayerState.PAUSED else ""
    if snapshot.remaining is not None:
        left = spoken_duration(math.ceil(snapshot.remaining - 1e-9))
        where = "left in" if current.kind is SegmentKind.WORK else "until"
        return f"{paused}{left} {where} {name}"
    if current.mode is StepMode.REPS:
        return f"{paused}{current.reps} reps of {name} at your own pace, press Done when finished"
    held = spoken_duration(snapshot.elapsed)
    aim = spoken_duration(current.target_seconds or 0)
    return f"{paused}{held} held in {name}, aim for {aim}, press Done when finished"

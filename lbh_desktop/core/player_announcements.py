"""What a screen reader hears in the player: the countdown in words and each new move."""

from __future__ import annotations

import math

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player import PlayerSnapshot, PlayerState
from lbh_desktop.core.timeline import Segment, SegmentKind


def spoken_duration(seconds: float) -> str:
    """ "45 seconds", "1 minute", "2 minutes 35 seconds", "1 hour 5 minutes"."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    hours_text = translate("player_announcements", "%n hour(s)", None, hours)
    minutes_text = translate("player_announcements", "%n minute(s)", None, minutes)
    seconds_text = translate("player_announcements", "%n second(s)", None, secs)
    if hours and minutes:
        text = translate("player_announcements", "{hours} {minutes}")
        return text.format(hours=hours_text, minutes=minutes_text)
    if hours:
        return hours_text
    if minutes and secs:
        text = translate("player_announcements", "{minutes} {seconds}")
        return text.format(minutes=minutes_text, seconds=seconds_text)
    return minutes_text if minutes else seconds_text


def spoken_dose(segment: Segment) -> str:
    """ "10 reps", "hold, aim for 30 seconds", "30 seconds"."""
    if segment.mode is StepMode.REPS:
        return translate("player_announcements", "%n rep(s)", None, segment.reps or 0)
    if segment.mode is StepMode.OPEN:
        aim = spoken_duration(segment.target_seconds or 0)
        return translate("player_announcements", "hold, aim for {duration}").format(duration=aim)
    return spoken_duration(round(segment.duration or 0))


def move_announcement(current: Segment | None, name: str, detail: str, dose: str) -> str:
    """Said once when the move the page shows changes: "Next: Knee plank, Left side, 30
    seconds" before it (get ready, a rest), "Now: …" when one move follows another."""
    if current is None or not name:
        return ""
    parts = [name, *(part.strip() for part in detail.split("·")), dose]
    line = translate("player_announcements", ", ").join(part for part in parts if part)
    if current.kind is SegmentKind.WORK:
        return translate("player_announcements", "Now: {move}").format(move=line)
    if current.kind is SegmentKind.SWITCH_SIDES:
        return translate("player_announcements", "Switch sides. Next: {move}").format(move=line)
    return translate("player_announcements", "Next: {move}").format(move=line)


def clock_name(snapshot: PlayerSnapshot, current: Segment | None, name: str) -> str:
    """The countdown as a screen reader says it: "2 minutes 35 seconds left in Glute bridge"."""
    state = snapshot.state
    if current is None or state in (PlayerState.FINISHED, PlayerState.STOPPED):
        return ""
    if state is PlayerState.READY:
        total = spoken_duration(math.ceil(snapshot.total_remaining - 1e-9))
        return translate("player_announcements", "{duration} in total, press Start").format(
            duration=total
        )
    text = _running_clock_name(snapshot, current, name)
    if state is PlayerState.PAUSED:
        return translate("player_announcements", "Paused, {countdown}").format(countdown=text)
    return text


def _running_clock_name(snapshot: PlayerSnapshot, current: Segment, name: str) -> str:
    if snapshot.remaining is not None:
        left = spoken_duration(math.ceil(snapshot.remaining - 1e-9))
        if current.kind is SegmentKind.WORK:
            text = translate("player_announcements", "{duration} left in {move}")
        else:
            text = translate("player_announcements", "{duration} until {move}")
        return text.format(duration=left, move=name)
    if current.mode is StepMode.REPS:
        text = translate(
            "player_announcements",
            "%n rep(s) of {move} at your own pace, press Done when finished",
            None,
            current.reps or 0,
        )
        return text.format(move=name)
    text = translate(
        "player_announcements", "{held} held in {move}, aim for {aim}, press Done when finished"
    )
    return text.format(
        held=spoken_duration(snapshot.elapsed),
        move=name,
        aim=spoken_duration(current.target_seconds or 0),
    )

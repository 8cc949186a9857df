"""The whole spoken script of a routine, by playing it on a fake clock as the player would."""

from __future__ import annotations

from collections.abc import Iterable

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.player import Player, PlayerEvent, PlayerState
from lbh_desktop.core.player_events import COUNTDOWN_FROM, HALFWAY_MIN_SECONDS
from lbh_desktop.core.timeline import SegmentKind, Timeline
from lbh_desktop.core.voice_cues import (
    BREATHING_TEXT,
    COMPLETE_TEXT,
    DEFAULT_CUE_KINDS,
    HALFWAY_TEXT,
    SWITCH_TEXT,
    CueKind,
    VoiceCoach,
    VoiceCue,
    breathing_offsets,
    spoken,
    start_cue,
)

TICK_SECONDS = 0.1


def cue_script(
    timeline: Timeline,
    catalogue: Catalogue,
    kinds: Iterable[CueKind] = DEFAULT_CUE_KINDS,
    *,
    tick_seconds: float = TICK_SECONDS,
) -> list[VoiceCue]:
    """Every cue in order, `at` in seconds from the start, for a user who presses Done the
    moment each set of reps or open hold reaches its planned length."""
    clock = FakeClock(monotonic=0.0)
    player = Player(timeline, clock)
    coach = VoiceCoach(timeline, catalogue, kinds)
    script: list[VoiceCue] = []

    def collect(events: list[PlayerEvent]) -> None:
        cue = coach.cue(events, player.snapshot(), clock.monotonic())
        if cue is not None:
            script.append(cue)

    collect(player.start())
    while player.state is PlayerState.RUNNING:
        clock.advance(tick_seconds)
        events = player.tick()
        if player.can("done") and _reached_plan(player):
            events += player.done()
        collect(events)
    return script


def _reached_plan(player: Player) -> bool:
    segment = player.current
    return segment is not None and player.snapshot().elapsed >= segment.planned_seconds - 1e-9


def script_phrases(timeline: Timeline, catalogue: Catalogue) -> list[str]:
    """Each distinct phrase the routine can say (every kind on), roughly in first-use order,
    in one pass over the segments: fast enough to run on the GUI thread when a routine opens."""
    seen: dict[str, None] = {}
    for segment in timeline.segments:
        start = start_cue(segment, timeline, catalogue)
        if start is not None:
            seen.setdefault(start[1], None)
        if segment.kind is SegmentKind.SWITCH_SIDES:
            seen.setdefault(spoken(SWITCH_TEXT), None)
        if segment.is_work and (segment.duration or 0) >= HALFWAY_MIN_SECONDS:
            seen.setdefault(spoken(HALFWAY_TEXT), None)
        if breathing_offsets(segment):
            seen.setdefault(spoken(BREATHING_TEXT), None)
        for count in range(COUNTDOWN_FROM, 0, -1):
            if count < (segment.duration or 0):
                seen.setdefault(str(count), None)
    seen.setdefault(spoken(COMPLETE_TEXT), None)
    return list(seen)

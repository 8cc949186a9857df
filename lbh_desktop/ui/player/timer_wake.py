"""When the player's one timer wakes next: on the countdown's whole seconds and its halfway."""

from __future__ import annotations

import math

from lbh_desktop.core.player import PlayerSnapshot

TICK_MS = 100


def ms_to_next_change(snapshot: PlayerSnapshot) -> int:
    """When the timer next wakes: on the next whole second of the countdown (boundaries, 3-2-1
    cues and the shown number all fall on one), of the elapsed time, or at the halfway cue;
    at most TICK_MS apart, so the progress bar still moves smoothly."""
    if snapshot.remaining is None:
        wait = 1 - snapshot.elapsed % 1
    else:
        left = snapshot.remaining
        wait = left - math.ceil(left) + 1
        half = (snapshot.segment.duration or 0) / 2 if snapshot.segment else 0
        if left > half:
            wait = min(wait, left - half)
    return max(1, min(TICK_MS, math.ceil(wait * 1000)))

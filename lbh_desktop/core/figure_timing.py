"""How the player's figure moves at a moment: in time with reps, breathing on a hold, or still."""

from __future__ import annotations

from dataclasses import dataclass

from lbh_desktop.core.figure_body import Skeleton
from lbh_desktop.core.figure_motion import MoveFigure, hold_skeleton, place_key, rep_skeleton
from lbh_desktop.core.models import StepMode
from lbh_desktop.core.player_events import PlayerSnapshot, PlayerState


@dataclass(frozen=True)
class FigureMotion:
    moving: bool
    """The routine is playing a move: the figure animates from `seconds` on."""
    reps: bool
    """Reps cycle through the key poses; a timed hold breathes in its hold pose."""
    seconds: float
    """Seconds into the move at the snapshot."""
    rep_seconds: float
    at_start: bool = False
    """Before the move (get ready, a rest): the figure waits in the move's first pose."""


STILL = FigureMotion(moving=False, reps=False, seconds=0.0, rep_seconds=1.0)


def figure_motion(snapshot: PlayerSnapshot, rep_seconds: float) -> FigureMotion:
    """The motion for the move the page shows in `snapshot`."""
    segment = snapshot.segment
    if segment is None or snapshot.state not in (PlayerState.RUNNING, PlayerState.PAUSED):
        return FigureMotion(False, False, 0.0, rep_seconds, at_start=True)
    if not segment.is_work:
        return FigureMotion(False, False, 0.0, rep_seconds, at_start=True)
    return FigureMotion(
        moving=snapshot.state is PlayerState.RUNNING,
        reps=segment.mode is StepMode.REPS,
        seconds=snapshot.elapsed,
        rep_seconds=max(rep_seconds, 0.5),
    )


def figure_skeleton(figure: MoveFigure, motion: FigureMotion, seconds: float) -> Skeleton:
    """The body `seconds` into the move: a rep's fraction, a breath, or the waiting pose."""
    if motion.at_start:
        first = figure.cycle[0] if figure.cycle else (figure.hold or figure.still)
        return place_key(figure, first)
    if motion.reps or not figure.hold:
        return rep_skeleton(figure, seconds / motion.rep_seconds)
    return hold_skeleton(figure, seconds)

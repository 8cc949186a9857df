"""Play levels (easier, standard, harder) and how each one changes a routine when played."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.library import RoutineSummary
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import Routine, Step, StepMode, Variation
from lbh_desktop.core.timeline import Timeline, build_timeline
from lbh_desktop.core.variants import (
    VARIATION_ORDER,
    played_exercise,
    shift_played,
    variation_name,
    version_name,
)


class PlayLevel(StrEnum):
    EASIER = "easier"
    STANDARD = "standard"
    HARDER = "harder"

    @property
    def label(self) -> str:
        """ "Easier", in the user's language."""
        return translate("levels", LEVEL_LABELS[self])


LEVEL_LABELS: dict[PlayLevel, str] = {
    PlayLevel.EASIER: QT_TRANSLATE_NOOP("levels", "Easier"),
    PlayLevel.STANDARD: QT_TRANSLATE_NOOP("levels", "Standard"),
    PlayLevel.HARDER: QT_TRANSLATE_NOOP("levels", "Harder"),
}
LEVEL_FACTORS: dict[PlayLevel, float] = {
    PlayLevel.EASIER: 0.75,
    PlayLevel.STANDARD: 1.0,
    PlayLevel.HARDER: 1.25,
}
HOLD_UNIT_SECONDS = 5
"""Scaled holds are rounded to whole multiples of this, and never go below it."""


def parse_level(value: object) -> PlayLevel:
    """A stored level, or standard for anything unknown (a setting from another version)."""
    try:
        return PlayLevel(str(value))
    except ValueError:
        return PlayLevel.STANDARD


def shift_variation(variation: Variation, notches: int) -> Variation:
    """`notches` steps along easiest → … → hardest, stopping at either end."""
    position = VARIATION_ORDER.index(variation) + notches
    return VARIATION_ORDER[min(max(position, 0), len(VARIATION_ORDER) - 1)]


def scale_amount(value: int, factor: float, unit: int, minimum: int) -> int:
    """`value × factor` to the nearest multiple of `unit`; ties go the way `factor` points."""
    if factor == 1.0:
        return value
    units = value * factor / unit
    rounded = math.ceil(units - 0.5) if factor < 1 else math.floor(units + 0.5)
    return max(rounded * unit, min(minimum, value))


def scale_step(step: Step, level: PlayLevel) -> Step:
    if level is PlayLevel.STANDARD:
        return step
    factor = LEVEL_FACTORS[level]
    notches = -1 if level is PlayLevel.EASIER else 1
    seconds, reps = step.seconds, step.reps
    if step.mode is StepMode.REPS:
        reps = scale_amount(reps or 0, factor, 1, 1)
    elif seconds is not None:
        seconds = scale_amount(seconds, factor, HOLD_UNIT_SECONDS, HOLD_UNIT_SECONDS)
    return replace(
        step,
        seconds=seconds,
        reps=reps,
        variation=shift_variation(step.variation, notches),
    )


def apply_level(routine: Routine, level: PlayLevel) -> Routine:
    """The routine as it is played at `level`. The rule, for every step:

    | Level    | Variation                 | Holds (timed, open)       | Reps        |
    |----------|---------------------------|---------------------------|-------------|
    | easier   | a notch easier (or stays) | ×0.75, nearest 5 s, ≥ 5 s | ×0.75, ≥ 1  |
    | standard | as the routine says       | as the routine says       | as it says  |
    | harder   | a notch harder (or stays) | ×1.25, nearest 5 s        | ×1.25       |

    Reps round to whole reps. Ties round toward the level's direction (easier down, harder
    up). A value already below the minimum stays as it is. Sets and rests never change. The
    routine keeps its id, so sessions at any level count for the same routine.
    """
    if level is PlayLevel.STANDARD:
        return routine
    return replace(routine, steps=tuple(scale_step(step, level) for step in routine.steps))


def level_summary(summary: RoutineSummary, level: PlayLevel) -> RoutineSummary:
    """A library row for the routine as played at `level`: its doses and its length."""
    if level is PlayLevel.STANDARD:
        return summary
    played = apply_level(summary.routine, level)
    planned = build_timeline(played, moves=summary.moves).planned_seconds
    return replace(summary, routine=played, duration_seconds=planned)


def easier_variation(step: Step, moves: Catalogue | None) -> Variation:
    """The step's variation one version easier: the next rung down its move's ladder that
    plays another move (with `moves`), else a notch along easiest … hardest."""
    if moves is None:
        return shift_variation(step.variation, -1)
    return shift_played(moves, step.exercise_id, step.variation, -1)


def ease_step(routine: Routine, step_index: int, moves: Catalogue | None = None) -> Routine:
    """The routine with one step moved a version easier (after "This hurts"); doses unchanged."""
    steps = list(routine.steps)
    step = steps[step_index]
    steps[step_index] = replace(step, variation=easier_variation(step, moves))
    return replace(routine, steps=tuple(steps))


def ease_step_in_timeline(
    timeline: Timeline, step_index: int, moves: Catalogue | None = None
) -> Timeline:
    """The same segments with one step a version easier, for Player.swap_timeline."""
    step = timeline.routine.steps[step_index]
    return vary_step_in_timeline(timeline, step_index, easier_variation(step, moves), moves)


def vary_step_in_timeline(
    timeline: Timeline, step_index: int, variation: Variation, moves: Catalogue | None = None
) -> Timeline:
    """The same segments with one step played at `variation`, for Player.swap_timeline.

    The segments keep their sides even where the new version is not done per side: a
    session in progress keeps its shape (a fresh timeline gives the version its own)."""
    steps = list(timeline.routine.steps)
    step = replace(steps[step_index], variation=variation)
    steps[step_index] = step
    played = played_exercise(moves, step.exercise_id, variation) if moves is not None else None
    move_id = played.id if played is not None else step.exercise_id
    segments = tuple(
        replace(s, variation=variation, move_id=move_id) if s.step_index == step_index else s
        for s in timeline.segments
    )
    return Timeline(routine=replace(timeline.routine, steps=tuple(steps)), segments=segments)


# Moves remembered easier after "This hurts" ----------------------------------------------------

EASED_OFFER_DAYS = 14
"""Days without a "This hurts" press on a remembered move before its usual version is offered
again. Never automatic: a move that hurt steps back up only when the user chooses to."""


@dataclass(frozen=True)
class EasedMove:
    """A move the user chose to play easier after "This hurts", remembered across routines."""

    exercise_id: str
    variation: Variation
    """The version chosen then: the move is never played harder than this until the user
    chooses to try its usual version again."""
    last_hurt: date
    """The (local) day "This hurts" was last pressed on this move."""

    @property
    def offer_from(self) -> date:
        """The first day the usual version is offered again."""
        return self.last_hurt + timedelta(days=EASED_OFFER_DAYS)

    def offers_usual(self, today: date) -> bool:
        return today >= self.offer_from


def short_date(day: date) -> str:
    """ "2 Dec", as the user's locale writes a day without its year."""
    return formats().day_month(day)


def remember_eased(
    remembered: EasedMove | None, exercise_id: str, action: str, variation: Variation, day: date
) -> EasedMove | None:
    """What to remember after a "This hurts" press on `exercise_id` (`action` is "easier",
    "skip" or "stop"; `variation` is the one played after it): choosing the easier version
    remembers it; any press on a remembered move restarts its EASED_OFFER_DAYS; None when
    nothing is to be stored."""
    if action == "easier":
        if remembered is not None:
            variation = min(variation, remembered.variation, key=VARIATION_ORDER.index)
        return EasedMove(exercise_id, variation, day)
    if remembered is not None:
        return replace(remembered, last_hurt=day)
    return None


def apply_eased_moves(
    routine: Routine, remembered: Mapping[str, EasedMove]
) -> tuple[Routine, dict[int, Variation]]:
    """The routine with each remembered move played no harder than the version chosen after
    "This hurts", and the steps that changed with the variation each had before. A step
    already at that version or easier (the easiest, or the easier level) is not affected."""
    steps = list(routine.steps)
    changed: dict[int, Variation] = {}
    for index, step in enumerate(steps):
        move = remembered.get(step.exercise_id)
        if move is None:
            continue
        if VARIATION_ORDER.index(move.variation) < VARIATION_ORDER.index(step.variation):
            changed[index] = step.variation
            steps[index] = replace(step, variation=move.variation)
    if not changed:
        return routine, changed
    return replace(routine, steps=tuple(steps)), changed


def with_usual_versions(
    routine: Routine, usual: Mapping[int, Variation], indices: Iterable[int]
) -> Routine:
    """The routine with the steps at `indices` back at their `usual` version (apply_eased_moves
    made them easier); other steps as they are."""
    back = {index: usual[index] for index in indices if index in usual}
    steps = tuple(
        replace(step, variation=back[index]) if index in back else step
        for index, step in enumerate(routine.steps)
    )
    return replace(routine, steps=steps)


def eased_note(move: EasedMove, usual: Variation, today: date) -> str:
    """The player's line on a remembered step, e.g. "Easier version — you chose this after
    This hurts on 2 Dec"; before the usual version is offered again, says from when."""
    version, hurt = version_name(move.variation), short_date(move.last_hurt)
    if move.offers_usual(today):
        return translate("levels", "{version} — you chose this after This hurts on {day}").format(
            version=version, day=hurt
        )
    return translate(
        "levels",
        "{version} — you chose this after This hurts on {day}. {usual} offered again from "
        "{offer_day}",
    ).format(
        version=version,
        day=hurt,
        usual=variation_name(usual),
        offer_day=short_date(move.offer_from),
    )

"""Play levels (easier, standard, harder) and how each one changes a routine when played."""

from __future__ import annotations

import math
from dataclasses import replace
from enum import StrEnum

from lbh_desktop.core.library import RoutineSummary
from lbh_desktop.core.models import Routine, Step, StepMode, Variation
from lbh_desktop.core.timeline import Timeline, build_timeline


class PlayLevel(StrEnum):
    EASIER = "easier"
    STANDARD = "standard"
    HARDER = "harder"

    @property
    def label(self) -> str:
        return self.value.capitalize()


LEVEL_FACTORS: dict[PlayLevel, float] = {
    PlayLevel.EASIER: 0.75,
    PlayLevel.STANDARD: 1.0,
    PlayLevel.HARDER: 1.25,
}
HOLD_UNIT_SECONDS = 5
"""Scaled holds are rounded to whole multiples of this, and never go below it."""

_VARIATION_ORDER = (Variation.EASIER, Variation.STANDARD, Variation.HARDER)


def parse_level(value: object) -> PlayLevel:
    """A stored level, or standard for anything unknown (a setting from another version)."""
    try:
        return PlayLevel(str(value))
    except ValueError:
        return PlayLevel.STANDARD


def shift_variation(variation: Variation, notches: int) -> Variation:
    """`notches` steps along easier → standard → harder, stopping at either end."""
    position = _VARIATION_ORDER.index(variation) + notches
    return _VARIATION_ORDER[min(max(position, 0), len(_VARIATION_ORDER) - 1)]


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
    return replace(summary, routine=played, duration_seconds=build_timeline(played).planned_seconds)


def ease_step(routine: Routine, step_index: int) -> Routine:
    """The routine with one step moved a notch easier (after "This hurts"); doses unchanged."""
    steps = list(routine.steps)
    step = steps[step_index]
    steps[step_index] = replace(step, variation=shift_variation(step.variation, -1))
    return replace(routine, steps=tuple(steps))


def ease_step_in_timeline(timeline: Timeline, step_index: int) -> Timeline:
    """The same segments with one step a notch easier, for Player.swap_timeline."""
    routine = ease_step(timeline.routine, step_index)
    variation = routine.steps[step_index].variation
    segments = tuple(
        replace(s, variation=variation) if s.step_index == step_index else s
        for s in timeline.segments
    )
    return Timeline(routine=routine, segments=segments)

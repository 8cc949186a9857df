"""Gradual progression: when to offer a routine a step up, and when to suggest easing off."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from itertools import pairwise
from typing import Any

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.levels import shift_variation
from lbh_desktop.core.models import (
    ModelError,
    Routine,
    SessionRecord,
    SessionStatus,
    StepMode,
    Variation,
)

SESSIONS_NEEDED = 3
QUIET_DAYS = 7
"""At most one step up, and no repeat of a declined offer, within this many days."""
HOLD_GROWTH = 0.10
PAIN_RISE_WARNING = 2
MAX_HOLD_SECONDS = 120
MAX_REPS = 20
"""Holds and reps stop growing here; from then on only harder variations are offered."""


class ChangeKind(StrEnum):
    HOLDS = "holds"
    VARIATION = "variation"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class ProgressionRecord:
    """The user's answer to one offer, kept so the rule knows what was decided and when."""

    routine_id: str
    decided_utc: str
    local_date: date
    decision: Decision
    change: ChangeKind
    step_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "routine_id": self.routine_id,
            "decided_utc": self.decided_utc,
            "local_date": self.local_date.isoformat(),
            "decision": self.decision.value,
            "change": self.change.value,
            "step_index": self.step_index,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgressionRecord:
        step_index = data.get("step_index")
        if step_index is not None and (
            isinstance(step_index, bool) or not isinstance(step_index, int)
        ):
            raise ModelError(f"progression.step_index: must be a whole number, not {step_index!r}")
        return cls(
            routine_id=str(data["routine_id"]),
            decided_utc=str(data["decided_utc"]),
            local_date=date.fromisoformat(str(data["local_date"])),
            decision=Decision(data["decision"]),
            change=ChangeKind(data["change"]),
            step_index=step_index,
        )


@dataclass(frozen=True)
class ProgressionOffer:
    routine: Routine
    """The routine with the change applied; saved as it is when the user accepts."""
    change: ChangeKind
    step_index: int | None = None


@dataclass(frozen=True)
class PainWarning:
    previous: int
    latest: int


def _grow(value: int, ceiling: int) -> int:
    if value >= ceiling:
        return value
    return min(ceiling, max(value + 1, math.floor(value * (1 + HOLD_GROWTH) + 0.5)))


def lengthen_holds(routine: Routine) -> Routine | None:
    """Holds and reps about 10 % longer (at least one more), or None when all are at the cap."""
    steps = []
    for step in routine.steps:
        if step.mode is StepMode.REPS:
            steps.append(replace(step, reps=_grow(step.reps or 0, MAX_REPS)))
        else:
            steps.append(replace(step, seconds=_grow(step.seconds or 0, MAX_HOLD_SECONDS)))
    new_steps = tuple(steps)
    return None if new_steps == routine.steps else replace(routine, steps=new_steps)


def harder_step(routine: Routine) -> tuple[int, Routine] | None:
    """The easiest step (the first of equals) a notch harder, or None when all are harder."""
    order = (Variation.EASIER, Variation.STANDARD)
    candidates = [
        (order.index(step.variation), index)
        for index, step in enumerate(routine.steps)
        if step.variation in order
    ]
    if not candidates:
        return None
    _, index = min(candidates)
    steps = list(routine.steps)
    steps[index] = replace(steps[index], variation=shift_variation(steps[index].variation, 1))
    return index, replace(routine, steps=tuple(steps))


def _sessions_of(routine: Routine, sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    mine = [
        s
        for s in sessions
        if s.routine_id == routine.id and s.status is not SessionStatus.IN_PROGRESS
    ]
    return sorted(mine, key=lambda s: s.started_utc)


def pain_warning(routine: Routine, sessions: Iterable[SessionRecord]) -> PainWarning | None:
    """A warning when the latest check-in is 2+ points above the routine's previous one."""
    mine = _sessions_of(routine, sessions)
    if not mine or mine[-1].pain is None:
        return None
    latest = mine[-1].pain
    previous = next((s.pain for s in reversed(mine[:-1]) if s.pain is not None), None)
    if previous is None or latest - previous < PAIN_RISE_WARNING:
        return None
    return PainWarning(previous, latest)


def progression_offer(
    routine: Routine,
    sessions: Iterable[SessionRecord],
    history: Iterable[ProgressionRecord],
    today: date,
) -> ProgressionOffer | None:
    """An offer to step up, or None when the rule holds back (see the module docstring)."""
    decisions = sorted(
        (r for r in history if r.routine_id == routine.id), key=lambda r: r.decided_utc
    )
    if any((today - r.local_date).days < QUIET_DAYS for r in decisions):
        return None
    accepted = [r for r in decisions if r.decision is Decision.ACCEPTED]
    since = accepted[-1].decided_utc if accepted else ""
    recent = [s for s in _sessions_of(routine, sessions) if s.started_utc > since]
    window = recent[-SESSIONS_NEEDED:]
    if len(window) < SESSIONS_NEEDED or not _all_completed_without_more_pain(window):
        return None
    last_change = accepted[-1].change if accepted else ChangeKind.VARIATION
    kinds = (ChangeKind.VARIATION, ChangeKind.HOLDS)
    if last_change is ChangeKind.VARIATION:
        kinds = (ChangeKind.HOLDS, ChangeKind.VARIATION)
    for kind in kinds:
        if kind is ChangeKind.HOLDS:
            longer = lengthen_holds(routine)
            if longer is not None:
                return ProgressionOffer(longer, ChangeKind.HOLDS)
        else:
            harder = harder_step(routine)
            if harder is not None:
                return ProgressionOffer(harder[1], ChangeKind.VARIATION, harder[0])
    return None


def _all_completed_without_more_pain(window: Sequence[SessionRecord]) -> bool:
    if any(s.status is not SessionStatus.COMPLETED for s in window):
        return False
    ratings = [s.pain for s in window if s.pain is not None]
    return all(later <= earlier for earlier, later in pairwise(ratings))


def review_routine(
    routine: Routine,
    sessions: Sequence[SessionRecord],
    history: Iterable[ProgressionRecord],
    today: date,
) -> ProgressionOffer | PainWarning | None:
    """What to tell the user after a session: ease off, step up, or nothing.

    The rule, for one routine:
    - Ease off: when the latest session's pain check-in is 2 or more points above the
      previous check-in of that routine, suggest the easier level (this wins over any offer).
    - Step up: when the last 3 sessions since the previous accepted step up were all
      completed, their check-ins (where given) never rose, and no step up was accepted and no offer
      declined in the last 7 days, offer either holds and reps about 10 % longer or one step a
      notch harder (alternating, starting with holds; the other when one is not possible).
    """
    return pain_warning(routine, sessions) or progression_offer(routine, sessions, history, today)


def describe_offer(offer: ProgressionOffer, before: Routine, catalogue: Catalogue) -> str:
    """ "Hold each move about 10 % longer: Front plank 30 → 33 s, …" for the offer dialog."""

    def name(exercise_id: str) -> str:
        exercise = catalogue.get(exercise_id)
        return exercise.name if exercise else exercise_id

    if offer.change is ChangeKind.VARIATION and offer.step_index is not None:
        old, new = before.steps[offer.step_index], offer.routine.steps[offer.step_index]
        exercise = catalogue.get(new.exercise_id)
        version = "the standard version"
        if new.variation is Variation.HARDER:
            version = f"the harder version ({exercise.harder.name})" if exercise else "harder"
        return (
            f"Move {name(new.exercise_id)} (step {offer.step_index + 1}) from the "
            f"{old.variation.value} version to {version}."
        )
    changes = []
    for old, new in zip(before.steps, offer.routine.steps, strict=True):
        if new.mode is StepMode.REPS and new.reps != old.reps:
            changes.append(f"{name(new.exercise_id)} {old.reps} → {new.reps} reps")
        elif new.mode is not StepMode.REPS and new.seconds != old.seconds:
            changes.append(f"{name(new.exercise_id)} {old.seconds} → {new.seconds} s")
    shown = ", ".join(changes[:3])
    more = f", and {len(changes) - 3} more" if len(changes) > 3 else ""
    return f"Hold each move about 10 % longer, or do a rep or two more: {shown}{more}."

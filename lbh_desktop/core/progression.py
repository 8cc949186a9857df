"""Gradual progression: the pain traffic light, when to offer a step up, when to ease off."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from itertools import pairwise

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import (
    ExerciseKind,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    StepMode,
)
from lbh_desktop.core.pain_model import (
    GO_MAX_PAIN,
    PainWarning,
    day_before_rating,
    pain_warning,
    worse_next_morning,
)
from lbh_desktop.core.progression_record import ChangeKind, Decision, ProgressionRecord
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.core.variants import VARIATION_ORDER, played_move, shift_played

SESSIONS_NEEDED = 3
QUIET_DAYS = 7
"""At most one step up, and no repeat of a declined offer, within this many days."""
HOLD_GROWTH = 0.10
DESK_BREAK_MAX_SECONDS = 6 * 60
"""A desk break stays a short break: no step up takes it past six minutes."""


@dataclass(frozen=True)
class Cap:
    hold_seconds: int
    reps: int


CAPS = {ExerciseKind.STRENGTH: Cap(60, 15), ExerciseKind.STRETCH: Cap(60, 12)}
"""Holds and reps stop growing here; then only harder versions are offered. Warm-up moves
have no cap: they never grow or get harder, whatever the routine."""


class HoldBack(StrEnum):
    """Why no step up is offered; the first that applies, in the order of review_routine."""

    WARM_UP = "warm-ups keep their level"
    RECENT_DECISION = "a step up was taken or declined in the last 7 days"
    TOO_FEW = "fewer than 3 sessions since the last step up"
    NOT_COMPLETED = "one of the last 3 sessions was not completed"
    THIS_HURTS = "This hurts was pressed in one of the last 3 sessions"
    NO_RATING = "one of the last 3 sessions has no pain rating"
    PAIN = "one of the last 3 ratings was 4 or more"
    PAIN_ROSE = "the pain ratings rose"
    WORSE_NEXT_DAY = "a rating before one of the last 3 sessions was worse than the day before"
    AT_LIMIT = "nothing can grow within the limits"


@dataclass(frozen=True)
class ProgressionOffer:
    routine: Routine
    """The routine with the change applied; saved as it is when the user accepts."""
    change: ChangeKind
    step_index: int | None = None


def _kind_of(exercise_id: str, routine: Routine, catalogue: Catalogue) -> ExerciseKind:
    exercise = catalogue.get(exercise_id)
    if exercise is not None:
        return exercise.kind
    # A move the catalogue does not know (a custom one): the routine says what it is for.
    if routine.kind is RoutineKind.STRETCH or routine.kind is RoutineKind.DESK_BREAK:
        return ExerciseKind.STRETCH
    return ExerciseKind.STRENGTH


def _grow(value: int, ceiling: int) -> int:
    if value >= ceiling:
        return value
    return min(ceiling, max(value + 1, math.floor(value * (1 + HOLD_GROWTH) + 0.5)))


def lengthen_holds(routine: Routine, catalogue: Catalogue) -> Routine | None:
    """Holds and reps about 10 % longer (at least one more) up to their kind's cap, warm-up
    moves unchanged; None when nothing can grow, or a desk break would pass six minutes."""
    steps = []
    for step in routine.steps:
        cap = CAPS.get(_kind_of(step.exercise_id, routine, catalogue))
        if cap is None:
            steps.append(step)
        elif step.mode is StepMode.REPS:
            steps.append(replace(step, reps=_grow(step.reps or 0, cap.reps)))
        else:
            steps.append(replace(step, seconds=_grow(step.seconds or 0, cap.hold_seconds)))
    new_steps = tuple(steps)
    if new_steps == routine.steps:
        return None
    longer = replace(routine, steps=new_steps)
    return None if _too_long(longer, catalogue) else longer


def _too_long(routine: Routine, catalogue: Catalogue) -> bool:
    """A desk break that would pass DESK_BREAK_MAX_SECONDS."""
    if routine.kind is not RoutineKind.DESK_BREAK:
        return False
    return build_timeline(routine, moves=catalogue).planned_seconds > DESK_BREAK_MAX_SECONDS


def harder_step(routine: Routine, catalogue: Catalogue) -> tuple[int, Routine] | None:
    """The easiest step that is not a warm-up (the first of equals) one version harder, up
    its move's ladder; None when no step has a harder version left (or, in a desk break,
    one that keeps it within six minutes: a one-legged version is played on each leg)."""
    candidates = []
    for index, step in enumerate(routine.steps):
        if _kind_of(step.exercise_id, routine, catalogue) is ExerciseKind.WARMUP:
            continue
        harder = shift_played(catalogue, step.exercise_id, step.variation, 1)
        if harder is not step.variation:
            candidates.append((VARIATION_ORDER.index(step.variation), index, harder))
    for _, index, harder in sorted(candidates):
        steps = list(routine.steps)
        steps[index] = replace(steps[index], variation=harder)
        stepped = replace(routine, steps=tuple(steps))
        if not _too_long(stepped, catalogue):
            return index, stepped
    return None


def _sessions_of(routine: Routine, sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    mine = [
        s
        for s in sessions
        if s.routine_id == routine.id and s.status is not SessionStatus.IN_PROGRESS
    ]
    return sorted(mine, key=lambda s: s.started_utc)


def hold_back(
    routine: Routine,
    sessions: Iterable[SessionRecord],
    history: Iterable[ProgressionRecord],
    today: date,
) -> HoldBack | None:
    """Why the rule holds back a step up now, or None when the last sessions earn one."""
    sessions = list(sessions)
    if routine.kind is RoutineKind.WARMUP:
        return HoldBack.WARM_UP
    decisions = sorted(
        (r for r in history if r.routine_id == routine.id), key=lambda r: r.decided_utc
    )
    if any((today - r.local_date).days < QUIET_DAYS for r in decisions):
        return HoldBack.RECENT_DECISION
    accepted = [r for r in decisions if r.decision is Decision.ACCEPTED]
    since = accepted[-1].decided_utc if accepted else ""
    window = [s for s in _sessions_of(routine, sessions) if s.started_utc > since]
    window = window[-SESSIONS_NEEDED:]
    ratings = [s.pain for s in window]
    checks = (
        (len(window) < SESSIONS_NEEDED, HoldBack.TOO_FEW),
        (any(s.status is not SessionStatus.COMPLETED for s in window), HoldBack.NOT_COMPLETED),
        (any(s.hurts for s in window), HoldBack.THIS_HURTS),
        (any(r is None for r in ratings), HoldBack.NO_RATING),
        (any(r is not None and r > GO_MAX_PAIN for r in ratings), HoldBack.PAIN),
        (any(b > a for a, b in pairwise(r for r in ratings if r is not None)), HoldBack.PAIN_ROSE),
        (any(_worse_next_day(s, sessions) for s in window), HoldBack.WORSE_NEXT_DAY),
    )
    return next((reason for failed, reason in checks if failed), None)


def _worse_next_day(session: SessionRecord, sessions: Sequence[SessionRecord]) -> bool:
    if session.pain_before is None:
        return False
    day_before = day_before_rating(sessions, date.fromisoformat(session.local_date))
    return worse_next_morning(session.pain_before, day_before)


def progression_offer(
    routine: Routine,
    sessions: Iterable[SessionRecord],
    history: Iterable[ProgressionRecord],
    today: date,
    catalogue: Catalogue,
) -> ProgressionOffer | None:
    """An offer to step up, or None when the rule holds back (see review_routine)."""
    history = list(history)
    if hold_back(routine, sessions, history, today) is not None:
        return None
    accepted = sorted(
        (r for r in history if r.routine_id == routine.id and r.decision is Decision.ACCEPTED),
        key=lambda r: r.decided_utc,
    )
    last_change = accepted[-1].change if accepted else ChangeKind.VARIATION
    kinds = (ChangeKind.VARIATION, ChangeKind.HOLDS)
    if last_change is ChangeKind.VARIATION:
        kinds = (ChangeKind.HOLDS, ChangeKind.VARIATION)
    for kind in kinds:
        if kind is ChangeKind.HOLDS:
            longer = lengthen_holds(routine, catalogue)
            if longer is not None:
                return ProgressionOffer(longer, ChangeKind.HOLDS)
        else:
            harder = harder_step(routine, catalogue)
            if harder is not None:
                return ProgressionOffer(harder[1], ChangeKind.VARIATION, harder[0])
    return None


def review_routine(
    routine: Routine,
    sessions: Sequence[SessionRecord],
    history: Iterable[ProgressionRecord],
    today: date,
    catalogue: Catalogue,
) -> ProgressionOffer | PainWarning | None:
    """What to tell the user after a session: ease off, step up, or nothing.

    The rule, for one routine:
    - Ease off: the latest session's 0–10 rating is 6 or more, or 2 or more above the median
      of the user's previous five ratings. This wins over any offer.
    - Step up: never for a warm-up routine, nor within 7 days of an accepted or declined
      offer. Otherwise only when the last 3 sessions since the last accepted step up were
      all completed, none had "This hurts" pressed, all were rated, every rating was 0–3
      (the green zone) and the ratings never rose. The offer alternates between holds and
      reps about 10 % longer (up to each kind's cap) and one move a notch harder; warm-up
      moves never change and a desk break never passes six minutes.
    """
    warning = pain_warning(routine.id, sessions)
    return warning or progression_offer(routine, sessions, history, today, catalogue)


def describe_offer(offer: ProgressionOffer, before: Routine, catalogue: Catalogue) -> str:
    """ "Hold each move about 10 % longer: Front plank 30 → 33 s, …" for the offer dialog."""

    def name(exercise_id: str) -> str:
        exercise = catalogue.get(exercise_id)
        return exercise.name if exercise else exercise_id

    if offer.change is ChangeKind.VARIATION and offer.step_index is not None:
        old, new = before.steps[offer.step_index], offer.routine.steps[offer.step_index]
        was = played_move(catalogue, old.exercise_id, old.variation)
        now = played_move(catalogue, new.exercise_id, new.variation)
        if was is None or now is None:
            text = translate("progression", "Move {move} (step {step}) a version harder.")
            return text.format(move=name(new.exercise_id), step=offer.step_index + 1)
        text = translate(
            "progression", "Move {move} (step {step}) one version harder: from {old} to {new}."
        )
        return text.format(
            move=name(new.exercise_id), step=offer.step_index + 1, old=was.name, new=now.name
        )
    changes = []
    for old, new in zip(before.steps, offer.routine.steps, strict=True):
        if new.mode is StepMode.REPS and new.reps != old.reps:
            text = translate("progression", "{move} {old} → %n rep(s)", None, new.reps or 0)
            changes.append(text.format(move=name(new.exercise_id), old=old.reps))
        elif new.mode is not StepMode.REPS and new.seconds != old.seconds:
            text = translate("progression", "{move} {old} → {new} s")
            changes.append(
                text.format(move=name(new.exercise_id), old=old.seconds, new=new.seconds)
            )
    shown = translate("progression", ", ").join(changes[:3])
    if len(changes) > 3:
        text = translate(
            "progression",
            "Hold each move about 10 % longer, or do a rep or two more: {changes}, and %n more.",
            None,
            len(changes) - 3,
        )
        return text.format(changes=shown)
    text = translate(
        "progression", "Hold each move about 10 % longer, or do a rep or two more: {changes}."
    )
    return text.format(changes=shown)

"""Expands a routine into the flat, ordered list of timed and untimed segments a player runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.models import REP_SECONDS, Routine, Step, StepMode, Variation
from lbh_desktop.core.variants import played_exercise

RepSeconds = Callable[[str], float]
"""Planned seconds of one repetition of the move with this exercise id (its tempo), e.g.
Catalogue.rep_seconds."""


def _unknown_tempo(exercise_id: str) -> float:
    return REP_SECONDS


class SegmentKind(StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    SWITCH_SIDES = "switch-sides"
    SET_REST = "set-rest"
    REST = "rest"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Segment:
    """One stretch of a session: get ready, work, switch sides or rest.

    PREPARE belongs to step 0 and REST after step i belongs to step i. SET_REST and
    SWITCH_SIDES carry the number of the set they sit inside or follow.
    """

    index: int
    kind: SegmentKind
    step_index: int
    exercise_id: str
    move_id: str
    """The move played: `exercise_id`, or the rung of its ladder the variation picks."""
    mode: StepMode
    duration: float | None
    target_seconds: int | None
    reps: int | None
    set_number: int
    set_count: int
    side: Side | None
    variation: Variation
    planned_seconds: float

    @property
    def is_timed(self) -> bool:
        return self.duration is not None

    @property
    def is_work(self) -> bool:
        return self.kind is SegmentKind.WORK


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    segments: tuple[Segment, ...]
    planned_work_seconds: float = field(init=False)
    _suffix_seconds: tuple[float, ...] = field(init=False, repr=False, compare=False)
    _next_work_index: tuple[int | None, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        suffix = [0.0] * (len(self.segments) + 1)
        next_work: list[int | None] = [None] * (len(self.segments) + 1)
        for position in range(len(self.segments) - 1, -1, -1):
            segment = self.segments[position]
            suffix[position] = suffix[position + 1] + segment.planned_seconds
            next_work[position] = position if segment.is_work else next_work[position + 1]
        work = sum(s.planned_seconds for s in self.segments if s.is_work)
        # Frozen dataclass: derived fields are set once here, bypassing the frozen guard.
        object.__setattr__(self, "planned_work_seconds", work)
        object.__setattr__(self, "_suffix_seconds", tuple(suffix))
        object.__setattr__(self, "_next_work_index", tuple(next_work))

    @property
    def planned_seconds(self) -> float:
        return self._suffix_seconds[0]

    def remaining_after(self, index: int) -> float:
        """Planned seconds of the segments strictly after `index`."""
        position = min(max(index + 1, 0), len(self.segments))
        return self._suffix_seconds[position]

    def next_work(self, index: int) -> Segment | None:
        """The first WORK segment whose index is greater than `index`."""
        position = min(max(index + 1, 0), len(self.segments))
        found = self._next_work_index[position]
        return None if found is None else self.segments[found]

    def work_segments_of_step(self, step_index: int) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.is_work and s.step_index == step_index)


class _SegmentFactory:
    def __init__(self, rep_seconds: RepSeconds, moves: Catalogue | None) -> None:
        self.segments: list[Segment] = []
        self.rep_seconds = rep_seconds
        self.moves = moves

    def played(self, step: Step) -> tuple[str, bool]:
        """The id of the move `step` plays, and whether it is played per side: a version
        of another move is played per side when it is done per side ("each leg")."""
        played = (
            played_exercise(self.moves, step.exercise_id, step.variation)
            if self.moves is not None
            else None
        )
        if played is None or played.id == step.exercise_id:
            return step.exercise_id, step.per_side
        return played.id, played.per_side

    def add(
        self,
        kind: SegmentKind,
        step_index: int,
        step: Step,
        set_number: int,
        *,
        rest_seconds: float = 0.0,
        side: Side | None = None,
    ) -> None:
        move_id = self.played(step)[0]
        is_work = kind is SegmentKind.WORK
        mode = step.mode if is_work else StepMode.TIMED
        duration: float | None = rest_seconds
        target: int | None = None
        reps: int | None = None
        if is_work:
            if step.mode is StepMode.TIMED:
                duration, target = float(step.seconds or 0), step.seconds or 0
            elif step.mode is StepMode.OPEN:
                duration, target = None, step.seconds or 0
            else:
                duration, reps = None, step.reps or 0
        if duration is not None:
            planned = duration
        elif reps is not None:
            planned = step.work_seconds_per_side(self.rep_seconds(move_id))
        else:
            planned = float(target or 0)
        self.segments.append(
            Segment(
                index=len(self.segments),
                kind=kind,
                step_index=step_index,
                exercise_id=step.exercise_id,
                move_id=move_id,
                mode=mode,
                duration=duration,
                target_seconds=target,
                reps=reps,
                set_number=set_number,
                set_count=step.sets,
                side=side,
                variation=step.variation,
                planned_seconds=planned,
            )
        )


def build_timeline(
    routine: Routine,
    prepare_seconds: float = 5.0,
    switch_seconds: float = 5.0,
    rep_seconds: RepSeconds | None = None,
    moves: Catalogue | None = None,
) -> Timeline:
    """Expand `routine` step by step, set by set, side by side; zero-length pauses are left out.

    With `moves`, each step plays the version of its move that its variation picks (a rung
    of the move's ladder, with its own sides and tempo). A rep step is untimed; its planned
    time is its reps × the move's tempo (`moves` or `rep_seconds(exercise_id)`, e.g.
    Catalogue.rep_seconds), or × REP_SECONDS for every move when neither is given.
    """
    if moves is not None and rep_seconds is None:
        rep_seconds = moves.rep_seconds
    factory = _SegmentFactory(rep_seconds or _unknown_tempo, moves)
    steps = routine.steps
    if steps and prepare_seconds > 0:
        factory.add(SegmentKind.PREPARE, 0, steps[0], 1, rest_seconds=float(prepare_seconds))
    for step_index, step in enumerate(steps):
        per_side = factory.played(step)[1]
        for set_number in range(1, step.sets + 1):
            if per_side:
                factory.add(SegmentKind.WORK, step_index, step, set_number, side=Side.LEFT)
                if switch_seconds > 0:
                    factory.add(
                        SegmentKind.SWITCH_SIDES,
                        step_index,
                        step,
                        set_number,
                        rest_seconds=float(switch_seconds),
                        side=Side.RIGHT,
                    )
                factory.add(SegmentKind.WORK, step_index, step, set_number, side=Side.RIGHT)
            else:
                factory.add(SegmentKind.WORK, step_index, step, set_number)
            if set_number < step.sets and step.rest_between_sets > 0:
                factory.add(
                    SegmentKind.SET_REST,
                    step_index,
                    step,
                    set_number,
                    rest_seconds=float(step.rest_between_sets),
                )
        if step_index < len(steps) - 1 and step.rest_after > 0:
            factory.add(
                SegmentKind.REST,
                step_index,
                step,
                step.sets,
                rest_seconds=float(step.rest_after),
            )
    return Timeline(routine=routine, segments=tuple(factory.segments))

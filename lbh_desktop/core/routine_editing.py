"""Pure edits of a draft routine for the editor: new, duplicate, add, remove, move, change steps."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.library import format_duration, step_rows
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode, Variation
from lbh_desktop.core.timeline import build_timeline

USER_ROUTINE_PREFIX = "routine-"
DEFAULT_SECONDS = 30
DEFAULT_REPS = 10
DEFAULT_REST_AFTER = 10


def new_routine_id(token: Callable[[], str] = lambda: uuid.uuid4().hex[:12]) -> str:
    return f"{USER_ROUTINE_PREFIX}{token()}"


def unique_name(wanted: str, taken: Iterable[str]) -> str:
    """`wanted`, or "wanted (2)", "wanted (3)"… whichever is free, ignoring case."""
    used = {name.strip().casefold() for name in taken}
    base = wanted.strip() or translate("routine_editing", "New routine")
    if base.casefold() not in used:
        return base
    number = 2
    while f"{base} ({number})".casefold() in used:
        number += 1
    return f"{base} ({number})"


def new_routine(routine_id: str, taken_names: Iterable[str]) -> Routine:
    """An empty user routine with a free name; it needs steps before it can be saved."""
    return Routine(
        id=routine_id,
        name=unique_name(translate("routine_editing", "New routine"), taken_names),
        kind=RoutineKind.STRETCH,
        level=Level.BEGINNER,
        description="",
        steps=(),
    )


def duplicate(routine: Routine, routine_id: str, taken_names: Iterable[str]) -> Routine:
    """A user-owned copy ("Desk stretch break (copy)"); built-in copies become editable."""
    return replace(
        routine,
        id=routine_id,
        name=unique_name(
            translate("routine_editing", "{name} (copy)").format(name=routine.name), taken_names
        ),
        builtin=False,
        builtin_version=0,
    )


def step_for(exercise: Exercise) -> Step:
    """A new step with the exercise's usual dose; a short rest after it."""
    dose = exercise.dose
    return Step(
        exercise_id=exercise.id,
        mode=dose.mode,
        seconds=None if dose.mode is StepMode.REPS else (dose.seconds or DEFAULT_SECONDS),
        reps=(dose.reps or DEFAULT_REPS) if dose.mode is StepMode.REPS else None,
        sets=1,
        rest_between_sets=0,
        rest_after=DEFAULT_REST_AFTER,
        per_side=exercise.per_side,
    )


def with_mode(step: Step, mode: StepMode, exercise: Exercise | None = None) -> Step:
    """The step in another mode; the number the new mode needs comes from the exercise's dose."""
    if mode is step.mode:
        return step
    if mode is StepMode.REPS:
        reps = exercise.dose.reps if exercise and exercise.dose.reps else DEFAULT_REPS
        return replace(step, mode=mode, seconds=None, reps=reps)
    seconds = step.seconds
    if seconds is None:
        seconds = exercise.dose.seconds if exercise and exercise.dose.seconds else DEFAULT_SECONDS
    return replace(step, mode=mode, seconds=seconds, reps=None)


def with_exercise(step: Step, exercise: Exercise) -> Step:
    """Swap the move, keeping the step's dose, sets and rests; per side follows the new move."""
    return replace(step, exercise_id=exercise.id, per_side=exercise.per_side)


def rename(routine: Routine, name: str) -> Routine:
    return replace(routine, name=name)


def with_routine_field(routine: Routine, field: str, value: str) -> Routine:
    """The routine with "name", "kind", "level" or "description" set from the editor's text."""
    if field == "name":
        return rename(routine, value)
    if field == "kind":
        return replace(routine, kind=RoutineKind(value))
    if field == "level":
        return replace(routine, level=Level(value))
    if field == "description":
        return replace(routine, description=value)
    raise ValueError(f"a routine has no editable field {field!r}")


def with_step_field(step: Step, field: str, value: object, exercise: Exercise | None) -> Step:
    """The step with one field changed; a new mode also fills the number that mode needs."""
    if field == "mode":
        return with_mode(step, StepMode(str(value)), exercise)
    if field in ("seconds", "reps", "sets", "rest_between_sets", "rest_after"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{field} must be a whole number, not {value!r}")
        return replace(step, **{field: value})  # type: ignore[arg-type]
    if field == "per_side":
        return replace(step, per_side=bool(value))
    if field == "variation":
        return replace(step, variation=Variation(str(value)))
    raise ValueError(f"a step has no editable field {field!r}")


def add_step(routine: Routine, step: Step, index: int | None = None) -> Routine:
    """Insert at `index` (clamped), or append when None."""
    steps = list(routine.steps)
    position = len(steps) if index is None else max(0, min(index, len(steps)))
    steps.insert(position, step)
    return replace(routine, steps=tuple(steps))


def remove_step(routine: Routine, index: int) -> Routine:
    _check_index(routine, index)
    return replace(routine, steps=routine.steps[:index] + routine.steps[index + 1 :])


def move_step(routine: Routine, source: int, target: int) -> Routine:
    """Move step `source` so it ends up at index `target` (both in the current numbering)."""
    _check_index(routine, source)
    _check_index(routine, target)
    steps = list(routine.steps)
    steps.insert(target, steps.pop(source))
    return replace(routine, steps=tuple(steps))


def update_step(routine: Routine, index: int, step: Step) -> Routine:
    _check_index(routine, index)
    steps = list(routine.steps)
    steps[index] = step
    return replace(routine, steps=tuple(steps))


def total_seconds(
    routine: Routine,
    rep_seconds: Callable[[str], float] | None = None,
    moves: Catalogue | None = None,
) -> float:
    """Planned length as the player will run it (with its prepare and side switches and, when
    given, each move's own time per rep, or with `moves` the versions its steps play)."""
    playable = tuple(
        step
        for step in routine.steps
        if step.sets >= 1 and (step.reps if step.mode is StepMode.REPS else step.seconds)
    )
    playable_routine = replace(routine, steps=playable)
    return build_timeline(playable_routine, rep_seconds=rep_seconds, moves=moves).planned_seconds


def total_text(routine: Routine, moves: Catalogue | None = None) -> str:
    """ "Total: about 6 min" for the editor's header."""
    if not routine.steps:
        return translate("routine_editing", "Total: no steps yet")
    duration = format_duration(total_seconds(routine, moves=moves))
    return translate("routine_editing", "Total: about {duration}").format(duration=duration)


def step_list_rows(
    routine: Routine, catalogue: Catalogue, marks: Mapping[int, str]
) -> list[tuple[str, str, str]]:
    """(move, "dose · sets", mark) for each step of the editor's list; mark is a severity or ""."""
    return [
        (
            name,
            translate("routine_editing", "{dose} · %n set(s)", None, int(sets)).format(dose=dose),
            marks.get(index, ""),
        )
        for index, (name, dose, sets, _between, _after) in enumerate(step_rows(routine, catalogue))
    ]


def _check_index(routine: Routine, index: int) -> None:
    if not 0 <= index < len(routine.steps):
        raise IndexError(f"step {index} is not in a routine of {len(routine.steps)} steps")

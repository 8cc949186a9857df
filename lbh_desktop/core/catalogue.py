"""The exercise catalogue: parsing and validating exercise data, and checking routines with it."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from lbh_desktop.core.models import (
    REP_SECONDS,
    REP_SECONDS_RANGE,
    Condition,
    ConditionCaution,
    Dose,
    Exercise,
    ExerciseKind,
    ModelError,
    Position,
    Routine,
    StepMode,
    VariationText,
)

EXERCISE_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""Exercise ids are lower-case words joined by hyphens, e.g. "figure-4-stretch"."""

EXERCISE_FIELDS = frozenset(
    {
        "id",
        "name",
        "kind",
        "summary",
        "targets",
        "positions",
        "equipment",
        "per_side",
        "dose",
        "steps",
        "cues",
        "mistakes",
        "easier",
        "harder",
        "caution",
        "illustration",
        "condition_cautions",
    }
)
CONDITION_CAUTION_FIELDS = frozenset({"condition", "advice"})
DOSE_FIELDS = frozenset({"mode", "seconds", "reps", "rep_seconds"})
VARIATION_FIELDS = frozenset({"name", "how"})
CATALOGUE_FIELDS = frozenset({"version", "exercises"})

EnumType = TypeVar("EnumType", bound=StrEnum)


class Catalogue:
    """Immutable id -> Exercise mapping in the order given; iterating yields the Exercises."""

    __slots__ = ("_exercises",)

    def __init__(self, exercises: Iterable[Exercise] = ()) -> None:
        by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in by_id:
                raise ModelError(f"exercise id {exercise.id!r} appears more than once")
            by_id[exercise.id] = exercise
        self._exercises: Mapping[str, Exercise] = MappingProxyType(by_id)

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self._exercises[exercise_id]

    def get(self, exercise_id: str) -> Exercise | None:
        return self._exercises.get(exercise_id)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._exercises.values())

    def __len__(self) -> int:
        return len(self._exercises)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._exercises

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalogue):
            return NotImplemented
        return list(self._exercises.items()) == list(other._exercises.items())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Catalogue({len(self)} exercises: {', '.join(self.ids())})"

    def ids(self) -> tuple[str, ...]:
        return tuple(self._exercises)

    def by_kind(self, kind: ExerciseKind) -> list[Exercise]:
        return [exercise for exercise in self if exercise.kind is kind]

    def rep_seconds(self, exercise_id: str) -> float:
        """Planned seconds of one rep of this move (Exercise.rep_seconds), REP_SECONDS for a
        move the catalogue does not know; pass it to build_timeline."""
        exercise = self._exercises.get(exercise_id)
        return REP_SECONDS if exercise is None else exercise.rep_seconds


def parse_catalogue(data: object) -> Catalogue:
    """Build a Catalogue from decoded JSON `{"version": 1, "exercises": [...]}`.

    Raises ModelError whose message starts with the path of the bad value,
    e.g. "exercises[3].dose.seconds: must be a whole number ≥ 1, not 0".
    """
    if not isinstance(data, dict):
        raise ModelError(f"catalogue: must be an object, not {type(data).__name__}")
    _reject_unknown_fields(data, CATALOGUE_FIELDS, "catalogue")
    version = data.get("version", 1)
    if version != 1 or isinstance(version, bool):
        raise ModelError(f"version: only version 1 is understood, not {version!r}")
    if "exercises" not in data:
        raise ModelError("exercises: missing")
    raw_exercises = data["exercises"]
    if not isinstance(raw_exercises, list):
        raise ModelError(f"exercises: must be a list, not {type(raw_exercises).__name__}")
    exercises: list[Exercise] = []
    first_index_of_id: dict[str, int] = {}
    for index, raw in enumerate(raw_exercises):
        where = f"exercises[{index}]"
        exercise = parse_exercise(raw, where)
        if exercise.id in first_index_of_id:
            raise ModelError(
                f"{where}.id: {exercise.id!r} is already used by "
                f"exercises[{first_index_of_id[exercise.id]}]"
            )
        first_index_of_id[exercise.id] = index
        exercises.append(exercise)
    return Catalogue(exercises)


def check_routine(routine: Routine, catalogue: Catalogue) -> list[str]:
    """Problems that stop `routine` from being played, in plain words; [] when it is fine.

    Steps are numbered from 1, as a person would count them. Setting per_side on an
    exercise that is not usually done per side is allowed.
    """
    problems: list[str] = []
    if not routine.steps:
        problems.append("The routine has no steps.")
    for index, step in enumerate(routine.steps):
        label = f"Step {index + 1}"
        if step.exercise_id not in catalogue:
            problems.append(f"{label} uses an unknown exercise {step.exercise_id!r}.")
        if step.mode is StepMode.REPS:
            if step.reps is None or step.reps < 1:
                problems.append(f"{label} counts repetitions but has no number of reps.")
        elif step.seconds is None or step.seconds < 1:
            problems.append(f"{label} needs a time of at least 1 second.")
        if step.sets < 1:
            problems.append(f"{label} needs at least 1 set.")
        if step.rest_between_sets < 0 or step.rest_after < 0:
            problems.append(f"{label} has a negative rest time.")
    return problems


def routine_positions(routine: Routine, catalogue: Catalogue) -> tuple[Position, ...]:
    """Every position the routine's exercises use, in Position order; unknown exercises add none."""
    used: set[Position] = set()
    for step in routine.steps:
        exercise = catalogue.get(step.exercise_id)
        if exercise is not None:
            used.update(exercise.positions)
    return tuple(position for position in Position if position in used)


def parse_exercise(raw: object, where: str = "exercise") -> Exercise:
    """One exercise from its catalogue JSON object; ModelError names the bad field's path."""
    data = _object(raw, where)
    _reject_unknown_fields(data, EXERCISE_FIELDS, where)
    exercise_id = _text(data, "id", where)
    if not EXERCISE_ID_PATTERN.fullmatch(exercise_id):
        raise ModelError(
            f"{where}.id: {exercise_id!r} must be lower-case letters and digits joined by hyphens"
        )
    positions = tuple(
        _enum_value(Position, value, f"{where}.positions[{index}]")
        for index, value in enumerate(_list(data, "positions", where, allow_empty=False))
    )
    if len(set(positions)) != len(positions):
        raise ModelError(f"{where}.positions: lists the same position more than once")
    return Exercise(
        id=exercise_id,
        name=_text(data, "name", where),
        kind=_enum_value(ExerciseKind, _field(data, "kind", where), f"{where}.kind"),
        summary=_text(data, "summary", where),
        targets=_texts(data, "targets", where, allow_empty=False),
        positions=positions,
        equipment=_texts(data, "equipment", where, allow_empty=True),
        per_side=_flag(data, "per_side", where),
        dose=_parse_dose(_field(data, "dose", where), f"{where}.dose"),
        steps=_texts(data, "steps", where, allow_empty=False),
        cues=_texts(data, "cues", where, allow_empty=False),
        mistakes=_texts(data, "mistakes", where, allow_empty=False),
        easier=_parse_variation(_field(data, "easier", where), f"{where}.easier"),
        harder=_parse_variation(_field(data, "harder", where), f"{where}.harder"),
        caution=_text(data, "caution", where),
        illustration=_file_name(data, "illustration", where),
        condition_cautions=_condition_cautions(data, where),
    )


def _condition_cautions(data: dict[str, object], where: str) -> tuple[ConditionCaution, ...]:
    """The optional structured cautions, at most one per condition."""
    if "condition_cautions" not in data:
        return ()
    found = []
    for index, raw in enumerate(_list(data, "condition_cautions", where, allow_empty=True)):
        at = f"{where}.condition_cautions[{index}]"
        entry = _object(raw, at)
        _reject_unknown_fields(entry, CONDITION_CAUTION_FIELDS, at)
        condition = _enum_value(Condition, _field(entry, "condition", at), f"{at}.condition")
        found.append(ConditionCaution(condition, _text(entry, "advice", at)))
    if len({caution.condition for caution in found}) != len(found):
        raise ModelError(f"{where}.condition_cautions: names the same condition more than once")
    return tuple(found)


def _parse_dose(raw: object, where: str) -> Dose:
    data = _object(raw, where)
    _reject_unknown_fields(data, DOSE_FIELDS, where)
    mode = _enum_value(StepMode, _field(data, "mode", where), f"{where}.mode")
    seconds = _optional_count(data, "seconds", where)
    reps = _optional_count(data, "reps", where)
    if mode is StepMode.REPS and reps is None:
        raise ModelError(f"{where}.reps: must be a whole number ≥ 1 when mode is reps")
    if mode is not StepMode.REPS and seconds is None:
        raise ModelError(f"{where}.seconds: must be a whole number ≥ 1 when mode is {mode.value}")
    return Dose(mode=mode, seconds=seconds, reps=reps, rep_seconds=_rep_seconds(data, where))


def _rep_seconds(data: dict[str, object], where: str) -> float | None:
    """The optional tempo: seconds per rep, 1–15 (halves are fine); None when absent."""
    value = data.get("rep_seconds")
    if value is None:
        return None
    low, high = REP_SECONDS_RANGE
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise ModelError(
            f"{where}.rep_seconds: must be a number of seconds from {low:g} to {high:g}, "
            f"not {value!r}"
        )
    return float(value)


def _parse_variation(raw: object, where: str) -> VariationText:
    data = _object(raw, where)
    _reject_unknown_fields(data, VARIATION_FIELDS, where)
    return VariationText(name=_text(data, "name", where), how=_text(data, "how", where))


def _object(raw: object, where: str) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: must be an object, not {type(raw).__name__}")
    return raw


def _reject_unknown_fields(data: dict[str, object], known: frozenset[str], where: str) -> None:
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:
        raise ModelError(f"{where}: unknown field {', '.join(map(repr, unknown))}")


def _field(data: dict[str, object], key: str, where: str) -> object:
    if key not in data:
        raise ModelError(f"{where}.{key}: missing")
    return data[key]


def _text(data: dict[str, object], key: str, where: str) -> str:
    return _text_value(_field(data, key, where), f"{where}.{key}")


def _text_value(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ModelError(f"{where}: must be text, not {type(value).__name__}")
    if not value.strip():
        raise ModelError(f"{where}: must not be empty")
    return value


def _list(data: dict[str, object], key: str, where: str, *, allow_empty: bool) -> list[object]:
    value = _field(data, key, where)
    if not isinstance(value, list):
        raise ModelError(f"{where}.{key}: must be a list, not {type(value).__name__}")
    if not value and not allow_empty:
        raise ModelError(f"{where}.{key}: must not be empty")
    return value


def _texts(data: dict[str, object], key: str, where: str, *, allow_empty: bool) -> tuple[str, ...]:
    values = _list(data, key, where, allow_empty=allow_empty)
    return tuple(
        _text_value(value, f"{where}.{key}[{index}]") for index, value in enumerate(values)
    )


def _flag(data: dict[str, object], key: str, where: str) -> bool:
    value = _field(data, key, where)
    if not isinstance(value, bool):
        raise ModelError(f"{where}.{key}: must be true or false, not {value!r}")
    return value


def _optional_count(data: dict[str, object], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ModelError(f"{where}.{key}: must be a whole number ≥ 1, not {value!r}")
    return value


def _enum_value(enum: type[EnumType], value: object, where: str) -> EnumType:
    for member in enum:
        if member.value == value:
            return member
    allowed = ", ".join(repr(member.value) for member in enum)
    raise ModelError(f"{where}: {value!r} is not one of {allowed}")


def _file_name(data: dict[str, object], key: str, where: str) -> str:
    name = _text(data, key, where)
    if "/" in name or "\\" in name or name.startswith("."):
        raise ModelError(f"{where}.{key}: must be a plain file name, not {name!r}")
    return name

"""The exercise catalogue: parsing and validating exercise data, and checking routines with it."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from lbh_desktop.core.exercise import Condition, ConditionCaution, Dose, Exercise, VariationText
from lbh_desktop.core.json_fields import (
    as_object,
    enum_value,
    file_name,
    flag,
    items,
    optional_count,
    reject_unknown_fields,
    required,
    text,
    text_value,
    texts,
)
from lbh_desktop.core.models import (
    REP_SECONDS,
    REP_SECONDS_RANGE,
    ExerciseKind,
    ModelError,
    Position,
    Routine,
    StepMode,
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
        "variant_of",
        "left_side",
        "right_side",
        "side_unit",
    }
)
SIDE_UNITS = ("side", "leg", "arm")
CONDITION_CAUTION_FIELDS = frozenset({"condition", "advice"})
DOSE_FIELDS = frozenset({"mode", "seconds", "reps", "rep_seconds"})
VARIATION_FIELDS = frozenset({"name", "how"})
CATALOGUE_FIELDS = frozenset({"version", "exercises"})


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
    reject_unknown_fields(data, CATALOGUE_FIELDS, "catalogue")
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
    _check_links(exercises)
    return Catalogue(exercises)


def _check_links(exercises: list[Exercise]) -> None:
    """Every easier, harder and variant_of id names a move of the catalogue; linked versions
    count the same way (reps or time: a step plays them with one dose); no ladder loops."""
    by_id = {exercise.id: (index, exercise) for index, exercise in enumerate(exercises)}
    for index, exercise in enumerate(exercises):
        links = (
            ("easier", exercise.easier_id),
            ("harder", exercise.harder_id),
            ("variant_of", exercise.variant_of),
        )
        for key, target in links:
            where = f"exercises[{index}].{key}"
            if target is None:
                continue
            if target not in by_id:
                raise ModelError(f"{where}: no move has the id {target!r}")
            if target == exercise.id:
                raise ModelError(f"{where}: a move cannot be a version of itself")
            other = by_id[target][1]
            counts_reps = exercise.dose.mode is StepMode.REPS
            if key != "variant_of" and (other.dose.mode is StepMode.REPS) != counts_reps:
                raise ModelError(
                    f"{where}: {target!r} is counted in {other.dose.mode.value} and this move "
                    f"in {exercise.dose.mode.value}; a step plays its versions with one dose"
                )
        for key in ("easier_id", "harder_id"):
            seen, current = {exercise.id}, exercise
            while (following := getattr(current, key)) is not None:
                if following in seen:
                    raise ModelError(
                        f"exercises[{index}].{key[:-3]}: its {key[:-3]} versions lead back to "
                        f"{following!r}"
                    )
                seen.add(following)
                current = by_id[following][1]


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
    data = as_object(raw, where)
    reject_unknown_fields(data, EXERCISE_FIELDS, where)
    exercise_id = text(data, "id", where)
    if not EXERCISE_ID_PATTERN.fullmatch(exercise_id):
        raise ModelError(
            f"{where}.id: {exercise_id!r} must be lower-case letters and digits joined by hyphens"
        )
    positions = tuple(
        enum_value(Position, value, f"{where}.positions[{index}]")
        for index, value in enumerate(items(data, "positions", where, allow_empty=False))
    )
    if len(set(positions)) != len(positions):
        raise ModelError(f"{where}.positions: lists the same position more than once")
    easier, easier_id = _version(required(data, "easier", where), f"{where}.easier")
    harder, harder_id = _version(required(data, "harder", where), f"{where}.harder")
    return Exercise(
        id=exercise_id,
        name=text(data, "name", where),
        kind=enum_value(ExerciseKind, required(data, "kind", where), f"{where}.kind"),
        summary=text(data, "summary", where),
        targets=texts(data, "targets", where, allow_empty=False),
        positions=positions,
        equipment=texts(data, "equipment", where, allow_empty=True),
        per_side=flag(data, "per_side", where),
        dose=_parse_dose(required(data, "dose", where), f"{where}.dose"),
        steps=texts(data, "steps", where, allow_empty=False),
        cues=texts(data, "cues", where, allow_empty=False),
        mistakes=texts(data, "mistakes", where, allow_empty=False),
        easier=easier,
        harder=harder,
        caution=text(data, "caution", where),
        illustration=file_name(data, "illustration", where),
        condition_cautions=_condition_cautions(data, where),
        easier_id=easier_id,
        harder_id=harder_id,
        variant_of=_optional_id(data, "variant_of", where),
        left_side=_left_side(data, where),
        right_side=text(data, "right_side", where) if "right_side" in data else "",
        side_unit=_side_unit(data, where),
    )


def _condition_cautions(data: dict[str, object], where: str) -> tuple[ConditionCaution, ...]:
    """The optional structured cautions, at most one per condition."""
    if "condition_cautions" not in data:
        return ()
    found = []
    for index, raw in enumerate(items(data, "condition_cautions", where, allow_empty=True)):
        at = f"{where}.condition_cautions[{index}]"
        entry = as_object(raw, at)
        reject_unknown_fields(entry, CONDITION_CAUTION_FIELDS, at)
        condition = enum_value(Condition, required(entry, "condition", at), f"{at}.condition")
        found.append(ConditionCaution(condition, text(entry, "advice", at)))
    if len({caution.condition for caution in found}) != len(found):
        raise ModelError(f"{where}.condition_cautions: names the same condition more than once")
    return tuple(found)


def _parse_dose(raw: object, where: str) -> Dose:
    data = as_object(raw, where)
    reject_unknown_fields(data, DOSE_FIELDS, where)
    mode = enum_value(StepMode, required(data, "mode", where), f"{where}.mode")
    seconds = optional_count(data, "seconds", where)
    reps = optional_count(data, "reps", where)
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


def _version(raw: object, where: str) -> tuple[VariationText | None, str | None]:
    """An easier or harder version: another move's id, a {name, how} text, or null (none)."""
    if raw is None:
        return None, None
    if isinstance(raw, str):
        return None, _id_value(raw, where)
    data = as_object(raw, where)
    reject_unknown_fields(data, VARIATION_FIELDS, where)
    return VariationText(name=text(data, "name", where), how=text(data, "how", where)), None


def _id_value(value: str, where: str) -> str:
    if not EXERCISE_ID_PATTERN.fullmatch(value):
        raise ModelError(f"{where}: {value!r} is not a move id (lower-case words and hyphens)")
    return value


def _optional_id(data: dict[str, object], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    return _id_value(text_value(value, f"{where}.{key}"), f"{where}.{key}")


def _left_side(data: dict[str, object], where: str) -> str:
    """A sided move's definition of its left side; it must say "left" (the right side's text
    is made from it by swapping the words)."""
    if "left_side" not in data:
        return ""
    left = text(data, "left_side", where)
    if "right_side" not in data and "left" not in left.lower():  # a translation has both
        raise ModelError(f"{where}.left_side: must say which is the left side, not {left!r}")
    return left


def _side_unit(data: dict[str, object], where: str) -> str:
    value = data.get("side_unit", "side")
    if value not in SIDE_UNITS:
        raise ModelError(f"{where}.side_unit: {value!r} is not one of {', '.join(SIDE_UNITS)}")
    return str(value)

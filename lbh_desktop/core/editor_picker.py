"""Searching and filtering the exercise catalogue for the editor's move picker."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.library import kind_name, position_name
from lbh_desktop.core.models import ExerciseKind, Position

NO_EQUIPMENT = "none"
"""Equipment filter value for moves that need nothing."""


@dataclass(frozen=True)
class PickerFilter:
    """Empty values mean "any"."""

    text: str = ""
    kind: ExerciseKind | None = None
    position: Position | None = None
    target: str = ""
    equipment: str = ""


def matches(exercise: Exercise, wanted: PickerFilter) -> bool:
    words = wanted.text.casefold().split()
    haystack = " ".join((exercise.name, exercise.summary, *exercise.targets)).casefold()
    if any(word not in haystack for word in words):
        return False
    if wanted.kind is not None and exercise.kind is not wanted.kind:
        return False
    if wanted.position is not None and wanted.position not in exercise.positions:
        return False
    if wanted.target and wanted.target not in exercise.targets:
        return False
    if wanted.equipment == NO_EQUIPMENT:
        return not exercise.equipment
    return not wanted.equipment or wanted.equipment in exercise.equipment


def filter_exercises(exercises: Iterable[Exercise], wanted: PickerFilter) -> list[Exercise]:
    """Matching exercises, names starting with the search text first, then by name."""
    found = [exercise for exercise in exercises if matches(exercise, wanted)]
    prefix = wanted.text.strip().casefold()

    def order(exercise: Exercise) -> tuple[bool, str]:
        name = exercise.name.casefold()
        return (not (prefix and name.startswith(prefix)), name)

    return sorted(found, key=order)


def target_options(exercises: Iterable[Exercise]) -> list[str]:
    return sorted(
        {target for exercise in exercises for target in exercise.targets}, key=str.casefold
    )


def equipment_options(exercises: Iterable[Exercise]) -> list[str]:
    return sorted({item for exercise in exercises for item in exercise.equipment}, key=str.casefold)


def describe(exercise: Exercise, names: Mapping[str, str] | None = None) -> str:
    """One line under the name: "Stretch · Floor, Chair · hamstrings, lower back"; a version
    of another move says whose ("a version of Glute bridge", from `names`: id → name)."""
    positions = ", ".join(position_name(position) for position in exercise.positions)
    parts = [kind_name(exercise.kind), positions, ", ".join(exercise.targets)]
    if exercise.id.startswith("custom-"):
        parts.append(translate("editor_picker", "your own"))
    main = names.get(exercise.variant_of) if names and exercise.variant_of else None
    if main is not None:
        parts.append(translate("editor_picker", "a version of {name}").format(name=main))
    return " · ".join(part for part in parts if part)

"""What an import changes: name clashes to ask about, fresh ids, and the records to save."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import Routine

if TYPE_CHECKING:  # routine_format loads jsonschema, which start-up does not need
    from lbh_desktop.core.routine_format import ImportedFile

MAX_ID_LENGTH = 100
MAX_NAME_LENGTH = 80


class ClashChoice(StrEnum):
    RENAME = "rename"
    REPLACE = "replace"
    CANCEL = "cancel"


@dataclass(frozen=True)
class NameClash:
    """An imported routine whose name an existing routine already has."""

    imported: Routine
    existing: tuple[Routine, ...]
    new_name: str
    """The unique name it gets when the user picks rename."""

    @property
    def can_replace(self) -> bool:
        """Built-in routines are never replaced; renaming keeps both."""
        return not any(routine.builtin for routine in self.existing)


@dataclass(frozen=True)
class ImportPlan:
    routines_to_save: tuple[Routine, ...]
    exercises_to_save: tuple[Exercise, ...]
    routine_ids_to_replace: tuple[str, ...]
    notes: tuple[str, ...]
    """Plain sentences about renamed or copied records, for the summary."""

    def summary(self) -> str:
        names = ", ".join(
            translate("import_plan", "“{name}”").format(name=routine.name)
            for routine in self.routines_to_save
        )
        count = len(self.routines_to_save)
        lines = [translate("import_plan", "Imported %n routine(s): {names}.", None, count)]
        lines[0] = lines[0].format(names=names)
        if self.exercises_to_save:
            added = len(self.exercises_to_save)
            lines.append(translate("import_plan", "Added %n custom exercise(s).", None, added))
        return " ".join([*lines, *self.notes])


def find_name_clashes(imported: ImportedFile, existing: Sequence[Routine]) -> list[NameClash]:
    """One clash per imported routine whose name (ignoring case) is already taken."""
    taken = {routine.name.casefold() for routine in existing}
    taken |= {routine.name.casefold() for routine in imported.routines}
    clashes = []
    for routine in imported.routines:
        same_name = tuple(r for r in existing if r.name.casefold() == routine.name.casefold())
        if same_name:
            new_name = unique_name(routine.name, taken)
            taken.add(new_name.casefold())
            clashes.append(NameClash(routine, same_name, new_name))
    return clashes


def plan_import(
    imported: ImportedFile,
    existing_routines: Sequence[Routine],
    known_exercises: Iterable[Exercise],
    choices: Mapping[str, ClashChoice],
) -> ImportPlan:
    """The records to save for `imported`; `choices` maps the id of each clashing imported
    routine to RENAME or REPLACE. Raises ValueError for a missing, cancelled or impossible
    choice."""
    clashes = {clash.imported.id: clash for clash in find_name_clashes(imported, existing_routines)}
    exercises, exercise_ids, notes = _plan_exercises(imported.exercises, known_exercises)
    taken_ids = {routine.id for routine in existing_routines}
    to_replace: list[str] = []
    routines: list[Routine] = []
    for routine in imported.routines:
        routine = _with_exercise_ids(routine, exercise_ids)
        clash = clashes.get(routine.id)
        new_id = routine.id
        if clash is not None:
            choice = choices.get(routine.id)
            if choice is ClashChoice.RENAME:
                routine = dataclasses.replace(routine, name=clash.new_name)
                notes.append(
                    translate("import_plan", "“{name}” was imported as “{new_name}”.").format(
                        name=clash.imported.name, new_name=clash.new_name
                    )
                )
            elif choice is ClashChoice.REPLACE and clash.can_replace:
                replaced = [existing.id for existing in clash.existing]
                to_replace += replaced
                taken_ids -= set(replaced)
                new_id = replaced[0]  # keeps the history of the routine it replaces linked
            else:
                raise ValueError(f"no usable choice for the clash over “{routine.name}”: {choice}")
        if new_id in taken_ids:
            new_id = unique_id(new_id, taken_ids)
        taken_ids.add(new_id)
        routines.append(dataclasses.replace(routine, id=new_id, builtin=False, builtin_version=0))
    return ImportPlan(tuple(routines), exercises, tuple(to_replace), tuple(notes))


def unique_name(name: str, taken: Collection[str]) -> str:
    """ "Desk break" -> "Desk break (2)", or (3)…, unique ignoring case among `taken`."""
    base = re.sub(r" \(\d+\)$", "", name)
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = base[: MAX_NAME_LENGTH - len(suffix)] + suffix
        if candidate.casefold() not in {name.casefold() for name in taken}:
            return candidate
        number += 1


def unique_id(wanted: str, taken: Collection[str]) -> str:
    """`wanted`, or `wanted`-2, -3… when taken, kept within MAX_ID_LENGTH."""
    if wanted not in taken:
        return wanted
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = wanted[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def _plan_exercises(
    imported: Iterable[Exercise], known: Iterable[Exercise]
) -> tuple[tuple[Exercise, ...], dict[str, str], list[str]]:
    """Exercises to save, old id -> id to use, and notes. An exercise already here with the
    same content is reused; one whose id or name is taken by something else becomes a copy,
    so the user's own exercise is never overwritten."""
    by_id = {exercise.id: exercise for exercise in known}
    taken_names = {exercise.name.casefold() for exercise in by_id.values()}
    to_save: list[Exercise] = []
    new_ids: dict[str, str] = {}
    notes: list[str] = []
    for exercise in imported:
        current = by_id.get(exercise.id)
        if current is not None and _same_exercise(current, exercise):
            new_ids[exercise.id] = exercise.id
            continue
        copy = exercise
        if current is not None or exercise.name.casefold() in taken_names:
            name = exercise.name
            if name.casefold() in taken_names:
                name = unique_name(name, taken_names)
            copy = dataclasses.replace(exercise, id=unique_id(exercise.id, by_id), name=name)
            if name == exercise.name:
                note = translate(
                    "import_plan", "The exercise “{name}” was added as a separate copy."
                )
            else:
                note = translate("import_plan", "The exercise “{name}” was added as “{new_name}”.")
            notes.append(note.format(name=exercise.name, new_name=name))
        by_id[copy.id] = copy
        taken_names.add(copy.name.casefold())
        new_ids[exercise.id] = copy.id
        to_save.append(copy)
    return tuple(to_save), new_ids, notes


def _same_exercise(current: Exercise, imported: Exercise) -> bool:
    """Equal apart from the picture, which a file never carries."""
    return dataclasses.replace(current, illustration="") == imported


def _with_exercise_ids(routine: Routine, new_ids: Mapping[str, str]) -> Routine:
    steps = tuple(
        dataclasses.replace(step, exercise_id=new_ids.get(step.exercise_id, step.exercise_id))
        for step in routine.steps
    )
    return dataclasses.replace(routine, steps=steps)

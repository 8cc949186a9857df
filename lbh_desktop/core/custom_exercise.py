"""Custom (user-made) exercises: the catalogue JSON codec and building one from editor fields."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from lbh_desktop.core.catalogue import Catalogue, parse_exercise
from lbh_desktop.core.exercise import Dose, Exercise, VariationText
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.models import ExerciseKind, ModelError, Position, StepMode

CUSTOM_PREFIX = "custom-"
PICTURES_FOLDER = "pictures"
"""Subfolder of the data folder that holds pictures copied in for custom exercises."""
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_NAME_LENGTH = 80
DEFAULT_TARGETS = ("general",)
DEFAULT_CUES = (QT_TRANSLATE_NOOP("custom_exercise", "Move slowly and keep breathing."),)
DEFAULT_MISTAKES = (QT_TRANSLATE_NOOP("custom_exercise", "Pushing on into pain."),)
DEFAULT_CAUTION = QT_TRANSLATE_NOOP(
    "custom_exercise", "Stop if it hurts, and ask a health professional if pain keeps coming back."
)
DEFAULT_EASIER = VariationText(
    QT_TRANSLATE_NOOP("custom_exercise", "Easier"),
    QT_TRANSLATE_NOOP("custom_exercise", "Do less: a smaller range, a shorter hold or fewer reps."),
)
DEFAULT_HARDER = VariationText(
    QT_TRANSLATE_NOOP("custom_exercise", "Harder"),
    QT_TRANSLATE_NOOP("custom_exercise", "Do more: a bigger range, a longer hold or more reps."),
)
"""The defaults a new exercise is saved with, in the user's language then (see _text)."""
_NO_PICTURE_PLACEHOLDER = "none"
"""parse_exercise needs a file name; a custom exercise without a picture stores ""."""


@dataclass(frozen=True)
class CustomExerciseFields:
    """What the custom exercise dialog edits; everything else gets a plain default."""

    name: str
    kind: ExerciseKind
    instructions: str
    per_side: bool
    dose: Dose
    positions: tuple[Position, ...]
    picture: str = ""
    """File name inside the data folder's pictures folder, or "" for none."""
    targets: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()


def is_custom(exercise_id: str) -> bool:
    return exercise_id.startswith(CUSTOM_PREFIX)


def slug(name: str) -> str:
    """ "Cat & Cow (seated)" -> "cat-cow-seated"; "exercise" when nothing is left."""
    words = re.findall(r"[a-z0-9]+", name.casefold())
    text = "-".join(words)[:30].strip("-")
    return text or "exercise"


def random_token() -> str:
    """Six random hex digits; os.urandom is what secrets uses, without loading OpenSSL."""
    return os.urandom(3).hex()


def new_custom_id(name: str, token: Callable[[], str] = random_token) -> str:
    """ "custom-" + slug of the name + a short random hex, e.g. "custom-wall-sit-1a2b3c"."""
    return f"{CUSTOM_PREFIX}{slug(name)}-{token()}"


def instruction_lines(instructions: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in instructions.splitlines() if line.strip())


def custom_field_problems(
    fields: CustomExerciseFields, taken_names: Iterable[str] = ()
) -> dict[str, str]:
    """field name -> plain message for each problem; {} when the fields make an exercise."""
    problems: dict[str, str] = {}
    name = fields.name.strip()
    if not name:
        problems["name"] = translate("custom_exercise", "Give the exercise a name.")
    elif len(name) > MAX_NAME_LENGTH:
        problems["name"] = translate(
            "custom_exercise", "Use at most %n character(s) for the name.", None, MAX_NAME_LENGTH
        )
    elif name.casefold() in {taken.strip().casefold() for taken in taken_names}:
        problems["name"] = translate(
            "custom_exercise", "An exercise called “{name}” already exists."
        ).format(name=name)
    if not instruction_lines(fields.instructions):
        problems["instructions"] = translate(
            "custom_exercise", "Write at least one line on how to do it."
        )
    if not fields.positions:
        problems["positions"] = translate(
            "custom_exercise", "Tick at least one position (floor, chair or standing)."
        )
    dose = fields.dose
    if dose.mode is StepMode.REPS:
        if not dose.reps or dose.reps < 1:
            problems["dose"] = translate("custom_exercise", "Repetitions must be at least 1.")
    elif not dose.seconds or dose.seconds < 1:
        problems["dose"] = translate("custom_exercise", "A hold must last at least 1 second.")
    return problems


def make_custom_exercise(fields: CustomExerciseFields, exercise_id: str) -> Exercise:
    """A full Exercise from the dialog's fields; raises ModelError when they have problems."""
    problems = custom_field_problems(fields)
    if problems:
        raise ModelError(" ".join(problems.values()))
    if not is_custom(exercise_id):
        raise ModelError(f"custom exercise ids start with {CUSTOM_PREFIX!r}, not {exercise_id!r}")
    steps = instruction_lines(fields.instructions)
    dose = fields.dose
    return Exercise(
        id=exercise_id,
        name=fields.name.strip(),
        kind=fields.kind,
        summary=steps[0],
        targets=fields.targets or DEFAULT_TARGETS,
        positions=tuple(p for p in Position if p in fields.positions),
        equipment=fields.equipment,
        per_side=fields.per_side,
        dose=Dose(
            mode=dose.mode,
            seconds=None if dose.mode is StepMode.REPS else dose.seconds,
            reps=dose.reps if dose.mode is StepMode.REPS else None,
        ),
        steps=steps,
        cues=tuple(_text(cue) for cue in DEFAULT_CUES),
        mistakes=tuple(_text(mistake) for mistake in DEFAULT_MISTAKES),
        easier=VariationText(_text(DEFAULT_EASIER.name), _text(DEFAULT_EASIER.how)),
        harder=VariationText(_text(DEFAULT_HARDER.name), _text(DEFAULT_HARDER.how)),
        caution=_text(DEFAULT_CAUTION),
        illustration=fields.picture,
    )


def _text(default: str) -> str:
    """A default text of a new exercise, in the language the user makes it in."""
    return translate("custom_exercise", default)


def fields_of(exercise: Exercise) -> CustomExerciseFields:
    """The editable fields of an exercise, to fill the dialog when editing it."""
    return CustomExerciseFields(
        name=exercise.name,
        kind=exercise.kind,
        instructions="\n".join(exercise.steps),
        per_side=exercise.per_side,
        dose=exercise.dose,
        positions=exercise.positions,
        picture=exercise.illustration if is_custom(exercise.id) else "",
        targets=exercise.targets,
        equipment=exercise.equipment,
    )


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """The exercise in the catalogue's JSON format (resources/catalogue/exercises.json)."""
    data: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "kind": exercise.kind.value,
        "summary": exercise.summary,
        "targets": list(exercise.targets),
        "positions": [position.value for position in exercise.positions],
        "equipment": list(exercise.equipment),
        "per_side": exercise.per_side,
        "dose": {
            "mode": exercise.dose.mode.value,
            "seconds": exercise.dose.seconds,
            "reps": exercise.dose.reps,
        },
        "steps": list(exercise.steps),
        "cues": list(exercise.cues),
        "mistakes": list(exercise.mistakes),
        "easier": _version(exercise.easier, exercise.easier_id),
        "harder": _version(exercise.harder, exercise.harder_id),
        "caution": exercise.caution,
        "illustration": exercise.illustration,
    }
    if exercise.dose.rep_seconds is not None:  # optional: the kind's tempo when absent
        data["dose"]["rep_seconds"] = exercise.dose.rep_seconds
    optional = {
        "variant_of": exercise.variant_of,
        "left_side": exercise.left_side,
        "right_side": exercise.right_side if exercise.left_side else "",
    }
    data.update({key: value for key, value in optional.items() if value})
    if exercise.side_unit != "side":
        data["side_unit"] = exercise.side_unit
    if exercise.condition_cautions:  # optional: older files and custom exercises have none
        data["condition_cautions"] = [
            {"condition": c.condition.value, "advice": c.advice}
            for c in exercise.condition_cautions
        ]
    return data


def _version(text: VariationText | None, move_id: str | None) -> object:
    """A version as stored: its {name, how}, the id of the move it is, or None."""
    if text is not None:
        return {"name": text.name, "how": text.how}
    return move_id


def exercise_from_dict(data: object, where: str = "exercise") -> Exercise:
    """Inverse of exercise_to_dict; "" is allowed as illustration (a custom one without picture).

    Raises ModelError naming the bad field's path.
    """
    if isinstance(data, dict) and data.get("illustration") == "":
        parsed = parse_exercise({**data, "illustration": _NO_PICTURE_PLACEHOLDER}, where)
        return replace(parsed, illustration="")
    return parse_exercise(data, where)


def with_custom(builtin: Iterable[Exercise], custom: Iterable[Exercise]) -> Catalogue:
    """One catalogue of the shipped exercises followed by the user's own."""
    return Catalogue([*builtin, *custom])

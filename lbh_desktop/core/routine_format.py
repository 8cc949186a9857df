"""The routine export file (format "lbh-desktop-routines", version 1): writing and checking it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.validators import extend

from lbh_desktop.core.custom_exercise import exercise_from_dict, exercise_to_dict, is_custom
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.import_problems import (
    ImportProblem,
    ImportRejected,
    PathPart,
    problem,
    quote,
    schema_problems,
    whole_file,
)
from lbh_desktop.core.models import ModelError, Routine

FORMAT_NAME = "lbh-desktop-routines"
FORMAT_VERSION = 1
SCHEMA_FILE = ("schema", "routine-export-v1.schema.json")
"""Where the JSON Schema of version 1 ships, under the resources package."""
MAX_IMPORT_BYTES = 1024 * 1024
MAX_DEPTH = 10
"""Deepest nesting a valid file needs is 5 (file → routines → routine → steps → step)."""

MAX_INT_DIGITS = 15

_ROUTINE_FIELDS = ("id", "name", "kind", "level", "description", "steps")

_StrictValidator = extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine(
        # JSON Schema counts 30.0 as an integer; the routine model does not.
        "integer",
        lambda _checker, value: isinstance(value, int) and not isinstance(value, bool),
    ),
)


@dataclass(frozen=True)
class ImportedFile:
    """The routines and custom exercises of a file that passed every check."""

    routines: tuple[Routine, ...]
    exercises: tuple[Exercise, ...]


def build_export(
    routines: Sequence[Routine],
    custom_exercises: Iterable[Exercise],
    *,
    exported_utc: str,
    app_version: str,
) -> dict[str, Any]:
    """The export document for `routines` with the custom exercises they use (no pictures).

    Raises ModelError when a routine uses a custom exercise that no longer exists.
    """
    by_id = {exercise.id: exercise for exercise in custom_exercises}
    used: list[str] = []
    for routine in routines:
        for step in routine.steps:
            if is_custom(step.exercise_id) and step.exercise_id not in used:
                if step.exercise_id not in by_id:
                    raise ModelError(
                        translate(
                            "routine_format",
                            "“{name}” uses an exercise that no longer exists ({id}).",
                        ).format(name=routine.name, id=step.exercise_id)
                    )
                used.append(step.exercise_id)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_utc": exported_utc,
        "app_version": app_version,
        "routines": [_routine_document(routine) for routine in routines],
        "exercises": [_exercise_document(by_id[exercise_id]) for exercise_id in used],
    }


def export_text(document: Mapping[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def decode_import(raw: bytes) -> str:
    """The file's text: at most MAX_IMPORT_BYTES of strict UTF-8 (a leading BOM is allowed)."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise whole_file(too_large())
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise whole_file(
            translate(
                "routine_format",
                "the file is not UTF-8 text (byte {byte} at position {position} cannot be read)",
            ).format(byte=f"0x{raw[error.start]:02x}", position=error.start)
        ) from None


def too_large() -> str:
    """Why a file over MAX_IMPORT_BYTES is refused."""
    return translate("routine_format", "the file is larger than {size} MB").format(
        size=MAX_IMPORT_BYTES // (1024 * 1024)
    )


def parse_import(
    text: str, schema: Mapping[str, Any], known_exercise_ids: Iterable[str]
) -> ImportedFile:
    """Checks `text` against the schema and the known exercises; raises ImportRejected
    listing every problem (sorted by path) when anything is wrong."""
    data = _load_json(text)
    _check_depth(data)
    _check_is_this_format(data)
    validator = _StrictValidator(schema)
    problems = schema_problems(validator.iter_errors(data))
    problems += _semantic_problems(data, set(known_exercise_ids))
    if problems:
        raise ImportRejected(problems)
    return _build_models(data)


def _routine_document(routine: Routine) -> dict[str, Any]:
    data = routine.to_dict()
    return {key: data[key] for key in _ROUTINE_FIELDS}


def _exercise_document(exercise: Exercise) -> dict[str, Any]:
    data = exercise_to_dict(exercise)
    del data["illustration"]  # pictures stay on this computer
    return data


def _load_json(text: str) -> Any:
    def reject_constant(name: str) -> Any:
        raise ValueError(
            translate("routine_format", "{value} is not a number JSON allows").format(value=name)
        )

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(
                    translate("routine_format", "the key {key} appears twice in one object").format(
                        key=quote(key)
                    )
                )
            result[key] = value
        return result

    def short_int(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            raise ValueError(
                translate(
                    "routine_format",
                    "a number with %n digit(s) is far too large",
                    None,
                    len(digits),
                )
            )
        return int(digits)

    try:
        return json.loads(
            text, parse_constant=reject_constant, parse_int=short_int, object_pairs_hook=unique_keys
        )
    except json.JSONDecodeError as error:
        raise whole_file(
            translate(
                "routine_format",
                "the file is not valid JSON (line {line}, column {column}: {error})",
            ).format(line=error.lineno, column=error.colno, error=error.msg)
        ) from None
    except RecursionError:
        raise whole_file(too_deep()) from None
    except ValueError as error:  # a rejected constant, a repeated key, a huge number
        raise whole_file(
            translate("routine_format", "the file is not valid JSON ({error})").format(error=error)
        ) from None


def too_deep() -> str:
    return translate("routine_format", "the file is nested more than {levels} levels deep").format(
        levels=MAX_DEPTH
    )


def _check_depth(data: Any) -> None:
    pending: list[tuple[Any, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            if depth > MAX_DEPTH:
                raise whole_file(too_deep())
            pending.extend((child, depth + 1) for child in value)


def _check_is_this_format(data: Any) -> None:
    """A file of another kind, or from a newer app, gets one clear problem, not dozens."""
    if not isinstance(data, dict):
        raise whole_file(
            translate(
                "routine_format",
                "the file must hold a JSON object with format, version and routines",
            )
        )
    if data.get("format") != FORMAT_NAME:
        reason = translate("routine_format", "must be {format}: this is not a routine file")
        raise ImportRejected([problem(["format"], reason.format(format=quote(FORMAT_NAME)))])
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ImportRejected(
            [
                problem(
                    ["version"],
                    translate(
                        "routine_format",
                        "the file is version {version}, from a newer LBH Desktop; this one reads "
                        "version {readable}",
                    ).format(version=version, readable=FORMAT_VERSION),
                )
            ]
        )


def _semantic_problems(data: dict[str, Any], known_ids: set[str]) -> list[ImportProblem]:
    """What the schema cannot say: repeated ids and names, and unknown exercises. Parts of
    the wrong shape are skipped here: the schema already reports them."""
    exercises = _objects(data.get("exercises"))
    routines = _objects(data.get("routines"))
    problems = _repeats(exercises, "exercises", "id")
    problems += _repeats(routines, "routines", "id")
    problems += _repeats(routines, "routines", "name")
    usable = known_ids | {item["id"] for _, item in exercises if isinstance(item.get("id"), str)}
    for index, routine in routines:
        for step_index, step in _objects(routine.get("steps")):
            exercise_id = step.get("exercise_id")
            if isinstance(exercise_id, str) and exercise_id not in usable:
                problems.append(
                    problem(
                        ["routines", index, "steps", step_index, "exercise_id"],
                        translate(
                            "routine_format",
                            "unknown exercise {id} (not in the catalogue, your exercises or this "
                            "file)",
                        ).format(id=quote(exercise_id)),
                    )
                )
    return problems


def _objects(value: Any) -> list[tuple[int, dict[str, Any]]]:
    items = value if isinstance(value, list) else []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, dict)]


def _repeats(items: list[tuple[int, dict[str, Any]]], where: str, key: str) -> list[ImportProblem]:
    """Ids must be unique; names too, ignoring case and surrounding spaces."""
    first: dict[str, int] = {}
    problems = []
    for index, item in items:
        value = item.get(key)
        if not isinstance(value, str):
            continue
        normal = value.strip().casefold()
        if normal in first:
            path: list[PathPart] = [where, index, key]
            reason = translate("routine_format", "{value} is also used by {other}").format(
                value=quote(value), other=f"{where}[{first[normal]}]"
            )
            problems.append(problem(path, reason))
        else:
            first[normal] = index
    return problems


def _build_models(data: dict[str, Any]) -> ImportedFile:
    problems: list[ImportProblem] = []
    routines: list[Routine] = []
    exercises: list[Exercise] = []
    for index, raw in enumerate(data["routines"]):
        try:
            routines.append(
                Routine.from_dict(
                    raw | {"builtin": False, "builtin_version": 0}, f"routines[{index}]"
                )
            )
        except ModelError as error:
            problems.append(_model_problem(error))
    for index, raw in enumerate(data.get("exercises", [])):
        try:
            exercises.append(exercise_from_dict(raw | {"illustration": ""}, f"exercises[{index}]"))
        except ModelError as error:
            problems.append(_model_problem(error))
    if problems:
        raise ImportRejected(problems)
    return ImportedFile(tuple(routines), tuple(exercises))


def _model_problem(error: ModelError) -> ImportProblem:
    path, _, reason = str(error).partition(": ")
    if not reason:
        return problem((), path)
    return ImportProblem(((1, 0, path),), path, reason)

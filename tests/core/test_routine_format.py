"""Routine export files: the document, the schema's rules, plain problem paths, round trips."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import jsonschema
import pytest

from lbh_desktop.core.custom_exercise import exercise_to_dict
from lbh_desktop.core.exercise import Exercise
from lbh_desktop.core.import_problems import SCHEMA_REASONS, ImportRejected, format_path
from lbh_desktop.core.models import Routine, Step, StepMode
from lbh_desktop.core.routine_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    SCHEMA_FILE,
    build_export,
    decode_import,
    export_text,
    parse_import,
)
from lbh_desktop.storage import bundled
from tests.core.shipped_catalogue import as_custom

SCHEMA = bundled.read_json(*SCHEMA_FILE)
CATALOGUE = bundled.load_catalogue()


def custom_exercise() -> Exercise:
    return as_custom(CATALOGUE["seated-twist"], "custom-wall-sit-1a2b3c", name="Wall sit")


def user_routine() -> Routine:
    desk = bundled.load_builtin_routines()[0]
    steps = list(desk.steps)
    steps[1] = Step("custom-wall-sit-1a2b3c", StepMode.TIMED, seconds=45, sets=2, rest_after=15)
    return dataclasses.replace(
        desk,
        id="my-desk-break",
        name="My desk break",
        steps=tuple(steps),
        builtin=False,
        builtin_version=0,
    )


def exported(*routines: Routine, exercises: tuple[Exercise, ...] = ()) -> dict[str, Any]:
    return build_export(
        list(routines), exercises, exported_utc="2025-03-01T10:00:00+00:00", app_version="test"
    )


def problems_of(document: Any) -> list[str]:
    text = document if isinstance(document, str) else json.dumps(document)
    with pytest.raises(ImportRejected) as caught:
        parse_import(text, SCHEMA, CATALOGUE.ids())
    return [str(problem) for problem in caught.value.problems]


def test_the_shipped_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["version"]["const"] == FORMAT_VERSION
    assert SCHEMA["properties"]["format"]["const"] == FORMAT_NAME


def test_every_reason_the_schema_gives_is_marked_for_translators() -> None:
    reasons: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            reasons.update([node["x-reason"]] if "x-reason" in node else [])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(bundled.read_json(*SCHEMA_FILE))
    assert reasons == set(SCHEMA_REASONS)


def test_an_export_validates_against_the_schema_and_names_format_and_version() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    assert (document["format"], document["version"]) == (FORMAT_NAME, FORMAT_VERSION)
    assert [exercise["id"] for exercise in document["exercises"]] == ["custom-wall-sit-1a2b3c"]
    assert "illustration" not in document["exercises"][0]
    assert "builtin" not in document["routines"][0]


def test_only_the_custom_exercises_a_routine_uses_travel_with_it() -> None:
    other = dataclasses.replace(custom_exercise(), id="custom-unused-000000", name="Unused")
    document = exported(user_routine(), exercises=(other, custom_exercise()))
    assert [exercise["id"] for exercise in document["exercises"]] == ["custom-wall-sit-1a2b3c"]
    builtin_only = exported(bundled.load_builtin_routines()[0], exercises=(other,))
    assert builtin_only["exercises"] == []


def test_export_refuses_a_routine_whose_custom_exercise_is_gone() -> None:
    with pytest.raises(ValueError, match=r"My desk break.*custom-wall-sit-1a2b3c"):
        exported(user_routine())


def test_round_trip_gives_an_identical_routine_and_exercise() -> None:
    routine, exercise = user_routine(), custom_exercise()
    text = export_text(exported(routine, exercises=(exercise,)))
    imported = parse_import(decode_import(text.encode("utf-8")), SCHEMA, CATALOGUE.ids())
    assert imported.routines == (routine,)
    assert imported.exercises == (exercise,)


def test_a_picture_does_not_travel_and_an_imported_exercise_has_none() -> None:
    with_picture = dataclasses.replace(custom_exercise(), illustration="custom-wall-sit.png")
    text = export_text(exported(user_routine(), exercises=(with_picture,)))
    assert "custom-wall-sit.png" not in text
    imported = parse_import(text, SCHEMA, CATALOGUE.ids())
    assert imported.exercises[0].illustration == ""


def test_an_imported_builtin_routine_is_a_user_routine() -> None:
    desk = bundled.load_builtin_routines()[0]
    imported = parse_import(export_text(exported(desk)), SCHEMA, CATALOGUE.ids())
    assert imported.routines[0].builtin is False
    assert imported.routines[0].builtin_version == 0
    assert imported.routines[0].steps == desk.steps


def test_every_problem_is_listed_sorted_by_path_with_a_plain_reason() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    steps = document["routines"][0]["steps"]
    steps[10 % len(steps)]["seconds"] = 0
    steps[2]["seconds"] = 0
    steps[0]["sets"] = "3"
    steps[3]["exercise_id"] = "no-such-move"
    del document["routines"][0]["kind"]
    problems = problems_of(document)
    assert problems == [
        "routines[0].kind: missing",
        "routines[0].steps[0].sets: must be a whole number",
        "routines[0].steps[2].seconds: must be > 0",
        'routines[0].steps[3].exercise_id: unknown exercise "no-such-move" '
        "(not in the catalogue, your exercises or this file)",
        f"routines[0].steps[{10 % len(steps)}].seconds: must be > 0",
    ]


def test_paths_sort_numerically_not_as_text() -> None:
    document = exported(
        *(_renamed(user_routine(), n) for n in range(12)), exercises=(custom_exercise(),)
    )
    for routine in document["routines"]:
        routine["level"] = "expert"
    paths = [problem.split(":")[0] for problem in problems_of(document)]
    assert paths == [f"routines[{n}].level" for n in range(12)]


def _renamed(routine: Routine, number: int) -> Routine:
    return dataclasses.replace(routine, id=f"r-{number}", name=f"Routine {number}")


def test_a_custom_exercise_in_the_file_is_a_known_exercise() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    assert parse_import(json.dumps(document), SCHEMA, CATALOGUE.ids()).exercises
    document["exercises"] = []
    assert problems_of(document) == [
        'routines[0].steps[1].exercise_id: unknown exercise "custom-wall-sit-1a2b3c" '
        "(not in the catalogue, your exercises or this file)"
    ]
    known = [*CATALOGUE.ids(), "custom-wall-sit-1a2b3c"]  # already in the user's exercises
    assert parse_import(json.dumps(document), SCHEMA, known).routines


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("seconds", 3601, "must be ≤ 3600"),
        ("seconds", -1, "must be > 0"),
        ("reps", 501, "must be ≤ 500"),
        ("sets", 51, "must be ≤ 50"),
        ("sets", 0, "must be > 0"),
        ("rest_between_sets", 3601, "must be ≤ 3600"),
        ("rest_after", -5, "must be ≥ 0"),
        ("per_side", 1, "must be true or false"),
        ("seconds", True, "must be a whole number or null"),
        ("seconds", 30.0, "must be a whole number or null"),
    ],
)
def test_absurd_or_mistyped_numbers_are_rejected(field: str, value: Any, reason: str) -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    step = document["routines"][0]["steps"][1]
    step.update({"mode": "reps", "reps": 10} if field == "reps" else {}, **{field: value})
    assert f"routines[0].steps[1].{field}: {reason}" in problems_of(document)


def test_the_limits_themselves_are_accepted() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    document["routines"][0]["steps"][1].update(
        seconds=3600, sets=50, rest_between_sets=3600, rest_after=3600
    )
    document["routines"][0]["steps"][0].update(reps=500)
    routine = parse_import(json.dumps(document), SCHEMA, CATALOGUE.ids()).routines[0]
    assert (routine.steps[1].seconds, routine.steps[1].sets, routine.steps[0].reps) == (
        3600,
        50,
        500,
    )


def test_optional_step_fields_take_the_documented_defaults() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    document["routines"][0]["steps"] = [{"exercise_id": "cat-cow", "mode": "timed", "seconds": 30}]
    del document["routines"][0]["level"], document["routines"][0]["description"]
    routine = parse_import(json.dumps(document), SCHEMA, CATALOGUE.ids()).routines[0]
    assert routine.steps == (Step("cat-cow", StepMode.TIMED, seconds=30),)
    assert (routine.level.value, routine.description) == ("beginner", "")


def test_text_with_angle_brackets_that_is_not_markup_is_fine() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    document["routines"][0]["name"] = "Hips < 5 min & back"
    document["routines"][0]["description"] = "<b>bold</b> stays plain text in descriptions"
    routine = parse_import(json.dumps(document), SCHEMA, CATALOGUE.ids()).routines[0]
    assert routine.name == "Hips < 5 min & back"


def test_size_limit_and_strict_utf8() -> None:
    with pytest.raises(ImportRejected, match="larger than 1 MB"):
        decode_import(b" " * (MAX_IMPORT_BYTES + 1))
    assert decode_import(b" " * MAX_IMPORT_BYTES) == " " * MAX_IMPORT_BYTES
    assert decode_import("\ufeff{}".encode()) == "{}"  # a byte-order mark is allowed
    with pytest.raises(ImportRejected, match=r"not UTF-8 text \(byte 0xe9 at position 1"):
        decode_import("{é}".encode("latin-1"))


def test_a_file_of_another_kind_gets_one_problem_not_dozens() -> None:
    assert problems_of({"name": "x", "routines": 3, "colour": 1}) == [
        'format: must be "lbh-desktop-routines": this is not a routine file'
    ]
    assert problems_of("42") == [
        "the file must hold a JSON object with format, version and routines"
    ]


def test_problem_paths_quote_keys_that_are_not_names() -> None:
    assert format_path(["routines", 0, "steps", 2, "seconds"]) == "routines[0].steps[2].seconds"
    assert format_path(["routines", 0, "my key"]) == 'routines[0]["my key"]'
    assert format_path([]) == ""


def test_quoted_values_from_the_file_are_cut_short() -> None:
    document = exported(user_routine(), exercises=(custom_exercise(),))
    document["routines"][0]["kind"] = "x" * 5000
    (problem,) = problems_of(document)
    assert problem.startswith("routines[0].kind: must be one of")
    assert len(problem) < 200


def test_custom_exercise_problems_use_the_same_paths() -> None:
    exercise = exercise_to_dict(custom_exercise())
    del exercise["illustration"]
    broken = copy.deepcopy(exercise) | {"positions": ["floor", "floor"], "kind": "cardio"}
    broken["dose"] = {"mode": "reps", "seconds": None, "reps": None}
    document = exported(user_routine(), exercises=(custom_exercise(),))
    document["exercises"] = [broken]
    assert problems_of(document) == [
        'exercises[0].dose.reps: must be a whole number when mode is "reps"',
        'exercises[0].kind: must be one of "strength", "stretch", "warm-up", not "cardio"',
        "exercises[0].positions: must not list the same value twice",
    ]

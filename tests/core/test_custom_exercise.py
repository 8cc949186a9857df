"""Custom exercises: ids, field checks, building a full Exercise, and the JSON round trip."""

from __future__ import annotations

import pytest

from lbh_desktop.core.custom_exercise import (
    DEFAULT_TARGETS,
    CustomExerciseFields,
    custom_field_problems,
    exercise_from_dict,
    exercise_to_dict,
    fields_of,
    is_custom,
    make_custom_exercise,
    new_custom_id,
    slug,
)
from lbh_desktop.core.exercise import Dose
from lbh_desktop.core.models import ExerciseKind, ModelError, Position, StepMode
from lbh_desktop.storage import bundled


def fields(**changes: object) -> CustomExerciseFields:
    values: dict[str, object] = {
        "name": "Wall sit",
        "kind": ExerciseKind.STRENGTH,
        "instructions": "Lean your back on a wall.\n\n  Slide down until your knees bend.  \n",
        "per_side": False,
        "dose": Dose(StepMode.TIMED, seconds=30),
        "positions": (Position.STANDING, Position.FLOOR),
    }
    values.update(changes)
    return CustomExerciseFields(**values)  # type: ignore[arg-type]


def test_slug_and_ids() -> None:
    assert slug("Cat & Cow (seated)") == "cat-cow-seated"
    assert slug("  !!! ") == "exercise"
    assert new_custom_id("Wall sit", lambda: "1a2b3c") == "custom-wall-sit-1a2b3c"
    assert new_custom_id("Wall sit") != new_custom_id("Wall sit")
    assert is_custom("custom-wall-sit-1a2b3c") and not is_custom("cat-cow")


def test_a_custom_exercise_gets_plain_defaults_for_what_the_dialog_lacks() -> None:
    exercise = make_custom_exercise(fields(), "custom-wall-sit-1a2b3c")
    assert exercise.steps == ("Lean your back on a wall.", "Slide down until your knees bend.")
    assert exercise.summary == "Lean your back on a wall."
    assert exercise.positions == (Position.FLOOR, Position.STANDING)  # in Position order
    assert exercise.targets == DEFAULT_TARGETS
    assert exercise.cues and exercise.mistakes and exercise.caution
    assert exercise.illustration == ""


def test_the_dose_keeps_only_the_number_its_mode_uses() -> None:
    reps = make_custom_exercise(
        fields(dose=Dose(StepMode.REPS, seconds=30, reps=8)), "custom-a-000000"
    )
    assert reps.dose == Dose(StepMode.REPS, reps=8)
    timed = make_custom_exercise(
        fields(dose=Dose(StepMode.OPEN, seconds=40, reps=8)), "custom-a-000000"
    )
    assert timed.dose == Dose(StepMode.OPEN, seconds=40)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Give the exercise a name."),
        ({"name": "x" * 81}, "name", "at most 80 characters"),
        ({"instructions": " \n "}, "instructions", "at least one line"),
        ({"positions": ()}, "positions", "at least one position"),
        ({"dose": Dose(StepMode.TIMED, seconds=0)}, "dose", "at least 1 second"),
        ({"dose": Dose(StepMode.REPS, reps=None)}, "dose", "at least 1"),
    ],
)
def test_field_problems_name_the_field(
    changes: dict[str, object], field: str, message: str
) -> None:
    problems = custom_field_problems(fields(**changes))
    assert list(problems) == [field]
    assert message in problems[field]
    with pytest.raises(ModelError):
        make_custom_exercise(fields(**changes), "custom-a-000000")


def test_a_name_already_taken_is_a_problem_ignoring_case() -> None:
    problems = custom_field_problems(fields(name="wall SIT "), ["Wall sit"])
    assert problems == {"name": "An exercise called “wall SIT” already exists."}


def test_ids_must_be_custom() -> None:
    with pytest.raises(ModelError, match="start with 'custom-'"):
        make_custom_exercise(fields(), "wall-sit")


def test_json_round_trip_with_and_without_a_picture() -> None:
    for picture in ("", "custom-wall-sit-1a2b3c.png"):
        exercise = make_custom_exercise(fields(picture=picture), "custom-wall-sit-1a2b3c")
        assert exercise_from_dict(exercise_to_dict(exercise)) == exercise


def test_built_in_exercises_round_trip_in_the_catalogue_format() -> None:
    for exercise in bundled.load_catalogue():
        assert exercise_from_dict(exercise_to_dict(exercise)) == exercise


def test_bad_data_names_the_field() -> None:
    data = exercise_to_dict(make_custom_exercise(fields(), "custom-wall-sit-1a2b3c"))
    data["dose"]["seconds"] = -5
    with pytest.raises(ModelError, match=r"exercise\.dose\.seconds"):
        exercise_from_dict(data)


def test_fields_of_gives_back_what_made_the_exercise() -> None:
    original = fields(picture="p.png", positions=(Position.FLOOR, Position.STANDING))
    exercise = make_custom_exercise(original, "custom-wall-sit-1a2b3c")
    again = fields_of(exercise)
    assert make_custom_exercise(again, exercise.id) == exercise
    assert again.picture == "p.png"

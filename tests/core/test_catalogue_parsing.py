"""Catalogue parsing: errors that name the path, the values built, and an unchanged input."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lbh_desktop.core.catalogue import parse_catalogue
from lbh_desktop.core.models import ModelError, Position, StepMode
from tests.core.shipped_catalogue import minimal_exercise_data, shipped_catalogue_data


def with_change(path: list[str | int], value: Any) -> dict[str, Any]:
    """A valid two-exercise catalogue with one value changed; value ... deletes the key."""
    data: dict[str, Any] = {
        "version": 1,
        "exercises": [minimal_exercise_data("first-move"), minimal_exercise_data("second-move")],
    }
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("data", "expected_start"),
    [
        ([], "catalogue: must be an object"),
        ({"version": 1}, "exercises: missing"),
        ({"exercises": {}}, "exercises: must be a list"),
        (with_change(["version"], 2), "version:"),
        (with_change(["exercises", 1], "bird-dog"), "exercises[1]: must be an object"),
        (with_change(["exercises", 0, "name"], ...), "exercises[0].name: missing"),
        (with_change(["exercises", 1, "name"], "  "), "exercises[1].name: must not be empty"),
        (with_change(["exercises", 1, "dose", "seconds"], 0), "exercises[1].dose.seconds: must"),
        (with_change(["exercises", 0, "dose", "seconds"], None), "exercises[0].dose.seconds:"),
        (with_change(["exercises", 0, "dose", "mode"], "forever"), "exercises[0].dose.mode:"),
        (with_change(["exercises", 0, "dose", "mode"], "reps"), "exercises[0].dose.reps:"),
        (with_change(["exercises", 0, "dose", "reps"], True), "exercises[0].dose.reps:"),
        (with_change(["exercises", 0, "dose"], 30), "exercises[0].dose: must be an object"),
        (with_change(["exercises", 1, "kind"], "cardio"), "exercises[1].kind:"),
        (with_change(["exercises", 1, "per_side"], "yes"), "exercises[1].per_side: must be"),
        (with_change(["exercises", 1, "positions"], ["sofa"]), "exercises[1].positions[0]:"),
        (with_change(["exercises", 1, "positions"], []), "exercises[1].positions: must not"),
        (
            with_change(["exercises", 1, "positions"], ["floor", "floor"]),
            "exercises[1].positions: lists the same",
        ),
        (with_change(["exercises", 0, "steps"], []), "exercises[0].steps: must not be empty"),
        (with_change(["exercises", 0, "steps", 1], 7), "exercises[0].steps[1]: must be text"),
        (with_change(["exercises", 0, "cues"], "Breathe."), "exercises[0].cues: must be a list"),
        (with_change(["exercises", 0, "targets"], []), "exercises[0].targets: must not be empty"),
        (with_change(["exercises", 1, "easier", "how"], ...), "exercises[1].easier.how: missing"),
        (
            with_change(["exercises", 1, "harder"], "More"),
            "exercises[1].harder: 'More' is not a move id",
        ),
        (with_change(["exercises", 1, "harder"], 7), "exercises[1].harder: must be an object"),
        (with_change(["exercises", 1, "harder"], "no-such"), "exercises[1].harder: no move has"),
        (with_change(["exercises", 1, "id"], "Bird Dog"), "exercises[1].id:"),
        (with_change(["exercises", 1, "id"], "first-move"), "exercises[1].id:"),
        (with_change(["exercises", 1, "stepz"], []), "exercises[1]: unknown field 'stepz'"),
        (
            with_change(["exercises", 0, "illustration"], "../secret.svg"),
            "exercises[0].illustration:",
        ),
    ],
)
def test_parse_errors_name_the_path(data: object, expected_start: str) -> None:
    with pytest.raises(ModelError) as raised:
        parse_catalogue(data)
    assert str(raised.value).startswith(expected_start), str(raised.value)


def test_duplicate_id_error_points_at_the_first_use() -> None:
    with pytest.raises(ModelError, match=r"exercises\[0\]"):
        parse_catalogue(with_change(["exercises", 1, "id"], "first-move"))


def test_parse_builds_exercise_values() -> None:
    data = with_change(["exercises", 1, "dose"], {"mode": "reps", "seconds": None, "reps": 12})
    data["exercises"][1]["positions"] = ["standing", "chair"]
    second = parse_catalogue(data)["second-move"]
    assert second.dose.mode is StepMode.REPS
    assert second.dose.reps == 12
    assert second.positions == (Position.STANDING, Position.CHAIR)
    assert second.steps == ("Do it.", "Hold it.", "Stop.")
    assert second.easier.how == "Do less."


def test_parse_does_not_change_its_input() -> None:
    data = shipped_catalogue_data()
    before = copy.deepcopy(data)
    parse_catalogue(data)
    assert data == before

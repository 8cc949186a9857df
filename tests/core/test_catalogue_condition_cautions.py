"""Cautions by condition: a structured field, on every move the guidance names, checked on load."""

from __future__ import annotations

import copy
import json

import pytest

from lbh_desktop.core.catalogue import parse_catalogue
from lbh_desktop.core.exercise import Condition
from lbh_desktop.core.models import ModelError
from lbh_desktop.storage import bundled

CATALOGUE = bundled.load_catalogue()

NAMED_BY_THE_REVIEW = {
    Condition.HIP_REPLACEMENT: {
        "figure-4-stretch",  # figure 4
        "pigeon-pose",
        "seated-figure-4",  # crossing the legs
        "childs-pose",  # deep bends
        "lizard-pose",
    },
    Condition.OSTEOPOROSIS: {"seated-forward-fold", "seated-twist", "torso-twists"},
    Condition.PREGNANCY: {"figure-4-stretch", "side-plank", "pigeon-pose", "lizard-pose"},
    Condition.STENOSIS: {"superman"},
}


@pytest.mark.parametrize("condition", list(Condition))
def test_every_move_the_review_names_carries_advice_for_that_condition(
    condition: Condition,
) -> None:
    having = {
        exercise.id
        for exercise in CATALOGUE
        for caution in exercise.condition_cautions
        if caution.condition is condition
    }
    assert NAMED_BY_THE_REVIEW[condition] <= having
    for exercise in CATALOGUE:
        for caution in exercise.condition_cautions:
            assert caution.advice.endswith("."), (exercise.id, caution)
            assert 20 <= len(caution.advice) <= 220, (exercise.id, caution)


def raw_catalogue() -> dict[str, object]:
    data = json.loads(bundled.resource_path("catalogue", "exercises.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"condition": "flu", "advice": "Rest."}], "condition"),
        ([{"condition": "pregnancy", "advice": ""}], "advice: must not be empty"),
        ([{"condition": "pregnancy", "advice": "A.", "extra": 1}], "extra"),
        (
            [
                {"condition": "pregnancy", "advice": "A."},
                {"condition": "pregnancy", "advice": "B."},
            ],
            "more than once",
        ),
    ],
)
def test_bad_condition_cautions_are_rejected_with_their_path(
    entries: list[dict[str, object]], message: str
) -> None:
    data = copy.deepcopy(raw_catalogue())
    exercises = data["exercises"]
    assert isinstance(exercises, list)
    exercises[0]["condition_cautions"] = entries
    with pytest.raises(ModelError, match="condition_cautions") as raised:
        parse_catalogue(data)
    assert message in str(raised.value)


def test_the_field_is_optional() -> None:
    data = copy.deepcopy(raw_catalogue())
    exercises = data["exercises"]
    assert isinstance(exercises, list)
    for exercise in exercises:
        exercise.pop("condition_cautions", None)
    assert all(e.condition_cautions == () for e in parse_catalogue(data))

"""Shared catalogue test data: the shipped files, exercise id groups and small exercise builders."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from lbh_desktop.core.catalogue import parse_catalogue
from lbh_desktop.core.exercise import Exercise, VariationText

REPO = Path(__file__).resolve().parents[2]
CATALOGUE_FILE = REPO / "resources" / "catalogue" / "exercises.json"
ARTICLE_STRENGTH_IDS = (
    "deadlift",
    "glute-bridge",
    "bird-dog",
    "front-plank",
    "side-plank",
    "plank-leg-lift",
    "superman",
    "hip-thrust",
)
ARTICLE_STRETCH_IDS = (
    "childs-pose",
    "figure-4-stretch",
    "cat-cow",
    "pigeon-pose",
    "seated-forward-fold",
    "lizard-pose",
)
DESK_STRETCH_IDS = (
    "seated-figure-4",
    "seated-cat-cow",
    "standing-hip-flexor-stretch",
    "standing-back-extension",
    "seated-twist",
    "standing-hamstring-stretch",
)
WARM_UP_IDS = ("marching-in-place", "hip-circles", "leg-swings", "torso-twists")
CORE_STRENGTH_IDS = ("mcgill-curl-up", "dead-bug")
"""Trunk-steadiness moves on the back, added after the article's own (issue #17)."""


def shipped_catalogue_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    return data


def minimal_exercise_data(exercise_id: str = "test-move") -> dict[str, Any]:
    return {
        "id": exercise_id,
        "name": "Test move",
        "kind": "stretch",
        "summary": "Stretches something.",
        "targets": ["hips"],
        "positions": ["floor"],
        "equipment": [],
        "per_side": False,
        "dose": {"mode": "timed", "seconds": 30, "reps": None},
        "steps": ["Do it.", "Hold it.", "Stop."],
        "cues": ["Breathe.", "Relax."],
        "mistakes": ["Rushing.", "Forcing."],
        "easier": {"name": "Less", "how": "Do less."},
        "harder": {"name": "More", "how": "Do more."},
        "caution": "Stop if it hurts.",
        "illustration": f"{exercise_id}.svg",
    }


def make_exercise(exercise_id: str, positions: list[str], per_side: bool = False) -> Exercise:
    data = minimal_exercise_data(exercise_id)
    data["positions"] = positions
    data["per_side"] = per_side
    return parse_catalogue({"exercises": [data]})[exercise_id]


def as_custom(built_in: Exercise, custom_id: str, **changes: Any) -> Exercise:
    """A built-in move remade as the editor makes a custom exercise: no picture, its easier
    and harder versions in words (not ids of other moves), no sides named."""
    return replace(
        built_in,
        id=custom_id,
        illustration="",
        easier=VariationText("Easier", "Do a smaller movement."),
        harder=VariationText("Harder", "Hold each repetition longer."),
        easier_id=None,
        harder_id=None,
        left_side="",
        right_side="",
        side_unit="side",
        **changes,
    )

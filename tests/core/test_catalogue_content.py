"""Shipped catalogue content: the expected exercises, kinds, sides, positions, equipment, doses."""

from __future__ import annotations

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.exercise import Condition, Exercise
from lbh_desktop.core.models import ExerciseKind, Position, StepMode
from tests.core.shipped_catalogue import (
    ARTICLE_STRENGTH_IDS,
    ARTICLE_STRETCH_IDS,
    CORE_STRENGTH_IDS,
    DESK_STRETCH_IDS,
    WARM_UP_IDS,
    shipped_catalogue_data,
)

EXPECTED_KINDS: dict[str, ExerciseKind] = {
    **{exercise_id: ExerciseKind.STRENGTH for exercise_id in ARTICLE_STRENGTH_IDS},
    "chair-sit-to-stand": ExerciseKind.STRENGTH,
    **{exercise_id: ExerciseKind.STRENGTH for exercise_id in CORE_STRENGTH_IDS},
    **{exercise_id: ExerciseKind.STRETCH for exercise_id in ARTICLE_STRETCH_IDS},
    **{exercise_id: ExerciseKind.STRETCH for exercise_id in DESK_STRETCH_IDS},
    **{exercise_id: ExerciseKind.WARMUP for exercise_id in WARM_UP_IDS},
}
SIDED_IDS = frozenset(
    {
        "bird-dog",
        "side-plank",
        "plank-leg-lift",
        "figure-4-stretch",
        "pigeon-pose",
        "lizard-pose",
        "seated-figure-4",
        "standing-hip-flexor-stretch",
        "seated-twist",
        "standing-hamstring-stretch",
        "leg-swings",
        "dead-bug",
    }
)
CHAIR_IDS = frozenset({"chair-sit-to-stand", "seated-figure-4", "seated-cat-cow", "seated-twist"})


def main_moves(catalogue: Catalogue) -> list[Exercise]:
    """The moves that are not another move's easier or harder version."""
    return [exercise for exercise in catalogue if exercise.variant_of is None]


def test_shipped_catalogue_has_exactly_the_expected_exercises_and_kinds(
    catalogue: Catalogue,
) -> None:
    mains = main_moves(catalogue)
    assert {exercise.id for exercise in mains} == set(EXPECTED_KINDS)
    assert len(mains) == 27
    for exercise in mains:
        assert exercise.kind is EXPECTED_KINDS[exercise.id], exercise.id
    for exercise in catalogue:  # a version is the same kind of move as its main one
        if exercise.variant_of is not None:
            assert exercise.kind is catalogue[exercise.variant_of].kind, exercise.id


def test_shipped_catalogue_is_version_one_with_unique_ids() -> None:
    data = shipped_catalogue_data()
    assert data["version"] == 1
    ids = [raw["id"] for raw in data["exercises"]]
    assert len(ids) == len(set(ids))


def test_sided_moves_are_marked_per_side(catalogue: Catalogue) -> None:
    sided = {exercise.id for exercise in main_moves(catalogue) if exercise.per_side}
    assert sided == SIDED_IDS


def test_positions_match_where_each_move_is_done(catalogue: Catalogue) -> None:
    for exercise in main_moves(catalogue):
        uses_chair = Position.CHAIR in exercise.positions
        assert uses_chair == (exercise.id in CHAIR_IDS), exercise.id
    for exercise_id in (*ARTICLE_STRENGTH_IDS, *ARTICLE_STRETCH_IDS, *CORE_STRENGTH_IDS):
        if exercise_id != "deadlift":
            assert catalogue[exercise_id].positions == (Position.FLOOR,), exercise_id
    assert catalogue["deadlift"].positions == (Position.STANDING,)
    for exercise_id in (*DESK_STRETCH_IDS, *WARM_UP_IDS, "chair-sit-to-stand"):
        assert Position.FLOOR not in catalogue[exercise_id].positions, exercise_id


def test_equipment_lists_what_each_move_needs(catalogue: Catalogue) -> None:
    assert catalogue["deadlift"].equipment == ("dumbbells (optional)",)
    assert any("sofa" in item and "chair" in item for item in catalogue["hip-thrust"].equipment)
    assert any("wall" in item or "chair" in item for item in catalogue["leg-swings"].equipment)
    for exercise_id in CHAIR_IDS:
        assert catalogue[exercise_id].equipment == ("sturdy chair",), exercise_id
    assert catalogue["glute-bridge"].equipment == ()
    for exercise_id in CORE_STRENGTH_IDS:
        assert catalogue[exercise_id].equipment == (), exercise_id


def test_default_doses_are_sensible(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        dose = exercise.dose
        version = exercise.variant_of is not None  # a slow or hard version may do fewer
        low_reps, low_seconds, high_seconds = (5, 15, 60) if version else (8, 20, 45)
        if dose.mode is StepMode.REPS:
            assert dose.reps is not None and low_reps <= dose.reps <= 15, exercise.id
        else:
            assert dose.seconds is not None, exercise.id
            assert low_seconds <= dose.seconds <= high_seconds, exercise.id
    assert catalogue["front-plank"].dose.mode is StepMode.TIMED
    assert catalogue["side-plank"].dose.mode is StepMode.TIMED


def test_the_curl_up_and_dead_bug_are_complete_and_safe(catalogue: Catalogue) -> None:
    curl_up, dead_bug = (catalogue[exercise_id] for exercise_id in CORE_STRENGTH_IDS)
    for exercise in (curl_up, dead_bug):
        assert exercise.kind is ExerciseKind.STRENGTH
        assert exercise.dose.mode is StepMode.REPS and exercise.dose.reps == 8
        for text in (
            exercise.summary,
            *exercise.steps,
            *exercise.cues,
            *exercise.mistakes,
            exercise.caution,
        ):
            assert text.endswith("."), (exercise.id, text)
        assert len(exercise.steps) >= 4, exercise.id
        assert exercise.easier_id and exercise.harder_id, exercise.id
        conditions = {caution.condition for caution in exercise.condition_cautions}
        assert Condition.PREGNANCY in conditions, exercise.id  # lying on the back
    # The curl-up: a small lift for a hold, the low back kept in its curve, the neck long.
    assert not curl_up.per_side
    curl_up_text = " ".join((*curl_up.steps, *curl_up.cues)).lower()
    assert "hands" in curl_up_text and "natural curve" in curl_up_text
    assert "8 to 10 seconds" in curl_up_text
    assert "neck long" in curl_up_text and "chin" in curl_up_text
    assert any("chin" in mistake for mistake in curl_up.mistakes)
    assert Condition.OSTEOPOROSIS in {c.condition for c in curl_up.condition_cautions}
    # The dead bug: opposite arm and leg, a side at a time, the low back kept still.
    assert dead_bug.per_side
    dead_bug_text = " ".join(dead_bug.steps).lower()
    assert "opposite leg" in dead_bug_text and "knees bent over your hips" in dead_bug_text
    assert "lower back stays still" in dead_bug_text

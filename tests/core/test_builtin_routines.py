"""Built-in routines: canonical file, names, kinds, durations, moves used, doses and rests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from lbh_desktop.core.catalogue import Catalogue, check_routine, routine_positions
from lbh_desktop.core.models import (
    ExerciseKind,
    Level,
    Position,
    Routine,
    RoutineKind,
    StepMode,
    Variation,
)
from lbh_desktop.core.timeline import build_timeline
from tests.core.shipped_catalogue import (
    ARTICLE_STRENGTH_IDS,
    ARTICLE_STRETCH_IDS,
    REPO,
    WARM_UP_IDS,
)

ROUTINES_FILE = REPO / "resources" / "routines" / "builtin.json"

# (routine id, name, kind, level or None when any level is fine, min seconds, max seconds),
# planned with each move's own rep tempo (issue #17).
BUILTIN_EXPECTATIONS = (
    ("desk-stretch-break", "Desk stretch break", RoutineKind.DESK_BREAK, Level.BEGINNER, 270, 360),
    ("daily-stretch", "Daily lower back & hip stretch", RoutineKind.STRETCH, None, 540, 660),
    ("strength", "Lower back & hip strength", RoutineKind.STRENGTH, Level.INTERMEDIATE, 1500, 1920),
    ("beginner-strength", "Beginner strength", RoutineKind.STRENGTH, Level.BEGINNER, 900, 1200),
    ("warm-up", "Warm-up", RoutineKind.WARMUP, Level.BEGINNER, 240, 360),
    ("flare-up", "Flare-up: gentle movement", RoutineKind.STRETCH, Level.BEGINNER, 300, 480),
)


def shipped_routines_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ROUTINES_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def builtins() -> dict[str, Routine]:
    raw_routines = shipped_routines_data()["routines"]
    routines = [Routine.from_dict(raw, f"routines[{i}]") for i, raw in enumerate(raw_routines)]
    return {routine.id: routine for routine in routines}


def test_builtin_file_holds_canonical_routine_dicts() -> None:
    data = shipped_routines_data()
    assert data["version"] == 1
    for raw in data["routines"]:
        assert Routine.from_dict(raw).to_dict() == raw


def test_builtins_have_the_expected_ids_names_kinds_and_levels(
    builtins: dict[str, Routine],
) -> None:
    assert list(builtins) == [expectation[0] for expectation in BUILTIN_EXPECTATIONS]
    for routine_id, name, kind, level, _, _ in BUILTIN_EXPECTATIONS:
        routine = builtins[routine_id]
        assert routine.name == name
        assert routine.kind is kind
        if level is not None:
            assert routine.level is level
        assert routine.description.strip()
        assert routine.builtin is True
        assert routine.builtin_version >= 1


def test_every_builtin_passes_check_routine(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    for routine in builtins.values():
        assert check_routine(routine, catalogue) == [], routine.id


@pytest.mark.parametrize(
    ("routine_id", "shortest", "longest"),
    [(expectation[0], *expectation[4:]) for expectation in BUILTIN_EXPECTATIONS],
)
def test_builtin_duration_is_in_its_range(
    builtins: dict[str, Routine], catalogue: Catalogue, routine_id: str, shortest: int, longest: int
) -> None:
    timeline = build_timeline(builtins[routine_id], rep_seconds=catalogue.rep_seconds)
    assert shortest <= timeline.planned_seconds <= longest, timeline.planned_seconds


def test_desk_break_uses_only_chair_and_standing_moves(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    desk_break = builtins["desk-stretch-break"]
    assert Position.FLOOR not in routine_positions(desk_break, catalogue)
    for step in desk_break.steps:
        assert set(catalogue[step.exercise_id].positions) <= {Position.CHAIR, Position.STANDING}


def test_daily_stretch_uses_the_six_floor_stretches(builtins: dict[str, Routine]) -> None:
    used = {step.exercise_id for step in builtins["daily-stretch"].steps}
    assert used == set(ARTICLE_STRETCH_IDS)


def test_strength_routine_warms_up_then_does_every_article_move_in_sets(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    steps = builtins["strength"].steps
    kinds = [catalogue[step.exercise_id].kind for step in steps]
    warm_up_count = kinds.index(ExerciseKind.STRENGTH)
    assert warm_up_count >= 1
    assert {step.exercise_id for step in steps[:warm_up_count]} == set(WARM_UP_IDS)
    main_part = steps[warm_up_count:]
    assert [step.exercise_id for step in main_part] == list(ARTICLE_STRENGTH_IDS)
    for step in main_part:
        assert step.sets >= 2, step.exercise_id
        assert 20 <= step.rest_between_sets <= 45, step.exercise_id
    assert any(step.mode is StepMode.OPEN for step in main_part)


def test_beginner_strength_is_easier_shorter_and_has_fewer_sets(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    beginner = builtins["beginner-strength"]
    full = builtins["strength"]
    assert all(step.variation is Variation.EASIER for step in beginner.steps)
    assert any(catalogue[s.exercise_id].kind is ExerciseKind.STRENGTH for s in beginner.steps)
    assert max(step.sets for step in beginner.steps) < max(step.sets for step in full.steps)
    full_holds = {s.exercise_id: s.seconds for s in full.steps if s.mode is not StepMode.REPS}
    for step in beginner.steps:
        if step.exercise_id in full_holds and catalogue[step.exercise_id].kind is not (
            ExerciseKind.WARMUP
        ):
            assert (step.seconds or 0) < (full_holds[step.exercise_id] or 0), step.exercise_id
    tempo = catalogue.rep_seconds
    assert (
        build_timeline(beginner, rep_seconds=tempo).planned_seconds
        < build_timeline(full, rep_seconds=tempo).planned_seconds
    )


def test_warm_up_routine_uses_only_warm_up_moves(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    for step in builtins["warm-up"].steps:
        assert catalogue[step.exercise_id].kind is ExerciseKind.WARMUP


def test_builtin_steps_have_sensible_doses_and_rests(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    for routine in builtins.values():
        last = len(routine.steps) - 1
        for index, step in enumerate(routine.steps):
            where = (routine.id, index, step.exercise_id)
            exercise = catalogue[step.exercise_id]
            assert step.per_side == exercise.per_side, where
            if step.mode is StepMode.REPS:
                assert step.reps is not None and 8 <= step.reps <= 15, where
            elif exercise.kind is ExerciseKind.WARMUP:
                assert step.seconds is not None and 20 <= step.seconds <= 60, where
            else:
                assert step.seconds is not None and 20 <= step.seconds <= 45, where
            if index < last:
                assert 10 <= step.rest_after <= 20, where
            else:
                assert step.rest_after == 0, where
            if step.sets > 1 and exercise.kind is ExerciseKind.STRENGTH:
                assert 20 <= step.rest_between_sets <= 45, where


def test_daily_stretch_plays_pigeon_and_lizard_supported_for_beginners(
    builtins: dict[str, Routine],
) -> None:
    daily = builtins["daily-stretch"]
    variations = {step.exercise_id: step.variation for step in daily.steps}
    assert variations["pigeon-pose"] is Variation.EASIER
    assert variations["lizard-pose"] is Variation.EASIER
    assert daily.level is Level.BEGINNER
    # Changed since version 1, so seeding upgrades users' untouched copies.
    assert daily.builtin_version == 2


def test_flare_up_routine_is_gentle_short_movement_without_strength_moves(
    builtins: dict[str, Routine], catalogue: Catalogue
) -> None:
    flare_up = builtins["flare-up"]
    assert flare_up.level is Level.BEGINNER
    for step in flare_up.steps:
        assert catalogue[step.exercise_id].kind is not ExerciseKind.STRENGTH, step.exercise_id
        assert step.variation is Variation.EASIER, step.exercise_id
        assert step.sets == 1, step.exercise_id
    assert build_timeline(flare_up, rep_seconds=catalogue.rep_seconds).planned_seconds < 600
    assert catalogue[flare_up.steps[0].exercise_id].kind is ExerciseKind.WARMUP  # moving first
    assert catalogue[flare_up.steps[-1].exercise_id].kind is ExerciseKind.WARMUP


def test_flare_up_description_says_keep_moving_and_names_the_warning_signs(
    builtins: dict[str, Routine],
) -> None:
    text = builtins["flare-up"].description
    assert "Keep moving gently" in text
    assert "hurt without doing harm" in text
    assert "most back pain settles within a few weeks" in text
    for sign in ("numbness", "bladder or bowel", "weakness in both legs"):
        assert sign in text, sign
    assert "Help → Safety notice" in text
    assert "Most back pain settles within a few weeks; staying active helps." in (
        builtins["daily-stretch"].description
    )
    for routine in builtins.values():
        assert routine.description.endswith((".", ").")), routine.id

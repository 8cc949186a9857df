"""The shipped versions (issue #17): ladders of real moves, own pictures, sides defined."""

from __future__ import annotations

import re

import pytest

from lbh_desktop.core.exercise import Condition
from lbh_desktop.core.models import StepMode, Variation
from lbh_desktop.core.variants import ladder, played_move, side_text
from lbh_desktop.storage import bundled

CATALOGUE = bundled.load_catalogue()
MAINS = [e for e in CATALOGUE if e.variant_of is None]

LADDERS = {
    "front-plank": ["incline-plank", "knee-plank", "front-plank", "plank-arm-reach"],
    "side-plank": ["wall-side-plank", "bent-knee-side-plank", "side-plank", "side-plank-leg-lift"],
    "glute-bridge": ["small-bridge", "glute-bridge", "marching-bridge", "single-leg-bridge"],
    "superman": ["prone-limb-lift", "alternating-superman", "superman", "superman-hold"],
}
ONE_LEGGED = ("single-leg-bridge", "single-leg-hip-thrust", "knee-circles", "leg-swings")


@pytest.mark.parametrize("main_id", list(LADDERS))
def test_planks_side_planks_bridges_and_superman_have_ladders_of_three_to_five(
    main_id: str,
) -> None:
    rungs = [m.id for m in ladder(CATALOGUE, main_id)]
    assert rungs == LADDERS[main_id]
    assert 3 <= len(rungs) <= 5
    # Each rung is reached from the main move's step by its variation.
    start = rungs.index(main_id)
    for offset, rung in enumerate(rungs, start=-start):
        variation = (
            Variation.EASIEST,
            Variation.EASIER,
            Variation.STANDARD,
            Variation.HARDER,
            Variation.HARDEST,
        )[offset + 2]
        played = played_move(CATALOGUE, main_id, variation)
        assert played is not None and played.exercise.id == rung, (main_id, variation)


def test_every_main_move_has_an_easier_and_a_harder_move_of_its_own() -> None:
    assert len(MAINS) == 27
    for main in MAINS:
        rungs = ladder(CATALOGUE, main.id)
        assert len(rungs) >= 3, main.id
        for rung in rungs:
            # One dose plays every rung: they count the same way (reps, or time).
            assert (rung.dose.mode is StepMode.REPS) == (main.dose.mode is StepMode.REPS)


def test_each_version_is_a_whole_move_with_its_own_picture() -> None:
    versions = [e for e in CATALOGUE if e.variant_of is not None]
    assert len(versions) == 57
    for version in versions:
        main = CATALOGUE[version.variant_of or ""]
        assert version in ladder(CATALOGUE, main.id), version.id
        assert version.steps != main.steps and version.cues != main.cues, version.id
        assert version.mistakes and version.caution, version.id
        picture = bundled.illustration_path(version)
        assert picture.name == f"{version.id}.svg" and picture.is_file(), version.id
        assert picture.read_bytes() != bundled.illustration_path(main).read_bytes(), version.id


def test_a_version_keeps_the_cautions_of_its_main_move() -> None:
    for version in CATALOGUE:
        if version.variant_of is None:
            continue
        main = CATALOGUE[version.variant_of]
        wanted = {c.condition for c in main.condition_cautions}
        if version.id == "curl-up-brace":  # the spine does not bend: no osteoporosis advice
            wanted.discard(Condition.OSTEOPOROSIS)
        assert wanted <= {c.condition for c in version.condition_cautions}, version.id


def test_every_sided_move_defines_its_left_side() -> None:
    sided = [e for e in CATALOGUE if e.per_side]
    assert len(sided) >= 30
    for move in sided:
        left, right = side_text(move, "left"), side_text(move, "right")
        assert re.search(r"\bleft\b", left, re.IGNORECASE), move.id
        assert re.search(r"\bright\b", right, re.IGNORECASE), move.id
        assert left.split(":")[0] in ("Left side", "Left leg", "Left arm"), move.id


@pytest.mark.parametrize("move_id", ONE_LEGGED)
def test_one_legged_moves_say_each_leg_and_play_sides(move_id: str) -> None:
    move = CATALOGUE[move_id]
    assert move.per_side and move.side_unit == "leg"
    assert "leg" in move.steps[-1].lower() or "leg" in " ".join(move.steps).lower()


def test_a_one_legged_harder_version_plays_each_leg_in_the_timeline() -> None:
    from lbh_desktop.core.library import step_rows
    from lbh_desktop.core.models import Level, Routine, RoutineKind, Step
    from lbh_desktop.core.timeline import SegmentKind, build_timeline

    step = Step("glute-bridge", StepMode.REPS, reps=8, variation=Variation.HARDEST)
    routine = Routine("t", "T", RoutineKind.STRENGTH, Level.BEGINNER, "", (step,))
    work = [
        s for s in build_timeline(routine, moves=CATALOGUE).segments if s.kind is SegmentKind.WORK
    ]
    assert [(s.move_id, s.side and s.side.value) for s in work] == [
        ("single-leg-bridge", "left"),
        ("single-leg-bridge", "right"),
    ]
    assert step_rows(routine, CATALOGUE)[0][:2] == (
        "Single-leg bridge (harder glute bridge)",
        "8 reps each leg",
    )

"""Variants as moves of their own (issue #17): ladders, the version a step plays, its sides."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lbh_desktop.core.catalogue import Catalogue, parse_catalogue
from lbh_desktop.core.exercise import Dose, Exercise, VariationText
from lbh_desktop.core.levels import ease_step, ease_step_in_timeline
from lbh_desktop.core.library import step_rows
from lbh_desktop.core.models import (
    ExerciseKind,
    Level,
    ModelError,
    Position,
    Routine,
    RoutineKind,
    Step,
    StepMode,
)
from lbh_desktop.core.models import Variation as V
from lbh_desktop.core.timeline import SegmentKind, Side, build_timeline
from lbh_desktop.core.variants import (
    ladder,
    played_move,
    shift_played,
    side_label,
    side_text,
)
from tests.core.shipped_catalogue import minimal_exercise_data


def move(move_id: str, **changes: object) -> Exercise:
    base = Exercise(
        id=move_id,
        name=move_id.replace("-", " ").capitalize(),
        kind=ExerciseKind.STRENGTH,
        summary="s",
        targets=("glutes",),
        positions=(Position.FLOOR,),
        equipment=(),
        per_side=False,
        dose=Dose(StepMode.REPS, reps=10),
        steps=(f"{move_id} step",),
        cues=(f"{move_id} cue",),
        mistakes=(f"{move_id} mistake",),
        easier=None,
        harder=None,
        caution="c",
        illustration=f"{move_id}.svg",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# A bridge ladder like the shipped one: small → bridge → marching → single-leg (each leg).
BRIDGES = Catalogue(
    [
        move("small-bridge", harder_id="bridge", variant_of="bridge"),
        move("bridge", easier_id="small-bridge", harder_id="marching-bridge"),
        move(
            "marching-bridge",
            easier_id="bridge",
            harder_id="single-leg-bridge",
            variant_of="bridge",
            dose=Dose(StepMode.REPS, reps=10, rep_seconds=6),
        ),
        move(
            "single-leg-bridge",
            easier_id="marching-bridge",
            variant_of="bridge",
            per_side=True,
            side_unit="leg",
            left_side="Left leg: your left foot stays down and your right leg is lifted.",
        ),
        move(
            "custom-lift",
            easier=VariationText("Small lift", "Lift only a little."),
            harder=VariationText("Slow lift", "Take three seconds each way."),
        ),
    ]
)


def routine(*steps: Step) -> Routine:
    return Routine("r", "R", RoutineKind.STRENGTH, Level.BEGINNER, "", steps)


def test_a_variation_plays_the_rung_with_its_own_steps_and_picture() -> None:
    easier = played_move(BRIDGES, "bridge", V.EASIER)
    assert easier is not None
    assert easier.exercise.id == "small-bridge" and easier.rungs == -1
    assert easier.steps == ("small-bridge step",) and easier.name == "Small bridge"
    assert easier.exercise.illustration == "small-bridge.svg"
    hardest = played_move(BRIDGES, "bridge", V.HARDEST)
    assert hardest is not None and hardest.exercise.id == "single-leg-bridge"
    assert hardest.rungs == 2
    standard = played_move(BRIDGES, "bridge", V.STANDARD)
    assert standard is not None and not standard.is_version


def test_the_ladder_stops_at_its_ends() -> None:
    easiest = played_move(BRIDGES, "bridge", V.EASIEST)
    assert easiest is not None and easiest.exercise.id == "small-bridge" and easiest.rungs == -1
    assert shift_played(BRIDGES, "bridge", V.EASIER, -1) is V.EASIER  # nothing easier: stays
    assert shift_played(BRIDGES, "bridge", V.STANDARD, -1) is V.EASIER
    assert shift_played(BRIDGES, "bridge", V.HARDER, 1) is V.HARDEST
    assert shift_played(BRIDGES, "bridge", V.HARDEST, 1) is V.HARDEST
    # From a rung's own step the ladder goes on from there.
    assert shift_played(BRIDGES, "marching-bridge", V.STANDARD, 1) is V.HARDER
    assert shift_played(BRIDGES, "marching-bridge", V.HARDER, 1) is V.HARDER


def test_the_ladder_is_every_rung_in_order() -> None:
    ids = [m.id for m in ladder(BRIDGES, "marching-bridge")]
    assert ids == ["small-bridge", "bridge", "marching-bridge", "single-leg-bridge"]
    assert ladder(BRIDGES, "nobody") == ()


def test_a_custom_move_keeps_its_versions_in_words() -> None:
    easier = played_move(BRIDGES, "custom-lift", V.EASIER)
    assert easier is not None and easier.exercise.id == "custom-lift"
    assert easier.name == "Small lift"
    assert easier.steps == ("Easier version: Lift only a little.", "custom-lift step")
    # Two notches easier is still the one easier version there is.
    assert shift_played(BRIDGES, "custom-lift", V.EASIER, -1) is V.EASIER
    assert played_move(BRIDGES, "unknown", V.EASIER) is None


def test_a_one_legged_rung_plays_each_leg_with_its_own_tempo() -> None:
    step = Step("bridge", StepMode.REPS, reps=10, variation=V.HARDEST)
    timeline = build_timeline(routine(step), prepare_seconds=0, switch_seconds=5, moves=BRIDGES)
    work = [s for s in timeline.segments if s.kind is SegmentKind.WORK]
    assert [s.side for s in work] == [Side.LEFT, Side.RIGHT]
    assert {s.move_id for s in timeline.segments} == {"single-leg-bridge"}
    assert {s.exercise_id for s in timeline.segments} == {"bridge"}
    marching = build_timeline(
        routine(replace(step, variation=V.HARDER)), prepare_seconds=0, moves=BRIDGES
    )
    assert [s.side for s in marching.segments] == [None]
    assert marching.planned_seconds == 60  # 10 reps at the marching bridge's 6 s
    # Without a catalogue the step plays as it says.
    plain = build_timeline(routine(step), prepare_seconds=0)
    assert [s.move_id for s in plain.segments] == ["bridge"]


def test_step_rows_name_the_version_and_each_leg() -> None:
    steps = (
        Step("bridge", StepMode.REPS, reps=10, variation=V.HARDEST),
        Step("bridge", StepMode.REPS, reps=8, variation=V.EASIER),
        Step("custom-lift", StepMode.REPS, reps=8, variation=V.HARDER),
    )
    rows = step_rows(routine(*steps), BRIDGES)
    assert rows[0][:2] == ("Single leg bridge (harder bridge)", "10 reps each leg")
    assert rows[1][:2] == ("Small bridge (easier bridge)", "8 reps")
    assert rows[2][:2] == ("Slow lift (harder custom lift)", "8 reps")


def test_this_hurts_goes_one_real_rung_down() -> None:
    steps = (Step("bridge", StepMode.REPS, reps=10, variation=V.HARDEST),)
    eased = ease_step(routine(*steps), 0, BRIDGES)
    assert eased.steps[0].variation is V.HARDER
    timeline = build_timeline(routine(*steps), prepare_seconds=0, moves=BRIDGES)
    swapped = ease_step_in_timeline(timeline, 0, BRIDGES)
    # A session in progress keeps its shape (both legs), now playing the marching bridge.
    assert [s.kind for s in swapped.segments] == [s.kind for s in timeline.segments]
    assert {s.move_id for s in swapped.segments} == {"marching-bridge"}


def test_left_side_is_defined_and_the_right_mirrors_it() -> None:
    single = BRIDGES["single-leg-bridge"]
    assert side_text(single, "left").startswith("Left leg: your left foot stays down")
    assert side_text(single, "right") == (
        "Right leg: your right foot stays down and your left leg is lifted."
    )
    assert side_text(BRIDGES["bridge"], "left") == ""
    assert side_label("right", "leg") == "Right leg"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"harder": "nowhere"}, "exercises[0].harder: no move has the id 'nowhere'"),
        ({"harder": "a"}, "exercises[0].harder: a move cannot be a version of itself"),
        ({"variant_of": "ghost"}, "exercises[0].variant_of: no move has the id 'ghost'"),
        ({"harder": "timed-b"}, "exercises[0].harder: 'timed-b' is counted in timed"),
        ({"left_side": "Your right leg lifts."}, "exercises[0].left_side: must say which"),
        ({"side_unit": "paw"}, "exercises[0].side_unit: 'paw' is not one of side, leg, arm"),
    ],
)
def test_bad_links_are_named(change: dict[str, object], message: str) -> None:
    def raw(move_id: str, mode: str) -> dict[str, object]:
        dose = {"mode": mode, "reps": 8} if mode == "reps" else {"mode": mode, "seconds": 20}
        return minimal_exercise_data(move_id) | {"dose": dose, "easier": None, "harder": None}

    first = raw("a", "reps") | change
    with pytest.raises(ModelError) as raised:
        parse_catalogue({"version": 1, "exercises": [first, raw("timed-b", "timed")]})
    assert str(raised.value).startswith(message), str(raised.value)


def test_ladder_loops_are_refused() -> None:
    looped = {
        "version": 1,
        "exercises": [
            minimal_exercise_data(name) | {"easier": None, "harder": harder}
            for name, harder in (("a", "b"), ("b", "a"))
        ],
    }
    with pytest.raises(ModelError, match="its harder versions lead back to 'a'"):
        parse_catalogue(looped)

"""Rep tempo (issue #17): a rep step is planned at its move's own seconds per rep, from the
catalogue's optional dose.rep_seconds or its kind's default."""

from __future__ import annotations

import copy
import json
import math
from dataclasses import replace
from typing import Any

import pytest

from lbh_desktop.core.catalogue import parse_catalogue, parse_exercise
from lbh_desktop.core.custom_exercise import (
    CustomExerciseFields,
    exercise_from_dict,
    exercise_to_dict,
    make_custom_exercise,
)
from lbh_desktop.core.exercise import DEFAULT_REP_SECONDS, Dose
from lbh_desktop.core.import_problems import ImportRejected
from lbh_desktop.core.levels import PlayLevel, apply_level, level_summary
from lbh_desktop.core.library import summarize_routines
from lbh_desktop.core.models import (
    REP_SECONDS,
    ExerciseKind,
    Level,
    ModelError,
    Position,
    Routine,
    RoutineKind,
    Step,
    StepMode,
)
from lbh_desktop.core.progression import lengthen_holds
from lbh_desktop.core.routine_format import SCHEMA_FILE, build_export, parse_import
from lbh_desktop.core.session_log import work_seconds
from lbh_desktop.core.timeline import SegmentKind, build_timeline
from lbh_desktop.storage import bundled
from tests.core.shipped_catalogue import REPO, as_custom, shipped_catalogue_data

CATALOGUE = bundled.load_catalogue()
TEMPO = CATALOGUE.rep_seconds

KIND_TEMPO = {"strength": 4.0, "stretch": 5.0, "warm-up": 2.0}
"""The defaults of the tempo table: a controlled strength rep is 2 s up and 2 s down, a
stretch done with the breath is one slow breath, a warm-up swing is brisk."""


def routine(*steps: Step, kind: RoutineKind = RoutineKind.STRENGTH) -> Routine:
    return Routine("tempo", "Tempo", kind, Level.BEGINNER, "", steps)


def with_dose(**dose: Any) -> dict[str, Any]:
    """The shipped bird dog's catalogue object with its dose replaced."""
    data = copy.deepcopy(shipped_catalogue_data())
    [raw] = [e for e in data["exercises"] if e["id"] == "bird-dog"]
    raw["dose"] = dose
    return dict(raw)


# Parsing, validating and defaulting ---------------------------------------------------------


def test_the_tempo_is_parsed_from_the_dose() -> None:
    exercise = parse_exercise(with_dose(mode="reps", seconds=None, reps=8, rep_seconds=6))
    assert exercise.dose == Dose(StepMode.REPS, reps=8, rep_seconds=6.0)
    assert exercise.rep_seconds == 6.0
    assert parse_exercise(with_dose(mode="reps", reps=8, rep_seconds=5.5)).rep_seconds == 5.5
    assert parse_exercise(with_dose(mode="timed", seconds=30, rep_seconds=15)).rep_seconds == 15


@pytest.mark.parametrize("kind", list(ExerciseKind))
def test_without_a_tempo_a_move_takes_its_kinds_default(kind: ExerciseKind) -> None:
    for dose in ({"mode": "reps", "reps": 8}, {"mode": "reps", "reps": 8, "rep_seconds": None}):
        raw = with_dose(**dose) | {"kind": kind.value}
        exercise = parse_exercise(raw)
        assert exercise.dose.rep_seconds is None
        assert exercise.rep_seconds == DEFAULT_REP_SECONDS[kind] == KIND_TEMPO[kind.value]


@pytest.mark.parametrize("bad", [0, 0.5, 15.5, 16, -4, True, "4", [4], math.nan, math.inf])
def test_a_bad_tempo_is_refused_naming_the_field(bad: object) -> None:
    data = {"version": 1, "exercises": [with_dose(mode="reps", reps=8, rep_seconds=bad)]}
    with pytest.raises(ModelError, match=r"^exercises\[0\]\.dose\.rep_seconds: .*1 to 15"):
        parse_catalogue(data)


def test_a_catalogue_without_any_tempo_still_loads() -> None:
    data = copy.deepcopy(shipped_catalogue_data())
    for raw in data["exercises"]:
        raw["dose"].pop("rep_seconds", None)
    old = parse_catalogue(data)
    assert old.ids() == CATALOGUE.ids()
    for exercise in old:
        assert exercise.dose.rep_seconds is None
        assert old.rep_seconds(exercise.id) == KIND_TEMPO[exercise.kind.value]


def test_the_shipped_tempos_are_in_range_and_the_slow_and_quick_moves_have_their_own() -> None:
    for exercise in CATALOGUE:
        assert 1 <= exercise.rep_seconds <= 15, exercise.id
    assert TEMPO("bird-dog") == 6  # 2 s reach, a 2-s hold, 2 s back
    assert TEMPO("superman") == 5  # lift, hold a breath, lower slowly
    assert TEMPO("leg-swings") == 2  # one swing forward and back
    assert TEMPO("deadlift") == 4  # the strength default: 2 s down, 2 s up
    assert TEMPO("seated-cat-cow") == 5  # the stretch default: one slow breath
    assert TEMPO("no-such-move") == REP_SECONDS  # unknown moves keep the old estimate


def test_custom_exercises_need_no_tempo() -> None:
    fields = CustomExerciseFields(
        name="Wall push-up",
        kind=ExerciseKind.STRENGTH,
        instructions="Lean on a wall.\nPush away.",
        per_side=False,
        dose=Dose(StepMode.REPS, reps=10),
        positions=(Position.STANDING,),
    )
    exercise = make_custom_exercise(fields, "custom-wall-push-up-1a2b3c")
    assert exercise.rep_seconds == KIND_TEMPO["strength"]
    assert exercise_from_dict(exercise_to_dict(exercise)) == exercise


def test_a_custom_exercise_keeps_its_tempo_through_its_json() -> None:
    exercise = replace(CATALOGUE["bird-dog"], id="custom-slow-dog-1a2b3c")
    assert exercise_from_dict(exercise_to_dict(exercise)).rep_seconds == 6


def test_the_export_schema_allows_the_tempo_of_a_custom_exercise() -> None:
    schema = bundled.read_json(*SCHEMA_FILE)
    exercise = as_custom(CATALOGUE["superman"], "custom-slow-lift-1a2b3c")
    steps = (Step(exercise.id, StepMode.REPS, reps=10),)
    document = build_export(
        [replace(routine(*steps), id="mine", name="Mine")],
        [exercise],
        exported_utc="2026-01-01T00:00:00+00:00",
        app_version="test",
    )
    raw = document["exercises"][0]
    for good in (4.5, 15, None):
        raw["dose"]["rep_seconds"] = good
        imported = parse_import(json.dumps(document), schema, CATALOGUE.ids())
        assert imported.exercises[0].dose.rep_seconds == good
    raw["dose"]["rep_seconds"] = 20
    with pytest.raises(ImportRejected) as caught:
        parse_import(json.dumps(document), schema, CATALOGUE.ids())
    assert [p.path for p in caught.value.problems] == ["exercises[0].dose.rep_seconds"]


# Planned time of a rep step -----------------------------------------------------------------


def test_a_rep_step_is_planned_at_its_moves_tempo() -> None:
    steps = (
        Step("bird-dog", StepMode.REPS, reps=8, per_side=True),
        Step("deadlift", StepMode.REPS, reps=12, sets=2, rest_between_sets=30),
        Step("front-plank", StepMode.TIMED, seconds=30),
    )
    timeline = build_timeline(routine(*steps), prepare_seconds=0, rep_seconds=TEMPO)
    work = [(s.exercise_id, s.planned_seconds) for s in timeline.segments if s.is_work]
    assert work == [
        ("bird-dog", 48.0),
        ("bird-dog", 48.0),
        ("deadlift", 48.0),
        ("deadlift", 48.0),
        ("front-plank", 30.0),
    ]
    assert timeline.planned_seconds == 48 * 4 + 30 + 5 + 30  # + set rest + switch
    assert steps[0].work_seconds_per_side(TEMPO("bird-dog")) == 48.0
    assert steps[2].work_seconds_per_side(TEMPO("front-plank")) == 30.0


def test_without_a_tempo_every_rep_keeps_the_old_estimate() -> None:
    step = Step("bird-dog", StepMode.REPS, reps=8)
    [segment] = build_timeline(routine(step), prepare_seconds=0).segments
    assert segment.planned_seconds == 8 * REP_SECONDS == step.work_seconds_per_side()


def test_the_session_log_counts_a_rep_segment_up_to_its_tempo_planned_time() -> None:
    timeline = build_timeline(
        routine(Step("superman", StepMode.REPS, reps=10)), prepare_seconds=0, rep_seconds=TEMPO
    )
    [segment] = timeline.segments
    assert segment.kind is SegmentKind.WORK
    assert work_seconds(segment, 35.0) == 35.0
    assert work_seconds(segment, 120.0) == 50.0  # waiting for Done is not work


# Library lengths ----------------------------------------------------------------------------


def planned_from_data(routine_id: str) -> float:
    """The planned seconds of a shipped routine worked out from the JSON files alone: 5 s to
    get ready, 5 s to switch sides, reps × the move's tempo (KIND_TEMPO when not given)."""
    exercises = {e["id"]: e for e in shipped_catalogue_data()["exercises"]}
    routines = json.loads((REPO / "resources" / "routines" / "builtin.json").read_text("utf-8"))
    [raw] = [r for r in routines["routines"] if r["id"] == routine_id]
    total = 5.0
    for number, step in enumerate(raw["steps"], start=1):
        exercise = exercises[step["exercise_id"]]
        # An easier or harder step plays the next move down or up the ladder, at its tempo
        # and with its sides (a one-legged version is played on each leg).
        link = {"easier": "easier", "harder": "harder"}.get(step.get("variation", ""))
        played = exercises[exercise[link]] if link and isinstance(exercise[link], str) else None
        tempo_of = played or exercise
        tempo = tempo_of["dose"].get("rep_seconds") or KIND_TEMPO[tempo_of["kind"]]
        work = step["reps"] * tempo if step["mode"] == "reps" else step["seconds"]
        per_side = played["per_side"] if played else step.get("per_side")
        sides = 2 if per_side else 1
        sets = step.get("sets", 1)
        total += sets * (sides * work + (sides - 1) * 5)
        total += (sets - 1) * step.get("rest_between_sets", 0)
        if number < len(raw["steps"]):
            total += step.get("rest_after", 0)
    return total


def test_the_library_length_of_every_builtin_is_what_the_tempo_table_gives() -> None:
    summaries = summarize_routines(bundled.load_builtin_routines(), CATALOGUE, {})
    lengths = {s.routine.id: s.duration_seconds for s in summaries}
    assert lengths == {routine_id: planned_from_data(routine_id) for routine_id in lengths}
    assert 25 * 60 <= lengths["strength"] <= 32 * 60
    # Before issue #17 every rep was 3 s and the strength routine showed 23.7 min.
    [strength] = [s.routine for s in summaries if s.routine.id == "strength"]
    assert lengths["strength"] > build_timeline(strength).planned_seconds + 4 * 60


def test_a_library_row_at_another_level_keeps_the_tempo() -> None:
    [summary] = summarize_routines(
        [r for r in bundled.load_builtin_routines() if r.id == "beginner-strength"], CATALOGUE, {}
    )
    for level in PlayLevel:
        played = apply_level(summary.routine, level)
        expected = build_timeline(played, moves=CATALOGUE).planned_seconds
        assert level_summary(summary, level).duration_seconds == expected


def test_the_desk_break_length_check_of_a_step_up_uses_the_tempo() -> None:
    # 5 s + 7 sets x 10 cat-cows x 5 s = 355 s; one more rep a set passes six minutes.
    # At the old 3 s a rep it would have been 236 s, with room to grow.
    desk = routine(
        Step("seated-cat-cow", StepMode.REPS, reps=10, sets=7), kind=RoutineKind.DESK_BREAK
    )
    assert build_timeline(desk, rep_seconds=TEMPO).planned_seconds == 355
    assert lengthen_holds(desk, CATALOGUE) is None
    assert lengthen_holds(replace(desk, kind=RoutineKind.STRETCH), CATALOGUE) is not None

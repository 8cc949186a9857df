"""Tests for the catalogue parser, the shipped exercise content and the built-in routines."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from lbh_desktop.core.catalogue import (
    Catalogue,
    check_routine,
    parse_catalogue,
    routine_positions,
)
from lbh_desktop.core.models import (
    Exercise,
    ExerciseKind,
    Level,
    ModelError,
    Position,
    Routine,
    RoutineKind,
    Step,
    StepMode,
    Variation,
)
from lbh_desktop.core.timeline import build_timeline

REPO = Path(__file__).resolve().parents[2]
CATALOGUE_FILE = REPO / "resources" / "catalogue" / "exercises.json"
ROUTINES_FILE = REPO / "resources" / "routines" / "builtin.json"
ARTICLE_FILE = Path("/work/shared/seed/lower-back-and-hips.txt")

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
EXPECTED_KINDS: dict[str, ExerciseKind] = {
    **{exercise_id: ExerciseKind.STRENGTH for exercise_id in ARTICLE_STRENGTH_IDS},
    "chair-sit-to-stand": ExerciseKind.STRENGTH,
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
    }
)
CHAIR_IDS = frozenset({"chair-sit-to-stand", "seated-figure-4", "seated-cat-cow", "seated-twist"})

# (routine id, name, kind, level or None when any level is fine, min seconds, max seconds)
BUILTIN_EXPECTATIONS = (
    ("desk-stretch-break", "Desk stretch break", RoutineKind.DESK_BREAK, Level.BEGINNER, 270, 330),
    ("daily-stretch", "Daily lower back & hip stretch", RoutineKind.STRETCH, None, 540, 660),
    ("strength", "Lower back & hip strength", RoutineKind.STRENGTH, Level.INTERMEDIATE, 1200, 1500),
    ("beginner-strength", "Beginner strength", RoutineKind.STRENGTH, Level.BEGINNER, 720, 900),
    ("warm-up", "Warm-up", RoutineKind.WARMUP, Level.BEGINNER, 240, 360),
)
MAX_STEP_CHARACTERS = 140
MARKUP = re.compile(r"[<>*_`#]|\[.*\]\(|&[a-z]+;")


def shipped_catalogue_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    return data


def shipped_routines_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ROUTINES_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return parse_catalogue(shipped_catalogue_data())


@pytest.fixture(scope="module")
def builtins() -> dict[str, Routine]:
    raw_routines = shipped_routines_data()["routines"]
    routines = [Routine.from_dict(raw, f"routines[{i}]") for i, raw in enumerate(raw_routines)]
    return {routine.id: routine for routine in routines}


def all_texts(exercise: Exercise) -> list[str]:
    return [
        exercise.name,
        exercise.summary,
        *exercise.targets,
        *exercise.equipment,
        *exercise.steps,
        *exercise.cues,
        *exercise.mistakes,
        exercise.easier.name,
        exercise.easier.how,
        exercise.harder.name,
        exercise.harder.how,
        exercise.caution,
    ]


def sentence_count(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text.strip()))


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


# ------------------------------------------------------------------ Catalogue API


def test_catalogue_behaves_as_an_ordered_read_only_mapping() -> None:
    floor_move = make_exercise("floor-move", ["floor"])
    desk_move = make_exercise("desk-move", ["chair"])
    catalogue = Catalogue([floor_move, desk_move])

    assert catalogue["desk-move"] is desk_move
    assert catalogue.get("floor-move") is floor_move
    assert catalogue.get("missing") is None
    assert "desk-move" in catalogue
    assert "missing" not in catalogue
    assert len(catalogue) == 2
    assert list(catalogue) == [floor_move, desk_move]
    assert catalogue.ids() == ("floor-move", "desk-move")
    with pytest.raises(KeyError):
        catalogue["missing"]
    with pytest.raises(TypeError):
        catalogue["new"] = floor_move  # type: ignore[index]


def test_catalogue_equality_depends_on_content() -> None:
    move = make_exercise("move", ["floor"])
    assert Catalogue([move]) == Catalogue([move])
    assert Catalogue([move]) != Catalogue()


def test_catalogue_rejects_duplicate_exercises() -> None:
    move = make_exercise("move", ["floor"])
    with pytest.raises(ModelError, match="'move'"):
        Catalogue([move, move])


def test_by_kind_keeps_catalogue_order(catalogue: Catalogue) -> None:
    warm_ups = catalogue.by_kind(ExerciseKind.WARMUP)
    assert [exercise.id for exercise in warm_ups] == list(WARM_UP_IDS)
    assert all(exercise.kind is ExerciseKind.WARMUP for exercise in warm_ups)


# ------------------------------------------------------------------ parse errors


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
        (with_change(["exercises", 1, "harder"], "More"), "exercises[1].harder: must be an object"),
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


# ------------------------------------------------------------------ check_routine & positions


def routine_of(*steps: Step) -> Routine:
    return Routine(
        id="mine",
        name="Mine",
        kind=RoutineKind.STRETCH,
        level=Level.BEGINNER,
        description="",
        steps=steps,
    )


def test_check_routine_accepts_a_valid_routine(catalogue: Catalogue) -> None:
    routine = routine_of(
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("glute-bridge", StepMode.REPS, reps=10, sets=2, rest_between_sets=30),
    )
    assert check_routine(routine, catalogue) == []


def test_check_routine_names_unknown_exercises_with_their_step_number(
    catalogue: Catalogue,
) -> None:
    routine = routine_of(
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("no-such-move", StepMode.TIMED, seconds=30),
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("flying-kick", StepMode.REPS, reps=5),
    )
    problems = check_routine(routine, catalogue)
    assert len(problems) == 2
    assert "Step 2" in problems[0]
    assert "'no-such-move'" in problems[0]
    assert "Step 4" in problems[1]
    assert "'flying-kick'" in problems[1]


def test_check_routine_allows_per_side_on_a_move_that_is_not_sided(catalogue: Catalogue) -> None:
    assert not catalogue["childs-pose"].per_side
    routine = routine_of(Step("childs-pose", StepMode.TIMED, seconds=30, per_side=True))
    assert check_routine(routine, catalogue) == []


def test_check_routine_reports_unplayable_doses(catalogue: Catalogue) -> None:
    routine = routine_of(
        Step("glute-bridge", StepMode.REPS, reps=None),
        Step("childs-pose", StepMode.TIMED, seconds=0),
        Step("front-plank", StepMode.OPEN, seconds=20, sets=0),
    )
    problems = check_routine(routine, catalogue)
    assert [problem.split()[:2] for problem in problems] == [
        ["Step", "1"],
        ["Step", "2"],
        ["Step", "3"],
    ]


def test_check_routine_reports_an_empty_routine(catalogue: Catalogue) -> None:
    assert check_routine(routine_of(), catalogue) != []


def test_routine_positions_are_the_union_in_position_order(catalogue: Catalogue) -> None:
    routine = routine_of(
        Step("standing-back-extension", StepMode.REPS, reps=8),
        Step("childs-pose", StepMode.TIMED, seconds=30),
        Step("seated-twist", StepMode.TIMED, seconds=20, per_side=True),
        Step("no-such-move", StepMode.TIMED, seconds=20),
    )
    assert routine_positions(routine, catalogue) == (
        Position.FLOOR,
        Position.CHAIR,
        Position.STANDING,
    )
    standing_only = routine_of(Step("torso-twists", StepMode.TIMED, seconds=30))
    assert routine_positions(standing_only, catalogue) == (Position.STANDING,)
    assert routine_positions(routine_of(Step("x", StepMode.TIMED, seconds=5)), catalogue) == ()


# ------------------------------------------------------------------ shipped catalogue content


def test_shipped_catalogue_has_exactly_the_expected_exercises_and_kinds(
    catalogue: Catalogue,
) -> None:
    assert set(catalogue.ids()) == set(EXPECTED_KINDS)
    assert len(catalogue) == 25
    for exercise in catalogue:
        assert exercise.kind is EXPECTED_KINDS[exercise.id], exercise.id


def test_shipped_catalogue_is_version_one_with_unique_ids() -> None:
    data = shipped_catalogue_data()
    assert data["version"] == 1
    ids = [raw["id"] for raw in data["exercises"]]
    assert len(ids) == len(set(ids))


def test_every_exercise_has_complete_guidance(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        assert 3 <= len(exercise.steps) <= 5, exercise.id
        assert 2 <= len(exercise.cues) <= 4, exercise.id
        assert 2 <= len(exercise.mistakes) <= 3, exercise.id
        assert exercise.targets, exercise.id
        for variation in (exercise.easier, exercise.harder):
            assert variation.name.strip() and variation.how.strip(), exercise.id
        assert exercise.easier.name != exercise.harder.name, exercise.id
        assert sentence_count(exercise.summary) == 1, exercise.id
        assert sentence_count(exercise.caution) == 1, exercise.id
        assert exercise.illustration == f"{exercise.id}.svg"


def test_every_text_is_plain_and_fits_the_player(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        for text in all_texts(exercise):
            assert text == text.strip(), (exercise.id, text)
            assert "\n" not in text, (exercise.id, text)
            assert not MARKUP.search(text), (exercise.id, text)
        for step in exercise.steps:
            assert len(step) <= MAX_STEP_CHARACTERS, (exercise.id, step)


def test_catalogue_text_is_written_in_our_own_words(catalogue: Catalogue) -> None:
    if not ARTICLE_FILE.exists():
        pytest.skip("the source article is not available on this machine")

    def word_runs(text: str, length: int = 7) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
        return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}

    article_runs = word_runs(ARTICLE_FILE.read_text(encoding="utf-8"))
    for exercise in catalogue:
        for text in all_texts(exercise):
            assert not word_runs(text) & article_runs, (exercise.id, text)


def test_sided_moves_are_marked_per_side(catalogue: Catalogue) -> None:
    sided = {exercise.id for exercise in catalogue if exercise.per_side}
    assert sided == SIDED_IDS


def test_positions_match_where_each_move_is_done(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        uses_chair = Position.CHAIR in exercise.positions
        assert uses_chair == (exercise.id in CHAIR_IDS), exercise.id
    for exercise_id in (*ARTICLE_STRENGTH_IDS, *ARTICLE_STRETCH_IDS):
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


def test_default_doses_are_sensible(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        dose = exercise.dose
        if dose.mode is StepMode.REPS:
            assert dose.reps is not None and 8 <= dose.reps <= 15, exercise.id
        else:
            assert dose.seconds is not None and 20 <= dose.seconds <= 45, exercise.id
    assert catalogue["front-plank"].dose.mode is StepMode.TIMED
    assert catalogue["side-plank"].dose.mode is StepMode.TIMED


# ------------------------------------------------------------------ built-in routines


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
    builtins: dict[str, Routine], routine_id: str, shortest: int, longest: int
) -> None:
    planned = build_timeline(builtins[routine_id]).planned_seconds
    assert shortest <= planned <= longest, planned


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
    assert build_timeline(beginner).planned_seconds < build_timeline(full).planned_seconds


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

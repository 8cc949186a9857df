"""Editor validation: errors that block saving and warnings for unusual values."""

from __future__ import annotations

from dataclasses import replace

from lbh_desktop.core.editor_validation import (
    Issue,
    Severity,
    has_errors,
    messages_for,
    save_hint,
    step_summary,
    validate,
)
from lbh_desktop.core.models import Level, Routine, RoutineKind, Step, StepMode
from lbh_desktop.storage import bundled

CATALOGUE = bundled.load_catalogue()
OK_STEP = Step(exercise_id="cat-cow", mode=StepMode.TIMED, seconds=30)


def routine(name: str = "Mine", *steps: Step) -> Routine:
    return Routine("r", name, RoutineKind.STRETCH, Level.BEGINNER, "", steps or (OK_STEP,))


def only(issues: list[Issue]) -> tuple[str, Severity, str]:
    assert len(issues) == 1, issues
    return issues[0].field, issues[0].severity, issues[0].message


def test_a_good_routine_has_no_issues() -> None:
    assert validate(routine(), CATALOGUE, ["Other"]) == []


def test_name_errors() -> None:
    assert only(validate(routine(" "), CATALOGUE, [])) == (
        "name",
        Severity.ERROR,
        "Give the routine a name.",
    )
    taken = validate(routine("desk STRETCH break "), CATALOGUE, ["Desk stretch break"])
    assert only(taken)[2] == "A routine called “desk STRETCH break” already exists."
    assert "at most 80 characters" in only(validate(routine("x" * 81), CATALOGUE, []))[2]


def test_no_steps_is_an_error() -> None:
    empty = replace(routine(), steps=())
    assert only(validate(empty, CATALOGUE, [])) == (
        "steps",
        Severity.ERROR,
        "Add at least one step.",
    )


def test_step_errors_point_at_the_field() -> None:
    cases = [
        (replace(OK_STEP, seconds=0), "steps[1].seconds", "A hold must last at least 1 second."),
        (Step("cat-cow", StepMode.REPS, reps=0), "steps[1].reps", "Do at least 1 repetition."),
        (replace(OK_STEP, sets=0), "steps[1].sets", "Do at least 1 set."),
        (replace(OK_STEP, rest_after=-1), "steps[1].rest_after", "A rest can't be negative."),
        (replace(OK_STEP, exercise_id="gone"), "steps[1].exercise_id", "Unknown move “gone”"),
    ]
    for bad, field, message in cases:
        issues = validate(routine("Mine", OK_STEP, bad), CATALOGUE, [])
        found_field, severity, text = only(issues)
        assert (found_field, severity) == (field, Severity.ERROR)
        assert text.startswith(message)
        assert issues[0].step_index == 1
        assert issues[0].step_field == field.split(".")[1]
        assert has_errors(issues)


def test_unusual_values_are_warnings_that_do_not_block() -> None:
    cases = [
        (replace(OK_STEP, seconds=600), "steps[0].seconds", "A hold of 10 min is unusually long."),
        (replace(OK_STEP, sets=11), "steps[0].sets", "11 sets is more than usual"),
        (Step("cat-cow", StepMode.REPS, reps=60), "steps[0].reps", "60 repetitions"),
        (replace(OK_STEP, rest_after=630), "steps[0].rest_after", "A rest of 10 min 30 s"),
    ]
    for odd, field, message in cases:
        issues = validate(routine("Mine", odd), CATALOGUE, [])
        found_field, severity, text = only(issues)
        assert (found_field, severity) == (field, Severity.WARNING)
        assert text.startswith(message)
        assert not has_errors(issues)
    assert validate(routine("Mine", replace(OK_STEP, seconds=300, sets=10)), CATALOGUE, []) == []


def test_helpers_group_issues_by_field_and_step() -> None:
    issues = validate(
        routine(
            "",
            replace(OK_STEP, sets=20),
            replace(OK_STEP, sets=20, seconds=0),
            OK_STEP,
        ),
        CATALOGUE,
        [],
    )
    assert [i.field for i in messages_for(issues, "name")] == ["name"]
    assert step_summary(issues) == {0: Severity.WARNING, 1: Severity.ERROR}
    assert issues[0].step_index is None and issues[0].step_field == ""


def test_save_hint() -> None:
    error = Issue("name", Severity.ERROR, "x")
    warning = Issue("steps[0].sets", Severity.WARNING, "y")
    assert save_hint([error, warning], dirty=True) == "Fix the marked problems to save."
    assert save_hint([warning], dirty=True) == "Unsaved changes."
    assert save_hint([], dirty=False) == "No changes yet."

"""Checks a draft routine for the editor: errors that block saving, warnings for odd values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.models import Routine, Step, StepMode

MAX_NAME_LENGTH = 80
LONG_HOLD_SECONDS = 300
MANY_SETS = 10
MANY_REPS = 50
LONG_REST_SECONDS = 600


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem; `field` is "name", "steps", or "steps[i].<step field>"."""

    field: str
    severity: Severity
    message: str

    @property
    def step_index(self) -> int | None:
        if not self.field.startswith("steps["):
            return None
        return int(self.field[len("steps[") : self.field.index("]")])

    @property
    def step_field(self) -> str:
        """ "seconds" for "steps[2].seconds"; "" for routine-level issues."""
        return self.field.split(".", 1)[1] if self.step_index is not None else ""


def validate(routine: Routine, catalogue: Catalogue, other_names: Iterable[str]) -> list[Issue]:
    """Every issue of the draft, routine-level first, then step by step."""
    issues = _name_issues(routine.name, other_names)
    if not routine.steps:
        issues.append(Issue("steps", Severity.ERROR, "Add at least one step."))
    for index, step in enumerate(routine.steps):
        issues.extend(step_issues(step, index, catalogue))
    return issues


def step_issues(step: Step, index: int, catalogue: Catalogue) -> list[Issue]:
    where = f"steps[{index}]"
    issues: list[Issue] = []

    def error(field: str, message: str) -> None:
        issues.append(Issue(f"{where}.{field}", Severity.ERROR, message))

    def warning(field: str, message: str) -> None:
        issues.append(Issue(f"{where}.{field}", Severity.WARNING, message))

    if step.exercise_id not in catalogue:
        error("exercise_id", f"Unknown move “{step.exercise_id}”: pick another one.")
    if step.mode is StepMode.REPS:
        if not step.reps or step.reps < 1:
            error("reps", "Do at least 1 repetition.")
        elif step.reps > MANY_REPS:
            warning("reps", f"{step.reps} repetitions is a lot; is that right?")
    elif not step.seconds or step.seconds < 1:
        error("seconds", "A hold must last at least 1 second.")
    elif step.seconds > LONG_HOLD_SECONDS:
        warning("seconds", f"A hold of {_minutes(step.seconds)} is unusually long.")
    if step.sets < 1:
        error("sets", "Do at least 1 set.")
    elif step.sets > MANY_SETS:
        warning("sets", f"{step.sets} sets is more than usual (most moves use 1–3).")
    for field, value in (
        ("rest_between_sets", step.rest_between_sets),
        ("rest_after", step.rest_after),
    ):
        if value < 0:
            error(field, "A rest can't be negative.")
        elif value > LONG_REST_SECONDS:
            warning(field, f"A rest of {_minutes(value)} is unusually long.")
    return issues


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(issue.severity is Severity.ERROR for issue in issues)


def messages_for(issues: Iterable[Issue], field: str) -> list[Issue]:
    return [issue for issue in issues if issue.field == field]


def step_summary(issues: Iterable[Issue]) -> dict[int, Severity]:
    """Worst severity per step index, to mark rows in the step list."""
    worst: dict[int, Severity] = {}
    for issue in issues:
        index = issue.step_index
        if index is not None and worst.get(index) is not Severity.ERROR:
            worst[index] = issue.severity
    return worst


def save_hint(issues: Iterable[Issue], dirty: bool) -> str:
    """The line next to the Save button."""
    if has_errors(issues):
        return "Fix the marked problems to save."
    return "Unsaved changes." if dirty else "No changes yet."


def _name_issues(name: str, other_names: Iterable[str]) -> list[Issue]:
    clean = name.strip()
    if not clean:
        return [Issue("name", Severity.ERROR, "Give the routine a name.")]
    if len(clean) > MAX_NAME_LENGTH:
        return [Issue("name", Severity.ERROR, f"Keep the name under {MAX_NAME_LENGTH} characters.")]
    if clean.casefold() in {other.strip().casefold() for other in other_names}:
        return [Issue("name", Severity.ERROR, f"A routine called “{clean}” already exists.")]
    return []


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"

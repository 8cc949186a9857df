"""Checks a draft routine for the editor: errors that block saving, warnings for odd values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.i18n import translate
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
        issues.append(
            Issue("steps", Severity.ERROR, translate("editor_validation", "Add at least one step."))
        )
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
        error(
            "exercise_id",
            translate("editor_validation", "Unknown move “{id}”: pick another one.").format(
                id=step.exercise_id
            ),
        )
    if step.mode is StepMode.REPS:
        if not step.reps or step.reps < 1:
            error("reps", translate("editor_validation", "Do at least 1 repetition."))
        elif step.reps > MANY_REPS:
            warning(
                "reps",
                translate(
                    "editor_validation",
                    "%n repetition(s) is a lot; is that right?",
                    None,
                    step.reps,
                ),
            )
    elif not step.seconds or step.seconds < 1:
        error("seconds", translate("editor_validation", "A hold must last at least 1 second."))
    elif step.seconds > LONG_HOLD_SECONDS:
        warning(
            "seconds",
            translate("editor_validation", "A hold of {time} is unusually long.").format(
                time=_minutes(step.seconds)
            ),
        )
    if step.sets < 1:
        error("sets", translate("editor_validation", "Do at least 1 set."))
    elif step.sets > MANY_SETS:
        warning(
            "sets",
            translate(
                "editor_validation",
                "%n set(s) is more than usual (most moves use 1–3).",
                None,
                step.sets,
            ),
        )
    for field, value in (
        ("rest_between_sets", step.rest_between_sets),
        ("rest_after", step.rest_after),
    ):
        if value < 0:
            error(field, translate("editor_validation", "A rest can't be negative."))
        elif value > LONG_REST_SECONDS:
            warning(
                field,
                translate("editor_validation", "A rest of {time} is unusually long.").format(
                    time=_minutes(value)
                ),
            )
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
        return translate("editor_validation", "Fix the marked problems to save.")
    if dirty:
        return translate("editor_validation", "Unsaved changes.")
    return translate("editor_validation", "No changes yet.")


def _name_issues(name: str, other_names: Iterable[str]) -> list[Issue]:
    clean = name.strip()
    if not clean:
        message = translate("editor_validation", "Give the routine a name.")
    elif len(clean) > MAX_NAME_LENGTH:
        message = translate(
            "editor_validation", "Use at most %n character(s) for the name.", None, MAX_NAME_LENGTH
        )
    elif clean.casefold() in {other.strip().casefold() for other in other_names}:
        message = translate("editor_validation", "A routine called “{name}” already exists.")
        message = message.format(name=clean)
    else:
        return []
    return [Issue("name", Severity.ERROR, message)]


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if rest:
        return translate("editor_validation", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    return translate("editor_validation", "{minutes} min").format(minutes=minutes)

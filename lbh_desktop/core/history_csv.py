"""Session history as CSV text (RFC 4180): tables of sessions, their steps and "This hurts"."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from lbh_desktop.core.models import SessionRecord

SESSION_COLUMNS: tuple[str, ...] = (
    "id",
    "routine_id",
    "routine_name",
    "routine_kind",
    "status",
    "started_utc",
    "local_date",
    "utc_offset_minutes",
    "finished_utc",
    "planned_seconds",
    "done_seconds",
    "pain",
    "pain_before",
    "level",
    "hurts",
)

STEP_COLUMNS: tuple[str, ...] = (
    "session_id",
    "step_index",
    "exercise_id",
    "planned_seconds",
    "done_seconds",
    "sets_done",
    "sides_done",
    "holds",
    "completed",
    "skipped_segments",
    "hold_sides",
)

HURT_COLUMNS: tuple[str, ...] = (
    "session_id",
    "step_index",
    "exercise_id",
    "variation",
    "at_utc",
    "action",
)

LIST_SEPARATOR = ";"
"""Joins the values of list columns (sides_done, holds, hold_sides) inside one cell."""

Cell = str | int | float | bool | None


def sessions_csv(sessions: Sequence[SessionRecord]) -> str:
    """A header and one row per session, in the given order. Missing values are empty cells."""
    return _csv(
        SESSION_COLUMNS,
        (
            (
                session.id,
                session.routine_id,
                session.routine_name,
                session.routine_kind.value,
                session.status.value,
                session.started_utc,
                session.local_date,
                session.utc_offset_minutes,
                session.finished_utc,
                _number(session.planned_seconds),
                _number(session.done_seconds),
                session.pain,
                session.pain_before,
                session.level,
                len(session.hurts),
            )
            for session in sessions
        ),
    )


def steps_csv(sessions: Sequence[SessionRecord]) -> str:
    """A header and one row per step of every session; lists are joined with ";"."""
    return _csv(
        STEP_COLUMNS,
        (
            (
                session.id,
                step.step_index,
                step.exercise_id,
                _number(step.planned_seconds),
                _number(step.done_seconds),
                step.sets_done,
                LIST_SEPARATOR.join(step.sides_done),
                LIST_SEPARATOR.join(_number(hold) for hold in step.holds),
                step.completed,
                step.skipped_segments,
                LIST_SEPARATOR.join(step.hold_sides),
            )
            for session in sessions
            for step in session.steps
        ),
    )


def hurts_csv(sessions: Sequence[SessionRecord]) -> str:
    """A header and one row per "This hurts" press, with what the user chose to do."""
    return _csv(
        HURT_COLUMNS,
        (
            (
                session.id,
                hurt.step_index,
                hurt.exercise_id,
                hurt.variation,
                hurt.at_utc,
                hurt.action,
            )
            for session in sessions
            for hurt in session.hurts
        ),
    )


def _csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _number(value: float) -> str:
    """Python's shortest round-tripping form with a "." decimal point, whatever the locale."""
    return repr(float(value))

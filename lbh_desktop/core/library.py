"""Routine library rows: duration, positions and "last done" text for each routine."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from lbh_desktop.core.catalogue import Catalogue, routine_positions
from lbh_desktop.core.counting import counts
from lbh_desktop.core.models import (
    Position,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
)
from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.core.variants import played_move

KIND_LABELS: dict[RoutineKind, str] = {
    RoutineKind.STRENGTH: "Strength",
    RoutineKind.STRETCH: "Stretch",
    RoutineKind.WARMUP: "Warm-up",
    RoutineKind.DESK_BREAK: "Desk break",
}


@dataclass(frozen=True)
class RoutineSummary:
    routine: Routine
    duration_seconds: float
    positions: tuple[Position, ...]
    last_done_utc: str | None
    moves: Catalogue | None = field(default=None, compare=False, repr=False)
    """The catalogue the duration was planned with (versions, sides and tempos), to re-plan
    the routine at another level; None plans every rep at REP_SECONDS."""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.routine.kind]

    @property
    def positions_label(self) -> str:
        return ", ".join(position.value.capitalize() for position in self.positions)


def summarize_routines(
    routines: Iterable[Routine], catalogue: Catalogue, last_done: Mapping[str, str]
) -> list[RoutineSummary]:
    return [
        RoutineSummary(
            routine=routine,
            duration_seconds=build_timeline(routine, moves=catalogue).planned_seconds,
            positions=routine_positions(routine, catalogue),
            last_done_utc=last_done.get(routine.id),
            moves=catalogue,
        )
        for routine in routines
    ]


def filter_by_kind(
    summaries: Iterable[RoutineSummary], kind: RoutineKind | None
) -> list[RoutineSummary]:
    return [s for s in summaries if kind is None or s.routine.kind is kind]


def format_duration(seconds: float) -> str:
    """Rounded for lists: "45 s", "5 min", "1 h 05 min"."""
    whole = math.floor(seconds + 0.5)  # halves round up, unlike round()
    if whole < 60:
        return f"{whole} s"
    minutes = math.floor(whole / 60 + 0.5)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def format_clock(seconds: float) -> str:
    """Exact for timers: "0:45", "12:05", "1:02:03"."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def parse_utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def format_last_done(last_done_utc: str | None, now: datetime, tz: tzinfo | None = None) -> str:
    """Calendar-day distance in the user's zone: "Never", "Today", "Yesterday", "3 days ago"."""
    if last_done_utc is None:
        return "Never"
    local_zone = tz or now.astimezone().tzinfo
    done_day: date = parse_utc(last_done_utc).astimezone(local_zone).date()
    today = now.astimezone(local_zone).date()
    days = (today - done_day).days
    if days <= 0:
        return "Today"
    if days == 1:
        return "Yesterday"
    if days < 14:
        return f"{days} days ago"
    if done_day.year == today.year:
        return f"{done_day.day} {done_day:%b}"
    return f"{done_day.day} {done_day:%b %Y}"


def latest_sessions(
    sessions: Iterable[SessionRecord],
) -> tuple[dict[str, str], dict[str, str]]:
    """(routine_id -> start of its latest session that counts toward Progress, routine_id ->
    start of its latest session that ended too early to count, when later than that one).
    Sessions still in progress are in neither."""
    done: dict[str, str] = {}
    tried: dict[str, str] = {}
    for session in sessions:
        if session.status is SessionStatus.IN_PROGRESS:
            continue
        latest = done if counts(session) else tried
        latest[session.routine_id] = max(session.started_utc, latest.get(session.routine_id, ""))
    return done, {
        routine_id: started
        for routine_id, started in tried.items()
        if started > done.get(routine_id, "")
    }


def last_done_text(
    done_utc: str | None, tried_utc: str | None, now: datetime, tz: tzinfo | None = None
) -> str:
    """ "Last done: 3 days ago", claiming only sessions that count toward Progress; a later
    session that stopped too early to count is "(tried today)"."""
    text = f"Last done: {format_last_done(done_utc, now, tz)}"
    if tried_utc is None:
        return text
    tried = format_last_done(tried_utc, now, tz)
    if tried in ("Today", "Yesterday"):
        tried = tried.lower()
    return f"{text} (tried {tried})"


def step_dose(step: Step, per_side: bool | None = None, side_unit: str = "side") -> str:
    """ "12 reps", "30 s each leg"; `per_side` overrides the step's (a version played
    per side, like a one-legged bridge)."""
    if step.mode is StepMode.REPS:
        dose = f"{step.reps} reps"
    elif step.mode is StepMode.OPEN:
        dose = f"hold, aim {step.seconds} s"
    else:
        dose = f"{step.seconds} s"
    sided = step.per_side if per_side is None else per_side
    return f"{dose} each {side_unit}" if sided else dose


def played_move_ids(routine: Routine, catalogue: Catalogue) -> list[str | None]:
    """The move each step plays (its version's id), in the order of step_rows."""
    moves = (played_move(catalogue, s.exercise_id, s.variation) for s in routine.steps)
    return [move.exercise.id if move else None for move in moves]


def step_rows(routine: Routine, catalogue: Catalogue) -> list[tuple[str, str, str, str, str]]:
    """(move, dose, sets, rest between sets, rest after) for a routine's detail table; a
    step played as another version names it ("Knee plank (easier front plank)")."""
    rows = []
    last = len(routine.steps) - 1
    for number, step in enumerate(routine.steps):
        move = played_move(catalogue, step.exercise_id, step.variation)
        name = move.name if move else f"Unknown move ({step.exercise_id})"
        per_side, unit = None, "side"
        if move is not None:
            unit = move.exercise.side_unit
            if move.is_version:
                direction = "easier" if move.rungs < 0 else "harder"
                main = re.sub(r"\s*\(.*\)$", "", move.base.name).lower()
                name = f"{name} ({direction} {main})"
                if move.exercise is not move.base:
                    per_side = move.exercise.per_side
        between = step.rest_between_sets if step.sets > 1 else 0
        after = step.rest_after if number < last else 0  # no rest is played after the end
        rows.append(
            (
                name,
                step_dose(step, per_side, unit),
                str(step.sets),
                f"{between} s" if between else "—",
                f"{after} s" if after else "—",
            )
        )
    return rows


def routine_meta(summary: RoutineSummary) -> str:
    """ "Stretch · 10 min · Beginner · Floor"."""
    parts = [
        summary.kind_label,
        format_duration(summary.duration_seconds),
        summary.routine.level.value.capitalize(),
        summary.positions_label,
    ]
    return " · ".join(part for part in parts if part)

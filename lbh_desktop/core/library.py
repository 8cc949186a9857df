"""Routine library rows: duration, positions and "last done" text for each routine."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from lbh_desktop.core.catalogue import Catalogue, routine_positions
from lbh_desktop.core.counting import counts
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, name_in_sentence, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import (
    ExerciseKind,
    Level,
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
    RoutineKind.STRENGTH: QT_TRANSLATE_NOOP("library", "Strength"),
    RoutineKind.STRETCH: QT_TRANSLATE_NOOP("library", "Stretch"),
    RoutineKind.WARMUP: QT_TRANSLATE_NOOP("library", "Warm-up"),
    RoutineKind.DESK_BREAK: QT_TRANSLATE_NOOP("library", "Desk break"),
}
"""Routine kinds as the lists name them; shown through kind_name()."""
EXERCISE_KIND_LABELS: dict[ExerciseKind, str] = {
    ExerciseKind.STRENGTH: QT_TRANSLATE_NOOP("library", "Strength"),
    ExerciseKind.STRETCH: QT_TRANSLATE_NOOP("library", "Stretch"),
    ExerciseKind.WARMUP: QT_TRANSLATE_NOOP("library", "Warm-up"),
}
POSITION_LABELS: dict[Position, str] = {
    Position.FLOOR: QT_TRANSLATE_NOOP("library", "Floor"),
    Position.CHAIR: QT_TRANSLATE_NOOP("library", "Chair"),
    Position.STANDING: QT_TRANSLATE_NOOP("library", "Standing"),
}
LEVEL_LABELS: dict[Level, str] = {
    Level.BEGINNER: QT_TRANSLATE_NOOP("library", "Beginner"),
    Level.INTERMEDIATE: QT_TRANSLATE_NOOP("library", "Intermediate"),
    Level.ADVANCED: QT_TRANSLATE_NOOP("library", "Advanced"),
}
_EACH_SIDE = {
    "side": QT_TRANSLATE_NOOP("library", "{dose} each side"),
    "leg": QT_TRANSLATE_NOOP("library", "{dose} each leg"),
}
"""A sided dose, per the move's `side_unit`."""


def kind_name(kind: RoutineKind | ExerciseKind) -> str:
    """ "Warm-up": a routine's or a move's kind, in the user's language."""
    if isinstance(kind, RoutineKind):
        return translate("library", KIND_LABELS[kind])
    return translate("library", EXERCISE_KIND_LABELS[kind])


def position_name(position: Position) -> str:
    return translate("library", POSITION_LABELS[position])


def level_name(level: Level) -> str:
    return translate("library", LEVEL_LABELS[level])


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
        return kind_name(self.routine.kind)

    @property
    def positions_label(self) -> str:
        return ", ".join(position_name(position) for position in self.positions)


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
        return translate("library", "{seconds} s").format(seconds=whole)
    minutes = math.floor(whole / 60 + 0.5)
    if minutes < 60:
        return translate("library", "{minutes} min").format(minutes=minutes)
    return translate("library", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )


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


def _days_ago(done_utc: str, now: datetime, tz: tzinfo | None) -> tuple[int, date, date]:
    """(whole calendar days since, that day, today), in the user's zone."""
    local_zone = tz or now.astimezone().tzinfo
    done_day: date = parse_utc(done_utc).astimezone(local_zone).date()
    today = now.astimezone(local_zone).date()
    return (today - done_day).days, done_day, today


def format_last_done(last_done_utc: str | None, now: datetime, tz: tzinfo | None = None) -> str:
    """Calendar-day distance in the user's zone: "Never", "Today", "Yesterday", "3 days ago"."""
    if last_done_utc is None:
        return translate("library", "Never")
    days, done_day, today = _days_ago(last_done_utc, now, tz)
    if days <= 0:
        return translate("library", "Today")
    if days == 1:
        return translate("library", "Yesterday")
    if days < 14:
        return translate("library", "%n day(s) ago", None, days)
    if done_day.year == today.year:
        return formats().day_month(done_day)
    return formats().day_month_year(done_day)


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
    done = format_last_done(done_utc, now, tz)
    if tried_utc is None:
        return translate("library", "Last done: {when}").format(when=done)
    days = _days_ago(tried_utc, now, tz)[0]
    if days <= 0:
        return translate("library", "Last done: {when} (tried today)").format(when=done)
    if days == 1:
        return translate("library", "Last done: {when} (tried yesterday)").format(when=done)
    tried = format_last_done(tried_utc, now, tz)
    return translate("library", "Last done: {when} (tried {tried})").format(when=done, tried=tried)


def step_dose(step: Step, per_side: bool | None = None, side_unit: str = "side") -> str:
    """ "12 reps", "30 s each leg"; `per_side` overrides the step's (a version played
    per side, like a one-legged bridge)."""
    if step.mode is StepMode.REPS:
        dose = translate("library", "%n rep(s)", None, step.reps or 0)
    elif step.mode is StepMode.OPEN:
        dose = translate("library", "hold, aim {seconds} s").format(seconds=step.seconds)
    else:
        dose = translate("library", "{seconds} s").format(seconds=step.seconds)
    sided = step.per_side if per_side is None else per_side
    if not sided:
        return dose
    return translate("library", _EACH_SIDE.get(side_unit, _EACH_SIDE["side"])).format(dose=dose)


def unknown_move(exercise_id: str) -> str:
    """A step's name when its move is missing from the catalogue."""
    return translate("library", "Unknown move ({id})").format(id=exercise_id)


def _seconds(seconds: int) -> str:
    return translate("library", "{seconds} s").format(seconds=seconds)


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
        name = move.name if move else unknown_move(step.exercise_id)
        per_side, unit = None, "side"
        if move is not None:
            unit = move.exercise.side_unit
            if move.is_version:
                main = name_in_sentence(re.sub(r"\s*\(.*\)$", "", move.base.name))
                version = (
                    translate("library", "{name} (easier {main})")
                    if move.rungs < 0
                    else translate("library", "{name} (harder {main})")
                )
                name = version.format(name=name, main=main)
                if move.exercise is not move.base:
                    per_side = move.exercise.per_side
        between = step.rest_between_sets if step.sets > 1 else 0
        after = step.rest_after if number < last else 0  # no rest is played after the end
        rows.append(
            (
                name,
                step_dose(step, per_side, unit),
                str(step.sets),
                _seconds(between) if between else "—",
                _seconds(after) if after else "—",
            )
        )
    return rows


def routine_meta(summary: RoutineSummary) -> str:
    """ "Stretch · 10 min · Beginner · Floor"."""
    parts = [
        summary.kind_label,
        format_duration(summary.duration_seconds),
        level_name(summary.routine.level),
        summary.positions_label,
    ]
    return " · ".join(part for part in parts if part)

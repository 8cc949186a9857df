"""Hand-built session histories for progress tests: records, holds, weeks and report builders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus, StepRecord
from lbh_desktop.core.progress import Goals, ProgressReport, build_report

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
STRENGTH, STRETCH = RoutineKind.STRENGTH, RoutineKind.STRETCH
COMPLETED, PARTIAL = SessionStatus.COMPLETED, SessionStatus.PARTIAL


def record(
    local: str,
    kind: RoutineKind = STRETCH,
    *,
    status: SessionStatus = COMPLETED,
    planned: float = 600.0,
    done: float | None = None,
    pain: int | None = None,
    tz: dt.tzinfo = BERLIN,
    steps: Sequence[StepRecord] = (),
) -> SessionRecord:
    """A session started at `local` ("YYYY-MM-DD[THH:MM]", default 08:00) in `tz`, stored as
    SessionRecorder stores it: UTC start, the local date and the UTC offset at that moment."""
    aware = dt.datetime.fromisoformat(local if "T" in local else f"{local}T08:00")
    aware = aware.replace(tzinfo=tz)
    offset = aware.utcoffset() or timedelta(0)
    done_seconds = planned if done is None else done
    return SessionRecord(
        id=f"{kind.value}-{local}-{status.value}-{done_seconds}",
        routine_id=f"{kind.value}-routine",
        routine_name=f'My {kind.value}, "daily"',
        routine_kind=kind,
        started_utc=aware.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        local_date=aware.date().isoformat(),
        utc_offset_minutes=round(offset.total_seconds() / 60),
        status=status,
        finished_utc=None if status is SessionStatus.IN_PROGRESS else "2000-01-01T00:00:00Z",
        planned_seconds=planned,
        done_seconds=done_seconds,
        steps=list(steps),
        pain=pain,
    )


def held(exercise_id: str, holds: Sequence[float], sides: Sequence[str] = ()) -> StepRecord:
    """A timed step with these holds on these sides (not sided when `sides` is empty)."""
    return StepRecord(
        step_index=0,
        exercise_id=exercise_id,
        planned_seconds=float(sum(holds)),
        done_seconds=float(sum(holds)),
        holds=list(holds),
        sides_done=[side for side in sides if side],
        completed=True,
        hold_sides=list(sides) or [""] * len(holds),
    )


def d(text: str) -> date:
    return date.fromisoformat(text)


def span(start: str, count: int) -> list[str]:
    return [(d(start) + timedelta(days=n)).isoformat() for n in range(count)]


def week_of(monday: str, strength: int, stretch_days: int = 0) -> list[SessionRecord]:
    """`strength` strength sessions and stretching on `stretch_days` days of one week."""
    return [record(day, STRENGTH) for day in span(monday, strength)] + [
        record(f"{day}T18:00") for day in span(monday, stretch_days)
    ]


def weeks_of(monday: str, pattern: Sequence[tuple[int, int]]) -> list[SessionRecord]:
    """Consecutive weeks of (strength sessions, stretch days), the first starting on `monday`."""
    start = d(monday)
    return [
        session
        for n, (strength, stretch) in enumerate(pattern)
        for session in week_of((start + timedelta(weeks=n)).isoformat(), strength, stretch)
    ]


def report(
    sessions: Sequence[SessionRecord],
    today: str,
    goals: Goals | None = None,
    skip: Sequence[str] = (),
) -> ProgressReport:
    return build_report(sessions, goals or Goals(), {d(day) for day in skip}, d(today))

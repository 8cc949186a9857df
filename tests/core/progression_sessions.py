"""Sessions, decisions and a small routine for the progression and pain-model tests."""

from __future__ import annotations

from datetime import date, timedelta

from lbh_desktop.core.models import (
    HurtEvent,
    Level,
    Routine,
    RoutineKind,
    SessionRecord,
    SessionStatus,
    Step,
    StepMode,
    Variation,
)
from lbh_desktop.core.progression import ProgressionOffer, progression_offer
from lbh_desktop.core.progression_record import ChangeKind, Decision, ProgressionRecord
from lbh_desktop.storage import bundled

TODAY = date(2026, 3, 20)
V = Variation
CATALOGUE = bundled.load_catalogue()
ROUTINE = Routine(
    "r1",
    "Test routine",
    RoutineKind.STRENGTH,
    Level.BEGINNER,
    "",
    (
        Step("front-plank", StepMode.TIMED, seconds=30),
        Step("glute-bridge", StepMode.REPS, reps=8, variation=V.EASIER),
        Step("bird-dog", StepMode.OPEN, seconds=20, variation=V.HARDER),
    ),
)
RATED = 1
"""A green-zone rating: the default, so a session counts toward a step up."""


def session(
    day: date,
    status: SessionStatus = SessionStatus.COMPLETED,
    pain: int | None = RATED,
    routine_id: str = "r1",
    hour: int = 8,
    hurt: bool = False,
) -> SessionRecord:
    hurts = [HurtEvent(0, "front-plank", "standard", f"{day}T{hour:02d}:01:00Z", "easier")]
    return SessionRecord(
        id=f"{routine_id}-{day}-{hour}",
        routine_id=routine_id,
        routine_name="Test routine",
        routine_kind=RoutineKind.STRENGTH,
        started_utc=f"{day.isoformat()}T{hour:02d}:00:00Z",
        local_date=day.isoformat(),
        utc_offset_minutes=0,
        status=status,
        pain=pain,
        hurts=hurts if hurt else [],
    )


def days_ago(*days: int, **options: object) -> list[SessionRecord]:
    return [session(TODAY - timedelta(days=d), **options) for d in days]  # type: ignore[arg-type]


def rated(*ratings: int | None) -> list[SessionRecord]:
    """One session a day with these ratings, the last one today."""
    count = len(ratings)
    return [
        session(TODAY - timedelta(days=count - 1 - index), pain=rating)
        for index, rating in enumerate(ratings)
    ]


def decided(
    days: int, decision: Decision = Decision.ACCEPTED, change: ChangeKind = ChangeKind.HOLDS
) -> ProgressionRecord:
    day = TODAY - timedelta(days=days)
    return ProgressionRecord("r1", f"{day.isoformat()}T09:00:00Z", day, decision, change)


def offer(
    sessions: list[SessionRecord],
    history: list[ProgressionRecord] | None = None,
    routine: Routine = ROUTINE,
) -> ProgressionOffer | None:
    return progression_offer(routine, sessions, history or [], TODAY, CATALOGUE)

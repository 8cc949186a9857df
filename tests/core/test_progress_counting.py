"""Progress counting rules: categories, which sessions count, goals, and a first week in detail."""

from __future__ import annotations

import pytest

from lbh_desktop.core.models import RoutineKind, SessionStatus
from lbh_desktop.core.progress import Category, Goals, Streaks, category_of, counts
from tests.core.progress_history import (
    COMPLETED,
    PARTIAL,
    STRENGTH,
    STRETCH,
    d,
    record,
    report,
    span,
)


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        (RoutineKind.STRENGTH, Category.STRENGTH),
        (RoutineKind.STRETCH, Category.STRETCH),
        (RoutineKind.WARMUP, Category.STRETCH),
        (RoutineKind.DESK_BREAK, Category.DESK_BREAK),
    ],
)
def test_category_of_routine_kind(kind: RoutineKind, category: Category) -> None:
    assert category_of(record("2026-03-02", kind)) is category


@pytest.mark.parametrize(
    ("status", "done", "expected"),
    [
        (COMPLETED, 600.0, True),
        (PARTIAL, 300.0, True),
        (PARTIAL, 299.9, False),
        (PARTIAL, 294.0, False),
        (SessionStatus.STOPPED, 600.0, False),
        (SessionStatus.IN_PROGRESS, 600.0, False),
    ],
)
def test_counts_completed_or_at_least_half_done(
    status: SessionStatus, done: float, expected: bool
) -> None:
    assert counts(record("2026-03-02", status=status, planned=600.0, done=done)) is expected


def test_goals_default_and_range() -> None:
    assert Goals() == Goals(3, 7)
    with pytest.raises(ValueError) as strength:
        Goals(strength_per_week=0)
    with pytest.raises(ValueError) as stretch:
        Goals(stretch_days_per_week=8)
    assert str(strength.value) == "strength goal must be 1–7 sessions a week, not 0"
    assert str(stretch.value) == "stretch goal must be 1–7 days a week, not 8"


def test_no_history_gives_an_empty_report() -> None:
    empty = report([], "2026-03-04")
    uncounted = report([record("2026-03-02", status=PARTIAL, done=100.0)], "2026-03-04")

    for result in (empty, uncounted):
        assert result.first_day is None
        assert (result.weeks, result.strength_scores, result.stretch_scores) == ([], [], [])
        assert (result.milestones, result.summary) == ([], "")
        assert result.streaks == Streaks(0, 0, 0, 0)
    assert empty.daily_minutes == {}
    assert uncounted.daily_minutes == {d("2026-03-02"): pytest.approx(100 / 60)}


def test_a_first_week_in_detail() -> None:
    sessions = [
        record("2026-03-02", STRENGTH, planned=600.0, pain=3),
        record("2026-03-02T19:00", STRETCH, planned=300.0),
        record("2026-03-04", RoutineKind.DESK_BREAK, planned=120.0, pain=5),
        record("2026-03-04T20:00", RoutineKind.WARMUP, planned=180.0),
        record("2026-03-05", STRENGTH, status=PARTIAL, planned=600.0, done=240.0, pain=4),
        record("2026-03-06", STRENGTH, status=SessionStatus.STOPPED, done=0.0),
    ]

    result = report(sessions, "2026-03-06")

    (week,) = result.weeks
    assert week.week_start == d("2026-03-02")
    assert (week.iso_year, week.iso_week, week.label) == (2026, 10, "W10")
    assert list(week.sessions.items()) == list(zip(Category, [1, 2, 1], strict=True))
    assert list(week.minutes.items()) == list(zip(Category, [10.0, 8.0, 2.0], strict=True))
    assert (week.strength_sessions, week.stretch_days, week.skip_days) == (1, 2, 0)
    assert (week.strength_goal_met, week.stretch_goal_met) == (False, False)
    assert week.average_pain == 4.0
    assert result.first_day == d("2026-03-02")
    assert result.daily_minutes == dict(
        zip(map(d, ["2026-03-02", "2026-03-04", "2026-03-05"]), [15.0, 5.0, 4.0], strict=True)
    )
    assert result.milestones == [(4, d("2026-03-30")), (8, d("2026-04-27")), (12, d("2026-05-25"))]
    assert result.summary == "This week: 1 of 3 strength sessions; stretching on 2 of 7 days"
    assert [day for day, _ in result.strength_scores] == [d(day) for day in span("2026-03-02", 5)]


def test_partial_sessions_count_from_half_the_planned_time() -> None:
    sessions = [
        record("2026-03-02", STRENGTH, status=PARTIAL, planned=1000.0, done=490.0),
        record("2026-03-03", STRENGTH, status=PARTIAL, planned=1000.0, done=500.0),
    ]

    result = report(sessions, "2026-03-04")

    assert result.first_day == d("2026-03-03")
    assert result.weeks[0].strength_sessions == 1
    assert result.weeks[0].minutes[Category.STRENGTH] == pytest.approx(500 / 60)
    assert result.daily_minutes == {d("2026-03-02"): 490 / 60, d("2026-03-03"): 500 / 60}

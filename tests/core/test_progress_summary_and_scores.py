"""Progress summary texts, habit scores over time, the last weeks and hold trends in a report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lbh_desktop.core.habit_score import habit_scores
from lbh_desktop.core.hold_progress import hold_trends
from lbh_desktop.core.progress import Goals
from tests.core.progress_history import STRENGTH, d, held, record, report, week_of, weeks_of


def test_summary_over_the_last_six_complete_weeks() -> None:
    pattern = [(3, 1), (3, 1), (3, 7), (3, 6), (2, 6), (3, 6), (3, 6), (3, 6), (1, 2)]
    sessions = weeks_of("2026-01-05", pattern)

    result = report(sessions, "2026-03-04")

    assert (
        result.summary == "Strength goal met in 5 of the last 6 weeks; stretching 6.2 days a week"
    )
    assert report(sessions, "2026-01-20").summary == (
        "Strength goal met in 2 of the last 2 weeks; stretching 1.0 days a week"
    )


def test_summary_after_one_complete_week_and_singular_goals() -> None:
    sessions = week_of("2026-03-02", 2, 3)

    assert report(sessions, "2026-03-10").summary == (
        "Strength goal missed last week; stretching on 3 of 7 days"
    )
    assert report(sessions, "2026-03-10", Goals(2, 5)).summary == (
        "Strength goal met last week; stretching on 3 of 5 days"
    )
    assert report(sessions[:1], "2026-03-03", Goals(1, 1)).summary == (
        "This week: 1 of 1 strength session; stretching on 0 of 1 day"
    )


def test_scores_run_from_the_first_day_to_today_with_the_goal_as_frequency() -> None:
    monday = d("2026-03-02")
    sessions = [
        record(day.isoformat(), STRENGTH)
        for day in (monday + timedelta(days=n) for n in range(56))
        if day.weekday() in (0, 2, 4)
    ]

    result = report(sessions, "2026-04-26")  # day 56, a Sunday

    assert len(result.strength_scores) == 56
    assert result.strength_scores[0][0] == monday
    assert dict(result.strength_scores)[d("2026-03-29")] == pytest.approx(0.540, abs=0.005)
    assert result.strength_scores[-1][1] == pytest.approx(0.827, abs=0.005)
    days = [day for day, _ in result.stretch_scores]
    assert [score for _, score in result.stretch_scores] == habit_scores(days, {}, 7, 7)


def test_last_weeks_and_holds() -> None:
    sessions = [
        record("2026-03-02", steps=[held("side-plank", [30.0, 24.0], ["left", "right"])]),
        record("2026-03-23"),
    ]

    result = report(sessions, "2026-03-24")

    assert [w.week_start for w in result.last_weeks(2)] == [d("2026-03-16"), d("2026-03-23")]
    assert result.last_weeks(None) == result.weeks
    assert len(result.last_weeks(10)) == 4
    assert result.last_weeks(0) == []
    assert result.holds == hold_trends(sessions)
    assert [t.side for t in result.holds] == ["left", "right"]

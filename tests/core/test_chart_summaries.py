"""Each Progress chart in words: the text alternative screen readers and keyboards get."""

from __future__ import annotations

from datetime import date, timedelta

from lbh_desktop.core.chart_summaries import (
    calendar_summary,
    holds_summary,
    pain_summary,
    scores_summary,
    weeks_summary,
)
from lbh_desktop.core.hold_progress import HoldTrend
from lbh_desktop.core.progress import Category, WeekSummary

MONDAY = date(2026, 3, 2)


def week(
    n: int, strength: int, stretch: int = 0, *, pain: float | None = None, met: bool = False
) -> WeekSummary:
    return WeekSummary(
        week_start=MONDAY + timedelta(weeks=n),
        iso_year=2026,
        iso_week=10 + n,
        label=f"W{10 + n}",
        sessions={Category.STRENGTH: strength, Category.STRETCH: stretch, Category.DESK_BREAK: 0},
        minutes={},
        strength_sessions=strength,
        stretch_days=stretch,
        skip_days=0,
        strength_goal_met=strength >= 3,
        stretch_goal_met=met,
        average_pain=pain,
    )


def test_the_weeks_chart_lists_the_last_eight_weeks_and_the_goals_met() -> None:
    weeks = [week(n, strength=n % 4, stretch=1, met=n == 9) for n in range(10)]

    text = weeks_summary(weeks, strength_goal=3, stretch_goal=7)

    assert text.startswith("Last 8 weeks: 3, 4, 1, 2, 3, 4, 1, 2 sessions, oldest first.")
    assert "Strength goal 3 a week, met in 2 of 10 weeks" in text
    assert "stretching goal 7 days a week, met in 1 of 10 weeks." in text


def test_a_single_week_reads_as_this_week() -> None:
    text = weeks_summary([week(0, strength=1)], strength_goal=2, stretch_goal=1)
    assert text.startswith("This week: 1 session.")
    assert "stretching goal 1 day a week, met in 0 of 1 week." in text


def test_the_calendar_counts_active_days_minutes_and_skip_days() -> None:
    today = date(2026, 3, 20)
    minutes = {today: 12.0, today - timedelta(days=2): 30.4, today - timedelta(days=40): 5.0}
    skipped = [today - timedelta(days=1)]

    text = calendar_summary(today - timedelta(days=30), today, minutes, skipped)

    assert text == (
        "Since 18 Feb 2026: active on 2 days, 42 minutes in all; "
        "active on 2 of the last 7 days; 1 skip day."
    )
    assert calendar_summary(today, today, {}, []) == "Since 20 Mar 2026: no active days yet."


def test_the_consistency_chart_gives_the_scores_now_and_at_the_start() -> None:
    strength = [(MONDAY, 0.2), (MONDAY + timedelta(days=1), 0.644)]
    stretch = [(MONDAY, 0.35), (MONDAY + timedelta(days=1), 0.8)]

    assert scores_summary(strength, stretch) == (
        "Habit strength now: strength 64 %, stretching 80 %. "
        "At the start of the range, 2 Mar 2026: strength 20 %, stretching 35 %."
    )
    assert scores_summary([], []) == "No habit strength to show yet."


def test_the_holds_chart_names_each_side_best_and_average_hold() -> None:
    starts = [MONDAY + timedelta(weeks=n) for n in range(3)]
    left = HoldTrend("side-plank", "left", [(starts[0], 20.0, 18.0), (starts[2], 32.4, 28.0)])
    right = HoldTrend("side-plank", "right", [(MONDAY - timedelta(weeks=5), 10.0, 9.0)])

    text = holds_summary("Side plank", [left, right], starts)

    assert text == (
        "Side plank, left side: best hold 32 s, average 28 s in the week of 16 Mar, "
        "from 20 s in the first week shown. Side plank, right side: no holds in these weeks."
    )


def test_the_pain_chart_lists_weekly_averages_and_the_latest() -> None:
    weeks = [week(0, 1, pain=4.0), week(1, 1), week(2, 2, pain=3.25)]

    assert pain_summary(weeks) == (
        "Last 3 weeks, average pain out of 10, oldest first: 4.0, no rating, 3.2. "
        "Latest rating 3.2."
    )
    assert pain_summary([week(0, 1)]) == "No pain ratings in these weeks."

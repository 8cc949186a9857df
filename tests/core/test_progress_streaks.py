"""Progress streaks: stretching days including desk breaks, and strength weeks up to this week."""

from __future__ import annotations

import pytest

from lbh_desktop.core.models import RoutineKind
from lbh_desktop.core.progress import Streaks
from tests.core.progress_history import PARTIAL, STRENGTH, record, report, span, week_of, weeks_of


def test_stretch_streak_survives_today_not_done_but_not_a_missed_yesterday() -> None:
    sessions = [record(day) for day in span("2026-03-01", 5)]  # 1st to 5th

    assert report(sessions, "2026-03-05").streaks.stretch_current_days == 5
    assert report(sessions, "2026-03-06").streaks.stretch_current_days == 5
    assert report(sessions, "2026-03-07").streaks == Streaks(0, 0, 0, 5)
    assert report(sessions, "2026-03-07", skip=["2026-03-06"]).streaks.stretch_current_days == 5
    assert report(sessions, "2026-03-06", skip=["2026-03-06"]).streaks.stretch_current_days == 5


def test_stretch_streak_counts_days_not_sessions_and_includes_desk_breaks() -> None:
    sessions = [
        record("2026-03-01"),
        record("2026-03-01T12:00", RoutineKind.DESK_BREAK),
        record("2026-03-02", RoutineKind.DESK_BREAK),
        record("2026-03-03", status=PARTIAL, done=100.0),  # too little to count
        record("2026-03-04"),
        record("2026-03-05", STRENGTH),
    ]

    assert report(sessions, "2026-03-05").streaks == Streaks(0, 0, 1, 2)


@pytest.mark.parametrize(
    ("this_week_strength", "expected"), [(0, Streaks(3, 3, 0, 0)), (3, Streaks(4, 4, 0, 0))]
)
def test_strength_streak_ends_at_the_last_complete_week_and_this_week_only_extends_it(
    this_week_strength: int, expected: Streaks
) -> None:
    per_week = [3, 3, 1, 3, 3, 3, this_week_strength]
    sessions = weeks_of("2026-03-02", [(n, 0) for n in per_week])

    result = report(sessions, "2026-04-15")

    assert [w.strength_goal_met for w in result.weeks][:6] == [True, True, False, True, True, True]
    assert result.streaks == expected


def test_strength_streak_starts_again_this_week_after_a_missed_week() -> None:
    sessions = week_of("2026-03-02", 1, 0) + week_of("2026-03-09", 3, 0)

    assert report(sessions, "2026-03-11").streaks.strength_current_weeks == 1
    assert report(sessions[:1], "2026-03-04").streaks.strength_current_weeks == 0

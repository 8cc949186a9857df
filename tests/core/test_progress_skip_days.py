"""Progress skip days: frozen scores, kept streaks, and lower stretch but not strength goals."""

from __future__ import annotations

import pytest

from lbh_desktop.core.progress import Goals, Streaks
from tests.core.progress_history import STRENGTH, d, record, report, span, week_of


def test_skip_days_freeze_the_score_and_keep_the_stretch_streak() -> None:
    sessions = [record(day) for day in span("2026-03-02", 9) if day != "2026-03-05"]

    skipped = report(sessions, "2026-03-10", skip=["2026-03-05"])
    not_skipped = report(sessions, "2026-03-10")

    scores = dict(skipped.stretch_scores)
    assert scores[d("2026-03-05")] == scores[d("2026-03-04")]
    assert dict(not_skipped.stretch_scores)[d("2026-03-05")] != scores[d("2026-03-04")]
    assert skipped.streaks.stretch_current_days == 8
    assert (skipped.streaks.stretch_best_days, not_skipped.streaks.stretch_current_days) == (8, 5)
    assert skipped.weeks[0].skip_days == 1


@pytest.mark.parametrize(("stretch_days", "met"), [(5, True), (4, False)])
def test_skip_days_lower_the_stretch_days_needed(stretch_days: int, met: bool) -> None:
    sessions = week_of("2026-03-02", 0, stretch_days)

    result = report(sessions, "2026-03-09", skip=["2026-03-07", "2026-03-08", "2026-03-08"])

    assert (result.weeks[0].skip_days, result.weeks[0].stretch_goal_met) == (2, met)
    assert report(sessions, "2026-03-09", skip=["2026-03-07", "2026-03-08"]) == result


def test_skip_days_do_not_lower_the_strength_goal_but_a_fully_skipped_week_is_neutral() -> None:
    goals = Goals(strength_per_week=1)
    sessions = [record("2026-03-02", STRENGTH), record("2026-03-16", STRENGTH)]
    away = span("2026-03-09", 7)

    result = report(sessions, "2026-03-24", goals, skip=away)
    partly = report(sessions, "2026-03-24", goals, skip=away[:6])

    assert [w.strength_goal_met for w in result.weeks] == [True, True, True, False]
    assert result.weeks[1].skip_days == 7
    assert result.streaks == Streaks(2, 2, 0, 0)
    assert [w.strength_goal_met for w in partly.weeks] == [True, False, True, False]
    assert partly.streaks.strength_current_weeks == 1

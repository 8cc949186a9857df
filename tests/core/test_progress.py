"""Progress report: counting rules, ISO weeks, local days across DST and zones, skip days,
streaks, summary texts and habit scores, from hand-built histories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from lbh_desktop.core.habit_score import habit_scores
from lbh_desktop.core.hold_progress import hold_trends
from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus, StepRecord
from lbh_desktop.core.progress import (
    Category,
    Goals,
    ProgressReport,
    Streaks,
    build_report,
    category_of,
    counts,
)

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


def test_iso_week_53_and_the_2026_to_2027_boundary() -> None:
    goals = Goals(strength_per_week=1)
    sessions = [
        record("2026-12-21", STRENGTH),
        record("2026-12-28", STRENGTH),
        record("2026-12-31T23:30"),
        record("2027-01-01T00:30"),
        record("2027-01-03", STRENGTH),
        record("2027-01-04"),
    ]

    result = report(sessions, "2027-01-05", goals)

    assert [(w.week_start, w.iso_year, w.iso_week, w.label) for w in result.weeks] == [
        (d("2026-12-21"), 2026, 52, "W52"),
        (d("2026-12-28"), 2026, 53, "W53"),
        (d("2027-01-04"), 2027, 1, "W1"),
    ]
    w53 = result.weeks[1]
    assert (w53.strength_sessions, w53.stretch_days) == (2, 2)
    assert result.weeks[2].stretch_days == 1
    assert result.streaks.strength_current_weeks == 2


def test_the_week_of_new_year_2026_belongs_to_2026() -> None:
    result = report([record("2025-12-24"), record("2025-12-31")], "2026-01-04")

    assert [(w.week_start, w.iso_year, w.label) for w in result.weeks] == [
        (d("2025-12-22"), 2025, "W52"),
        (d("2025-12-29"), 2026, "W1"),
    ]


def test_dst_night_sessions_count_on_their_local_day() -> None:
    # Berlin moves to summer time at 02:00 on Sunday 2026-03-29.
    saturday = record("2026-03-28T23:45")
    sunday = record("2026-03-29T00:30")
    monday = record("2026-03-30T00:30", STRENGTH)
    assert (sunday.started_utc, sunday.utc_offset_minutes) == ("2026-03-28T23:30:00Z", 60)
    assert (monday.started_utc, monday.utc_offset_minutes) == ("2026-03-29T22:30:00Z", 120)

    result = report([saturday, sunday, monday], "2026-03-30")

    assert list(result.daily_minutes) == [d("2026-03-28"), d("2026-03-29"), d("2026-03-30")]
    assert [(w.week_start, w.stretch_days, w.strength_sessions) for w in result.weeks] == [
        (d("2026-03-23"), 2, 0),
        (d("2026-03-30"), 0, 1),
    ]
    assert result.streaks.stretch_current_days == 2


def test_a_time_zone_change_between_sessions_buckets_by_local_date() -> None:
    berlin = record("2026-03-04T23:30", tz=BERLIN)
    new_york = record("2026-03-04T22:00", tz=NEW_YORK, planned=300.0)
    tokyo = record("2026-03-06T07:00", tz=TOKYO)
    assert [s.utc_offset_minutes for s in (berlin, new_york, tokyo)] == [60, -300, 540]
    assert (berlin.started_utc[:10], new_york.started_utc[:10]) == ("2026-03-04", "2026-03-05")
    assert (tokyo.local_date, tokyo.started_utc[:10]) == ("2026-03-06", "2026-03-05")

    result = report([berlin, new_york, tokyo], "2026-03-06")

    assert result.daily_minutes == {d("2026-03-04"): 15.0, d("2026-03-06"): 10.0}
    assert result.weeks[0].sessions[Category.STRETCH] == 3
    assert result.weeks[0].stretch_days == 2
    assert result.streaks == Streaks(0, 0, 1, 1)
    assert report([tokyo, new_york, berlin], "2026-03-06") == result


def test_sessions_after_today_only_show_in_daily_minutes() -> None:
    result = report([record("2026-03-02"), record("2026-03-05", STRENGTH)], "2026-03-04")

    assert result.weeks[0].strength_sessions == 0
    assert d("2026-03-05") in result.daily_minutes
    assert result.strength_scores[-1] == (d("2026-03-04"), 0.0)


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

"""Progress ISO weeks and local days: year boundaries, DST nights, zone changes, future days."""

from __future__ import annotations

from lbh_desktop.core.progress import Category, Goals, Streaks, build_report
from tests.core.progress_history import (
    BERLIN,
    NEW_YORK,
    STRENGTH,
    TOKYO,
    d,
    held,
    record,
    report,
)


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


def test_weeks_start_on_sunday_when_the_locale_says_so() -> None:
    sunday, saturday = d("2026-03-15"), d("2026-03-21")
    plank = held("front-plank", [30.0])
    sessions = [
        record(sunday.isoformat(), STRENGTH, steps=[plank]),
        record(saturday.isoformat(), STRENGTH, steps=[plank]),
    ]

    result = build_report(sessions, Goals(), set(), saturday, first_weekday=7)

    (week,) = result.weeks
    assert week.week_start == sunday
    assert week.strength_sessions == 2
    assert [start for start, _, _ in result.holds[0].weeks] == [sunday]  # the same weeks
    assert len(build_report(sessions, Goals(), set(), saturday).weeks) == 2  # Monday start

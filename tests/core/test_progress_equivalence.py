"""build_report stays exactly as before the issue #15 speed-up: hand-checked facts, fingerprints."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from lbh_desktop.core.counting import counts
from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus, StepRecord
from lbh_desktop.core.progress import Category, Goals, ProgressReport, Streaks, build_report
from tests.core.progress_history import BERLIN, NEW_YORK, TOKYO, d, held, record, span

KINDS = tuple(RoutineKind)
STATUSES = tuple(SessionStatus)
OFFSETS = (60, 120, -300, -240, 540, 0, 330, -600, 840)
"""UTC offsets in minutes the generated user lives in, travelling between them now and then."""
EXERCISES = ("front-plank", "side-plank", "wall-sit", "bird-dog")


def _steps(rng: random.Random) -> list[StepRecord]:
    """0-3 steps with holds: not sided, left/right, recorded before sides were kept (no
    hold_sides), some shorter than 3 s, some with no holds at all."""
    steps = []
    for index in range(rng.randrange(4)):
        holds = [
            round(rng.uniform(1.0, 60.0), rng.choice((0, 1, 3))) for _ in range(rng.randrange(3))
        ]
        sides = rng.choice(
            ([""] * len(holds), ["left", "right", "left"][: len(holds)], [], ["right"] * len(holds))
        )
        steps.append(
            StepRecord(
                step_index=index,
                exercise_id=rng.choice(EXERCISES),
                planned_seconds=60,
                done_seconds=sum(holds),
                holds=holds,
                hold_sides=sides,
                completed=True,
            )
        )
    return steps


def mixed_history(first: date, days: int, per_day: float, seed: int) -> list[SessionRecord]:
    """A deterministic, deliberately awkward history: every kind and status, partial sessions
    on both sides of half done, int and fractional seconds, pain ratings, holds, time zones
    that make local dates go back and forth, and a few records appended out of order (as an
    import does). Sorted by started_utc except for that tail."""
    rng = random.Random(seed)
    records: list[SessionRecord] = []
    offset = 60
    for n in range(days):
        if rng.random() < 0.15:
            offset = rng.choice(OFFSETS)
        local_day = first + timedelta(days=n)
        for _ in range(max(0, round(rng.gauss(per_day, per_day / 3)))):
            kind = rng.choice(KINDS)
            status = rng.choices(STATUSES, (0.05, 0.75, 0.12, 0.08))[0]
            planned = rng.choice((300, 600.0, 900, 1234.5))
            done = {
                SessionStatus.COMPLETED: planned,
                SessionStatus.PARTIAL: rng.choice(
                    (planned / 2, round(planned * rng.uniform(0.1, 1.0), 3), planned / 2 - 0.001)
                ),
            }.get(status, rng.choice((0, 0.0, round(rng.uniform(0, planned), 2))))
            local = datetime.combine(local_day, datetime.min.time()) + timedelta(
                minutes=rng.randrange(24 * 60)
            )
            started = (local - timedelta(minutes=offset)).replace(tzinfo=UTC)
            records.append(
                SessionRecord(
                    id=f"mixed-{len(records):06d}",
                    routine_id=kind.value,
                    routine_name=kind.value,
                    routine_kind=kind,
                    started_utc=started.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    local_date=local_day.isoformat(),
                    utc_offset_minutes=offset,
                    status=status,
                    planned_seconds=planned,
                    done_seconds=done,
                    steps=_steps(rng) if rng.random() < 0.3 else [],
                    pain=rng.randrange(11) if rng.random() < 0.25 else None,
                )
            )
    records.sort(key=lambda session: session.started_utc)
    tail = [records.pop(rng.randrange(len(records))) for _ in range(min(5, len(records) // 10))]
    return records + tail


# Every fingerprint in this module (the literal sha256 strings below and in FINGERPRINTS) was
# computed with the build_report of commit b121bdd, BEFORE the issue #15 speed-up changed
# lbh_desktop/core/progress*.py, habit_score.py and hold_progress.py: this module was run
# against that unchanged code with placeholder expectations, and the values the failing
# asserts printed were copied in (Python 3.11.7). They are not computed by the new code.
def fingerprint(report: ProgressReport) -> str:
    """sha256 of repr(report): every field, float bits, dict order and types included."""
    return hashlib.sha256(repr(report).encode()).hexdigest()


def test_empty_history() -> None:
    today = d("2026-03-04")
    result = build_report([], Goals(), set(), today)

    assert result == ProgressReport(today, None, [], {}, [], [], Streaks(0, 0, 0, 0), [], "", [])


def test_one_session() -> None:
    result = build_report([record("2026-03-04", done=450.0)], Goals(), set(), d("2026-03-05"))

    assert result.first_day == d("2026-03-04")
    assert result.daily_minutes == {d("2026-03-04"): 7.5}
    assert [w.week_start for w in result.weeks] == [d("2026-03-02")]
    assert result.weeks[0].sessions == {
        Category.STRENGTH: 0, Category.STRETCH: 1, Category.DESK_BREAK: 0
    }  # fmt: skip
    assert result.weeks[0].minutes[Category.STRETCH] == 7.5
    assert [day for day, _ in result.stretch_scores] == [d("2026-03-04"), d("2026-03-05")]
    assert result.streaks == Streaks(0, 0, 1, 1)
    assert result.milestones == [(4, d("2026-04-01")), (8, d("2026-04-29")), (12, d("2026-05-27"))]


def test_sessions_after_today_only_reach_daily_minutes_and_holds() -> None:
    later = [
        record("2026-03-06", done=120.0, steps=[held("wall-sit", [40.0])]),
        record("2026-03-07", RoutineKind.STRENGTH, pain=5),
    ]
    only_later = build_report(later, Goals(), set(), d("2026-03-05"))
    with_earlier = build_report([record("2026-03-02"), *later], Goals(), set(), d("2026-03-05"))

    assert only_later.first_day is None and only_later.weeks == []
    assert only_later.daily_minutes == {d("2026-03-06"): 2.0, d("2026-03-07"): 10.0}
    assert [(t.exercise_id, t.weeks) for t in only_later.holds] == [
        ("wall-sit", [(d("2026-03-02"), 40.0, 40.0)])
    ]
    assert with_earlier.first_day == d("2026-03-02")
    assert with_earlier.weeks[0].strength_sessions == 0
    assert with_earlier.weeks[0].average_pain is None
    assert len(with_earlier.daily_minutes) == 3
    assert (
        fingerprint(with_earlier)
        == "7e1296b0fac664ebd5b72035598ba08c93896f458e68cc33c3bb972feb3ff0cc"
    )


def test_skip_days_across_a_whole_week() -> None:
    sessions = [record(day, RoutineKind.STRENGTH) for day in ("2026-03-02", "2026-03-04")]
    sessions += [record(f"{day}T19:00") for day in span("2026-03-02", 4) + span("2026-03-16", 3)]
    skipped = {d(day) for day in [*span("2026-03-09", 7), "2026-03-06", "2026-03-20"]}

    result = build_report(sessions, Goals(2, 5), skipped, d("2026-03-20"))

    assert [(w.skip_days, w.strength_goal_met, w.stretch_goal_met) for w in result.weeks] == [
        (1, True, True), (7, True, True), (1, False, False)
    ]  # fmt: skip
    # Strength: week 1 met, week 2 all skipped (passed over), this week not met yet. Stretching:
    # 2-5 March, the 6th skipped, 7-8 missed; 16-18 March, the 19th missed, today skipped.
    assert result.streaks == Streaks(1, 1, 0, 4)
    assert result.strength_scores[7:14] == [(day, result.strength_scores[6][1]) for day, _ in
                                            result.strength_scores[7:14]]  # fmt: skip
    assert fingerprint(result) == "4befbc2afa1f38f936ef049dd68ac61b366f3aecfe8ca69c5ec9b90c935d3165"


def test_time_zones_and_dst_follow_the_recorded_local_date() -> None:
    sessions = [
        record("2026-03-29T00:30", RoutineKind.STRENGTH, tz=BERLIN),
        record("2026-03-29T23:59", tz=BERLIN),
        record("2026-03-30T00:01", RoutineKind.STRENGTH, tz=BERLIN),
        record("2026-03-29T20:00", RoutineKind.DESK_BREAK, tz=NEW_YORK),
        record("2026-03-30T07:00", tz=TOKYO),
    ]

    result = build_report(sessions, Goals(), set(), d("2026-03-30"))

    assert [(w.week_start, w.strength_sessions) for w in result.weeks] == [
        (d("2026-03-23"), 1), (d("2026-03-30"), 1)
    ]  # fmt: skip
    assert result.weeks[0].sessions[Category.DESK_BREAK] == 1
    assert result.weeks[0].stretch_days == 1 and result.weeks[1].stretch_days == 1
    assert fingerprint(result) == "7ddcf2c8d8290460f65953dc9a91ea32b5df16f8eaafae3ce25d201d71875223"


def test_statuses_and_kinds() -> None:
    day = "2026-03-03"
    sessions = [
        record(day, RoutineKind.STRENGTH, status=SessionStatus.PARTIAL, planned=600, done=300),
        record(day, RoutineKind.STRENGTH, status=SessionStatus.PARTIAL, planned=600, done=299.9),
        record(day, RoutineKind.STRENGTH, status=SessionStatus.STOPPED, done=500.0, pain=4),
        record(day, RoutineKind.STRENGTH, status=SessionStatus.IN_PROGRESS, done=60.0, pain=2),
        record(day, RoutineKind.WARMUP, done=90.0),
        record(day, RoutineKind.DESK_BREAK, done=30.0),
        record("2026-03-04", RoutineKind.STRETCH, done=0.0),
    ]

    result = build_report(sessions, Goals(1, 2), set(), d("2026-03-04"))

    week = result.weeks[0]
    assert week.sessions == {
        Category.STRENGTH: 1, Category.STRETCH: 2, Category.DESK_BREAK: 1
    }  # fmt: skip
    assert week.minutes == {Category.STRENGTH: 5.0, Category.STRETCH: 1.5, Category.DESK_BREAK: 0.5}
    assert week.average_pain == 3.0
    assert week.stretch_days == 2 and week.strength_goal_met and week.stretch_goal_met
    assert result.daily_minutes == {d(day): 1279.9 / 60}
    assert fingerprint(result) == "3d43316bc994a72c3a8c664bb47efca96e3ac7d3b0b70a52fd13c825530af953"


# Fingerprints of the report of each generated history, from the pre-speed-up code (see
# fingerprint() above), of
#     build_report(mixed_history(first, days, per_day, seed), goals, skip, today)
# with `skip` drawn as in the test. Any change to a value, a float's last bit, a type or an
# order shows.
GENERATED = {
    "three weeks": (d("2026-02-23"), 21, 2.0, 1, Goals(), 0, d("2026-03-15")),
    "one year": (d("2025-03-01"), 365, 3.0, 2, Goals(2, 5), 30, d("2026-03-01")),
    "one year, future tail": (d("2025-06-01"), 365, 4.0, 3, Goals(7, 1), 12, d("2026-02-01")),
    "50k sessions": (d("2007-06-01"), 7000, 7.2, 4, Goals(3, 7), 400, d("2026-07-20")),
}
"""(first day, days, sessions a day, seed, goals, skip days drawn, today) per history."""
FINGERPRINTS = {
    "three weeks": "aa452e226c98a408971743724e909c413adb988d2a4aa82d8195da36230eae6b",
    "one year": "d0d60b3d7a28a6e38df2a7178fa39dbc10451f46063bb833b63ed3fb59a22d3a",
    "one year, future tail": "8b24f6d1789931b4c8d1aae06a5e319402aa3a35835cfa62cee525833d8032a3",
    "50k sessions": "83039461bc85cae9a1ffa0ed5cf5d2dc2326a7dd7f13983226fe9dda29aaacf0",
}


@pytest.mark.parametrize("name", GENERATED)
def test_generated_history_fingerprint(name: str) -> None:
    first, days, per_day, seed, goals, skips, today = GENERATED[name]
    sessions = mixed_history(first, days, per_day, seed)
    skip_rng = random.Random(seed)
    skip = {first + timedelta(days=skip_rng.randrange(days + 30)) for _ in range(skips)}

    result = build_report(sessions, goals, skip, today)

    counted = [s for s in sessions if s.local_date <= today.isoformat() and counts(s)]
    assert result.first_day == min(d(s.local_date) for s in counted)
    assert len(result.strength_scores) == (today - result.first_day).days + 1
    assert sum(sum(week.sessions.values()) for week in result.weeks) == len(counted)
    assert [week.week_start for week in result.weeks] == [
        result.weeks[0].week_start + timedelta(weeks=n) for n in range(len(result.weeks))
    ]
    assert result.weeks[-1].week_start <= today < result.weeks[-1].week_start + timedelta(7)
    assert set(result.daily_minutes) == {d(s.local_date) for s in sessions if s.done_seconds > 0}
    assert fingerprint(result) == FINGERPRINTS[name]

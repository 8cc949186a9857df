"""Hold trends: weekly best and average per exercise and side, and the left/right imbalance note."""

from __future__ import annotations

from datetime import date

import pytest

from lbh_desktop.core.hold_progress import HoldTrend, hold_trends
from lbh_desktop.core.models import RoutineKind, SessionStatus, StepRecord
from tests.core.progress_history import held, record

MARCH_2 = date(2026, 3, 2)
MARCH_9 = date(2026, 3, 9)


def sided(left: list[float], right: list[float]) -> list[StepRecord]:
    holds = [hold for pair in zip(left, right, strict=True) for hold in pair]
    return [held("side-plank", holds, ["left", "right"] * len(left))]


def test_weekly_best_and_average_per_exercise_and_side_sorted() -> None:
    sessions = [
        record("2026-03-09", steps=[held("dead-bug", [20.0]), held("bird-dog", [10.0, 14.0])]),
        record("2026-03-02", steps=sided([30.0, 20.0], [28.0, 26.0])),
        record("2026-03-04", steps=[held("bird-dog", [12.0, 9.0, 6.0])]),
        record("2026-03-08T23:30", steps=[held("bird-dog", [15.0])]),  # Sunday: still week 10
    ]

    trends = hold_trends(sessions)

    assert trends == [
        HoldTrend("bird-dog", "", [(MARCH_2, 15.0, 10.5), (MARCH_9, 14.0, 12.0)], None),
        HoldTrend("dead-bug", "", [(MARCH_9, 20.0, 20.0)], None),
        HoldTrend("side-plank", "left", [(MARCH_2, 30.0, 25.0)], None),
        HoldTrend("side-plank", "right", [(MARCH_2, 28.0, 27.0)], None),
    ]


def test_short_skipped_holds_are_ignored_but_uncounted_sessions_are_not() -> None:
    partial = record(
        "2026-03-03",
        RoutineKind.STRENGTH,
        status=SessionStatus.PARTIAL,
        planned=600.0,
        done=40.0,
        steps=[held("plank", [2.9, 3.0, 37.0])],
    )
    stopped_early = record(
        "2026-03-03", status=SessionStatus.STOPPED, done=1.5, steps=[held("plank", [1.5])]
    )

    assert hold_trends([partial, stopped_early]) == [
        HoldTrend("plank", "", [(MARCH_2, 37.0, 20.0)], None)
    ]


def test_steps_without_holds_give_no_trend() -> None:
    reps = StepRecord(0, "bridge", 30.0, 30.0, sets_done=2, completed=True)

    assert hold_trends([record("2026-03-02", steps=[reps])]) == []
    assert hold_trends([]) == []


def test_old_records_without_sides_count_as_not_sided() -> None:
    old = StepRecord.from_dict(
        {"step_index": 0, "exercise_id": "side-plank", "planned_seconds": 60.0, "holds": [30, 24]}
    )

    (trend,) = hold_trends([record("2026-03-02", steps=[old])])

    assert (trend.side, trend.weeks, trend.imbalance) == ("", [(MARCH_2, 30, 27.0)], None)


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        ([40.0, 40.0], [30.0, 30.0], "Right side holds 25 % shorter than left"),
        ([30.0, 20.0], [40.0, 40.0], "Left side holds 38 % shorter than right"),
        ([50.0], [40.0], None),  # exactly 20 %
        ([41.0], [50.0], None),
        ([45.0], [45.0], None),
    ],
)
def test_imbalance_note_above_twenty_percent_on_the_left_trend_only(
    left: list[float], right: list[float], note: str | None
) -> None:
    steps = [
        held("side-plank", left, ["left"] * len(left)),
        held("side-plank", right, ["right"] * len(right)),
    ]

    left_trend, right_trend = hold_trends([record("2026-03-02", steps=steps)])

    assert (left_trend.side, left_trend.imbalance) == ("left", note)
    assert (right_trend.side, right_trend.imbalance) == ("right", None)


def test_imbalance_uses_the_latest_week_with_both_sides() -> None:
    uneven = record("2026-03-02", steps=sided([40.0], [30.0]))
    even = record("2026-03-09", steps=sided([40.0], [38.0]))
    left_only = record("2026-03-16", steps=[held("side-plank", [20.0], ["left"])])

    assert hold_trends([uneven, even])[0].imbalance is None
    assert hold_trends([even, uneven])[0].imbalance is None
    assert hold_trends([uneven, left_only])[0].imbalance == (
        "Right side holds 25 % shorter than left"
    )


def test_only_one_side_held_gives_no_note() -> None:
    trends = hold_trends([record("2026-03-02", steps=[held("clam", [20.0], ["right"])])])

    assert trends == [HoldTrend("clam", "right", [(MARCH_2, 20.0, 20.0)], None)]

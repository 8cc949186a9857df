"""Weekly best and average hold times per exercise and side, and left/right imbalance notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.models import SessionRecord

MIN_HOLD_SECONDS = 3.0
"""Shorter holds are segments skipped almost at once, not a real effort."""

IMBALANCE_THRESHOLD = 0.20
"""Sides whose latest weekly averages differ by more than this share of the larger get a note."""

_SIDE_ORDER = {"": 0, "left": 1, "right": 2}


@dataclass(frozen=True)
class HoldTrend:
    """Hold times of one exercise on one side ("" when not sided), one entry per week."""

    exercise_id: str
    side: str
    weeks: list[tuple[date, float, float]]
    """(week_start, best seconds, average seconds), oldest first, only weeks with holds."""
    imbalance: str | None = None
    """Set on the left trend only, when the latest week both sides were held differs > 20 %."""


def week_start_of(day: date) -> date:
    """The Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def hold_trends(sessions: Sequence[SessionRecord]) -> list[HoldTrend]:
    """Trends from every recorded hold (counted or not), sorted by exercise id then side
    ("", "left", "right"). Holds under 3 s are ignored. Weeks follow each session's local_date."""
    weeks: dict[str, date] = {}
    pairs: list[tuple[SessionRecord, date]] = []
    for session in sessions:
        week = weeks.get(session.local_date)
        if week is None:
            week = weeks[session.local_date] = week_start_of(date.fromisoformat(session.local_date))
        pairs.append((session, week))
    return hold_trends_by_week(pairs)


def hold_trends_by_week(sessions: Iterable[tuple[SessionRecord, date]]) -> list[HoldTrend]:
    """hold_trends() for (session, Monday of its local week) pairs, worked out by the caller."""
    # week_start -> exercise_id -> side -> hold seconds; best and average are worked out at
    # the end, in C. Ten years hold 50,000 to 200,000 holds: no tuple is built per hold.
    by_week: dict[date, dict[str, dict[str, list[float]]]] = {}
    minimum = MIN_HOLD_SECONDS
    current_week: date | None = None
    in_week: dict[str, dict[str, list[float]]] = {}
    for session, week in sessions:
        if week != current_week:  # sessions mostly come in time order: look weeks up rarely
            current_week = week
            found = by_week.get(week)
            in_week = by_week[week] = {} if found is None else found
        for step in session.steps:
            holds = step.holds
            if not holds:
                continue
            sides = step.hold_sides
            if len(sides) != len(holds):
                # Recorded before sides were kept: no side to attribute the holds to.
                sides = [""] * len(holds)
            by_side = in_week.get(step.exercise_id)
            if by_side is None:
                by_side = in_week[step.exercise_id] = {}
            # No strict=: any keyword makes zip() markedly slower, and the lengths match here.
            for seconds, side in zip(holds, sides):  # noqa: B905
                if seconds >= minimum:
                    bucket = by_side.get(side)
                    if bucket is None:
                        by_side[side] = [seconds]
                    else:
                        bucket.append(seconds)

    weekly: dict[tuple[str, str], list[tuple[date, float, float]]] = {}
    for week in sorted(by_week):
        for exercise_id, by_side in by_week[week].items():
            for side, week_holds in by_side.items():
                entry = (week, max(week_holds), sum(week_holds) / len(week_holds))
                trend = weekly.get((exercise_id, side))
                if trend is None:
                    weekly[exercise_id, side] = [entry]
                else:
                    trend.append(entry)
    return [
        HoldTrend(
            exercise_id=exercise_id,
            side=side,
            weeks=weeks,
            imbalance=(
                _imbalance(weeks, weekly.get((exercise_id, "right"), []))
                if side == "left"
                else None
            ),
        )
        for (exercise_id, side), weeks in sorted(
            weekly.items(),
            key=lambda item: (item[0][0], _SIDE_ORDER.get(item[0][1], 3), item[0][1]),
        )
    ]


def _imbalance(
    left: list[tuple[date, float, float]], right: list[tuple[date, float, float]]
) -> str | None:
    """A note when the latest week with holds on both sides has averages > 20 % apart."""
    right_average = {week: average for week, _best, average in right}
    common = [(week, average) for week, _best, average in left if week in right_average]
    if not common:
        return None
    week, left_average = common[-1]
    larger = max(left_average, right_average[week])
    smaller = min(left_average, right_average[week])
    difference = (larger - smaller) / larger
    if difference <= IMBALANCE_THRESHOLD:
        return None
    if right_average[week] < left_average:
        text = translate("hold_progress", "Right side holds {percent} % shorter than left")
    else:
        text = translate("hold_progress", "Left side holds {percent} % shorter than right")
    return text.format(percent=round(difference * 100))

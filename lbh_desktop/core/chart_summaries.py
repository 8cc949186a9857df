"""The Progress charts in words: each chart's text alternative for screen readers and keyboards."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta

from lbh_desktop.core.hold_progress import HoldTrend
from lbh_desktop.core.progress_weeks import WeekSummary

WEEKS_LISTED = 8
"""The week-by-week figures name at most this many weeks, the latest ones."""


def _plural(count: int, noun: str, plural: str = "") -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def _last(weeks: Sequence[WeekSummary]) -> tuple[str, Sequence[WeekSummary]]:
    """("Last 8 weeks", the 8) or ("This week", the 1): the weeks the figures list."""
    listed = weeks[-WEEKS_LISTED:]
    lead = "This week" if len(listed) == 1 else f"Last {len(listed)} weeks"
    return lead, listed


def weeks_summary(weeks: Sequence[WeekSummary], strength_goal: int, stretch_goal: int) -> str:
    """ "Last 8 weeks: 3, 4, 2, 0, 1, 3, 5, 2 sessions, oldest first. Strength goal 3 a
    week, met in 4 of 8 weeks; stretching goal 7 days a week, met in 1 of 8 weeks."."""
    if not weeks:
        return "No weeks to show yet."
    lead, listed = _last(weeks)
    counts = ", ".join(str(sum(week.sessions.values())) for week in listed)
    order = ", oldest first" if len(listed) > 1 else ""
    unit = "session" if len(listed) == 1 and counts == "1" else "sessions"
    strength_met = sum(week.strength_goal_met for week in weeks)
    stretch_met = sum(week.stretch_goal_met for week in weeks)
    of_weeks = f"of {_plural(len(weeks), 'week')}"
    return (
        f"{lead}: {counts} {unit}{order}. "
        f"Strength goal {strength_goal} a week, met in {strength_met} {of_weeks}; "
        f"stretching goal {_plural(stretch_goal, 'day')} a week, met in {stretch_met} {of_weeks}."
    )


def calendar_summary(
    first_day: date, today: date, minutes: Mapping[date, float], skip_days: Collection[date]
) -> str:
    """ "Since 6 Oct: active on 34 days, 412 minutes in all; 3 of the last 7 days; 2 skip days"."""
    shown = [day for day, value in minutes.items() if first_day <= day <= today and value > 0]
    total = round(sum(minutes[day] for day in shown))
    week_ago = today - timedelta(days=6)
    recent = sum(1 for day in shown if day >= week_ago)
    skipped = sum(1 for day in skip_days if first_day <= day <= today)
    since = f"Since {first_day.day} {first_day:%b %Y}"
    if not shown:
        text = f"{since}: no active days yet"
    else:
        text = (
            f"{since}: active on {_plural(len(shown), 'day')}, {total} minutes in all; "
            f"active on {recent} of the last 7 days"
        )
    return f"{text}; {_plural(skipped, 'skip day')}." if skipped else f"{text}."


def scores_summary(
    strength: Sequence[tuple[date, float]], stretch: Sequence[tuple[date, float]]
) -> str:
    """ "Habit strength now: strength 64 %, stretching 80 %. At the start of the range,
    16 Mar: strength 20 %, stretching 35 %."."""
    if not strength and not stretch:
        return "No habit strength to show yet."

    def at(index: int) -> str:
        parts = [
            f"{name} {round(series[index][1] * 100)} %"
            for name, series in (("strength", strength), ("stretching", stretch))
            if series
        ]
        return ", ".join(parts)

    first = (strength or stretch)[0][0]
    return (
        f"Habit strength now: {at(-1)}. "
        f"At the start of the range, {first.day} {first:%b %Y}: {at(0)}."
    )


def holds_summary(name: str, trends: Sequence[HoldTrend], weeks: Sequence[date]) -> str:
    """ "Glute bridge, left side: best hold 32 s in the latest week with holds (W of 16
    Mar), up from 20 s; average 28 s."; `weeks`: the starts of the weeks shown."""
    shown_weeks = set(weeks)
    lines = []
    for trend in trends:
        points = [point for point in trend.weeks if point[0] in shown_weeks]
        side = f", {trend.side} side" if trend.side else ""
        if not points:
            lines.append(f"{name}{side}: no holds in these weeks.")
            continue
        start, best, average = points[-1]
        first_best = points[0][1]
        since = f", from {round(first_best)} s in the first week shown" if len(points) > 1 else ""
        lines.append(
            f"{name}{side}: best hold {round(best)} s, average {round(average)} s in the week "
            f"of {start.day} {start:%b}{since}."
        )
    return " ".join(lines) or f"{name}: no timed holds yet."


def pain_summary(weeks: Sequence[WeekSummary]) -> str:
    """ "Last 8 weeks, average pain of 10, oldest first: 4.0, 3.5, no rating, 3.0 …"."""
    rated = [week.average_pain for week in weeks if week.average_pain is not None]
    if not rated:
        return "No pain ratings in these weeks."
    lead, listed = _last(weeks)
    values = ", ".join(
        "no rating" if week.average_pain is None else f"{week.average_pain:.1f}" for week in listed
    )
    order = ", oldest first" if len(listed) > 1 else ""
    return f"{lead}, average pain out of 10{order}: {values}. Latest rating {rated[-1]:.1f}."

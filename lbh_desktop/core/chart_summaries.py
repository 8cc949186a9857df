"""The Progress charts in words: each chart's text alternative for screen readers and keyboards."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta

from lbh_desktop.core.hold_progress import HoldTrend
from lbh_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.progress_weeks import WeekSummary

WEEKS_LISTED = 8
"""The week-by-week figures name at most this many weeks, the latest ones."""

_SIDE_SUBJECTS = {
    "left": QT_TRANSLATE_NOOP("chart_summaries", "{name}, left side"),
    "right": QT_TRANSLATE_NOOP("chart_summaries", "{name}, right side"),
}


def _weeks(count: int) -> str:
    return translate("chart_summaries", "%n week(s)", None, count)


def weeks_summary(weeks: Sequence[WeekSummary], strength_goal: int, stretch_goal: int) -> str:
    """ "Last 8 weeks: 3, 4, 2, 0, 1, 3, 5, 2 sessions, oldest first. Strength goal 3 a
    week, met in 4 of 8 weeks; stretching goal 7 days a week, met in 1 of 8 weeks."."""
    if not weeks:
        return translate("chart_summaries", "No weeks to show yet.")
    listed = weeks[-WEEKS_LISTED:]
    totals = [sum(week.sessions.values()) for week in listed]
    if len(listed) == 1:
        lead = translate("chart_summaries", "This week: %n session(s).", None, totals[0])
    else:
        lead = translate(
            "chart_summaries",
            "Last %n week(s): {counts} sessions, oldest first.",
            None,
            len(listed),
        ).format(counts=", ".join(formats().number(total) for total in totals))
    goals = translate(
        "chart_summaries",
        "Strength goal {goal} a week, met in {strength_met} of {weeks}; "
        "stretching goal {stretch_goal} a week, met in {stretch_met} of {weeks}.",
    ).format(
        goal=strength_goal,
        strength_met=sum(week.strength_goal_met for week in weeks),
        weeks=_weeks(len(weeks)),
        stretch_goal=translate("chart_summaries", "%n day(s)", None, stretch_goal),
        stretch_met=sum(week.stretch_goal_met for week in weeks),
    )
    return f"{lead} {goals}"


def calendar_summary(
    first_day: date, today: date, minutes: Mapping[date, float], skip_days: Collection[date]
) -> str:
    """ "Since 6 Oct 2025: active on 34 days, 412 minutes in all; active on 3 of the last 7
    days; 2 skip days."."""
    shown = [day for day, value in minutes.items() if first_day <= day <= today and value > 0]
    week_ago = today - timedelta(days=6)
    skipped = sum(1 for day in skip_days if first_day <= day <= today)
    since = formats().day_month_year(first_day)
    skip_text = translate("chart_summaries", "%n skip day(s)", None, skipped)
    if not shown:
        if skipped:
            text = translate("chart_summaries", "Since {date}: no active days yet; {skip_days}.")
        else:
            text = translate("chart_summaries", "Since {date}: no active days yet.")
        return text.format(date=since, skip_days=skip_text)
    if skipped:
        text = translate(
            "chart_summaries",
            "Since {date}: active on {days}, {minutes} in all; "
            "active on {recent} of the last 7 days; {skip_days}.",
        )
    else:
        text = translate(
            "chart_summaries",
            "Since {date}: active on {days}, {minutes} in all; "
            "active on {recent} of the last 7 days.",
        )
    total = round(sum(minutes[day] for day in shown))
    return text.format(
        date=since,
        days=translate("chart_summaries", "%n day(s)", None, len(shown)),
        minutes=translate("chart_summaries", "%n minute(s)", None, total),
        recent=sum(1 for day in shown if day >= week_ago),
        skip_days=skip_text,
    )


def scores_summary(
    strength: Sequence[tuple[date, float]], stretch: Sequence[tuple[date, float]]
) -> str:
    """ "Habit strength now: strength 64 %, stretching 80 %. At the start of the range,
    16 Mar 2026: strength 20 %, stretching 35 %."."""
    if not strength and not stretch:
        return translate("chart_summaries", "No habit strength to show yet.")

    def at(index: int) -> str:
        if strength and stretch:
            text = translate("chart_summaries", "strength {strength} %, stretching {stretch} %")
        elif strength:
            text = translate("chart_summaries", "strength {strength} %")
        else:
            text = translate("chart_summaries", "stretching {stretch} %")
        return text.format(
            strength=round(strength[index][1] * 100) if strength else 0,
            stretch=round(stretch[index][1] * 100) if stretch else 0,
        )

    first = (strength or stretch)[0][0]
    return translate(
        "chart_summaries",
        "Habit strength now: {now}. At the start of the range, {date}: {then}.",
    ).format(now=at(-1), date=formats().day_month_year(first), then=at(0))


def holds_summary(name: str, trends: Sequence[HoldTrend], weeks: Sequence[date]) -> str:
    """ "Glute bridge, left side: best hold 32 s, average 28 s in the week of 16 Mar, from
    20 s in the first week shown."; `weeks`: the starts of the weeks shown."""
    shown_weeks = set(weeks)
    lines = []
    for trend in trends:
        points = [point for point in trend.weeks if point[0] in shown_weeks]
        side = _SIDE_SUBJECTS.get(trend.side)
        subject = translate("chart_summaries", side).format(name=name) if side else name
        if not points:
            text = translate("chart_summaries", "{subject}: no holds in these weeks.")
            lines.append(text.format(subject=subject))
            continue
        start, best, average = points[-1]
        if len(points) > 1:
            text = translate(
                "chart_summaries",
                "{subject}: best hold {best} s, average {average} s in the week of {date}, "
                "from {first} s in the first week shown.",
            )
        else:
            text = translate(
                "chart_summaries",
                "{subject}: best hold {best} s, average {average} s in the week of {date}.",
            )
        lines.append(
            text.format(
                subject=subject,
                best=round(best),
                average=round(average),
                date=formats().day_month(start),
                first=round(points[0][1]),
            )
        )
    if not lines:
        return translate("chart_summaries", "{name}: no timed holds yet.").format(name=name)
    return " ".join(lines)


def pain_summary(weeks: Sequence[WeekSummary]) -> str:
    """ "Last 8 weeks, average pain out of 10, oldest first: 4.0, 3.5, no rating, 3.0 …"."""
    rated = [week.average_pain for week in weeks if week.average_pain is not None]
    if not rated:
        return translate("chart_summaries", "No pain ratings in these weeks.")
    listed = weeks[-WEEKS_LISTED:]
    number = formats().number
    values = ", ".join(
        translate("chart_summaries", "no rating")
        if week.average_pain is None
        else number(week.average_pain, 1)
        for week in listed
    )
    if len(listed) == 1:
        text = translate(
            "chart_summaries",
            "This week, average pain out of 10: {values}. Latest rating {latest}.",
        )
    else:
        text = translate(
            "chart_summaries",
            "Last %n week(s), average pain out of 10, oldest first: {values}. "
            "Latest rating {latest}.",
            None,
            len(listed),
        )
    return text.format(values=values, latest=number(rated[-1], 1))

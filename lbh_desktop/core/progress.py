"""The Progress view's numbers: weekly goals, habit strength, streaks, milestones, hold trends."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lbh_desktop.core.counting import counts
from lbh_desktop.core.habit_score import scores_of_flags
from lbh_desktop.core.hold_progress import HoldTrend, hold_trends_by_week
from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import SessionRecord
from lbh_desktop.core.progress_weeks import (
    MONDAY,
    Category,
    Goals,
    WeekSummary,
    build_weeks,
    category_of,
    read_history,
)

__all__ = [
    "Category",
    "Goals",
    "HoldTrend",
    "ProgressReport",
    "Streaks",
    "WeekSummary",
    "build_report",
    "category_of",
    "counts",
    "results_text",
]

MILESTONE_WEEKS = (4, 8, 12)
SUMMARY_WEEKS = 6
RESULTS_WEEKS = 12
"""After this many weeks the sentence under the Weeks chart (what its 4-, 8- and 12-week lines
are about) stops counting towards results and praises the habit."""


@dataclass(frozen=True)
class Streaks:
    strength_current_weeks: int
    strength_best_weeks: int
    stretch_current_days: int
    stretch_best_days: int


@dataclass(frozen=True)
class ProgressReport:
    """Everything the Progress view shows, computed from the session history in one go."""

    today: date
    first_day: date | None
    weeks: list[WeekSummary]
    daily_minutes: Mapping[date, float]
    strength_scores: list[tuple[date, float]]
    stretch_scores: list[tuple[date, float]]
    streaks: Streaks
    milestones: list[tuple[int, date]]
    summary: str
    holds: list[HoldTrend]

    def last_weeks(self, count: int | None) -> list[WeekSummary]:
        """The newest `count` weeks (the current one included), oldest first; None = all."""
        if count is None:
            return list(self.weeks)
        return self.weeks[-count:] if count > 0 else []


def build_report(
    sessions: Sequence[SessionRecord],
    goals: Goals,
    skip_days: Collection[date],
    today: date,
    first_weekday: int = MONDAY,
) -> ProgressReport:
    """The report for `today`, weeks starting on ISO weekday `first_weekday` (the locale's).
    Days and weeks are each session's recorded local_date, so time zones and DST don't move a
    session. Sessions dated after `today` (possible after flying west) only appear in
    daily_minutes and the hold trends."""
    history = read_history(sessions, today, first_weekday)
    holds = hold_trends_by_week(history.with_steps)
    first_day = history.first_day
    if first_day is None:
        return ProgressReport(
            today=today,
            first_day=None,
            weeks=[],
            daily_minutes=history.daily_minutes,
            strength_scores=[],
            stretch_scores=[],
            streaks=Streaks(0, 0, 0, 0),
            milestones=[],
            summary="",
            holds=holds,
        )

    weeks = build_weeks(history, today, goals, skip_days, first_weekday)
    start = first_day.toordinal()
    days = list(map(date.fromordinal, range(start, today.toordinal() + 1)))
    strength_done = _day_flags(history.strength_days, start, len(days))
    stretch_done = _day_flags(history.stretch_days, start, len(days))
    skipped = _day_flags(skip_days, start, len(days)) if skip_days else None
    strength = scores_of_flags(strength_done, skipped, goals.strength_per_week, 7)
    stretch = scores_of_flags(stretch_done, skipped, goals.stretch_days_per_week, 7)
    strength_current, strength_best = _strength_streaks(weeks, goals)
    stretch_current, stretch_best = _stretch_streaks(stretch_done, skipped)
    return ProgressReport(
        today=today,
        first_day=first_day,
        weeks=weeks,
        daily_minutes=history.daily_minutes,
        strength_scores=list(zip(days, strength, strict=True)),
        stretch_scores=list(zip(days, stretch, strict=True)),
        streaks=Streaks(strength_current, strength_best, stretch_current, stretch_best),
        milestones=[(n, first_day + timedelta(weeks=n)) for n in MILESTONE_WEEKS],
        summary=_summary_text(weeks, goals),
        holds=holds,
    )


def results_text(first_day: date | None, today: date) -> str:
    """The sentence about weeks to results, counting the week of `first_day` as week 1;
    "" before any session."""
    if first_day is None or today < first_day:
        return ""
    week = (today - first_day).days // 7 + 1
    if week > RESULTS_WEEKS:
        return translate(
            "progress", "You have been at it for %n week(s): keep the habit going.", None, week
        )
    return translate(
        "progress",
        "Most people feel a difference after 4–6 weeks of 2–3 strength sessions a week; "
        "you are in week {week}.",
    ).format(week=week)


def _strength_streaks(weeks: Sequence[WeekSummary], goals: Goals) -> tuple[int, int]:
    """Consecutive complete weeks meeting the goal up to last week, plus this week once met.
    Weeks that are all skip days are passed over."""
    run = best = 0
    for week in weeks[:-1]:
        if week.strength_sessions >= goals.strength_per_week:
            run += 1
            best = max(best, run)
        elif not week.all_skipped:
            run = 0
    if weeks and weeks[-1].strength_sessions >= goals.strength_per_week:
        run += 1
        best = max(best, run)
    return run, best


def _day_flags(days: Iterable[date], start: int, count: int) -> list[int]:
    """1 for each of `count` days from the one with ordinal `start` that is in `days`, else 0."""
    flags = [0] * count
    for day in days:
        index = day.toordinal() - start
        if 0 <= index < count:
            flags[index] = 1
    return flags


def _stretch_streaks(done: Sequence[int], skipped: Sequence[int] | None) -> tuple[int, int]:
    """Consecutive days with stretching, ending today or yesterday; skip days without a
    session are passed over, and today not done yet does not break the run. Days are flags
    from the first day to today (the last)."""
    run = best = 0
    today = len(done) - 1
    for index, flag in enumerate(done):
        if flag:
            run += 1
            if run > best:
                best = run
        elif (skipped is None or not skipped[index]) and index != today:
            run = 0
    return run, best


def _summary_text(weeks: Sequence[WeekSummary], goals: Goals) -> str:
    complete = list(weeks[:-1])[-SUMMARY_WEEKS:]
    stretch_goal = translate("progress", "%n day(s)", None, goals.stretch_days_per_week)
    if not complete:
        this_week = weeks[-1]
        return translate(
            "progress", "This week: {done} of {goal}; stretching on {days} of {stretch_goal}"
        ).format(
            done=this_week.strength_sessions,
            goal=translate("progress", "%n strength session(s)", None, goals.strength_per_week),
            days=this_week.stretch_days,
            stretch_goal=stretch_goal,
        )
    if len(complete) == 1:
        last = complete[0]
        if last.strength_goal_met:
            text = translate(
                "progress", "Strength goal met last week; stretching on {days} of {stretch_goal}"
            )
        else:
            text = translate(
                "progress", "Strength goal missed last week; stretching on {days} of {stretch_goal}"
            )
        return text.format(days=last.stretch_days, stretch_goal=stretch_goal)
    met = sum(week.strength_goal_met for week in complete)
    stretching = sum(week.stretch_days for week in complete) / len(complete)
    return translate(
        "progress",
        "Strength goal met in {met} of the last %n week(s); stretching {average} days a week",
        None,
        len(complete),
    ).format(met=met, average=formats().number(stretching, 1))

"""Progress building blocks: categories, goals, which sessions count, and ISO-week summaries."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from lbh_desktop.core.counting import counts
from lbh_desktop.core.hold_progress import week_start_of
from lbh_desktop.core.models import RoutineKind, SessionRecord

ONE_WEEK = timedelta(days=7)


class Category(StrEnum):
    STRENGTH = "strength"
    STRETCH = "stretch"
    DESK_BREAK = "desk-break"


_CATEGORY_OF_KIND = {
    RoutineKind.STRENGTH: Category.STRENGTH,
    RoutineKind.STRETCH: Category.STRETCH,
    RoutineKind.WARMUP: Category.STRETCH,
    RoutineKind.DESK_BREAK: Category.DESK_BREAK,
}


@dataclass(frozen=True)
class Goals:
    """Weekly targets: strength sessions a week and days a week with stretching."""

    strength_per_week: int = 3
    stretch_days_per_week: int = 7

    def __post_init__(self) -> None:
        for value, what in (
            (self.strength_per_week, "strength goal must be 1–7 sessions a week"),
            (self.stretch_days_per_week, "stretch goal must be 1–7 days a week"),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 7:
                raise ValueError(f"{what}, not {value}")


def category_of(session: SessionRecord) -> Category:
    """Strength, desk break, or stretch (stretch and warm-up routines)."""
    return _CATEGORY_OF_KIND[session.routine_kind]


_STRENGTH = Category.STRENGTH
_CATEGORIES = tuple(Category)


@dataclass(frozen=True)
class WeekSummary:
    """One ISO week (Monday to Sunday) of counted sessions against the goals."""

    week_start: date
    iso_year: int
    iso_week: int
    label: str
    sessions: Mapping[Category, int]
    minutes: Mapping[Category, float]
    strength_sessions: int
    stretch_days: int
    skip_days: int
    strength_goal_met: bool
    stretch_goal_met: bool
    average_pain: float | None

    @property
    def all_skipped(self) -> bool:
        """Every day of the week is a skip day: neutral for streaks."""
        return self.skip_days >= 7


class WeekTally:
    """Counted sessions, their seconds and stretching days, and pain ratings of one week."""

    __slots__ = ("pain_count", "pain_total", "seconds", "sessions", "stretch_days")

    def __init__(self) -> None:
        self.sessions = dict.fromkeys(_CATEGORIES, 0)
        self.seconds = dict.fromkeys(_CATEGORIES, 0.0)
        self.stretch_days: set[date] = set()
        self.pain_total = 0
        self.pain_count = 0


@dataclass
class History:
    """What build_report needs from the sessions, gathered in one pass by read_history()."""

    first_day: date | None = None
    """The earliest local day of a counted session up to today."""
    daily_minutes: dict[date, float] = field(default_factory=dict)
    weeks: dict[date, WeekTally] = field(default_factory=dict)
    """Tallies by week start of the weeks with sessions up to today (maybe before first_day)."""
    strength_days: dict[date, int] = field(default_factory=dict)
    stretch_days: dict[date, int] = field(default_factory=dict)
    """Counted strength, and stretch or desk-break, sessions per local day up to today."""
    with_weeks: list[tuple[SessionRecord, date]] = field(default_factory=list)
    """Every session with the Monday of its local week, for the hold trends."""


def read_history(sessions: Iterable[SessionRecord], today: date) -> History:
    """One pass, parsing each distinct local_date once. Sessions dated after `today` (possible
    after flying west) only add to daily_minutes and the hold trends."""
    parsed: dict[str, tuple[date, date]] = {}
    seconds_per_day: dict[date, float] = {}
    tallies: dict[date, WeekTally] = {}
    strength_days: dict[date, int] = {}
    stretch_days: dict[date, int] = {}
    with_weeks: list[tuple[SessionRecord, date]] = []
    first_day: date | None = None
    # Plain locals and one pass: this loop runs for each of maybe 7,000 sessions.
    parsed_date = parsed.get
    add_with_week = with_weeks.append
    for session in sessions:
        known = parsed_date(session.local_date)
        if known is None:
            day = date.fromisoformat(session.local_date)
            known = parsed[session.local_date] = (day, week_start_of(day))
        day, week = known
        add_with_week((session, week))
        done = session.done_seconds
        if done > 0:
            seconds_per_day[day] = seconds_per_day.get(day, 0.0) + done
        if day > today:
            continue
        tally = tallies.get(week)
        if tally is None:
            tally = tallies[week] = WeekTally()
        if session.pain is not None:
            tally.pain_total += session.pain
            tally.pain_count += 1
        if counts(session):
            category = _CATEGORY_OF_KIND[session.routine_kind]
            tally.sessions[category] += 1
            tally.seconds[category] += done
            if category is _STRENGTH:
                strength_days[day] = strength_days.get(day, 0) + 1
            else:
                stretch_days[day] = stretch_days.get(day, 0) + 1
                tally.stretch_days.add(day)
            if first_day is None or day < first_day:
                first_day = day
    return History(
        first_day=first_day,
        daily_minutes={day: seconds / 60 for day, seconds in seconds_per_day.items()},
        weeks=tallies,
        strength_days=strength_days,
        stretch_days=stretch_days,
        with_weeks=with_weeks,
    )


def build_weeks(
    history: History, today: date, goals: Goals, skip_days: Collection[date]
) -> list[WeekSummary]:
    """Every ISO week from the first day's to today's, oldest first; [] without a first day."""
    if history.first_day is None:
        return []
    week = week_start_of(history.first_day)
    last_week = week_start_of(today)
    skipped_per_week: dict[date, int] = {}
    for day in set(skip_days):
        skipped_week = week_start_of(day)
        skipped_per_week[skipped_week] = skipped_per_week.get(skipped_week, 0) + 1
    summaries: list[WeekSummary] = []
    empty = WeekTally()
    while week <= last_week:
        tally = history.weeks.get(week, empty)
        summaries.append(_summary(week, tally, skipped_per_week.get(week, 0), goals))
        week += ONE_WEEK
    return summaries


def _summary(week_start: date, tally: WeekTally, skip_days: int, goals: Goals) -> WeekSummary:
    iso = week_start.isocalendar()
    strength = tally.sessions[_STRENGTH]
    stretch_days = len(tally.stretch_days)
    return WeekSummary(
        week_start=week_start,
        iso_year=iso.year,
        iso_week=iso.week,
        label=f"W{iso.week}",
        sessions=dict(tally.sessions),
        minutes={category: seconds / 60 for category, seconds in tally.seconds.items()},
        strength_sessions=strength,
        stretch_days=stretch_days,
        skip_days=skip_days,
        strength_goal_met=strength >= goals.strength_per_week or skip_days >= 7,
        stretch_goal_met=stretch_days >= max(0, goals.stretch_days_per_week - skip_days),
        average_pain=tally.pain_total / tally.pain_count if tally.pain_count else None,
    )

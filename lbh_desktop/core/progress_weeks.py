"""Progress building blocks: categories, goals, which sessions count, and weekly summaries."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import chain

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.locale_formats import formats
from lbh_desktop.core.models import RoutineKind, SessionRecord, SessionStatus

ONE_WEEK = timedelta(days=7)
MONDAY = 1
"""ISO weekday numbers (1 = Monday … 7 = Sunday) say where a week starts; Monday by default."""


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
_STRETCH = Category.STRETCH
_DESK_BREAK = Category.DESK_BREAK


@dataclass(frozen=True)
class WeekSummary:
    """One week (Monday to Sunday, or from the locale's first weekday) of counted sessions
    against the goals."""

    week_start: date
    iso_year: int
    iso_week: int
    """The ISO year and week of the week's middle day (its Thursday when it starts on Monday)."""
    label: str
    """The week's number as the locale counts it: "W12"."""
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
    """Counted sessions and their seconds by category, days with stretching, and the pain
    ratings of one week."""

    __slots__ = (
        "desk_break",
        "desk_break_seconds",
        "pain_count",
        "pain_total",
        "strength",
        "strength_seconds",
        "stretch",
        "stretch_days",
        "stretch_seconds",
    )

    def __init__(self) -> None:
        self.strength = self.stretch = self.desk_break = 0
        self.strength_seconds = self.stretch_seconds = self.desk_break_seconds = 0.0
        self.stretch_days = 0  # days with a counted stretch, warm-up or desk-break session
        self.pain_total = self.pain_count = 0


@dataclass
class History:
    """What build_report needs from the sessions, gathered in one pass by read_history()."""

    first_day: date | None = None
    """The earliest local day of a counted session up to today."""
    daily_minutes: dict[date, float] = field(default_factory=dict)
    weeks: dict[date, WeekTally] = field(default_factory=dict)
    """Tallies by week start of the weeks with sessions up to today (maybe before first_day)."""
    strength_days: set[date] = field(default_factory=set)
    stretch_days: set[date] = field(default_factory=set)
    """The local days up to today with a counted strength, and stretch or desk-break, session."""
    with_steps: list[tuple[SessionRecord, date]] = field(default_factory=list)
    """Every session with steps (the only ones with holds) and the start of its local week,
    in the order given, for the hold trends."""


def week_start_of(day: date, first_weekday: int = MONDAY) -> date:
    """The first day of the week holding `day`, weeks starting on ISO weekday `first_weekday`."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def _back_to_week_start(first_weekday: int) -> tuple[timedelta, ...]:
    """By day.weekday(): how far back the week's first day is."""
    return tuple(timedelta(days=(n + 1 - first_weekday) % 7) for n in range(7))


_COMPLETED = SessionStatus.COMPLETED
_PARTIAL = SessionStatus.PARTIAL
_END = SessionRecord("", "", "", RoutineKind.STRETCH, "", "", 0)
"""Put after the sessions: a local_date unlike any other, it ends the last run."""


def read_history(
    sessions: Iterable[SessionRecord], today: date, first_weekday: int = MONDAY
) -> History:
    """One pass, parsing a local_date once per run of sessions with that date (sessions come
    in time order, so a day's sessions are mostly together); weeks start on ISO weekday
    `first_weekday`. Sessions dated after `today` (possible after flying west) only add to
    daily_minutes and the hold trends.

    Opening Progress sends up to 50,000 sessions through here, so a session costs as few
    steps as can be: the figures of the current day and week live in plain locals, written
    back when the run or the week changes, and nothing is allocated per session but the pairs
    of `with_steps` (each object alive at a collection is garbage-collector work). Seconds are
    added one session at a time in the order given, so each sum is the same float as adding
    them up session by session."""
    seconds_per_day: dict[date, float] = {}
    tallies: dict[date, WeekTally] = {}
    strength_days: set[date] = set()
    stretch_days: set[date] = set()
    with_steps: list[tuple[SessionRecord, date]] = []
    add_with_steps = with_steps.append
    back_to_week_start = _back_to_week_start(first_weekday)
    parse = date.fromisoformat
    category_of_kind = _CATEGORY_OF_KIND
    completed, partial = _COMPLETED, _PARTIAL
    desk_break, strength_category = _DESK_BREAK, _STRENGTH
    run_date: object = _END  # no local_date equals it: the first session starts a run
    day = week = today
    future = True
    day_seconds = 0.0
    # The week being counted: `tally` gets these back when a run of another week starts.
    tally = WeekTally()  # until the first run up to today: a blank that nothing reads
    tally_week: date | None = None
    strength = stretch = desk = week_stretch_days = pain_total = pain_count = 0
    strength_seconds = stretch_seconds = desk_seconds = 0.0
    strength_before = others_before = 0
    for session in chain(sessions, (_END,)):
        if session.local_date != run_date:
            if day_seconds > 0:
                seconds_per_day[day] = day_seconds
            if strength != strength_before:
                strength_days.add(day)
            if stretch + desk != others_before and day not in stretch_days:
                stretch_days.add(day)
                week_stretch_days += 1
            ended = session is _END
            if not ended:
                run_date = local_date = session.local_date
                day = parse(local_date)
                week = day - back_to_week_start[day.weekday()]
                day_seconds = seconds_per_day.get(day, 0.0)
                future = day > today
            if ended or (not future and week != tally_week):
                tally.strength, tally.strength_seconds = strength, strength_seconds
                tally.stretch, tally.stretch_seconds = stretch, stretch_seconds
                tally.desk_break, tally.desk_break_seconds = desk, desk_seconds
                tally.stretch_days = week_stretch_days
                tally.pain_total, tally.pain_count = pain_total, pain_count
                if ended:
                    break
                tally_week = week
                found = tallies.get(week)
                tally = tallies[week] = WeekTally() if found is None else found
                strength, strength_seconds = tally.strength, tally.strength_seconds
                stretch, stretch_seconds = tally.stretch, tally.stretch_seconds
                desk, desk_seconds = tally.desk_break, tally.desk_break_seconds
                week_stretch_days = tally.stretch_days
                pain_total, pain_count = tally.pain_total, tally.pain_count
            strength_before, others_before = strength, stretch + desk
        done = session.done_seconds
        if done > 0:
            day_seconds += done
        if session.steps:
            add_with_steps((session, week))
        if future:
            continue
        if session.pain is not None:
            pain_total += session.pain
            pain_count += 1
        # counts(session), inlined: a call per session would cost a tenth of this loop.
        status = session.status
        if status is completed or (status is partial and done >= session.planned_seconds / 2):
            category = category_of_kind[session.routine_kind]
            if category is desk_break:  # the most frequent: several a day
                desk += 1
                desk_seconds += done
            elif category is strength_category:
                strength += 1
                strength_seconds += done
            else:
                stretch += 1
                stretch_seconds += done
    return History(
        first_day=min(strength_days | stretch_days, default=None),
        daily_minutes={day: seconds / 60 for day, seconds in seconds_per_day.items()},
        weeks=tallies,
        strength_days=strength_days,
        stretch_days=stretch_days,
        with_steps=with_steps,
    )


def build_weeks(
    history: History,
    today: date,
    goals: Goals,
    skip_days: Collection[date],
    first_weekday: int = MONDAY,
) -> list[WeekSummary]:
    """Every week (starting on ISO weekday `first_weekday`, as read_history's) from the first
    day's to today's, oldest first; [] without a first day."""
    if history.first_day is None:
        return []
    week = week_start_of(history.first_day, first_weekday)
    last_week = week_start_of(today, first_weekday)
    skipped_per_week: dict[date, int] = {}
    for day in set(skip_days):
        skipped_week = week_start_of(day, first_weekday)
        skipped_per_week[skipped_week] = skipped_per_week.get(skipped_week, 0) + 1
    summaries: list[WeekSummary] = []
    empty = WeekTally()
    while week <= last_week:
        tally = history.weeks.get(week, empty)
        summaries.append(_summary(week, tally, skipped_per_week.get(week, 0), goals))
        week += ONE_WEEK
    return summaries


def _summary(week_start: date, tally: WeekTally, skip_days: int, goals: Goals) -> WeekSummary:
    iso_year, iso_week, _weekday = (week_start + timedelta(days=3)).isocalendar()
    strength = tally.strength
    stretch_days = tally.stretch_days
    return WeekSummary(
        week_start=week_start,
        iso_year=iso_year,
        iso_week=iso_week,
        label=translate("progress_weeks", "W{week}").format(week=formats().week_of(week_start)),
        sessions={_STRENGTH: strength, _STRETCH: tally.stretch, _DESK_BREAK: tally.desk_break},
        minutes={
            _STRENGTH: tally.strength_seconds / 60,
            _STRETCH: tally.stretch_seconds / 60,
            _DESK_BREAK: tally.desk_break_seconds / 60,
        },
        strength_sessions=strength,
        stretch_days=stretch_days,
        skip_days=skip_days,
        strength_goal_met=strength >= goals.strength_per_week or skip_days >= 7,
        stretch_goal_met=stretch_days >= max(0, goals.stretch_days_per_week - skip_days),
        average_pain=tally.pain_total / tally.pain_count if tally.pain_count else None,
    )

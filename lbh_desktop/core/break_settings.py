"""Stretch-break settings (working hours, interval, validation) and the schedule's value types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

INTERVAL_RANGE = (1, 240)
BREAK_RANGE = (1.0, 30.0)
PRE_WARNING_RANGE = (0, 180)
SNOOZES_RANGE = (0, 10)


def _whole_number(value: object, name: str, low: int, high: int, unit: str = "") -> None:
    suffix = f" {unit}" if unit else ""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(
            f"{name} must be a whole number from {low} to {high}{suffix}, not {value!r}"
        )


@dataclass(frozen=True)
class WorkingHours:
    """The local days (Monday = 0) and times of day during which breaks are counted."""

    days: frozenset[int] = field(default_factory=lambda: frozenset({0, 1, 2, 3, 4}))
    start: time = time(9, 0)
    end: time = time(17, 30)

    def __post_init__(self) -> None:
        if not isinstance(self.days, frozenset):
            object.__setattr__(self, "days", frozenset(self.days))
        if not self.days:
            raise ValueError("days must include at least one weekday")
        for day in self.days:
            if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
                raise ValueError(f"days must be weekdays 0 (Monday) to 6 (Sunday), not {day!r}")
        if not isinstance(self.start, time) or not isinstance(self.end, time):
            raise ValueError("start and end must be times of day")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("start and end must be local times without a time zone")
        if self.end <= self.start:
            raise ValueError(
                f"end ({self.end:%H:%M}) must be later than start ({self.start:%H:%M})"
            )

    def contains(self, moment: datetime) -> bool:
        """Whether `moment` (a local naive or aware datetime) is in working hours; end excluded."""
        clock_time = moment.time()
        return moment.weekday() in self.days and self.start <= clock_time < self.end

    def describe(self) -> str:
        """E.g. "Monday, Tuesday, Wednesday, Thursday, Friday 09:00–17:30"."""
        names = ", ".join(WEEKDAY_NAMES[day] for day in sorted(self.days))
        return f"{names} {self.start:%H:%M}–{self.end:%H:%M}"


def until_tomorrow(now: datetime, working_hours: WorkingHours) -> datetime:
    """The start of the next working day after `now`'s local date, in `now`'s time zone.

    Friday evening and the weekend give Monday's start with the default hours.
    """
    day: date = now.date()
    for _ in range(7):
        day += timedelta(days=1)
        if day.weekday() in working_hours.days:
            break
    return datetime.combine(day, working_hours.start, tzinfo=now.tzinfo)


@dataclass(frozen=True)
class BreakSettings:
    """How often to remind, what counts as a natural break, and how reminders behave."""

    interval_minutes: int = 50
    """Minutes of active time between breaks."""
    break_minutes: float = 5.0
    """Idle minutes that count as a (natural) break and restart the counter."""
    pre_warning_seconds: int = 60
    """Seconds of warning before a break is due; 0 turns the warning off."""
    max_snoozes: int = 3
    """Snoozes allowed in a row before the reminder can only be taken or skipped."""
    working_hours: WorkingHours = field(default_factory=WorkingHours)

    def __post_init__(self) -> None:
        _whole_number(self.interval_minutes, "interval_minutes", *INTERVAL_RANGE, "minutes")
        low, high = BREAK_RANGE
        value = self.break_minutes
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise ValueError(
                f"break_minutes must be a number from {low:g} to {high:g} minutes, not {value!r}"
            )
        _whole_number(
            self.pre_warning_seconds, "pre_warning_seconds", *PRE_WARNING_RANGE, "seconds"
        )
        _whole_number(self.max_snoozes, "max_snoozes", *SNOOZES_RANGE)
        if not isinstance(self.working_hours, WorkingHours):
            raise ValueError("working_hours must be a WorkingHours")

    @property
    def interval_seconds(self) -> float:
        return self.interval_minutes * 60.0

    @property
    def break_seconds(self) -> float:
        return float(self.break_minutes) * 60.0


def hours_overlap(inside: Callable[[float], bool], start: float, end: float) -> tuple[float, float]:
    """Seconds of wall interval [start, end] where `inside` holds, and the wall time they begin.

    Assumes at most one working-hours edge in the interval (it is never longer than a break).
    """
    if end <= start:
        return 0.0, end
    inside_start, inside_end = inside(start), inside(end)
    if inside_start and inside_end:
        return end - start, start
    if not inside_start and not inside_end:
        return 0.0, end
    edge = hours_boundary(inside, start, end)
    return (edge - start, start) if inside_start else (end - edge, edge)


def hours_boundary(inside: Callable[[float], bool], start: float, end: float) -> float:
    """The wall time in (start, end] where `inside` changes, found by bisection (DST-safe)."""
    low, high = start, end
    inside_low = inside(low)
    while high - low > 1e-6:
        middle = (low + high) / 2
        if inside(middle) == inside_low:
            low = middle
        else:
            high = middle
    return high


class ScheduleState(StrEnum):
    OFF_HOURS = "off-hours"
    COUNTING = "counting"
    PRE_WARNING = "pre-warning"
    DUE = "due"
    SNOOZED = "snoozed"
    PAUSED = "paused"
    ON_BREAK = "on-break"


class ScheduleEventKind(StrEnum):
    PRE_WARNING = "pre-warning"
    BREAK_DUE = "break-due"
    NATURAL_BREAK = "natural-break"
    PAUSE_ENDED = "pause-ended"
    QUIET_ENDED = "quiet-ended"


@dataclass(frozen=True)
class ScheduleEvent:
    kind: ScheduleEventKind
    at: float
    """Wall time (Unix seconds) at which it happened."""


@dataclass(frozen=True)
class ScheduleSnapshot:
    state: ScheduleState
    active_seconds: float
    seconds_to_break: float | None
    """None while paused, on a break or outside working hours; 0 once due."""
    snoozes_in_a_row: int
    can_snooze: bool
    paused_until: datetime | None
    quiet_until: datetime | None
    quiet: bool
    idle_backend: bool

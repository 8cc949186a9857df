"""Dates, weekdays, numbers and durations in the user's locale, without importing Qt."""

# The core and the views call `formats()`; the shell installs a QLocale-backed `LocaleFormats`
# at start-up (`ui/shared/language.py`). The default here is English (day before month, week
# from Monday), so the core's tests and tools need no Qt.

from __future__ import annotations

from datetime import date, time

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class LocaleFormats:
    """English formats; a subclass answers for another locale. Weekdays are ISO (1 = Monday)."""

    def first_weekday(self) -> int:
        """The ISO weekday a week starts on in calendars and weekly bars (1 = Monday)."""
        return 1

    def weekday_name(self, iso_weekday: int, *, short: bool = False) -> str:
        name = _WEEKDAYS[iso_weekday - 1]
        return name[:3] if short else name

    def month_name(self, month: int, *, short: bool = False) -> str:
        name = _MONTHS[month - 1]
        return name[:3] if short else name

    def day_month(self, day: date) -> str:
        """A day without its year, short month: "2 Dec"."""
        return f"{day.day} {self.month_name(day.month, short=True)}"

    def day_month_year(self, day: date) -> str:
        """A day with its year, short month: "2 Dec 2026"."""
        return f"{self.day_month(day)} {day.year}"

    def weekday_date(self, day: date, *, year: bool = True) -> str:
        """A day with its short weekday: "Wed 2 Dec 2026" (or "Wed 2 Dec")."""
        text = self.day_month_year(day) if year else self.day_month(day)
        return f"{self.weekday_name(day.isoweekday(), short=True)} {text}"

    def month_year(self, day: date, *, short: bool = True) -> str:
        """ "Dec 2026" (or "December 2026")."""
        return f"{self.month_name(day.month, short=short)} {day.year}"

    def numeric_date(self, day: date) -> str:
        """A compact all-digit date as the locale writes it: "02/12/2026"."""
        return f"{day.day:02d}/{day.month:02d}/{day.year}"

    def clock_time(self, moment: time) -> str:
        """Hours and minutes as the locale shows them: "09:30"."""
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the locale's decimal and group separators: "1,234.5"."""
        return f"{value:,.{decimals}f}"

    def week_of(self, day: date) -> int:
        """The week number shown for a day: ISO weeks (Monday start) everywhere but where the
        locale starts weeks on Sunday, which counts week 1 from the week holding 1 January."""
        if self.first_weekday() == 1:
            return day.isocalendar()[1]
        start = date(day.year, 1, 1)
        offset = (start.isoweekday() - self.first_weekday()) % 7
        return (day.toordinal() - start.toordinal() + offset) // 7 + 1


_current: LocaleFormats = LocaleFormats()


def install_formats(formats: LocaleFormats | None) -> None:
    """Sets the formats every later call uses; None goes back to the English default."""
    global _current
    _current = formats or LocaleFormats()


def formats() -> LocaleFormats:
    """The formats of the user's locale (English until the shell installs others)."""
    return _current

"""English default formats, Sunday-start week numbers, and installing other formats."""

from __future__ import annotations

from datetime import date, time

from lbh_desktop.core.locale_formats import LocaleFormats, formats, install_formats

DAY = date(2026, 12, 2)  # a Wednesday


def test_english_defaults() -> None:
    english = LocaleFormats()
    assert english.first_weekday() == 1
    assert english.weekday_name(3) == "Wednesday"
    assert english.weekday_name(7, short=True) == "Sun"
    assert english.month_name(12, short=True) == "Dec"
    assert english.day_month(DAY) == "2 Dec"
    assert english.day_month_year(DAY) == "2 Dec 2026"
    assert english.weekday_date(DAY) == "Wed 2 Dec 2026"
    assert english.weekday_date(DAY, year=False) == "Wed 2 Dec"
    assert english.month_year(DAY, short=False) == "December 2026"
    assert english.numeric_date(DAY) == "02/12/2026"
    assert english.clock_time(time(9, 5)) == "09:05"
    assert english.number(1234.56, 1) == "1,234.6"
    assert english.week_of(DAY) == 49


class SundayFormats(LocaleFormats):
    def first_weekday(self) -> int:
        return 7


def test_sunday_start_weeks_count_from_the_week_holding_the_first_of_january() -> None:
    sunday = SundayFormats()
    assert sunday.week_of(date(2026, 1, 1)) == 1  # a Thursday
    assert sunday.week_of(date(2026, 1, 3)) == 1  # Saturday: same week
    assert sunday.week_of(date(2026, 1, 4)) == 2  # Sunday starts week 2
    assert sunday.week_of(date(2026, 12, 5)) == sunday.week_of(date(2026, 11, 29))


def test_installed_formats_answer_until_removed() -> None:
    install_formats(SundayFormats())
    try:
        assert formats().first_weekday() == 7
    finally:
        install_formats(None)
    assert formats().first_weekday() == 1

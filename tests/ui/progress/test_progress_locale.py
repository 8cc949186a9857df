"""The Progress page follows the locale: weekday and month names, and the first day of the week."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from lbh_desktop.core.locale_formats import LocaleFormats, install_formats
from lbh_desktop.ui.progress.calendar_heatmap import WEEKS, first_column
from tests.ui.progress.progress_page import TODAY, Page, three_week_history

_WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
_MONTHS = ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"]


class GermanLike(LocaleFormats):
    """German-looking names, "19. März 2026", and weeks from Sunday."""

    def first_weekday(self) -> int:
        return 7

    def weekday_name(self, iso_weekday: int, *, short: bool = False) -> str:
        return _WEEKDAYS[iso_weekday - 1]

    def month_name(self, month: int, *, short: bool = False) -> str:
        return _MONTHS[month - 1]

    def day_month(self, day: date) -> str:
        return f"{day.day}. {self.month_name(day.month)}"

    def weekday_date(self, day: date, *, year: bool = True) -> str:
        text = self.day_month_year(day) if year else self.day_month(day)
        return f"{self.weekday_name(day.isoweekday())}, {text}"


@pytest.fixture
def german_like() -> Iterator[GermanLike]:
    formats = GermanLike()
    install_formats(formats)
    try:
        yield formats
    finally:
        install_formats(None)


def test_the_calendar_starts_its_weeks_on_the_locales_first_day(
    german_like: GermanLike, make_page: Callable[..., Page]
) -> None:
    page = make_page(three_week_history())
    calendar = page.view.calendar
    calendar.graphics.grab()  # paints, so the axes lay out their ticks

    assert calendar.day_axis.shown_ticks()[0.0] == "So"  # the first row is Sunday's
    sunday = TODAY - timedelta(days=4)  # 15 March 2026
    assert first_column(TODAY, 7) == sunday - timedelta(weeks=WEEKS - 1)
    assert calendar.day_at(WEEKS - 1, 0) == sunday
    assert calendar._describe(WEEKS - 1, 4) == "Do, 19. März 2026: 11 min active"
    assert calendar.summary().startswith(
        f"Since {german_like.day_month_year(first_column(TODAY, 7))}:"
    )
    assert "März" in calendar.month_axis.shown_ticks().values()


def test_the_weeks_start_on_sunday_and_their_days_read_in_the_locale(
    german_like: GermanLike, make_page: Callable[..., Page]
) -> None:
    page = make_page(three_week_history())
    weeks = page.view.weeks_chart._weeks

    assert {week.week_start.isoweekday() for week in weeks} == {7}
    assert weeks[-1].week_start == date(2026, 3, 15)
    assert weeks[-1].label == f"W{german_like.week_of(date(2026, 3, 15))}"
    assert "Mark So, 15. März as a skip day" in [
        action.text() for action in page.view.calendar.context_menu(date(2026, 3, 15)).actions()
    ]


def test_english_weeks_start_on_monday(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    calendar = page.view.calendar
    calendar.graphics.grab()

    assert calendar.day_axis.shown_ticks() == {0.0: "Mon", 2.0: "Wed", 4.0: "Fri"}
    assert page.view.weeks_chart._weeks[-1].week_start == date(2026, 3, 16)

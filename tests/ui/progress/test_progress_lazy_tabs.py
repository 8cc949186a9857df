"""Opening Progress builds only the chart on show; the others are built, with the latest data,
the first time their tab shows."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.progress import Goals, build_report
from lbh_desktop.ui.progress.calendar_heatmap import CalendarHeatmap
from lbh_desktop.ui.progress.score_chart import EXPLANATION, ScoreChart
from tests.ui.progress.progress_page import (
    TODAY,
    Page,
    open_page,
    select_range,
    three_week_history,
    year_history,
)


@pytest.fixture
def make_page(qtbot: QtBot) -> Callable[..., Page]:
    return functools.partial(open_page, qtbot)


def built(page: Page) -> list[str]:
    view = page.view
    lazy = (
        ("Weeks", view.lazy_weeks),
        ("Calendar", view.lazy_calendar),
        ("Consistency", view.lazy_scores),
        ("Holds", view.lazy_holds),
        ("Pain", view.lazy_pain),
    )
    return [name for name, chart in lazy if chart.built]


def test_opening_the_page_builds_only_the_weeks_chart(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    assert built(page) == ["Weeks"]
    assert page.view.current_chart() is page.view.weeks_chart
    assert page.view.weeks_chart.isVisible()
    assert page.view.tabs.tabToolTip(2) == EXPLANATION  # known before the chart is built


def test_a_tab_shown_later_builds_its_chart_with_the_latest_range(
    make_page: Callable[..., Page],
) -> None:
    sessions = year_history()
    page = make_page(sessions)
    select_range(page, 4)  # drawn while the Consistency chart does not exist yet
    assert "Consistency" not in built(page)

    page.view.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    assert "Consistency" in built(page)
    chart = page.view.current_chart()
    assert isinstance(chart, ScoreChart) and chart.isVisible()
    report = build_report(sessions, Goals(), set(), TODAY)
    start = report.last_weeks(4)[0].week_start
    assert len(chart.curves[0].yData) == (TODAY - start).days + 1


def test_a_built_chart_follows_later_changes_even_when_hidden(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(year_history())
    page.view.tabs.setCurrentIndex(2)
    chart = page.view.scores_chart
    page.view.tabs.setCurrentIndex(0)
    select_range(page, 4)
    four_weeks = len(chart.curves[0].yData)
    select_range(page, 12)
    assert len(chart.curves[0].yData) > four_weeks


def test_the_calendar_built_late_still_forwards_skip_days(
    make_page: Callable[..., Page], qtbot: QtBot
) -> None:
    page = make_page(three_week_history())
    calendar = page.view.calendar  # built now, after the view connected its signals
    assert isinstance(calendar, CalendarHeatmap)
    with qtbot.waitSignal(page.view.skip_day_toggled) as signal:
        calendar.skip_day_toggled.emit(TODAY, True)
    assert signal.args == [TODAY, True]

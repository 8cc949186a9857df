"""Weeks tab: the stretching-goal mark above each bar (filled when met, hollow when not), its
"6/7 days" text when the bars are wide enough, and the legend entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from lbh_desktop.core.progress import WeekSummary
from lbh_desktop.ui.progress.stretch_goal_marks import (
    MARK_GAP,
    StretchWeek,
    mark_size,
    mark_texts,
)
from lbh_desktop.ui.progress.weekly_chart import WeeklyChart, stretch_goal_text
from tests.ui.progress.progress_page import (
    TODAY,
    Page,
    select_range,
    three_week_history,
    year_history,
)
from tests.ui.progress.test_progress_charts import dark_palette


def shown(page: Page) -> list[WeekSummary]:
    return page.view.weeks_chart._weeks


def painted_texts(chart: WeeklyChart) -> list[str]:
    chart.graphics.grab()  # paints the scene, marks included
    return chart.stretch_marks.painted_texts


def mark_colour(chart: WeeklyChart, index: int) -> QColor:
    """The colour in the middle of week `index`'s mark as drawn on screen."""
    image = chart.graphics.grab().toImage()
    marks = chart.stretch_marks
    top = marks.weeks()[index].top
    scene = chart.plot.getViewBox().mapViewToScene(QPointF(index, top))
    base = chart.graphics.mapFromScene(scene)
    size = mark_size(marks.px_per_week())
    ratio = image.devicePixelRatio()
    x = round(base.x() * ratio)
    y = round((base.y() - MARK_GAP - size / 2) * ratio)
    return image.pixelColor(x, y)


def test_texts_shorten_then_go_as_the_bars_narrow() -> None:
    weeks = [StretchWeek(top=5, days=6, target=7, met=False), StretchWeek(3, 7, 7, True)]

    def width(text: str) -> float:
        return 7.0 * len(text)

    assert mark_texts(weeks, 80, width) == ["6/7 days", "7/7 days"]
    assert mark_texts(weeks, 40, width) == ["6/7", "7/7"]
    assert mark_texts(weeks, 20, width) == ["", ""]
    assert mark_size(8) == 5.0 and mark_size(100) == 10.0


def test_each_week_has_a_mark_with_its_days_and_whether_the_goal_was_met(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history(), size=(800, 600))
    chart = page.view.weeks_chart
    weeks = shown(page)
    marks = chart.stretch_marks.weeks()
    assert [(m.days, m.target, m.met) for m in marks] == [
        (w.stretch_days, 7, w.stretch_goal_met) for w in weeks
    ]
    heights = chart.bar_heights()
    assert [m.top for m in marks] == [sum(column) for column in zip(*heights.values(), strict=True)]
    assert painted_texts(chart) == [f"{w.stretch_days}/7 days" for w in weeks]
    assert stretch_goal_text(7) in chart.legend.texts()
    assert stretch_goal_text(7) == "Stretching goal (7 days a week)"
    assert stretch_goal_text(1) == "Stretching goal (1 day a week)"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_met_goal_is_a_filled_mark_and_a_missed_one_hollow(
    make_page: Callable[..., Page], dark: bool
) -> None:
    page = make_page(year_history(), size=(800, 600))
    if dark:
        page.view.setPalette(dark_palette())
        QApplication.processEvents()
    chart = page.view.weeks_chart
    theme = chart.theme
    met = [week.stretch_goal_met for week in shown(page)]
    assert True in met and False in met
    for index in (met.index(True), met.index(False)):
        colour = mark_colour(chart, index)
        expected = theme.stretch if met[index] else theme.background
        assert colour.name() == expected.name(), (index, met[index])


def test_the_legend_and_targets_follow_the_goal_and_skip_days(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history())
    page.store.skip_days = {TODAY - timedelta(days=1), TODAY}
    page.view.stretch_goal.setValue(4)
    chart = page.view.weeks_chart
    assert "Stretching goal (4 days a week)" in chart.legend.texts()
    last = shown(page)[-1]
    assert last.skip_days == 2
    assert chart.stretch_marks.weeks()[-1].target == 2
    assert chart.stretch_marks.weeks()[-1].met == last.stretch_goal_met


def test_narrow_bars_keep_their_marks_without_text_and_room_above_the_tallest(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(year_history(), size=(800, 600))
    select_range(page, 52)
    chart = page.view.weeks_chart
    marks = chart.stretch_marks
    assert len(marks.weeks()) == 52
    assert painted_texts(chart) == [""] * 52
    box = chart.plot.getViewBox()
    tallest = max(mark.top for mark in marks.weeks())
    top_px = box.mapViewToScene(QPointF(0, tallest)).y()
    view_top = box.sceneBoundingRect().top()
    assert top_px - view_top >= marks.headroom(marks.px_per_week())


def test_wide_bars_show_the_days_above_every_mark(make_page: Callable[..., Page]) -> None:
    page = make_page(year_history(), size=(1280, 800))
    select_range(page, 12)
    chart = page.view.weeks_chart
    texts = painted_texts(chart)
    assert len(texts) == 12
    assert texts == [f"{w.stretch_days}/7 days" for w in shown(page)]

"""The strength goal on the Weeks chart belongs to the strength part of each bar: a tick per
bar, not a line across the chart that reads as a total of sessions."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg

from lbh_desktop.ui.progress.weekly_chart import BAR_WIDTH, week_tooltip
from tests.ui.progress.progress_page import Page, three_week_history


def test_the_strength_goal_is_a_tick_on_each_bar_not_a_line_across(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history())
    chart = page.view.weeks_chart
    across = [
        item
        for item in chart.plot.items
        if isinstance(item, pg.InfiniteLine) and item.angle % 180 == 0
    ]
    assert across == []

    spans = chart.goal_tick_spans()
    assert len(spans) == len(chart._weeks) == 3
    for index, (left, right, y) in enumerate(spans):
        assert y == 3.0
        assert index - 0.5 < left <= index - BAR_WIDTH / 2  # covers its bar, not the gap
        assert index + BAR_WIDTH / 2 <= right < index + 0.5
    assert "Strength goal (3 a week)" in chart.legend.texts()
    assert any(entry.style == "tick" for entry in chart.legend._entries)
    assert "Strength goal met" in week_tooltip(chart._weeks[0])

"""Progress page from a real report: summary, streaks, bars, tabs, goal editors and range."""

from __future__ import annotations

from collections.abc import Callable

from lbh_desktop.core.progress import Category, Goals, build_report
from tests.ui.progress.progress_page import (
    TODAY,
    Page,
    select_range,
    shown_weeks,
    three_week_history,
    year_history,
)


def test_three_week_history_draws_the_real_report(make_page: Callable[..., Page]) -> None:
    sessions = three_week_history()
    page = make_page(sessions)
    report = build_report(sessions, Goals(), set(), TODAY)
    view = page.view

    assert not view.is_empty_shown()
    assert view.summary_label.text() == report.summary
    assert view.streaks_label.text().startswith("Strength: ")
    assert " · Stretching: " in view.streaks_label.text()
    # W10: the partial strength session with over half done counts; W11: the short partial
    # stretch and the stopped strength session do not, the warm-up counts as stretching.
    assert view.weeks_chart.bar_heights() == {
        Category.STRENGTH: [3.0, 2.0, 2.0],
        Category.STRETCH: [2.0, 3.0, 2.0],
        Category.DESK_BREAK: [2.0, 1.0, 2.0],
    }
    assert [w.label for w in view.weeks_chart._weeks] == ["W10", "W11", "W12"]
    assert {y for _, _, y in view.weeks_chart.goal_tick_spans()} == {3.0}
    assert view.tabs.count() == 5
    assert [view.tabs.tabText(i) for i in range(5)] == [
        "Weeks",
        "Calendar",
        "Consistency",
        "Holds",
        "Pain",
    ]


def test_streaks_read_as_weeks_and_days() -> None:
    from lbh_desktop.core.progress import Streaks
    from lbh_desktop.ui.progress.progress_controller import streaks_text

    assert streaks_text(Streaks(3, 5, 12, 20)) == (
        "Strength: 3-week streak (best 5) · Stretching: 12-day streak (best 20)"
    )
    assert streaks_text(Streaks(0, 1, 0, 0)) == (
        "Strength: no streak right now (best 1 week) · Stretching: no streak yet"
    )


def test_goal_editors_start_at_the_stored_goals_with_the_guidance_tooltip(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history())
    view = page.view
    assert (view.strength_goal.minimum(), view.strength_goal.maximum()) == (1, 7)
    assert (view.stretch_goal.minimum(), view.stretch_goal.maximum()) == (1, 7)
    assert view.strength_goal.value() == 3 and view.stretch_goal.value() == 7
    assert view.strength_goal.toolTip() == "2–3 a week is the usual guidance"

    page.store.goals = Goals(2, 5)
    page.controller.refresh()
    assert view.strength_goal.value() == 2 and view.stretch_goal.value() == 5
    assert page.store.saved_goals == []  # showing stored goals does not save them again


def test_range_switch_changes_the_number_of_bars(make_page: Callable[..., Page]) -> None:
    sessions = year_history()
    page = make_page(sessions)
    all_weeks = len(build_report(sessions, Goals(), set(), TODAY).weeks)
    assert shown_weeks(page) == 12  # the default range
    for weeks, bars in ((4, 4), (26, 26), (52, 52), (0, all_weeks), (12, 12)):
        select_range(page, weeks)
        assert shown_weeks(page) == bars
        assert len(page.view.pain_chart._weeks) == bars
    assert all_weeks > 52


def test_editing_a_goal_saves_it_and_moves_the_goal_ticks(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    chart = page.view.weeks_chart
    page.view.strength_goal.setValue(2)
    assert page.store.saved_goals == [Goals(2, 7)]
    assert {y for _, _, y in chart.goal_tick_spans()} == {2.0}
    assert "Strength goal (2 a week)" in chart.legend.texts()

    page.view.stretch_goal.setValue(4)
    assert page.store.saved_goals[-1] == Goals(2, 4)
    report = page.controller.report
    assert report is not None
    assert page.view.summary_label.text() == report.summary

"""Every Progress chart has a text alternative: a summary under it, reached by Tab, that is
also the chart's accessible description, and it follows the data and the range shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from tests.ui.progress.progress_page import Page, three_week_history


def charts(page: Page) -> dict[str, object]:
    view = page.view
    return {
        "Weeks chart": view.weeks_chart,
        "Calendar chart": view.calendar,
        "Consistency chart": view.scores_chart,
        "Holds chart": view.holds_chart,
        "Pain chart": view.pain_chart,
    }


def test_each_chart_has_a_summary_reached_by_tab_and_read_as_its_description(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history())
    for title, chart in charts(page).items():
        page.view.tabs.show_chart(chart)  # type: ignore[arg-type]
        summary = chart.summary_label  # type: ignore[attr-defined]
        assert summary.isVisible() and summary.text(), title
        assert summary.focusPolicy() & Qt.FocusPolicy.TabFocus, title
        assert summary.accessibleName() == f"{title} summary"
        assert summary.accessibleDescription() == summary.text()
        graphics = chart.graphics  # type: ignore[attr-defined]
        assert (graphics.accessibleName(), graphics.accessibleDescription()) == (
            title,
            summary.text(),
        )


def test_the_summaries_say_what_the_charts_draw(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    view = page.view
    weeks = view.weeks_chart.summary()
    assert weeks.startswith("Last ") and " sessions, oldest first." in weeks
    assert "Strength goal 3 a week" in weeks
    assert view.calendar.summary().startswith("Since ")
    assert view.scores_chart.summary().startswith("Habit strength now: strength ")
    assert view.holds_chart.summary().startswith("Front plank: best hold 40 s")
    assert "4.7, 3.5, 2.5" in view.pain_chart.summary()

    view.holds_chart.exercise_combo.setCurrentIndex(1)
    assert view.holds_chart.summary().startswith("Side plank, left side: best hold")


def test_a_chart_with_nothing_to_draw_leaves_it_to_its_message(
    make_page: Callable[..., Page],
) -> None:
    page = make_page([])
    assert not page.view.holds_chart.summary_label.isVisibleTo(page.view.holds_chart)

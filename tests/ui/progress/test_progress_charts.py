"""Progress charts one by one: tooltips, hover, week and month labels, calendar cells, scores,
holds, pain, and colours in light and dark palettes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.progress import Category, Goals, build_report
from lbh_desktop.ui.progress.calendar_heatmap import (
    WEEKS,
    cell_tooltip,
    first_column,
    level_of,
    month_ticks,
)
from lbh_desktop.ui.progress.plotting import (
    MIN_LABEL_GAP,
    Span,
    Theme,
    day_tick_layout,
    text_width,
    week_tick_layout,
)
from lbh_desktop.ui.progress.score_chart import EXPLANATION
from lbh_desktop.ui.progress.weekly_chart import day_span, week_tooltip
from lbh_desktop.ui.shared.colors import DARK
from lbh_desktop.ui.shared.theme import palette_for
from tests.ui.progress.progress_page import (
    DESK,
    STRENGTH,
    STRETCH,
    TODAY,
    Page,
    select_range,
    session,
    three_week_history,
    year_history,
)
from tests.ui.shared.contrast import contrast

W12 = date(2026, 3, 16)


def w12_week() -> list:
    """Week 12 of 2026 as in the issue: 3 strength (62 min), 5 stretch (48), 2 desk (10)."""
    d = [W12 + timedelta(days=n) for n in range(7)]
    return [
        session(d[0], STRENGTH, 20),
        session(d[2], STRENGTH, 21),
        session(d[4], STRENGTH, 21),
        *(session(d[n], STRETCH, 10, hour=7) for n in range(4)),
        session(d[5], STRETCH, 8, hour=7),
        session(d[1], DESK, 5, hour=14),
        session(d[3], DESK, 5, hour=14),
    ]


# Weeks: tooltip and hover


def test_week_tooltip_gives_exact_counts_and_minutes() -> None:
    report = build_report(w12_week(), Goals(), set(), W12 + timedelta(days=6))
    (week,) = report.weeks
    first, *rest = week_tooltip(week).split("\n")
    assert first == (
        "W12 (16–22 Mar): 3 strength (62 min), 5 stretch (48 min), 2 desk breaks (10 min)"
    )
    assert rest[0] == "Strength goal met · stretching on 5 days (goal not met)"


def test_week_tooltip_singular_and_across_months() -> None:
    sessions = [session(date(2026, 3, 31), DESK, 5, pain=4)]
    (week,) = build_report(sessions, Goals(), {date(2026, 4, 2)}, date(2026, 4, 5)).weeks
    lines = week_tooltip(week).split("\n")
    assert lines[0] == (
        "W14 (30 Mar–5 Apr): 0 strength (0 min), 0 stretch (0 min), 1 desk break (5 min)"
    )
    assert "Skip days: 1" in lines
    assert "Average pain: 4.0 of 10" in lines
    assert day_span(date(2025, 12, 29)) == "29 Dec–4 Jan"


def test_hovering_a_bar_shows_its_tooltip(
    make_page: Callable[..., Page], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real tooltip window would make the offscreen platform warn: catch the text instead.
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda where, text, *rest: shown.append(text))
    monkeypatch.setattr(QToolTip, "hideText", lambda: shown.append(""))
    page = make_page(w12_week() + three_week_history(), size=(800, 600))
    chart = page.view.weeks_chart
    box = chart.plot.getViewBox()
    viewport = chart.graphics.viewport()
    for index in (2, 1):
        qtbot.wait(40)  # pyqtgraph drops mouse moves that come faster than its frame rate
        pos = chart.graphics.mapFromScene(box.mapViewToScene(QPointF(index, 1.0)))
        qtbot.mouseMove(viewport, pos)
        week = chart._weeks[index]
        qtbot.waitUntil(lambda week=week: chart.hover_text == week_tooltip(week))
    assert chart.hover_text.startswith("W11 (9–15 Mar): 2 strength")

    # Qt asks for the tooltip once the mouse rests there.
    shown.clear()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    assert shown == [week_tooltip(chart._weeks[1])]
    outside = chart.graphics.mapFromScene(box.mapViewToScene(QPointF(-20, 1.0)))
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, outside, viewport.mapToGlobal(outside))
    )
    assert shown[-1] == ""


# Week labels


def label_rects(chart_axis_ticks: dict[float, str], px_of: Callable[[float], float], font: QFont):
    width = text_width(font)
    return sorted((px_of(x), width(text)) for x, text in chart_axis_ticks.items())


@pytest.mark.parametrize("weeks", [4, 12, 26, 52, 0])
@pytest.mark.parametrize("width", [800, 1280])
def test_week_labels_never_overlap_or_repeat(
    make_page: Callable[..., Page], weeks: int, width: int
) -> None:
    history = year_history() + year_history(TODAY - timedelta(days=365), seed=9)
    page = make_page(history, size=(width, 600))
    select_range(page, weeks)
    chart = page.view.weeks_chart
    chart.graphics.grab()  # paints, so the axis lays out its ticks at this width
    ticks = chart.axis.shown_ticks()
    box = chart.plot.getViewBox()

    def px_of(x: float) -> float:
        return box.mapViewToScene(QPointF(x, 0)).x()

    shown = len(chart._weeks)
    assert ticks, "no week labels"
    week_labels = [text.split("\n")[0] for text in ticks.values()]
    assert len(set(week_labels)) == len(week_labels) or shown > 52  # W12 twice only over years
    assert len(set(ticks)) == len(ticks)
    rects = label_rects(ticks, px_of, chart.axis.style["tickFont"])
    for (x1, w1), (x2, w2) in itertools.pairwise(rects):
        assert x2 - x1 >= 40  # at most one label per 40 px
        assert x2 - x1 >= (w1 + w2) / 2 + MIN_LABEL_GAP - 0.01  # and never touching
    plot_width = box.width()
    assert len(ticks) <= plot_width / 40 + 1
    if shown <= 12 and width >= 800:
        assert len(ticks) == shown  # every week labelled when there is room
    if shown <= 26:
        assert max(ticks) == shown - 1  # the current week has its label
    else:
        assert max(ticks) >= shown - 13  # or one close to it


@pytest.mark.parametrize("px_per_week", [0.8, 1.3, 2.5, 6, 9, 13, 20, 34, 60, 120])
@pytest.mark.parametrize("count", [1, 3, 12, 53, 260, 520])
def test_week_tick_layout_spacing(px_per_week: float, count: int) -> None:
    font = QFont()
    width = text_width(font)
    starts = [date(2016, 1, 4) + timedelta(weeks=n) for n in range(count)]
    labels = [f"W{d.isocalendar().week}" for d in starts]
    span = Span(-0.6, count - 0.4, px_per_week, width)
    ticks = week_tick_layout(starts, labels)(span)
    positions = sorted(ticks)
    for a, b in itertools.pairwise(positions):
        assert (b - a) * px_per_week >= (width(ticks[a]) + width(ticks[b])) / 2 + MIN_LABEL_GAP
    first = ticks[positions[0]] if positions else ""
    if count > 52 and first:
        assert first.split("\n")[1][-4:].isdigit()  # the first label names the year


def test_month_labels_follow_the_thursday_of_each_week() -> None:
    starts = [date(2026, 2, 23) + timedelta(weeks=n) for n in range(3)]  # W09, W10, W11
    ticks = week_tick_layout(starts, ["W9", "W10", "W11"])(
        Span(-0.6, 2.6, 200, text_width(QFont()))
    )
    assert ticks == {0.0: "W9\nFeb", 1.0: "W10\nMar", 2.0: "W11"}


def test_day_ticks_use_months_or_mondays() -> None:
    width = text_width(QFont())
    months = day_tick_layout(date(2025, 12, 22), date(2026, 3, 19))
    first, last = date(2025, 12, 22).toordinal(), date(2026, 3, 19).toordinal()
    ticks = months(Span(first - 0.5, last + 0.5, 8.0, width))
    assert list(ticks.values()) == ["Jan 2026", "Feb", "Mar"]
    mondays = day_tick_layout(date(2026, 3, 2), date(2026, 3, 19))
    ticks = mondays(Span(date(2026, 3, 2).toordinal() - 0.5, last + 0.5, 30.0, width))
    assert list(ticks.values()) == ["2 Mar", "9 Mar", "16 Mar"]


# Calendar


def test_calendar_cells_tooltips_and_levels(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    calendar = page.view.calendar
    assert first_column(TODAY) == date(2025, 9, 22)
    column = WEEKS - 1
    assert calendar.day_at(column, 3) == TODAY
    assert calendar.day_at(column, 4) is None  # tomorrow
    assert calendar.day_at(-1, 0) is None
    assert calendar._describe(column, 3) == "Thu 19 Mar 2026: 11 min active"
    monday = TODAY - timedelta(days=3)
    assert calendar._describe(column, 0) == "Mon 16 Mar 2026: 32 min active"
    assert cell_tooltip(monday, 0, True) == "Mon 16 Mar 2026: no activity · skip day"
    assert [level_of(m) for m in (0, 0.5, 9.9, 10, 25, 40, 90)] == [0, 1, 1, 2, 3, 4, 4]
    ticks = month_ticks(TODAY)
    assert list(ticks.values()) == ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    assert all(b - a >= 3 for a, b in zip(list(ticks), list(ticks)[1:], strict=False))


def test_calendar_hover_names_the_day(
    make_page: Callable[..., Page], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.progress.progress_page import cell_position

    monkeypatch.setattr(QToolTip, "showText", lambda *args: None)
    page = make_page(three_week_history())
    page.view.tabs.show_chart(page.view.calendar)
    calendar = page.view.calendar
    QApplication.processEvents()
    qtbot.mouseMove(calendar.graphics.viewport(), cell_position(calendar, TODAY))
    qtbot.waitUntil(lambda: calendar.hover_text == "Thu 19 Mar 2026: 11 min active")


# Consistency, holds and pain


def test_consistency_plots_both_scores_in_percent_over_the_range(
    make_page: Callable[..., Page],
) -> None:
    sessions = year_history()
    page = make_page(sessions)
    chart = page.view.scores_chart
    report = build_report(sessions, Goals(), set(), TODAY)
    start = report.last_weeks(12)[0].week_start
    strength = [s * 100 for d, s in report.strength_scores if d >= start]
    stretch = [s * 100 for d, s in report.stretch_scores if d >= start]
    assert list(chart.curves[0].yData) == pytest.approx(strength)
    assert list(chart.curves[1].yData) == pytest.approx(stretch)
    assert all(0 <= y <= 100 for y in strength + stretch)
    for plot in chart.plots:
        low, high = plot.getViewBox().viewRange()[1]
        assert low <= 0 and 100 <= high <= 105
    assert chart.caption.text() == EXPLANATION
    assert chart.toolTip() == EXPLANATION
    assert EXPLANATION == (
        "Habit strength grows each day you meet your goal and fades slowly when you miss — "
        "like Loop Habit Tracker's score."
    )
    select_range(page, 4)
    assert len(chart.curves[0].yData) == (TODAY - report.last_weeks(4)[0].week_start).days + 1


def test_holds_pick_an_exercise_by_name_and_show_the_imbalance(
    make_page: Callable[..., Page],
) -> None:
    page = make_page(three_week_history())
    chart = page.view.holds_chart
    page.view.tabs.show_chart(chart)
    combo = chart.exercise_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Front plank", "Side plank"]
    assert combo.currentText() == "Front plank"
    best = [y for y in chart.curves[0].yData]
    assert best == [32.0, 38.0, 40.0]
    assert not chart.imbalance_label.isVisible()

    combo.setCurrentIndex(1)
    texts = chart.legend.texts()
    assert texts == ["Left best", "Left average", "Right best", "Right average"]
    assert chart.imbalance_label.isVisible()
    assert chart.imbalance_label.text() == "Right side holds 27 % shorter than left"
    page.controller.refresh()
    assert combo.currentText() == "Side plank"  # kept across a refresh


def test_holds_without_any_hold_show_a_message(make_page: Callable[..., Page]) -> None:
    page = make_page([session(TODAY, STRETCH, 10)])
    chart = page.view.holds_chart
    assert not chart.showing_plots()
    assert "No timed holds yet" in chart.message.text()


def test_pain_line_and_session_bars_share_the_weeks(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    chart = page.view.pain_chart
    assert chart.caption.text() == "Is the work helping? Lower is better."
    assert chart.pain_curve is not None and chart.bars is not None
    assert list(chart.pain_curve.yData) == pytest.approx([14 / 3, 3.5, 2.5])
    assert [float(h) for h in chart.bars.opts["height"]] == [7.0, 6.0, 6.0]
    assert chart._describe(0, 5) == "W10: average pain 4.7 of 10 · 7 sessions"


def test_pain_without_ratings_says_how_to_get_them(make_page: Callable[..., Page]) -> None:
    page = make_page([session(TODAY, STRETCH, 10)])
    assert not page.view.pain_chart.showing_plots()
    assert "rate how your back and hips feel" in page.view.pain_chart.message.text()


# Colours


def dark_palette() -> QPalette:
    return palette_for(DARK)  # the app's own dark theme


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_chart_colours_follow_the_palette_with_enough_contrast(
    make_page: Callable[..., Page], dark: bool
) -> None:
    page = make_page(three_week_history())
    if dark:
        page.view.setPalette(dark_palette())
        QApplication.processEvents()
    chart = page.view.weeks_chart
    theme = chart.theme
    window = page.view.palette().window().color()
    assert theme.dark is dark
    assert theme.background == window
    assert chart.graphics.backgroundBrush().color() == window
    for color in (theme.strength, theme.stretch, theme.desk_break, theme.pain, theme.muted):
        assert contrast(color, window) >= 3.0, color.name()
    assert contrast(theme.foreground, window) >= 4.5
    bars = chart.bars[Category.STRENGTH].opts["brush"]
    assert QColor(bars) == theme.strength  # redrawn in the new colours


def test_theme_of_a_plain_widget(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setPalette(dark_palette())
    theme = Theme.of(widget)
    assert theme.dark
    levels = theme.heat_levels()
    assert len(levels) == 5 and len({c.name() for c in levels}) == 5
    assert QFontMetricsF(QFont()).height() > 0

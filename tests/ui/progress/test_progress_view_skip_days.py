"""Progress page skip days: marking and unmarking from the calendar menu, button and dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.progress.progress_page import (
    TODAY,
    Page,
    cell_position,
    three_week_history,
)


def test_the_calendar_menu_marks_and_unmarks_a_skip_day(make_page: Callable[..., Page]) -> None:
    page = make_page(three_week_history())
    calendar = page.view.calendar
    day = TODAY - timedelta(days=2)

    (action,) = calendar.context_menu(day).actions()
    assert action.text() == "Mark Tue 17 Mar as a skip day"
    action.trigger()
    assert page.store.skip_calls == [(day, True)]
    assert day in calendar.item.skip_days  # redrawn from the store
    assert "skip day" in page.view.status_label.text()

    (action,) = calendar.context_menu(day).actions()
    assert action.text() == "Remove the skip day on Tue 17 Mar"
    action.trigger()
    assert page.store.skip_calls[-1] == (day, False)
    assert day not in calendar.item.skip_days


def test_right_click_on_a_day_opens_its_menu(
    make_page: Callable[..., Page], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMenu

    popped: list[list[str]] = []
    # A real popup grabs the keyboard, which the offscreen platform warns about.
    monkeypatch.setattr(
        QMenu, "popup", lambda menu, *args: popped.append([a.text() for a in menu.actions()])
    )
    page = make_page(three_week_history())
    page.view.tabs.show_chart(page.view.calendar)
    calendar = page.view.calendar
    QApplication.processEvents()
    for day in (TODAY, TODAY - timedelta(days=30)):
        pos = cell_position(calendar, day)
        qtbot.mouseClick(calendar.graphics.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert popped == [
        ["Mark Thu 19 Mar as a skip day"],
        ["Mark Tue 17 Feb as a skip day"],
    ]
    qtbot.mouseClick(calendar.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert len(popped) == 2  # a left click opens nothing


def test_mark_a_skip_day_button_asks_for_a_day(
    make_page: Callable[..., Page], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lbh_desktop.ui.progress.progress_controller import SkipDayDialog

    page = make_page(three_week_history())
    asked: list[tuple[date, set[date]]] = []
    day = TODAY - timedelta(days=5)

    def ask(cls: type, parent: QWidget, today: date, skip_days: set[date]) -> tuple[date, bool]:
        asked.append((today, set(skip_days)))
        return day, True

    monkeypatch.setattr(SkipDayDialog, "ask", classmethod(ask))
    page.view.skip_day_button.click()
    assert asked == [(TODAY, set())]
    assert page.store.skip_calls == [(day, True)]
    assert page.view.skip_day_label.text() == (
        "Sick or travelling? Skip days keep your streaks and freeze your score."
    )


def test_skip_day_dialog_offers_to_unmark_a_day_that_is_skipped(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from lbh_desktop.ui.progress.progress_controller import SkipDayDialog

    skipped = TODAY - timedelta(days=1)
    dialog = SkipDayDialog(None, TODAY, {skipped})
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (TODAY, True)
    assert dialog.ok_button.text() == "Mark as skip day"
    dialog.calendar.setSelectedDate(QDate(skipped.year, skipped.month, skipped.day))
    assert dialog.chosen() == (skipped, False)
    assert dialog.ok_button.text() == "Remove the skip day"

"""Progress page with no counted history: a start button instead of empty charts."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.ui.progress.progress_page import (
    STOPPED,
    STRENGTH,
    TODAY,
    Page,
    session,
    three_week_history,
)


def test_no_history_shows_a_start_button_instead_of_empty_axes(
    make_page: Callable[..., Page], qtbot: QtBot
) -> None:
    page = make_page([])
    view = page.view
    assert view.is_empty_shown()
    assert view.start_button.isVisible()
    assert not view.tabs.isVisible()
    assert not view.export_png_button.isVisible()
    with qtbot.waitSignal(page.controller.start_routine_requested) as signal:
        view.start_button.click()
    assert signal.args == ["desk-stretch-break"]

    page.store.sessions = three_week_history()
    page.controller.refresh()
    assert not view.is_empty_shown()
    assert view.tabs.isVisible()
    assert not view.start_button.isVisible()
    assert view.export_png_button.isVisible()


def test_only_stopped_sessions_still_count_as_no_history(make_page: Callable[..., Page]) -> None:
    page = make_page([session(TODAY, STRENGTH, 1, status=STOPPED, planned_minutes=20)])
    assert page.view.is_empty_shown()

"""With the window on screen, the reminders start just after its first paint; a second
launch's request shows the window before and after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.app import App
from lbh_desktop.shell.breaks_wiring import start_breaks
from lbh_desktop.shell.lazy_app import LazyApp
from lbh_desktop.ui.breaks.mini_window import MiniWindow
from lbh_desktop.ui.breaks.reminder_view import ReminderView

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)


class SecondLaunch(QObject):
    show_requested = Signal()


@pytest.fixture
def launch() -> Iterator[SecondLaunch]:
    yield SecondLaunch()
    for widget in QApplication.topLevelWidgets():  # the reminders' own windows
        if isinstance(widget, (MiniWindow, ReminderView)):
            widget.close()
            widget.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)  # build_breaks turned it off


def test_reminders_start_after_the_first_paint_and_a_show_request_works_throughout(
    app: App, clock: FakeClock, qtbot: QtBot, launch: SecondLaunch
) -> None:
    start_breaks(LazyApp.of(app), clock, 1, 1.0, launch.show_requested, background=False)
    assert app.keep_running_on_close is None  # not wired before the window paints

    app.window.hide()
    launch.show_requested.emit()  # a second launch before the reminders exist
    assert app.window.isVisible()

    app.window.update()
    qtbot.waitUntil(lambda: app.keep_running_on_close is not None)
    assert not QApplication.quitOnLastWindowClosed()  # closing now keeps the reminders

    app.window.hide()
    launch.show_requested.emit()  # and after
    assert app.window.isVisible()

"""Break reminders in a real X window: the Breaks menu and the no-tray window offer snooze,
pause and quiet mode; the window fits small screens; the reminder does not steal keys."""

from __future__ import annotations

import pytest

from tests.e2e.real_window import run_in_window

pytestmark = pytest.mark.e2e

REMINDERS = """
from datetime import time as clock_time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from lbh_desktop.core.break_schedule import ScheduleState
from lbh_desktop.shell.breaks_wiring import build_breaks
from lbh_desktop.ui.breaks.break_controller import status_text
from lbh_desktop.ui.breaks.tray_view import tray_available

app = build()
app.preferences.working_days = frozenset(range(7))
app.preferences.working_hours = (clock_time(0, 0), clock_time(23, 59))
breaks = build_breaks(app, clock, 5)
controller = breaks.controller
settle(1.0)


def state():
    return controller.schedule.snapshot().state.name


def run(seconds):
    for _ in range(int(seconds // 30)):
        clock.advance(30)
        controller.check()
    settle()


def plain(text):
    return text.replace("&", "")


def open_breaks_menu():
    bar = app.window.menuBar()
    (entry,) = [a for a in bar.actions() if plain(a.text()) == "Breaks"]
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(entry).center())
    settle()
    return entry.menu()


def menu_state(menu):
    found = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = plain(action.text())
        key = "Quiet mode" if text.startswith("Quiet mode") else text
        found[key] = {"enabled": action.isEnabled(), "checked": action.isChecked()}
    return found


def item(menu, text):
    (found,) = [a for a in menu.actions() if plain(a.text()).startswith(text)]
    return found


def sub_item(menu, submenu, text):
    return item(item(menu, submenu).menu(), text)


def mini_buttons():
    from PySide6.QtWidgets import QPushButton

    return {
        plain(b.text()): {"enabled": b.isEnabled(), "checked": b.isChecked()}
        for b in breaks.mini.findChildren(QPushButton)
        if b.isVisibleTo(breaks.mini)
    }


def status_shown():
    "Where the user can read the reminders' status right now."
    places = []
    expected = status_text(controller.schedule.snapshot())
    if breaks.mini.isVisible() and breaks.mini.status_label.text() == expected:
        places.append("mini window")
    if app.window.isVisible():
        bar = app.window.statusBar()
        labels = [w.text() for w in bar.findChildren(QLabel) if w.isVisible()]
        if expected in labels:
            places.append("status bar")
    if breaks.tray is not None and expected in breaks.tray.icon.toolTip():
        places.append("tray")
    return places


result["tray"] = tray_available()
menu = open_breaks_menu()
result["menu_counting"] = menu_state(menu)
result["status_counting"] = status_shown()
menu.hide()
run(5 * 60)
result["due_state"] = state()
menu = open_breaks_menu()
result["menu_due"] = menu_state(menu)
menu.hide()
sub_item(menu, "Snooze", "5 minutes").trigger()
settle()
result["after_snooze"] = state()
result["reminder_after_snooze"] = breaks.reminder.isVisible()
sub_item(menu, "Pause", "Until I resume").trigger()
settle()
result["after_pause"] = state()
result["menu_paused"] = menu_state(menu)
item(menu, "Resume").trigger()
settle()
result["after_resume"] = state()
item(menu, "Quiet mode").trigger()
settle()
result["quiet_on"] = controller.schedule.snapshot().quiet
result["menu_quiet"] = menu_state(menu)
item(menu, "Quiet mode").trigger()
settle()
result["quiet_off"] = controller.schedule.snapshot().quiet

app.window.close()
settle(1.0)
result["closed_window_visible"] = app.window.isVisible()
result["mini_after_close"] = breaks.mini.isVisible()
result["mini_buttons"] = mini_buttons()
result["status_closed"] = status_shown()
if breaks.mini.isVisible():
    geometry = breaks.mini.frameGeometry()
    screen = breaks.mini.screen().availableGeometry()
    result["mini_fits"] = screen.contains(geometry)
breaks.show_window()
settle(1.0)
result["mini_after_open"] = breaks.mini.isVisible()
result["status_open"] = status_shown()
"""

ACTIONS = [
    "Start a break now",
    "Snooze",
    "Pause reminders",
    "Quiet mode",
    "Break settings…",
]


def check_menu(found: dict[str, object]) -> None:
    assert set(ACTIONS) <= set(found["menu_counting"])  # type: ignore[arg-type]
    counting = found["menu_counting"]
    assert isinstance(counting, dict)
    assert counting["Start a break now"]["enabled"]
    assert not counting["Snooze"]["enabled"]  # nothing to snooze while counting
    assert counting["Pause reminders"]["enabled"]
    assert "Resume reminders" not in counting
    assert not counting["Quiet mode"]["checked"]
    assert found["due_state"] == "DUE"
    due = found["menu_due"]
    assert isinstance(due, dict)
    assert due["Snooze"]["enabled"]
    assert found["after_snooze"] == "SNOOZED" and not found["reminder_after_snooze"]
    assert found["after_pause"] == "PAUSED"
    paused = found["menu_paused"]
    assert isinstance(paused, dict)
    assert paused["Resume reminders"]["enabled"] and "Pause reminders" not in paused
    assert found["after_resume"] == "COUNTING"
    assert found["quiet_on"] is True
    quiet = found["menu_quiet"]
    assert isinstance(quiet, dict)
    assert quiet["Quiet mode"]["checked"]
    assert found["quiet_off"] is False


def test_without_a_tray_the_breaks_menu_and_the_small_window_offer_every_control() -> None:
    found = run_in_window(REMINDERS, tray=False)
    assert found["tray"] is False
    check_menu(found)
    assert found["status_counting"] == ["status bar"]  # the main window shows the status
    # Closing the window keeps the reminders in the small window, with the same controls.
    assert found["closed_window_visible"] is False and found["mini_after_close"] is True
    buttons = found["mini_buttons"]
    assert isinstance(buttons, dict)
    for text in (
        "Start a break now",
        "Snooze",
        "Pause",
        "Quiet mode",
        "Settings…",
        "Open LBH Desktop",
    ):
        assert text in buttons, buttons
    assert found["status_closed"] == ["mini window"]
    assert found["mini_fits"] is True
    # Opening the window again: the status moves to its status bar; one window at a time.
    assert found["mini_after_open"] is False
    assert found["status_open"] == ["status bar"]


def test_with_a_tray_the_breaks_menu_offers_every_control_and_no_small_window() -> None:
    found = run_in_window(REMINDERS, tray=True)
    assert found["tray"] is True
    check_menu(found)
    assert set(found["status_counting"]) == {"status bar", "tray"}  # type: ignore[arg-type]
    assert found["closed_window_visible"] is False and found["mini_after_close"] is False
    assert found["status_closed"] == ["tray"]
    assert found["mini_after_open"] is False


FITS = """
from PySide6.QtWidgets import QPushButton

def measure(app):
    window = app.window
    area = window.screen().availableGeometry()
    (start,) = [b for b in window.findChildren(QPushButton) if b.text() == "Start routine"]
    corner = start.mapToGlobal(start.rect().bottomRight())
    return {
        "size": [window.width(), window.height()],
        "frame_inside": area.contains(window.frameGeometry()),
        "start_inside": area.contains(corner),
        "screen": [area.width(), area.height()],
    }

app = build()
result["first"] = measure(app)
# A geometry saved on a big screen, restored on this small one.
app.window.setGeometry(30, 40, 1200, 760)
app.preferences.window_geometry = app.window.saveGeometry()
app.window.close()
settle()
again = build()
result["restored"] = measure(again)
"""


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1024, 600), (640, 480)])
def test_the_window_fits_a_small_screen_first_and_after_restoring(width: int, height: int) -> None:
    found = run_in_window(FITS, width=width, height=height)
    for when in ("first", "restored"):
        measured = found[when]
        assert isinstance(measured, dict)
        assert measured["frame_inside"], (when, measured)
        assert measured["start_inside"], (when, measured)


def test_the_default_size_is_unchanged_on_a_big_screen() -> None:
    found = run_in_window(FITS, width=1920, height=1080)
    first = found["first"]
    assert isinstance(first, dict)
    assert first["size"] == [1100, 720]


FOCUS = """
from PySide6.QtWidgets import QLineEdit
import subprocess

app = build()
editor = QLineEdit()  # another program the user is typing in
editor.setWindowTitle("Editor")
editor.resize(400, 40)
editor.show()
editor.activateWindow()
editor.setFocus()
settle(0.5)
from lbh_desktop.ui.breaks.reminder_view import ReminderView
reminder = ReminderView()
started = []
reminder.start_requested.connect(lambda: started.append(True))
reminder.show_reminder("Time for a 5-minute stretch break", "Desk stretch break", True)
settle(0.5)
result["reminder_visible"] = reminder.isVisible()
result["reminder_active"] = reminder.isActiveWindow()
result["focus_window"] = qt_app.focusWindow().title() if qt_app.focusWindow() else None
subprocess.run(["xdotool", "type", "--delay", "20", "hello world "], check=True)
subprocess.run(["xdotool", "key", "space", "Return"], check=True)
settle(0.5)
result["started_by_stray_keys"] = bool(started)
result["editor_text"] = editor.text()
# Clicking the reminder on purpose focuses it; then the keyboard works on it.
reminder.activateWindow()
settle(0.5)
result["start_focus"] = reminder.start_button.hasFocus() or reminder.focusWidget() is not None
subprocess.run(["xdotool", "key", "Return"], check=True)
settle(0.5)
result["started_on_purpose"] = bool(started)
"""


def test_the_reminder_appears_without_taking_the_keyboard() -> None:
    found = run_in_window(FOCUS)
    assert found["reminder_visible"] is True
    assert found["reminder_active"] is False
    assert found["focus_window"] == "Editor"
    assert found["started_by_stray_keys"] is False
    assert str(found["editor_text"]).startswith("hello world")
    assert found["started_on_purpose"] is True

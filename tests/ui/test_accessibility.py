"""Every control of the main window's pages, mat mode and Settings has a name and a tooltip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSlider,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lbh_desktop.shell.app import App
from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS

# The offscreen platform cannot raise or size a full-screen window; a real one can.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support propagateSizeHints"
)

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit, QAbstractItemView)
COMPOUND = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)
"""Controls whose inner parts (a popup list, an editor, scroll arrows, a clear button) Qt
names itself."""


def is_inner_part(widget: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):  # e.g. the toolbar's extension button
        return True
    if isinstance(widget, QHeaderView):
        return isinstance(widget.parentWidget(), QAbstractItemView)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not is_inner_part(widget):
            yield widget


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    path = []
    node: QWidget | None = widget
    while node is not None:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} {text!r} in {' < '.join(path[1:5])}"


def gaps(root: QWidget) -> list[str]:
    found = []
    for widget in controls(root):
        missing = [
            what
            for what, value in (("name", widget.accessibleName()), ("tooltip", widget.toolTip()))
            if not value.strip()
        ]
        if missing:
            found.append(f"{describe(widget)}: no {' or '.join(missing)}")
    return found


def test_main_window_pages_and_mat_mode(app: App) -> None:
    app.window.progress_requested.emit()  # built on first use
    routine = app.repository.find_routine("Desk stretch break")
    assert routine is not None
    app.open_routine(routine)
    walked = list(controls(app.window))
    assert len(walked) >= 40  # the walk does reach the pages' controls
    assert app.mat_mode is not None and app.mat_mode.leave_button in walked
    found = gaps(app.window)
    assert found == [], "\n".join(found)


def test_settings_dialog_with_the_voice_section(app: App, qtbot: QtBot) -> None:
    assert app.settings is not None and app.settings.voice_section is not None
    dialog = SettingsDialog(
        DEFAULTS, Path("/tmp/lbh-data"), "", app.settings.voice_section, lambda: None
    )
    qtbot.addWidget(dialog)
    assert len(list(controls(dialog))) >= 16
    assert gaps(dialog) == []


def test_the_walk_catches_a_nameless_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    named = QPushButton("Named")
    named.setAccessibleName("Named")
    named.setToolTip("Has both")
    layout.addWidget(named)
    layout.addWidget(QPushButton("Bare"))
    layout.addWidget(QComboBox())
    assert len(gaps(page)) == 2 and "'Bare'" in gaps(page)[0]


def test_settings_work_by_keyboard_with_visible_focus(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tab reaches every control of a page; Ctrl+Tab reaches every page."""
    from PySide6.QtTest import QTest

    dialog = SettingsDialog(DEFAULTS, Path("/tmp/lbh-data"), "", open_break_settings=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached: set[QWidget] = set()
    for _page in range(dialog.tabs.count()):
        for _ in range(14):
            focused = QApplication.focusWidget()
            assert focused is not None
            reached.add(focused)
            QTest.keyClick(focused, Qt.Key.Key_Tab)
        QTest.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    expected = {
        dialog.sounds_on,
        dialog.volume,
        dialog.prepare_seconds,
        dialog.default_rest,
        dialog.strength_goal,
        dialog.stretch_goal,
        dialog.theme,
        dialog.text_scale,
        dialog.break_button,
        dialog.data_folder,
        dialog.open_folder_button,
        dialog.reset_button,
    }
    assert expected <= reached, [describe(w) for w in expected - reached]

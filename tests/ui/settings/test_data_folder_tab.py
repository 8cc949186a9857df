"""Settings → Data folder: the computers, choosing a folder, errors, the restart, the keyboard."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lbh_desktop.core.devices import DeviceSummary, device_line
from lbh_desktop.shell.app import App
from lbh_desktop.ui.settings.data_folder_controller import NO_DEVICES, DataFolderController
from lbh_desktop.ui.settings.data_folder_tab import DataFolderTab
from lbh_desktop.ui.settings.settings_dialog import SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS
from lbh_desktop.ui.shared.colors import LIGHT
from lbh_desktop.ui.shared.style import style_sheet
from tests.ui.test_accessibility import gaps
from tests.ui.test_text_scale_layout import clipped_buttons

# A shown top-level widget asks for this; the offscreen platform cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
LAPTOP = DeviceSummary("a1", "work-laptop", True, datetime(2025, 3, 4, 9, 14, tzinfo=UTC), 1204)
DESKTOP = DeviceSummary("b2", "home-desktop", False, None, 0)


class Rig:
    """The controller on fakes: it records the folders it is asked to change to."""

    def __init__(self, tmp_path: Path, default: Path | None = None) -> None:
        self.in_use = tmp_path / "in-use"
        self.default = default or tmp_path / "default"
        self.computers = [LAPTOP, DESKTOP]
        self.unreadable: OSError | None = None
        """Raised by the computers' list (a folder that cannot be read)."""
        self.changed_to: list[Path] = []
        self.error: str | None = None
        self.failure: OSError | None = None
        """Raised by the change (a full disk)."""
        self.restarts = 0
        self.answers: list[Path | None] = []
        """What the folder chooser returns, in turn (None: cancelled)."""
        self.asked_from: list[Path] = []
        self.controller = DataFolderController(
            current_folder=lambda: self.in_use,
            default_folder=self.default,
            devices=self.devices,
            change_folder=self.change,
            restart=self.restart,
            choose_directory=self.choose,
            now=lambda: NOW,
        )

    def devices(self) -> list[DeviceSummary]:
        if self.unreadable is not None:
            raise self.unreadable
        return list(self.computers)

    def change(self, folder: Path) -> str | None:
        if self.failure is not None:
            raise self.failure
        self.changed_to.append(folder)
        return self.error

    def restart(self) -> None:
        self.restarts += 1

    def choose(self, start: Path) -> Path | None:
        self.asked_from.append(start)
        return self.answers.pop(0)


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    return Rig(tmp_path)


def shown_tab(qtbot: QtBot, rig: Rig) -> DataFolderTab:
    tab = rig.controller.build_tab()
    qtbot.addWidget(tab)
    tab.resize(640, 480)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def lines(tab: DataFolderTab) -> list[str]:
    return [tab.devices.item(row).text() for row in range(tab.devices.count())]


def test_the_list_shows_each_computer_and_marks_this_one(qtbot: QtBot, rig: Rig) -> None:
    tab = shown_tab(qtbot, rig)
    assert lines(tab) == [device_line(LAPTOP, NOW), device_line(DESKTOP, NOW)]
    assert "work-laptop (this computer)" in lines(tab)[0]
    assert tab.devices.item(0).font().bold() and not tab.devices.item(1).font().bold()
    assert tab.folder.path() == str(rig.in_use)


def test_the_list_is_read_again_whenever_the_page_is_shown(qtbot: QtBot, rig: Rig) -> None:
    rig.computers = []
    tab = shown_tab(qtbot, rig)
    assert lines(tab) == [NO_DEVICES]
    rig.computers = [LAPTOP]
    tab.hide()
    tab.show()
    assert lines(tab) == [device_line(LAPTOP, NOW)]


def test_a_folder_that_cannot_be_read_is_said_in_the_list(qtbot: QtBot, rig: Rig) -> None:
    rig.unreadable = PermissionError(13, "Permission denied")
    tab = shown_tab(qtbot, rig)
    assert lines(tab) == ["The list of computers could not be read: [Errno 13] Permission denied"]


def test_choosing_a_folder_copies_there_and_offers_a_restart(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    tab = shown_tab(qtbot, rig)
    assert not tab.restart_button.isVisible() and not tab.message.isVisible()
    synced = tmp_path / "Sync" / "LBH"
    rig.answers = [synced]
    tab.choose_button.click()
    assert rig.asked_from == [rig.in_use]
    assert rig.changed_to == [synced]
    assert tab.restart_button.isVisible()
    assert tab.message.isVisible() and str(synced) in tab.message.accessibleDescription()
    assert tab.folder.path() == str(rig.in_use)  # still in use until the restart
    assert tab.focusWidget() is tab.restart_button  # the next key press goes there
    tab.restart_button.click()
    assert rig.restarts == 1


def test_an_error_is_shown_and_nothing_else_changes(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    tab = shown_tab(qtbot, rig)
    rig.error = f"{tmp_path / 'cd-rom'} is read-only."
    rig.answers = [tmp_path / "cd-rom"]
    tab.choose_button.click()
    text = tab.message.accessibleDescription()
    assert tab.message.isVisible() and text == f"{rig.error} Nothing was changed."
    assert tab.folder.path() == str(rig.in_use)
    assert not tab.restart_button.isVisible()
    assert rig.controller.pending is None


def test_an_error_raised_by_the_change_is_shown_too(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    rig.failure = OSError(28, "No space left on device")
    tab = shown_tab(qtbot, rig)
    rig.answers = [tmp_path / "usb"]
    tab.choose_button.click()
    assert "No space left on device" in tab.message.accessibleDescription()
    assert not tab.restart_button.isVisible()


def test_cancelling_the_chooser_changes_nothing(qtbot: QtBot, rig: Rig) -> None:
    tab = shown_tab(qtbot, rig)
    rig.answers = [None]
    tab.choose_button.click()
    assert rig.asked_from == [rig.in_use] and rig.changed_to == []
    assert not tab.message.isVisible() and not tab.restart_button.isVisible()


def test_choosing_the_folder_in_use_says_so(qtbot: QtBot, rig: Rig) -> None:
    tab = shown_tab(qtbot, rig)
    rig.in_use.mkdir()
    rig.answers = [rig.in_use / "sub" / ".."]  # the same folder, written another way
    tab.choose_button.click()
    assert rig.changed_to == []
    assert "already the data folder in use" in tab.message.accessibleDescription()
    assert not tab.restart_button.isVisible()


def test_the_default_folder_then_back_to_the_folder_in_use(qtbot: QtBot, rig: Rig) -> None:
    tab = shown_tab(qtbot, rig)
    tab.default_button.click()
    assert rig.changed_to == [rig.default] and tab.restart_button.isVisible()
    tab.default_button.click()  # chosen already: nothing is copied again
    assert rig.changed_to == [rig.default]
    assert "chosen for the next start" in tab.message.accessibleDescription()
    assert tab.restart_button.isVisible()
    rig.answers = [rig.in_use]
    tab.choose_button.click()
    assert rig.asked_from == [rig.default]  # the chooser opens where the next start will be
    assert rig.changed_to == [rig.default, rig.in_use]
    assert "no restart needed" in tab.message.accessibleDescription()
    assert not tab.restart_button.isVisible() and rig.controller.pending is None


def test_the_default_folder_when_it_is_in_use_already(qtbot: QtBot, tmp_path: Path) -> None:
    rig = Rig(tmp_path, default=tmp_path / "in-use")
    tab = shown_tab(qtbot, rig)
    tab.default_button.click()
    assert rig.changed_to == []
    assert "already the data folder in use" in tab.message.accessibleDescription()


def test_a_change_waiting_for_the_restart_shows_in_the_next_dialog(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    shown_tab(qtbot, rig).default_button.click()
    again = shown_tab(qtbot, rig)
    assert again.restart_button.isVisible()
    assert str(rig.default) in again.message.accessibleDescription()


def test_a_long_path_is_cut_in_the_middle_and_copied_whole(qtbot: QtBot, rig: Rig) -> None:
    rig.in_use = Path("/home/someone/" + "a-very-long-folder-name/" * 12 + "LBH Desktop")
    tab = shown_tab(qtbot, rig)
    tab.resize(400, 480)
    qtbot.waitUntil(lambda: "…" in tab.folder.text())
    assert tab.folder.text().startswith("/home/") and tab.folder.text().endswith("Desktop")
    assert tab.folder.toolTip() == str(rig.in_use)
    assert tab.folder.accessibleDescription() == str(rig.in_use)
    tab.folder.setFocus()
    QTest.keyClick(tab.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(tab.folder, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == str(rig.in_use)


# The page inside the Settings dialog --------------------------------------------------------


def settings_dialog(qtbot: QtBot, rig: Rig) -> SettingsDialog:
    dialog = SettingsDialog(
        DEFAULTS,
        Path("/tmp/lbh-data"),
        "",
        open_break_settings=lambda: None,
        data_folder_page=rig.controller.build_tab,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def page(dialog: SettingsDialog) -> DataFolderTab:
    assert isinstance(dialog.data_folder_page, DataFolderTab)
    return dialog.data_folder_page


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_the_dialog_works_as_before_without_the_page(qtbot: QtBot) -> None:
    dialog = SettingsDialog(DEFAULTS, Path("/tmp/lbh-data"), "")
    qtbot.addWidget(dialog)
    assert dialog.data_folder_page is None
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][-1] == "&Data"
    assert dialog.data_folder.accessibleName() == "Data folder"


def test_alt_f_opens_the_page_and_the_list_is_read_then(qtbot: QtBot, rig: Rig) -> None:
    dialog = settings_dialog(qtbot, rig)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Data &folder"
    assert lines(page(dialog)) == []  # not read until the page is shown
    QTest.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == dialog.tabs.count() - 1
    assert lines(page(dialog)) == [device_line(LAPTOP, NOW), device_line(DESKTOP, NOW)]
    assert dialog.data_folder.accessibleName() == "Settings folder"  # the Data page's own


def test_the_mnemonics_on_the_page_are_its_own(qtbot: QtBot, rig: Rig) -> None:
    dialog = settings_dialog(qtbot, rig)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    page(dialog).show_message("Restart needed.", restart=True)
    texts = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    texts += [button.text() for button in dialog.buttons.buttons()]
    texts += [b.text() for b in page(dialog).findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in page(dialog).findChildren(QLabel) if label.buddy()]
    letters = [letter for letter in map(mnemonic, texts) if letter]
    assert len(letters) == len(set(letters)) == 11, texts


def test_every_control_is_reached_with_tab_and_is_named(qtbot: QtBot, rig: Rig) -> None:
    dialog = settings_dialog(qtbot, rig)
    QTest.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    tab = page(dialog)
    tab.show_message("Restart needed.", restart=True)
    reached: set[QWidget] = set()
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.add(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    expected = {tab.folder, tab.choose_button, tab.default_button, tab.restart_button, tab.devices}
    assert expected <= reached
    assert gaps(tab) == []
    assert all(widget.accessibleName() for widget in expected)


def test_the_buttons_answer_their_mnemonics(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    dialog = settings_dialog(qtbot, rig)
    QTest.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    tab = page(dialog)
    with qtbot.waitSignal(tab.default_requested):
        QTest.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert rig.changed_to == [rig.default]
    rig.answers = [None]
    with qtbot.waitSignal(tab.choose_requested):
        QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(tab.restart_requested):
        QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert rig.restarts == 1
    QTest.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.devices


def test_the_settings_controller_passes_the_page_on(
    app: App, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.settings is not None
    app.settings.data_folder_page = rig.controller.build_tab
    pages: list[QWidget | None] = []

    def exec_(dialog: SettingsDialog) -> int:
        pages.append(dialog.data_folder_page)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app.window.settings_action.trigger()
    assert len(pages) == 1 and isinstance(pages[0], DataFolderTab)


@pytest.mark.parametrize("scale", [100, 200])
def test_nothing_is_cut_in_a_small_window_with_large_text(
    app: App, qtbot: QtBot, qapp: QApplication, rig: Rig, scale: int
) -> None:
    font = QFont(qapp.font())
    assert app.settings is not None
    qapp.setStyleSheet(style_sheet(LIGHT))  # as the real app has from the start
    app.settings.appearance.apply("light", scale)
    try:
        app.window.resize(800, 600)
        rig.computers = [LAPTOP, DESKTOP, DeviceSummary("c3", "old-thinkpad-x220", False, NOW, 1)]
        dialog = SettingsDialog(
            DEFAULTS, Path("/tmp/lbh-data"), "", None, None, app.window, rig.controller.build_tab
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
        tab = page(dialog)
        tab.show_message(f"This computer's data was copied to {'/long-folder' * 8}.", restart=True)
        for _ in range(3):  # deferred layout requests, then the re-layouts they cause
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        assert clipped_buttons(tab) == []
        area = dialog.tabs.currentWidget()
        assert isinstance(area, QScrollArea)
        assert area.horizontalScrollBar().maximum() == 0  # everything wraps to the width
        rows = [tab.devices.visualItemRect(tab.devices.item(row)) for row in range(3)]
        assert all(tab.devices.viewport().rect().contains(row) for row in rows)
    finally:
        qapp.setPalette(QPalette())
        qapp.setFont(font)
        qapp.setStyleSheet("")

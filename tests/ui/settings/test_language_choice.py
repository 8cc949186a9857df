"""Settings → Appearance → Language: saved with OK, reset, the next-start note, the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.i18n import LANGUAGE_CHOICES, LANGUAGES
from lbh_desktop.shell.app import App
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.settings.appearance_page import LANGUAGE_NAMES
from lbh_desktop.ui.settings.settings_dialog import ConfirmReset, SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS, SettingsChoices

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen

NOTE = "The new language is used the next time LBH Desktop starts."
GERMAN = SettingsChoices(**{**DEFAULTS.__dict__, "language": "de"})


def make_dialog(
    qtbot: QtBot, choices: SettingsChoices = DEFAULTS, *, restart_offered: bool = False
) -> SettingsDialog:
    dialog = SettingsDialog(choices, Path("/tmp/lbh-data"), "", restart_offered=restart_offered)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: SettingsDialog, name: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findText(name))


def test_the_languages_go_by_their_own_names_after_the_system_one(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    items = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert items == ["System language", "English", "Deutsch", "Español", "Français"]
    data = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert tuple(data) == LANGUAGE_CHOICES
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert dialog.language.accessibleName() == "Language"


def test_choosing_deutsch_and_pressing_ok_saves_de(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(dialog: SettingsDialog) -> int:
        assert dialog.language.currentData() == "system"
        choose(dialog, "Deutsch")
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app.window.settings_action.trigger()
    assert app.preferences.language == "de"
    assert Preferences(app.preferences.path).language == "de"


def test_cancel_keeps_the_language(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(dialog: SettingsDialog) -> int:
        choose(dialog, "Français")
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app.window.settings_action.trigger()
    assert app.preferences.language == "system"


def test_reset_goes_back_to_the_system_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, GERMAN)
    assert dialog.choices().language == "de"
    monkeypatch.setattr(ConfirmReset, "ask", classmethod(lambda cls, parent: True))
    dialog.reset_button.click()
    assert dialog.choices() == DEFAULTS
    assert dialog.language.currentText() == "System language"


def test_a_new_language_shows_when_it_takes_effect(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    page, note = dialog.appearance, dialog.appearance.language_note
    assert not note.isVisibleTo(page)
    choose(dialog, "Deutsch")
    assert note.isVisibleTo(page) and note.text() == NOTE
    assert not page.restart_button.isVisibleTo(page)  # no restart offered
    choose(dialog, "System language")  # back to the saved choice: nothing to wait for
    assert not note.isVisibleTo(page)


def test_restart_now_saves_the_language_then_restarts(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    restarts: list[str] = []
    assert app.settings is not None
    app.settings.restart = lambda: restarts.append(app.preferences.language)

    def exec_(dialog: SettingsDialog) -> int:
        choose(dialog, "Español")
        button = dialog.appearance.restart_button
        assert button.isVisibleTo(dialog.appearance) and button.accessibleName() == "Restart now"
        button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app.window.settings_action.trigger()
    assert restarts == ["es"]  # saved before the restart


def show(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_the_keyboard_reaches_the_language_box(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    show(qtbot, dialog)
    QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 2  # Appearance
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.language
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "en"
    assert dialog.appearance.language_note.isVisible()


def test_tab_goes_from_the_text_size_to_the_language(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, GERMAN, restart_offered=True)
    show(qtbot, dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.text_scale.setFocus()
    reached: list[QWidget | None] = []
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert dialog.language in reached

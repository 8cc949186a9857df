"""The Settings dialog: saved and restored, OK applies, Cancel keeps, reset, folder, keys."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.timeline import SegmentKind
from lbh_desktop.shell.app import App
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.settings import settings_dialog
from lbh_desktop.ui.settings.settings_dialog import NO_VOICE_TEXT, ConfirmReset, SettingsDialog
from lbh_desktop.ui.settings.settings_values import DEFAULTS, SettingsChoices
from lbh_desktop.ui.shared.colors import DARK

CHANGED = SettingsChoices(
    sounds_on=False,
    volume=35,
    prepare_seconds=12,
    default_rest_seconds=45,
    theme="dark",
    text_scale_percent=150,
    strength_goal=2,
    stretch_goal=5,
)


@pytest.fixture(autouse=True)
def restored_look(qapp: QApplication) -> Iterator[None]:
    font = QFont(qapp.font())
    yield
    qapp.setPalette(QPalette())
    qapp.setFont(font)
    qapp.setStyleSheet("")


def test_a_fresh_file_reads_as_the_defaults(tmp_path: Path) -> None:
    assert SettingsChoices.read(Preferences(tmp_path / "settings.ini")) == DEFAULTS


def test_settings_survive_a_restart(tmp_path: Path) -> None:
    CHANGED.write(Preferences(tmp_path / "settings.ini"))
    assert SettingsChoices.read(Preferences(tmp_path / "settings.ini")) == CHANGED


def test_values_edited_by_hand_out_of_range_read_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[appearance]\ntheme=purple\ntext_scale_percent=900\n"
        "[sound]\nvolume=-3\n[player]\nprepare_seconds=soon\n"
    )
    assert SettingsChoices.read(Preferences(path)) == DEFAULTS


def make_dialog(
    qtbot: QtBot, choices: SettingsChoices = DEFAULTS, **kwargs: object
) -> SettingsDialog:
    dialog = SettingsDialog(choices, Path("/tmp/lbh-data"), "", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_and_returns_the_choices(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, CHANGED)
    assert dialog.choices() == CHANGED
    assert not dialog.volume.isEnabled()  # sounds are off
    dialog.sounds_on.setChecked(True)
    assert dialog.volume.isEnabled()
    assert dialog.data_folder.text() == "/tmp/lbh-data"


def test_values_outside_the_ranges_cannot_be_entered(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.text_scale.setValue(500)
    dialog.prepare_seconds.setValue(-4)
    dialog.default_rest.setValue(10_000)
    dialog.strength_goal.setValue(9)
    chosen = dialog.choices()
    assert (chosen.text_scale_percent, chosen.prepare_seconds) == (200, 0)
    assert (chosen.default_rest_seconds, chosen.strength_goal) == (300, 7)


def test_reset_asks_first_then_fills_in_the_defaults(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, CHANGED)
    answers = [False, True]
    monkeypatch.setattr(ConfirmReset, "ask", classmethod(lambda cls, parent: answers.pop(0)))
    dialog.reset_button.click()
    assert dialog.choices() == CHANGED
    dialog.reset_button.click()
    assert dialog.choices() == DEFAULTS
    assert not answers
    assert dialog.note_label.isVisibleTo(dialog)


def test_open_folder_shows_the_data_folder_or_says_it_cannot(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(settings_dialog, "open_folder", lambda path: opened.append(path) or False)
    dialog = make_dialog(qtbot)
    dialog.open_folder_button.click()
    assert opened == [Path("/tmp/lbh-data")]
    assert "/tmp/lbh-data" in dialog.note_label.text()
    assert dialog.note_label.isVisibleTo(dialog)


class FakeVoiceSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: list[str] = []

    def apply(self) -> None:
        self.calls.append("apply")

    def reset_to_defaults(self) -> None:
        self.calls.append("reset")


def test_the_voice_section_is_embedded_reset_and_applied_on_ok(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, voice_section=FakeVoiceSection)
    section = dialog.voice_section
    assert isinstance(section, FakeVoiceSection) and section.parent() is not None
    monkeypatch.setattr(ConfirmReset, "ask", classmethod(lambda cls, parent: True))
    dialog.reset_button.click()
    dialog.buttons.accepted.emit()
    assert section.calls == ["reset", "apply"]
    assert NO_VOICE_TEXT not in {w.text() for w in dialog.findChildren(type(dialog.note_label))}


def run_dialog(monkeypatch: pytest.MonkeyPatch, change: SettingsChoices, accept: bool) -> None:
    """Stands in for a person: edits the real dialog, then presses OK or Cancel."""

    def exec_(dialog: SettingsDialog) -> int:
        dialog.set_choices(change)
        if accept:
            dialog.accept()
            return QDialog.DialogCode.Accepted.value
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


def test_ok_saves_and_applies_everything(
    app: App, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    run_dialog(monkeypatch, CHANGED, accept=True)
    base_size = QApplication.font().pointSizeF()
    QTest.keyClick(app.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert SettingsChoices.read(app.preferences) == CHANGED
    assert SettingsChoices.read(Preferences(app.preferences.path)) == CHANGED
    assert QApplication.palette().window().color() == QColor(DARK.window)
    assert QApplication.font().pointSizeF() == pytest.approx(base_size * 1.5)
    assert app.sound.muted and app.window.player.mute_button.isChecked()
    routine = app.repository.find_routine("Desk stretch break")
    assert routine is not None
    app.open_routine(routine)
    assert app.player.player is not None
    prepare = app.player.player.timeline.segments[0]
    assert prepare.kind is SegmentKind.PREPARE and prepare.duration == 12


def test_cancel_changes_nothing(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    run_dialog(monkeypatch, CHANGED, accept=False)
    palette = QApplication.palette().window().color()
    app.window.settings_action.trigger()
    assert SettingsChoices.read(app.preferences) == DEFAULTS
    assert QApplication.palette().window().color() == palette
    assert not app.sound.muted and app.player.prepare_seconds == 5


def test_reset_then_ok_puts_back_the_defaults(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    CHANGED.write(app.preferences)
    monkeypatch.setattr(ConfirmReset, "ask", classmethod(lambda cls, parent: True))

    def exec_(dialog: SettingsDialog) -> int:
        assert dialog.choices() == CHANGED
        dialog.reset_button.click()
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app.window.settings_action.trigger()
    assert SettingsChoices.read(app.preferences) == DEFAULTS
    assert app.player.prepare_seconds == DEFAULTS.prepare_seconds


def test_the_goals_reach_the_progress_page(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    app.window.progress_requested.emit()
    run_dialog(monkeypatch, dataclasses.replace(DEFAULTS, strength_goal=2), accept=True)
    app.window.settings_action.trigger()
    assert app.progress_view.strength_goal.value() == 2  # type: ignore[union-attr]

"""The Voice settings section: shows, applies and persists the voice preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider, QWidget
from pytestqt.qtbot import QtBot

from lbh_desktop.core.voice_cues import DEFAULT_CUE_KINDS, CueKind
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech.speech import Speech, VoiceSettings, voice_settings_from
from lbh_desktop.ui.speech.voice_settings_section import VoiceSettingsSection
from tests.ui.speech.test_speech import FakeBackend, FakeLoader, mock_loader


def section_for(
    qtbot: QtBot, tmp_path: Path, speech: Speech | None
) -> tuple[VoiceSettingsSection, Preferences]:
    preferences = Preferences(tmp_path / "settings.ini")
    section = VoiceSettingsSection(preferences, speech)
    qtbot.addWidget(section)
    return section, preferences


def test_shows_the_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    section, _preferences = section_for(qtbot, tmp_path, None)
    assert section.title() == "Voice"
    assert section.enabled.isChecked()
    assert {k for k, box in section.kinds.items() if box.isChecked()} == set(DEFAULT_CUE_KINDS)
    assert not section.kinds[CueKind.BREATHING].isChecked()
    assert section.voice.currentText() == "System default"
    assert section.rate_value.text() == "Normal"
    assert section.volume_value.text() == "80 %"


def test_apply_persists_every_choice_and_reaches_the_engine(qtbot: QtBot, tmp_path: Path) -> None:
    backend = FakeBackend()
    speech = Speech(make_loader=lambda owner: FakeLoader(owner, backend))
    section, preferences = section_for(qtbot, tmp_path, speech)
    assert [section.voice.itemText(i) for i in range(section.voice.count())] == [
        "System default",
        "Alice",
        "Bob",
    ]
    section.kinds[CueKind.COUNTDOWN].setChecked(False)
    section.kinds[CueKind.BREATHING].setChecked(True)
    section.voice.setCurrentText("Bob")
    section.rate.setValue(-30)
    section.volume.setValue(55)
    assert section.rate_value.text() == "Slower 30 %"
    assert backend.voice == ""  # nothing changes before apply()
    section.apply()

    expected = VoiceSettings(
        enabled=True,
        kinds=DEFAULT_CUE_KINDS - {CueKind.COUNTDOWN} | {CueKind.BREATHING},
        voice="Bob",
        rate=-0.3,
        volume=0.55,
    )
    assert voice_settings_from(Preferences(preferences.path)) == expected
    assert speech.settings == expected
    assert (backend.voice, backend.rate, backend.volume) == ("Bob", -0.3, 0.55)


def test_voice_off_greys_out_the_details_and_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    section, preferences = section_for(qtbot, tmp_path, None)
    section.enabled.setChecked(False)
    assert not section.voice.isEnabled()
    assert not any(box.isEnabled() for box in section.kinds.values())
    section.apply()
    assert Preferences(preferences.path).voice_enabled is False


def test_without_an_engine_it_says_beeps_are_used(qtbot: QtBot, tmp_path: Path) -> None:
    speech = Speech(make_loader=lambda owner: FakeLoader(owner, None))
    section, _preferences = section_for(qtbot, tmp_path, speech)
    assert section.status.text() == (
        "Voice: not available — using beeps (no speech engine is installed)"
    )
    assert not section.test_button.isEnabled()


def test_mock_engine_voices_and_test_voice(qtbot: QtBot, tmp_path: Path) -> None:
    speech = Speech(make_loader=mock_loader)
    section, _preferences = section_for(qtbot, tmp_path, speech)
    assert section.status.text() == "Voice: looking for a speech engine…"
    qtbot.waitUntil(lambda: speech.available, timeout=10_000)
    assert section.status.text() == "Voice: on (mock)"
    names = [section.voice.itemText(i) for i in range(1, section.voice.count())]
    assert names == speech.voice_names() and names
    assert section.test_button.isEnabled()
    with qtbot.waitSignal(speech.said) as said:
        section.test_button.click()
    assert said.args == ["Next: bird dog, left side, 30 seconds"]


def test_a_saved_voice_is_kept_while_no_engine_lists_it(qtbot: QtBot, tmp_path: Path) -> None:
    Preferences(tmp_path / "settings.ini").voice_name = "Anne"
    section, preferences = section_for(qtbot, tmp_path, None)
    assert section.voice.currentText() == "Anne"
    section.apply()
    assert Preferences(preferences.path).voice_name == "Anne"


def test_reset_to_defaults_fills_in_the_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    section, _preferences = section_for(qtbot, tmp_path, None)
    section.enabled.setChecked(False)
    section.rate.setValue(50)
    section.kinds[CueKind.HALFWAY].setChecked(False)
    section.reset_to_defaults()
    assert section.chosen() == VoiceSettings()


def test_every_control_is_named_and_explained(qtbot: QtBot, tmp_path: Path) -> None:
    section, _preferences = section_for(qtbot, tmp_path, None)
    controls: list[QWidget] = [
        *section.findChildren(QAbstractButton),
        *section.findChildren(QComboBox),
        *section.findChildren(QSlider),
    ]
    assert len(controls) == 1 + len(CueKind) + 1 + 1 + 2  # on, kinds, test, voice, sliders
    for control in controls:
        assert control.accessibleName(), control
        assert control.toolTip(), control.accessibleName()
        assert control.focusPolicy() != control.focusPolicy().NoFocus

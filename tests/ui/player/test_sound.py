"""Cue sounds degrade to silence with a reason, and the UI says why, when audio is missing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.cues import SoundCue
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.player.sound import Clip, SoundPlayer, read_clip

# Importing QtMultimedia logs a Qt warning for each optional backend library the machine lacks
# ("Couldn't load pipewire-0.3 library", VA-API, …). A machine without audio is exactly what these
# tests simulate, and only the first test in a run to import the module sees the messages.
multimedia_import_warnings = pytest.mark.qt_log_ignore(
    r"^Couldn't (load|resolve) .+ (library|symbols)$"
)


def sound_file(cue: SoundCue) -> Path:
    return bundled.resource_path("sounds", f"{cue.value}.wav")


@pytest.fixture
def sound(qtbot: QtBot) -> SoundPlayer:
    return SoundPlayer(sound_file)


@pytest.fixture
def no_audio_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("PySide6.QtMultimedia.QMediaDevices.audioOutputs", staticmethod(list))


class FakeStart:
    """Stands in for SoundPlayer._start: counts the clips it was asked to play."""

    def __init__(self) -> None:
        self.plays = 0

    def __call__(self, _clip: Clip) -> None:
        self.plays += 1


CLIP = Clip(b"\0\0" * 441, 44_100, 1)


def test_every_cue_sound_reads_as_a_short_16_bit_clip() -> None:
    for cue in SoundCue:
        clip = read_clip(sound_file(cue))
        assert (clip.rate, clip.channels) == (44_100, 1)
        assert 100 <= clip.duration_ms <= 800


def test_sound_is_unavailable_before_load(sound: SoundPlayer) -> None:
    assert sound.available is False
    assert sound.unavailable_reason


@multimedia_import_warnings
@pytest.mark.usefixtures("no_audio_device")
def test_no_audio_output_device_turns_sound_off_with_a_reason(
    sound: SoundPlayer, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(sound.availability_changed, timeout=2000) as signal:
        sound.load()
    assert sound.available is False
    assert "no audio output device" in sound.unavailable_reason
    assert signal.args == [False, sound.unavailable_reason]
    for cue in SoundCue:
        sound.play(cue)  # silently nothing
    assert sound._clips == {}


def test_missing_audio_libraries_turn_sound_off_with_a_reason(
    sound: SoundPlayer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    with qtbot.waitSignal(sound.availability_changed, timeout=2000) as signal:
        sound.load()
    assert sound.available is False
    assert "audio libraries" in sound.unavailable_reason
    assert signal.args == [False, sound.unavailable_reason]
    sound.play(SoundCue.ROUTINE_FINISHED)


@multimedia_import_warnings
def test_an_audio_system_error_turns_sound_off_with_a_reason(
    sound: SoundPlayer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> list[object]:
        raise RuntimeError("device vanished")

    monkeypatch.setattr("PySide6.QtMultimedia.QMediaDevices.audioOutputs", staticmethod(broken))
    with qtbot.waitSignal(sound.availability_changed, timeout=2000) as signal:
        sound.load()
    assert signal.args[0] is False
    assert "audio system reported an error" in sound.unavailable_reason
    sound.play(SoundCue.SEGMENT_START)


def test_muted_sound_does_not_play(sound: SoundPlayer, monkeypatch: pytest.MonkeyPatch) -> None:
    effect = FakeStart()
    monkeypatch.setattr(sound, "_start", effect)
    sound._clips[SoundCue.SEGMENT_START] = CLIP
    sound._available = True
    sound.muted = True
    sound.play(SoundCue.SEGMENT_START)
    assert effect.plays == 0

    sound.muted = False  # the same set-up plays once unmuted, so the check above means something
    sound.play(SoundCue.SEGMENT_START)
    assert effect.plays == 1


def test_unavailable_sound_does_not_play_even_when_unmuted(
    sound: SoundPlayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    effect = FakeStart()
    monkeypatch.setattr(sound, "_start", effect)
    sound._clips[SoundCue.SEGMENT_START] = CLIP
    sound.play(SoundCue.SEGMENT_START)
    assert effect.plays == 0


# In the app


def open_desk_break(app: App) -> None:
    routine = app.repository.find_routine("Desk stretch break")
    assert routine is not None
    app.open_routine(routine)


@multimedia_import_warnings
@pytest.mark.usefixtures("no_audio_device")
def test_the_player_and_status_bar_say_why_sound_is_off(app: App, qtbot: QtBot) -> None:
    open_desk_break(app)
    with qtbot.waitSignal(app.sound.availability_changed, timeout=2000):
        SoundPlayer.load(app.sound)  # the fixture stubs the instance's load
    reason = app.sound.unavailable_reason
    assert "no audio output device" in reason
    button = app.window.player.mute_button
    assert not button.isEnabled()
    assert button.text() == "Sound off"
    assert button.toolTip() == reason
    assert app.window.sound_status.text() == reason


def test_sound_coming_back_re_enables_the_mute_button_and_clears_the_status(
    app: App, qtbot: QtBot
) -> None:
    app.sound._set_available(False, "Sound is off: no audio output device was found.")
    assert app.window.sound_status.text()
    app.sound._set_available(True, "")
    button = app.window.player.mute_button
    assert button.isEnabled()
    assert button.text() == "Sound on"
    assert button.toolTip() == "Turn cue sounds on or off (M)"
    assert app.window.sound_status.text() == ""


@multimedia_import_warnings
@pytest.mark.usefixtures("no_audio_device")
def test_the_mute_key_does_nothing_while_sound_is_off(app: App, qtbot: QtBot) -> None:
    SoundPlayer.load(app.sound)  # the fixture stubs the instance's load
    open_desk_break(app)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is app.window.player)
    QTest.keyClick(app.window.player, Qt.Key.Key_M)
    button = app.window.player.mute_button
    assert button.text() == "Sound off"
    assert not button.isChecked()
    assert app.sound.muted is False
    assert app.preferences.muted is False

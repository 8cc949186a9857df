"""Why there is no voice, in words that say what is missing (issue #18, point 7a).

On a machine with espeak-ng but no audio output (no PulseAudio or PipeWire running), the voice
used to be reported as "speech-dispatcher is not installed or not running; no audio output
device was found", with "using beeps" although no beep could play either.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import SystemClock
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech import speech_espeak, speech_setup
from lbh_desktop.ui.speech.speech import Speech
from lbh_desktop.ui.speech.speech_engines import EngineLoader
from lbh_desktop.ui.speech.speech_espeak import EspeakLoader
from lbh_desktop.ui.speech.voice_settings_section import VoiceSettingsSection
from tests.e2e.xvfb import require_tools
from tests.ui.player.test_sound_with_audio_server import audio_server  # noqa: F401

pytestmark = pytest.mark.usefixtures("qapp")
needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")

NO_SPEECHD = json.dumps({"engine": None, "errors": ["speechd: not initialized"]})
NO_AUDIO_TEXT = (
    "Voice: not available — no audio output device was found: start PulseAudio or PipeWire, "
    "or connect speakers or headphones, then restart the app (espeak-ng is installed and will "
    "speak then)"
)
NO_ESPEAK_TEXT = (
    "Voice: not available — using beeps (speech-dispatcher is not installed or not running, "
    "and espeak-ng is not installed: install the espeak-ng package, then restart the app)"
)


def status_after_probe(qtbot: QtBot, tmp_path: Path) -> tuple[Speech, QLabel | None, QMainWindow]:
    """The app's own set-up (build_speech), with the native engines answering "none"."""

    def loader(owner: QObject) -> EngineLoader:
        probe = [sys.executable, "-c", f"print({NO_SPEECHD!r})"]
        return EngineLoader(
            owner, command=probe, fallback=lambda: EspeakLoader(owner, tmp_path / "speech")
        )

    window = QMainWindow()
    qtbot.addWidget(window)
    speech = speech_setup.build_speech(
        Preferences(tmp_path / "settings.ini"), window, SystemClock()
    )
    speech.make_loader = loader
    speech.load()
    qtbot.waitUntil(lambda: speech.available or bool(speech.fallback_reason), timeout=10_000)
    return speech, window.statusBar().findChild(QLabel, "voice_status"), window


@needs_espeak
def test_with_espeak_but_no_audio_output_the_text_names_the_audio_not_speech_dispatcher(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech_espeak, "_has_audio_output", lambda: False)
    speech, label, _window = status_after_probe(qtbot, tmp_path)
    assert speech.status_text == NO_AUDIO_TEXT
    assert label is not None
    assert label.text() == "Voice: not available — no audio output"
    assert NO_AUDIO_TEXT in label.toolTip()
    section = VoiceSettingsSection(Preferences(tmp_path / "settings.ini"), speech)
    qtbot.addWidget(section)
    assert section.status.text() == NO_AUDIO_TEXT  # Preferences → Sound and voice


def test_without_espeak_on_the_path_the_text_says_what_to_install(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no espeak-ng to be found
    monkeypatch.setattr(speech_espeak, "_has_audio_output", lambda: True)
    speech, label, _window = status_after_probe(qtbot, tmp_path)
    assert speech.status_text == NO_ESPEAK_TEXT
    assert label is not None
    assert label.text() == "Voice: not available — using beeps"
    assert NO_ESPEAK_TEXT in label.toolTip()


def test_with_neither_audio_output_nor_espeak_the_text_names_both(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(speech_espeak, "_has_audio_output", lambda: False)
    speech, label, _window = status_after_probe(qtbot, tmp_path)
    assert speech.status_text == (
        "Voice: not available — no audio output device was found: start PulseAudio or "
        "PipeWire, or connect speakers or headphones; and install the espeak-ng package, "
        "then restart the app"
    )
    assert label is not None and label.text() == "Voice: not available — no audio output"


SPEAK_THROUGH_THE_SERVER = """
import sys, tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
from lbh_desktop.core.clock import SystemClock
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech.speech_setup import build_speech

def spin(seconds, until=lambda: False):
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.01)

window = QMainWindow()
speech = build_speech(Preferences(Path(tempfile.mkdtemp()) / "s.ini"), window, SystemClock())
speech.load()  # the real probe: the native engines, then espeak-ng
spin(20, lambda: speech.available or bool(speech.fallback_reason))
print("STATUS", speech.status_text, flush=True)
if speech.available:
    speech.test_phrase(speech.settings, "Next: bird dog")
    spin(10, lambda: speech._backend.is_speaking())
    print("SPEAKING", speech._backend.is_speaking(), flush=True)
    spin(3)
speech.shutdown()
"""


@needs_espeak
def test_with_espeak_and_an_audio_server_the_voice_is_heard(
    audio_server: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    require_tools("parec")
    raw = tmp_path / "monitor.raw"
    env = dict(audio_server, XDG_CACHE_HOME=str(tmp_path / "cache"))
    with raw.open("wb") as out:
        recorder = subprocess.Popen(
            ["parec", "-d", "test.monitor", "--format=s16le", "--rate=44100", "--channels=1"],
            env=env,
            stdout=out,
        )
        try:
            spoke = subprocess.run(
                [sys.executable, "-c", SPEAK_THROUGH_THE_SERVER],
                env=dict(env, QT_QPA_PLATFORM="offscreen"),
                capture_output=True,
                text=True,
                timeout=120,
            )
        finally:
            recorder.terminate()
            recorder.wait(timeout=10)
    lines = dict(line.split(" ", 1) for line in spoke.stdout.splitlines() if " " in line)
    assert spoke.returncode == 0, spoke.stderr[-3000:]
    assert lines.get("STATUS", "").startswith("Voice: on"), spoke.stdout
    assert lines.get("SPEAKING") == "True", spoke.stdout
    recording = np.frombuffer(raw.read_bytes(), dtype="<i2")
    assert int(np.abs(recording.astype(int)).max(initial=0)) > 1000  # something was said

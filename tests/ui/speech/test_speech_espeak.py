"""The espeak-ng fallback: voices, rate, phrases rendered to WAV in child processes."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.core.voice_script import script_phrases
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.speech import speech_espeak
from lbh_desktop.ui.speech.speech import Speech
from lbh_desktop.ui.speech.speech_engines import EngineLoader
from lbh_desktop.ui.speech.speech_espeak import (
    EspeakBackend,
    EspeakLoader,
    parse_voices,
    words_per_minute,
)

pytestmark = pytest.mark.usefixtures("qapp")
needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")

LISTING = """\
Pty Language       Age/Gender VoiceName          File                 Other Languages
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 3  en-uk           --/M      english-mb-en1     mb/mb-en1            (en-gb 3)(en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)
"""


def test_only_built_in_english_voices_are_offered() -> None:
    assert parse_voices(LISTING) == {
        "English (Great Britain)": "en-gb",
        "English (America)": "en-us",
    }


def test_rate_maps_to_half_and_double_speed() -> None:
    assert [words_per_minute(r) for r in (-1.0, 0.0, 1.0, 5.0)] == [88, 175, 350, 350]


def test_without_a_native_engine_or_espeak_the_reason_names_both(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech_espeak.shutil, "which", lambda _name: None)
    monkeypatch.setattr(speech_espeak, "_has_audio_output", lambda: True)
    no_engine = json.dumps({"engine": None, "errors": ["speechd: not initialized"]})
    probe = [sys.executable, "-c", f"print({no_engine!r})"]

    def loader(owner: QObject) -> EngineLoader:
        return EngineLoader(
            owner, command=probe, fallback=lambda: EspeakLoader(owner, tmp_path / "speech")
        )

    speech = Speech(make_loader=loader)
    speech.load()
    qtbot.waitUntil(lambda: bool(speech.fallback_reason), timeout=10_000)
    if sys.platform.startswith("linux"):
        assert speech.status_text == (
            "Voice: not available — using beeps (speech-dispatcher is not installed or not "
            "running, and espeak-ng is not installed: install the espeak-ng package, then "
            "restart the app)"
        )


@needs_espeak
def test_espeak_renders_the_routines_phrases_ahead_when_it_opens(
    app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    speech = app.speech
    assert speech is not None
    cache = tmp_path / "speech"
    speech.make_loader = lambda owner: EspeakLoader(owner, cache, need_audio_output=False)
    Speech.load(speech)
    qtbot.waitUntil(lambda: speech.available, timeout=10_000)
    assert speech.status_text == "Voice: on (espeak-ng)"
    assert "English (Great Britain)" in speech.voice_names()
    assert speech.wants_phrases

    routine = app.repository.find_routine("Lower back & hip strength")
    assert routine is not None
    app.open_routine(routine)
    phrases = script_phrases(build_timeline(routine), bundled.load_catalogue())
    backend = speech.findChild(EspeakLoader)
    assert backend is not None
    qtbot.waitUntil(lambda: len(list(cache.glob("*.wav"))) == len(phrases), timeout=20_000)
    for wav in cache.glob("*.wav"):
        assert wav.read_bytes()[:4] == b"RIFF"
    assert not list(cache.glob("*.part"))


@needs_espeak
def test_a_new_rate_renders_the_phrases_again(qtbot: QtBot, tmp_path: Path) -> None:
    program = shutil.which("espeak-ng")
    assert program is not None
    owner = QObject()
    backend = EspeakBackend(program, {"English (America)": "en-us"}, tmp_path, owner)
    backend.prepare(["Halfway"])
    normal = backend.wav_for("Halfway")
    qtbot.waitUntil(normal.is_file, timeout=10_000)
    backend.set_rate(0.5)
    faster = backend.wav_for("Halfway")
    assert faster != normal
    qtbot.waitUntil(faster.is_file, timeout=10_000)
    assert faster.stat().st_size < normal.stat().st_size  # said faster: a shorter recording

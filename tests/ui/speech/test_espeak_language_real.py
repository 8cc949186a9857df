"""The installed espeak-ng speaks German, Spanish and French cues (issue #16).

One real run per language: the loader's probe lists espeak-ng's voices, keeps those of the
language, and the backend renders a phrase of it to a WAV file with `-v <language>`.
"""

from __future__ import annotations

import shutil
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lbh_desktop.core.timeline import build_timeline
from lbh_desktop.core.voice_script import script_phrases
from lbh_desktop.storage import bundled
from lbh_desktop.ui.shared.language import install_language, uninstall_language
from lbh_desktop.ui.speech import speech_espeak
from lbh_desktop.ui.speech.speech import Speech
from lbh_desktop.ui.speech.speech_espeak import EspeakBackend, EspeakLoader

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(
        shutil.which("espeak-ng") is None,
        reason="espeak-ng is not installed (packaging/install-system-deps.sh installs it)",
    ),
]

PHRASES = {
    "de": ("German", "Nächste Übung: Vogel-Hund, linke Seite, 30 Sekunden"),
    "es": ("Spanish (Spain)", "Siguiente ejercicio: perro de caza, lado izquierdo, 30 segundos"),
    "fr": ("French (France)", "Exercice suivant : chien d'arrêt, côté gauche, 30 secondes"),
}


NUMBERS = {"1", "2", "3"}
"""The countdown's words are the same in every language (said as digits)."""


class RecordingProcess(QProcess):
    """QProcess for PhraseRenderer, keeping each command line it runs."""

    commands: ClassVar[list[list[str]]] = []

    def setArguments(self, arguments: Sequence[str]) -> None:
        RecordingProcess.commands.append([self.program(), *arguments])
        super().setArguments(arguments)


def seconds_of(path: Path) -> float:
    with wave.open(str(path), "rb") as recording:
        return recording.getnframes() / recording.getframerate()


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_espeak_renders_a_cue_in_the_language(
    language: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = shutil.which("espeak-ng")
    assert program is not None
    monkeypatch.setattr(RecordingProcess, "commands", [])
    monkeypatch.setattr(speech_espeak, "QProcess", RecordingProcess)
    voice_name, phrase = PHRASES[language]
    cache = tmp_path / "speech"
    owner = QObject()

    loader = EspeakLoader(owner, cache, need_audio_output=False)  # no sound card needed
    loader.language = language
    found: list[EspeakBackend] = []
    reasons: list[str] = []
    loader.ready.connect(found.append)
    loader.failed.connect(reasons.append)
    loader.start()
    qtbot.waitUntil(lambda: bool(found or reasons), timeout=10_000)
    assert not reasons
    (backend,) = found
    assert voice_name in backend.voice_names()  # from the real `espeak-ng --voices`
    assert backend.set_language(language)
    backend.set_voice("")  # the user chose none: the language's default voice
    assert backend.voice == language

    backend.prepare([phrase])
    wav = backend.wav_for(phrase)
    qtbot.waitUntil(wav.is_file, timeout=10_000)
    (command,) = RecordingProcess.commands
    part = str(wav.with_suffix(".part"))
    assert command == [program, "-v", language, "-s", "175", "-w", part, "--", phrase]
    data = wav.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert seconds_of(wav) > 0.3
    loader.shutdown()


def test_the_app_speech_finds_espeak_with_a_german_voice(qtbot: QtBot, tmp_path: Path) -> None:
    speech = Speech(
        language="de",
        make_loader=lambda owner: EspeakLoader(owner, tmp_path / "speech", need_audio_output=False),
    )
    speech.load()
    qtbot.waitUntil(lambda: speech.available or bool(speech.fallback_reason), timeout=10_000)
    assert speech.available, speech.status_text
    assert speech.status_text == "Voice: on (espeak-ng)"
    assert "German" in speech.voice_names()
    assert speech.wants_phrases
    speech.shutdown()


def desk_break_phrases() -> list[str]:
    routine = next(r for r in bundled.load_builtin_routines() if r.id == "desk-stretch-break")
    return script_phrases(build_timeline(routine), bundled.load_catalogue())


def fresh_catalogue() -> None:
    bundled.load_catalogue.cache_clear()
    bundled._load_builtin_routines.cache_clear()


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_the_desk_breaks_translated_cues_render_with_espeak(
    language: str, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    fresh_catalogue()
    english = desk_break_phrases()
    assert install_language(qapp, language) == language  # the shipped .qm, as at start-up
    try:
        fresh_catalogue()
        phrases = desk_break_phrases()
        assert len(phrases) == len(english) > 5
        assert not set(phrases) & set(english) - NUMBERS, phrases[:3]  # every cue translated
        speech = Speech(
            language=language,
            make_loader=lambda owner: EspeakLoader(
                owner, tmp_path / "speech", need_audio_output=False
            ),
        )
        speech.load()
        qtbot.waitUntil(lambda: speech.available or bool(speech.fallback_reason), timeout=10_000)
        assert speech.available, speech.status_text
        assert speech.wants_phrases
        speech.prepare(phrases)  # as the player does when the routine opens
        qtbot.waitUntil(
            lambda: len(list((tmp_path / "speech").glob("*.wav"))) == len(set(phrases)),
            timeout=30_000,
        )
        first = next((tmp_path / "speech").glob("*.wav"))
        assert seconds_of(first) > 0.3
        speech.shutdown()
    finally:
        uninstall_language(qapp)
        fresh_catalogue()

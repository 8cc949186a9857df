"""Speech: finding an engine without blocking, the mock engine, never queueing, falling back."""

from __future__ import annotations

import json
import sys
import time

import pytest
from PySide6.QtCore import QObject
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from lbh_desktop.core.voice_cues import CueKind, VoiceCue
from lbh_desktop.ui.speech.speech import Speech, VoiceSettings, speaking_estimate
from lbh_desktop.ui.speech.speech_engines import EngineLoader, ErrorHandler

pytestmark = pytest.mark.usefixtures("qapp")

MOCK_PROBE = [sys.executable, "-c", "print('" + json.dumps({"engine": "mock"}) + "')"]


def mock_loader(owner: QObject) -> EngineLoader:
    """The real loader, with a probe that names Qt's silent mock engine."""
    return EngineLoader(owner, command=MOCK_PROBE)


class FakeBackend:
    description = "fake"

    def __init__(self, languages: frozenset[str] = frozenset({"en", "de", "es", "fr"})) -> None:
        self.calls: list[str] = []
        self.speaking = False
        self.on_error: ErrorHandler | None = None
        self.voice, self.rate, self.volume = "", 0.0, 0.0
        self.languages = languages
        """The languages it has a voice for."""
        self.languages_asked: list[str] = []

    def say(self, text: str) -> bool:
        self.calls.append(text)
        self.speaking = True
        return True

    def stop(self) -> None:
        self.calls.append("<stop>")
        self.speaking = False

    def is_speaking(self) -> bool:
        return self.speaking

    def voice_names(self) -> list[str]:
        return ["Alice", "Bob"]

    def set_voice(self, name: str) -> None:
        self.voice = name

    def set_rate(self, rate: float) -> None:
        self.rate = rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_error_handler(self, handler: ErrorHandler) -> None:
        self.on_error = handler

    def set_language(self, language: str) -> bool:
        self.languages_asked.append(language)
        return language in self.languages


class FakeLoader(EngineLoader):
    def __init__(self, owner: QObject, backend: FakeBackend | None) -> None:
        super().__init__(owner)
        self.backend = backend

    def start(self) -> None:
        if self.backend is None:
            self.failed.emit("no speech engine is installed")
        else:
            self.ready.emit(self.backend)


class Now:
    def __init__(self) -> None:
        self.value = 100.0

    def __call__(self) -> float:
        return self.value


def fake_speech(settings: VoiceSettings | None = None) -> tuple[Speech, FakeBackend, Now]:
    backend, now = FakeBackend(), Now()
    speech = Speech(settings, make_loader=lambda owner: FakeLoader(owner, backend), now=now)
    speech.load()
    return speech, backend, now


def cue(kind: CueKind, text: str) -> VoiceCue:
    return VoiceCue(kind, text, 0.0)


def test_mock_engine_found_through_the_probe_speaks_a_cue(qtbot: QtBot) -> None:
    speech = Speech(make_loader=mock_loader)
    assert not speech.available
    with qtbot.waitSignal(speech.status_changed, timeout=10_000, check_params_cb=lambda a, _t: a):
        speech.load()
    assert speech.status_text == "Voice: on (mock)"
    assert speech.voice_names()  # the mock engine has voices; the settings list them
    tts = speech.findChild(QTextToSpeech)
    assert tts is not None and tts.engine() == "mock"
    words: list[str] = []
    tts.sayingWord.connect(lambda word, *_: words.append(word))
    with qtbot.waitSignal(speech.said) as said:
        assert speech.speak(cue(CueKind.NEXT, "Next: bird dog, left side, 30 seconds"))
    assert said.args == ["Next: bird dog, left side, 30 seconds"]
    qtbot.waitUntil(lambda: tts.state() is QTextToSpeech.State.Ready, timeout=5000)
    assert words == ["Next", "bird", "dog", "left", "side", "30", "seconds"]


def test_a_hanging_engine_is_given_up_on_without_blocking(qtbot: QtBot) -> None:
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    speech = Speech(make_loader=lambda owner: EngineLoader(owner, command=hang, timeout_ms=1000))
    started = time.monotonic()
    speech.load()
    assert time.monotonic() - started < 0.5  # load() returns at once; the GUI keeps running
    with qtbot.waitSignal(speech.status_changed, timeout=5000):
        pass
    assert not speech.available
    assert speech.status_text == (
        "Voice: not available — using beeps (the speech service did not answer within 1 s)"
    )
    assert not speech.speak(cue(CueKind.COUNTDOWN, "3"))  # so the caller beeps


def test_the_real_probe_reaches_a_verdict_quickly(qtbot: QtBot) -> None:
    speech = Speech()
    started = time.monotonic()
    with qtbot.waitSignal(speech.status_changed, timeout=15_000, check_params_cb=lambda *_: True):
        speech.load()
    qtbot.waitUntil(lambda: speech.available or bool(speech.fallback_reason), timeout=15_000)
    assert time.monotonic() - started < 10
    speech.shutdown()


def test_no_engine_means_beeps_and_says_why() -> None:
    speech = Speech(make_loader=lambda owner: FakeLoader(owner, None))
    assert speech.status_text.startswith("Voice: not checked yet")
    speech.load()
    assert speech.fallback_reason == "no speech engine is installed"
    assert speech.status_text == (
        "Voice: not available — using beeps (no speech engine is installed)"
    )
    assert not speech.speak(cue(CueKind.NEXT, "Next: superman, 10 reps"))


def test_an_engine_error_later_falls_back_to_beeps() -> None:
    speech, backend, _now = fake_speech()
    assert speech.speak(cue(CueKind.HALFWAY, "Halfway"))
    assert backend.on_error is not None
    backend.on_error("audio device gone")
    assert not speech.available
    assert "using beeps (the speech engine reported an error: audio device gone)" in (
        speech.status_text
    )
    assert not speech.speak(cue(CueKind.HALFWAY, "Halfway"))


def test_a_countdown_never_cuts_into_an_announcement_it_is_dropped() -> None:
    speech, backend, now = fake_speech()
    dropped: list[str] = []
    speech.dropped.connect(dropped.append)
    assert speech.speak(cue(CueKind.REST, "Rest, 20 seconds. Next: superman"))
    now.value += 1.0
    assert speech.speak(cue(CueKind.COUNTDOWN, "3"))  # handled (no beep), but not said
    assert backend.calls == ["Rest, 20 seconds. Next: superman"]
    assert dropped == ["3"]


def test_a_new_announcement_cuts_the_one_being_said() -> None:
    speech, backend, now = fake_speech()
    speech.speak(cue(CueKind.NEXT, "Next: superman, 10 reps"))
    now.value += 0.5
    speech.speak(cue(CueKind.COMPLETE, "Routine complete"))
    assert backend.calls == ["Next: superman, 10 reps", "<stop>", "Routine complete"]


def test_countdown_numbers_cut_each_other_rather_than_queue() -> None:
    speech, backend, now = fake_speech()
    for number in ("3", "2", "1"):
        speech.speak(cue(CueKind.COUNTDOWN, number))
        now.value += 1.0
    assert backend.calls == ["3", "<stop>", "2", "<stop>", "1"]


def test_an_engine_stuck_speaking_does_not_silence_later_cues() -> None:
    speech, backend, now = fake_speech()
    speech.speak(cue(CueKind.NEXT, "Next: bird dog, left side, 30 seconds"))
    now.value += speaking_estimate("Next: bird dog, left side, 30 seconds", 0.0) + 0.1
    assert backend.speaking  # it never reported finishing
    speech.speak(cue(CueKind.COUNTDOWN, "3"))
    assert backend.calls[-2:] == ["<stop>", "3"]


def test_kinds_turned_off_and_voice_off_leave_it_to_the_beeps() -> None:
    speech, backend, _now = fake_speech(VoiceSettings(kinds=frozenset({CueKind.REST})))
    assert not speech.speak(cue(CueKind.COUNTDOWN, "3"))
    assert speech.speak(cue(CueKind.REST, "Rest, 10 seconds."))
    speech.apply(VoiceSettings(enabled=False))
    assert speech.status_text == "Voice: off — using beeps"
    assert not speech.speak(cue(CueKind.REST, "Rest, 10 seconds."))
    assert backend.calls == ["Rest, 10 seconds.", "<stop>"]


def test_voice_rate_and_volume_reach_the_engine_and_test_voice_restores_them() -> None:
    speech, backend, _now = fake_speech(VoiceSettings(voice="Bob", rate=0.3, volume=0.5))
    assert (backend.voice, backend.rate, backend.volume) == ("Bob", 0.3, 0.5)
    assert speech.test_phrase(VoiceSettings(voice="Alice", rate=-0.5, volume=1.0))
    assert (backend.voice, backend.rate, backend.volume) == ("Alice", -0.5, 1.0)
    speech.speak(cue(CueKind.COMPLETE, "Routine complete"))  # the saved choice, not the trial
    assert (backend.voice, backend.rate, backend.volume) == ("Bob", 0.3, 0.5)

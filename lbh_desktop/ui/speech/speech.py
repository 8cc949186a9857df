"""Spoken cues: a lazily found engine, the user's voice settings, and the never-queue policy."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from lbh_desktop.core.voice_cues import DEFAULT_CUE_KINDS, TIME_CRITICAL, CueKind, VoiceCue
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech.speech_engines import NO_AUDIO_OUTPUT, EngineLoader, SpeechBackend

log = logging.getLogger(__name__)

SECONDS_PER_WORD = 0.45
SPEECH_SLACK = 1.0


@dataclass(frozen=True)
class VoiceSettings:
    enabled: bool = True
    kinds: frozenset[CueKind] = DEFAULT_CUE_KINDS
    voice: str = ""
    rate: float = 0.0
    """-1 (slow) to 1 (fast), 0 normal: QTextToSpeech's scale."""
    volume: float = 0.8


def speaking_estimate(text: str, rate: float) -> float:
    """Generous guess of how long `text` takes to say; after it the engine counts as idle
    even if it still reports "Speaking" (it can, forever, with no audio output)."""
    words = max(1, len(text.split()))
    return (0.6 + SECONDS_PER_WORD * words) / float(2.0**rate) + SPEECH_SLACK


class Speech(QObject):
    """Says cues when an engine is there. `speak` returns False when the caller should beep.

    A new cue cuts the one being said, except that a countdown, halfway or breathing cue
    is dropped rather than cut into an announcement. Nothing is ever queued.
    """

    status_changed = Signal(bool, str)
    voices_changed = Signal()
    said = Signal(str)
    dropped = Signal(str)

    def __init__(
        self,
        settings: VoiceSettings | None = None,
        *,
        make_loader: Callable[[QObject], EngineLoader] | None = None,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or VoiceSettings()
        self.make_loader = make_loader or (lambda owner: EngineLoader(owner))
        """How `load` looks for an engine; tests swap in the mock engine."""
        self._now = now
        self._loader: EngineLoader | None = None
        self._backend: SpeechBackend | None = None
        self._reason = ""
        self._speaking_kind: CueKind | None = None
        self._busy_until = 0.0
        self._test_settings_in_use = False

    # State ---------------------------------------------------------------------------------

    @property
    def settings(self) -> VoiceSettings:
        return self._settings

    @property
    def available(self) -> bool:
        return self._backend is not None

    @property
    def active(self) -> bool:
        """Whether cues are spoken now (voice on and an engine found)."""
        return self._settings.enabled and self._backend is not None

    @property
    def kinds(self) -> frozenset[CueKind]:
        return self._settings.kinds

    @property
    def fallback_reason(self) -> str:
        """Why cues are beeps ("" while an engine works or is still being looked for)."""
        return "" if self._backend is not None else self._reason

    @property
    def engine_description(self) -> str:
        return self._backend.description if self._backend is not None else ""

    @property
    def status_text(self) -> str:
        if self._backend is not None:
            if not self._settings.enabled:
                return "Voice: off — using beeps"
            return f"Voice: on ({self._backend.description})"
        if self._loader is None:
            return "Voice: not checked yet — it starts with the first routine"
        if not self._reason:
            return "Voice: looking for a speech engine…"
        if self.nothing_heard:
            return f"Voice: not available — {self._reason}"  # no beeps either
        return f"Voice: not available — using beeps ({self._reason})"

    @property
    def nothing_heard(self) -> bool:
        """Whether the voice is missing because there is no audio output at all."""
        return self._backend is None and self._reason.startswith(NO_AUDIO_OUTPUT)

    def voice_names(self) -> list[str]:
        return self._backend.voice_names() if self._backend is not None else []

    # Set-up --------------------------------------------------------------------------------

    def load(self) -> None:
        """Looks for an engine once, in the background; status_changed reports the outcome."""
        if self._loader is not None:
            return
        self._loader = self.make_loader(self)
        self._loader.ready.connect(self._engine_ready)
        self._loader.failed.connect(self._engine_failed)
        self._emit_status()
        self._loader.start()

    def shutdown(self) -> None:
        if self._loader is not None:
            self._loader.shutdown()
        if self._backend is not None:
            self._backend.stop()

    def apply(self, settings: VoiceSettings) -> None:
        self._settings = settings
        if self._backend is not None:
            self._configure(self._backend)
            if not settings.enabled:
                self._backend.stop()
        self._emit_status()

    def _configure(self, backend: SpeechBackend, settings: VoiceSettings | None = None) -> None:
        chosen = settings or self._settings
        backend.set_voice(chosen.voice)
        backend.set_rate(chosen.rate)
        backend.set_volume(chosen.volume)
        self._test_settings_in_use = False

    def _engine_ready(self, backend: SpeechBackend) -> None:
        self._backend = backend
        self._reason = ""
        backend.set_error_handler(self._engine_error)
        self._configure(backend)
        self.voices_changed.emit()
        self._emit_status()

    def _engine_failed(self, reason: str) -> None:
        self._reason = reason
        self._emit_status()

    def _engine_error(self, message: str) -> None:
        log.warning("speech engine error: %s", message)
        self._backend = None
        self._reason = f"the speech engine reported an error: {message}"
        self.voices_changed.emit()
        self._emit_status()

    def _emit_status(self) -> None:
        self.status_changed.emit(self.available, self.status_text)

    # Speaking ------------------------------------------------------------------------------

    @property
    def wants_phrases(self) -> bool:
        """Whether the engine speaks only what it rendered beforehand (espeak-ng WAVs)."""
        return self.active and hasattr(self._backend, "prepare")

    def prepare(self, phrases: list[str]) -> None:
        """Renders a routine's phrases ahead of time, where the engine needs that."""
        prepare = getattr(self._backend, "prepare", None)
        if prepare is not None:
            prepare(phrases)

    def speak(self, cue: VoiceCue) -> bool:
        backend = self._backend
        if backend is None or not self._settings.enabled or cue.kind not in self._settings.kinds:
            return False
        now = self._now()
        speaking = backend.is_speaking()
        busy = speaking and now < self._busy_until  # past the estimate it may be stuck
        if busy and cue.kind in TIME_CRITICAL and self._speaking_kind not in TIME_CRITICAL:
            self.dropped.emit(cue.text)  # the announcement keeps the floor
            return True
        if speaking:
            backend.stop()
        if self._test_settings_in_use:
            self._configure(backend)
        if not backend.say(cue.text):
            return False
        self._speaking_kind = cue.kind
        self._busy_until = now + speaking_estimate(cue.text, self._settings.rate)
        self.said.emit(cue.text)
        return True

    def test_phrase(
        self, settings: VoiceSettings, text: str = "Next: bird dog, left side, 30 seconds"
    ) -> bool:
        """Says `text` now with `settings` not yet applied (the "Test voice" button)."""
        backend = self._backend
        if backend is None:
            return False
        backend.stop()
        self._configure(backend, settings)
        self._test_settings_in_use = True
        say_soon = getattr(backend, "say_soon", None)
        if say_soon is not None:
            say_soon(text)  # espeak-ng may still have to render it
        elif not backend.say(text):
            return False
        self._speaking_kind = CueKind.NEXT
        self._busy_until = self._now() + speaking_estimate(text, settings.rate)
        self.said.emit(text)
        return True


def voice_settings_from(preferences: Preferences) -> VoiceSettings:
    kinds = set(preferences.voice_cue_kinds)
    if preferences.breathing_cue:
        kinds.add(CueKind.BREATHING)
    return VoiceSettings(
        enabled=preferences.voice_enabled,
        kinds=frozenset(kinds),
        voice=preferences.voice_name,
        rate=preferences.voice_rate / 100,
        volume=preferences.voice_volume / 100,
    )


def store_voice_settings(preferences: Preferences, settings: VoiceSettings) -> None:
    preferences.voice_enabled = settings.enabled
    preferences.voice_cue_kinds = settings.kinds - {CueKind.BREATHING}
    preferences.breathing_cue = CueKind.BREATHING in settings.kinds
    preferences.voice_name = settings.voice
    preferences.voice_rate = round(settings.rate * 100)
    preferences.voice_volume = round(settings.volume * 100)

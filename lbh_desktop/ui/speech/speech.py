"""Spoken cues: a lazily found engine, the user's voice settings, and the never-queue policy."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from lbh_desktop.core.i18n import translate
from lbh_desktop.core.voice_cues import DEFAULT_CUE_KINDS, TIME_CRITICAL, CueKind, VoiceCue
from lbh_desktop.storage.preferences import Preferences
from lbh_desktop.ui.speech.speech_engines import (
    EngineLoader,
    SpeechBackend,
    language_name,
    no_voice_reason,
    ui_language,
)

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

    Cues are said in `language` ("en", "de", "es", "fr"; by default the interface's): the
    engine is asked for a voice of it, and without one the cues stay beeps and the status
    says so.
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
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language or ui_language()
        self._settings = settings or VoiceSettings()
        self.make_loader = make_loader or (lambda owner: EngineLoader(owner))
        """How `load` looks for an engine; tests swap in the mock engine."""
        self._now = now
        self._loader: EngineLoader | None = None
        self._engine: SpeechBackend | None = None
        """The engine found, whether or not it has a voice for the language."""
        self._backend: SpeechBackend | None = None
        """The engine when it speaks the language; None means beeps."""
        self._reason = ""
        self._nothing_heard = False
        self._language_missing = False
        self._speaking_kind: CueKind | None = None
        self._busy_until = 0.0
        self._test_settings_in_use = False

    # State ---------------------------------------------------------------------------------

    @property
    def settings(self) -> VoiceSettings:
        return self._settings

    @property
    def language(self) -> str:
        """The language the cues are said in ("en", "de", "es", "fr")."""
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        self.set_language(language)

    def set_language(self, language: str) -> None:
        """Says the cues in `language` from now on (by default they are in the interface's,
        see ui_language). An engine already found is asked for a voice of it; when none of the
        engines found has one, they are looked for again."""
        if language == self._language:
            return
        self._language = language
        if self._loader is None:
            return  # load() asks for it
        self._loader.language = language  # a probe still running looks for it
        if self._engine is not None:
            self._use(self._engine)
        if self._language_missing and self._reason:
            self._look_again()  # another engine (espeak-ng) may have a voice for it

    def _look_again(self) -> None:
        """Forgets the engines found (none has a voice for the language) and looks anew."""
        loader, engine = self._loader, self._engine
        self._loader = self._engine = self._backend = None
        self._reason, self._nothing_heard, self._language_missing = "", False, False
        if engine is not None:
            engine.stop()
        if loader is not None:
            loader.ready.disconnect(self._engine_ready)
            loader.failed.disconnect(self._engine_failed)
            loader.shutdown()
            loader.deleteLater()  # with the engine it made
        self.voices_changed.emit()
        self.load()

    @property
    def language_missing(self) -> bool:
        """Whether the cues are beeps because no engine has a voice for the language."""
        return self._backend is None and self._language_missing

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
                return translate("speech", "Voice: off — using beeps")
            text = translate("speech", "Voice: on ({engine})")
            return text.format(engine=self._backend.description)
        if self._loader is None:
            return translate("speech", "Voice: not checked yet — it starts with the first routine")
        if not self._reason:
            return translate("speech", "Voice: looking for a speech engine…")
        if self.nothing_heard:  # no beeps either
            return translate("speech", "Voice: not available — {reason}").format(
                reason=self._reason
            )
        if self.language_missing:
            text = translate(
                "speech",
                "Voice: spoken cues are not available in {language} — using beeps ({reason})",
            )
            return text.format(language=language_name(self._language), reason=self._reason)
        text = translate("speech", "Voice: not available — using beeps ({reason})")
        return text.format(reason=self._reason)

    @property
    def nothing_heard(self) -> bool:
        """Whether the voice is missing because there is no audio output at all."""
        return self._backend is None and self._nothing_heard

    def voice_names(self) -> list[str]:
        return self._backend.voice_names() if self._backend is not None else []

    # Set-up --------------------------------------------------------------------------------

    def load(self) -> None:
        """Looks for an engine once, in the background; status_changed reports the outcome."""
        if self._loader is not None:
            return
        self._loader = self.make_loader(self)
        self._loader.language = self._language
        self._loader.ready.connect(self._engine_ready)
        self._loader.failed.connect(self._engine_failed)
        self._emit_status()
        self._loader.start()

    def shutdown(self) -> None:
        if self._loader is not None:
            self._loader.shutdown()
        if self._engine is not None:
            self._engine.stop()

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
        self._engine = backend
        backend.set_error_handler(self._engine_error)
        self._use(backend)

    def _use(self, engine: SpeechBackend) -> None:
        """Speaks through `engine` when it has a voice for the language, else beeps."""
        if engine.set_language(self._language):
            self._backend, self._reason, self._language_missing = engine, "", False
            self._configure(engine)
        else:
            log.info("no %s voice in %s: beeps", self._language, engine.description)
            engine.stop()
            self._backend, self._language_missing = None, True
            self._reason = no_voice_reason(engine.description, self._language)
        self.voices_changed.emit()
        self._emit_status()

    def _engine_failed(self, reason: str) -> None:
        self._reason = reason
        loader = self._loader
        self._nothing_heard = loader is not None and loader.nothing_heard
        self._language_missing = loader is not None and loader.language_missing
        self._emit_status()

    def _engine_error(self, message: str) -> None:
        log.warning("speech engine error: %s", message)
        self._backend = self._engine = None
        self._language_missing = False
        text = translate("speech", "the speech engine reported an error: {message}")
        self._reason = text.format(message=message)
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

    def test_phrase(self, settings: VoiceSettings, text: str | None = None) -> bool:
        """Says `text` (by default a sample cue) now with `settings` not yet applied (the
        "Test voice" button)."""
        backend = self._backend
        if backend is None:
            return False
        if text is None:
            text = translate("speech", "Next: bird dog, left side, 30 seconds")
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

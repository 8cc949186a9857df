"""Speech back-ends behind one small interface, and the time-limited probe that finds one."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from lbh_desktop.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

PROBE_TIMEOUT_MS = 8000
ErrorHandler = Callable[[str], None]
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("speech_engines", "English"),
    "de": QT_TRANSLATE_NOOP("speech_engines", "German"),
    "es": QT_TRANSLATE_NOOP("speech_engines", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("speech_engines", "French"),
}


def language_name(code: str) -> str:
    """ "German": the name of a language the cues can be said in, in the user's language."""
    name = LANGUAGE_NAMES.get(code)
    return translate("speech_engines", name) if name else QLocale(code).nativeLanguageName()


def ui_language() -> str:
    """The interface language ("en", "de", …): the default locale's, which the shell sets to
    the chosen language at start-up; "en" when it is none of ours."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def no_voice_reason(engine: str, language: str) -> str:
    """Why `engine` cannot say the cues: it has no voice for `language`."""
    text = translate("speech_engines", "{engine} has no voice for {language}")
    return text.format(engine=engine, language=language_name(language))


class SpeechBackend(Protocol):
    description: str

    def say(self, text: str) -> bool:
        """False when the text cannot be said now (the caller beeps instead)."""
        ...

    def stop(self) -> None: ...
    def is_speaking(self) -> bool: ...
    def voice_names(self) -> list[str]: ...
    def set_voice(self, name: str) -> None: ...
    def set_rate(self, rate: float) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def set_error_handler(self, handler: ErrorHandler) -> None: ...

    def set_language(self, language: str) -> bool:
        """Chooses voices for `language` ("de"); False when the engine has none for it."""
        ...


class QtSpeechBackend:
    """QTextToSpeech (speech-dispatcher, SAPI, …), on a voice of the cues' language."""

    def __init__(self, tts: QTextToSpeech, description: str) -> None:
        self._tts = tts
        self.description = description
        self._on_error: ErrorHandler | None = None
        self._default_voice = tts.voice()
        tts.errorOccurred.connect(self._report_error)

    def set_language(self, language: str) -> bool:
        """The engine's locale for `language` (speech-dispatcher: its language), the one of
        the user's country first; False when it has none."""
        wanted = QLocale(language).language()
        current = self._tts.locale()
        found = [locale for locale in self._tts.availableLocales() if locale.language() == wanted]
        if current.language() == wanted and current not in found:
            found.append(current)
        if not found:
            return False
        # The user's country first (even over the engine's current locale of the language),
        # then the current locale, then the engine's order.
        territory = QLocale().territory()
        found.sort(key=lambda locale: (locale.territory() != territory, locale != current))
        if found[0] != current:
            self._tts.setLocale(found[0])
        self._default_voice = self._tts.voice()
        return True

    def _report_error(self, _reason: object, message: str) -> None:
        if self._on_error is not None:
            self._on_error(
                message or translate("speech_engines", "the speech engine reported an error")
            )

    def set_error_handler(self, handler: ErrorHandler) -> None:
        self._on_error = handler

    def say(self, text: str) -> bool:
        self._tts.say(text)
        return True

    def stop(self) -> None:
        self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def is_speaking(self) -> bool:
        return self._tts.state() is QTextToSpeech.State.Speaking

    def voice_names(self) -> list[str]:
        return [voice.name() for voice in self._tts.availableVoices()]

    def set_voice(self, name: str) -> None:
        """Chooses a voice by name; "" (or a voice no longer there) is the engine's default."""
        for voice in self._tts.availableVoices():
            if voice.name() == name:
                self._tts.setVoice(voice)
                return
        self._tts.setVoice(self._default_voice)

    def set_rate(self, rate: float) -> None:
        self._tts.setRate(max(-1.0, min(1.0, rate)))

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(max(0.0, min(1.0, volume)))


ENGINE_NAMES = {"speechd": "speech-dispatcher", "sapi": "Windows SAPI", "winrt": "Windows"}


def describe_probe_failure(errors: list[str]) -> str:
    if not errors:
        return translate("speech_engines", "no speech engine is installed")
    if sys.platform.startswith("linux") and all(e.startswith("speechd") for e in errors):
        return translate("speech_engines", "speech-dispatcher is not installed or not running")
    return "; ".join(errors)


def combined_reason(native: str, fallback: str, *, nothing_heard: bool = False) -> str:
    """Why neither the native engine nor the fallback speaks. Without an audio output
    (`nothing_heard`) the fallback's reason is the whole story (a native engine would be
    silent too)."""
    if nothing_heard:
        return fallback
    return translate("speech_engines", "{native}, and {fallback}").format(
        native=native, fallback=fallback
    )


class EngineLoader(QObject):
    """Finds a working engine without ever blocking the GUI thread: a child process tries the
    native engines first, killed after `timeout_ms`; only an engine that answered there is
    created here, on a voice for `language`. Emits `ready(backend)` or `failed(reason)`, once;
    before `failed`, `nothing_heard` says whether no audio output was found at all and
    `language_missing` whether an engine lacked a voice for the language."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        command: list[str] | None = None,
        timeout_ms: int = PROBE_TIMEOUT_MS,
        fallback: Callable[[], EngineLoader | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = command
        self._timeout_ms = timeout_ms
        self._fallback = fallback
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._done = False
        self._fallback_loader: EngineLoader | None = None
        self._language = "en"
        self.nothing_heard = False
        self.language_missing = False

    @property
    def language(self) -> str:
        """The cues' language ("en", "de", "es", "fr"), set before `start`; a new one set while
        the fallback is looking reaches it too."""
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        self._language = language
        if self._fallback_loader is not None:
            self._fallback_loader.language = language

    def _probe_command(self) -> list[str] | None:
        if self._command is not None:
            return self._command
        if getattr(sys, "frozen", False):
            return None  # a bundle has no `python -m`; it uses the WAV fallback or beeps
        return [sys.executable, "-m", "lbh_desktop.ui.speech.speech_probe"]

    def start(self) -> None:
        command = self._probe_command()
        if command is None:
            self._give_up(
                translate("speech_engines", "this build cannot check for a speech engine safely")
            )
            return
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(self._probe_finished)
        process.errorOccurred.connect(self._probe_error)
        self._process = process
        self._timer.start(self._timeout_ms)
        process.start()

    def shutdown(self) -> None:
        """Kills a probe still running (call before quitting: no orphan, no Qt warning)."""
        self._kill_probe()
        self._done = True
        if self._fallback_loader is not None:
            self._fallback_loader.shutdown()

    def _kill_probe(self) -> None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)

    def _timed_out(self) -> None:
        self._kill_probe()
        text = translate("speech_engines", "the speech service did not answer within {seconds} s")
        self._give_up(text.format(seconds=round(self._timeout_ms / 1000)))

    def _probe_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._process is not None:
            self._kill_probe()
            self._give_up(translate("speech_engines", "the speech check could not start"))

    def _probe_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        self._timer.stop()
        output = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        self._accept_probe_output(output)

    def _accept_probe_output(self, output: str) -> None:
        try:
            result = json.loads(output.strip().splitlines()[-1])
        except (ValueError, IndexError):
            self._give_up(translate("speech_engines", "the speech check failed"))
            return
        engine = result.get("engine")
        if not isinstance(engine, str):
            self._give_up(describe_probe_failure([str(e) for e in result.get("errors", [])]))
            return
        tts = QTextToSpeech(engine, self)
        if tts.state() is QTextToSpeech.State.Error:
            self._give_up(f"{engine}: {tts.errorString()}")
            return
        name = ENGINE_NAMES.get(engine, engine)
        backend = QtSpeechBackend(tts, name)
        if not backend.set_language(self.language):
            tts.deleteLater()
            self.language_missing = True
            self._give_up(no_voice_reason(name, self.language))
            return
        self._done = True
        self.ready.emit(backend)

    def _give_up(self, reason: str) -> None:
        if self._done:
            return
        fallback = self._fallback() if self._fallback else None
        if fallback is not None:
            self._done = True
            self._fallback_loader = fallback
            fallback.language = self.language
            fallback.ready.connect(self.ready.emit)
            fallback.failed.connect(lambda more: self._fallback_failed(reason, fallback, more))
            fallback.start()
            return
        self._done = True
        log.info("voice not available: %s", reason)
        self.failed.emit(reason)

    def _fallback_failed(self, reason: str, fallback: EngineLoader, more: str) -> None:
        self.nothing_heard = fallback.nothing_heard
        self.language_missing = self.language_missing or fallback.language_missing
        self.failed.emit(combined_reason(reason, more, nothing_heard=fallback.nothing_heard))

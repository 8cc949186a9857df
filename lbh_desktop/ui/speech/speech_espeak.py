"""Fallback voice: espeak-ng renders phrases to WAV in a child process; QSoundEffect plays them."""

# A phrase not rendered yet is skipped, never said late.

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, QUrl, Signal

from lbh_desktop.core.i18n import translate
from lbh_desktop.storage.atomic_storage import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from lbh_desktop.ui.speech.speech_engines import EngineLoader, ErrorHandler, no_voice_reason

log = logging.getLogger(__name__)

RENDER_TIMEOUT_MS = 5000
NORMAL_WORDS_PER_MINUTE = 175
DEFAULT_VOICE = "en-gb"
"""English cues are said in British English when that voice is there."""


def parse_voices(listing: str, language: str = "en") -> dict[str, str]:
    """`espeak-ng --voices` → {"English (Great Britain)": "en-gb", …}: the voices of
    `language` ("en-gb" and "en-us" are English), built-in ones only (mbrola ones need extra
    packages)."""
    voices: dict[str, str] = {}
    for line in listing.splitlines()[1:]:
        fields = line.split()
        if len(fields) < 5 or fields[4].startswith("mb/"):
            continue
        code = fields[1]
        if code == language or code.startswith(f"{language}-"):
            voices.setdefault(fields[3].replace("_", " "), code)
    return voices


def default_voice(language: str, voices: dict[str, str]) -> str:
    """What `-v` says when the user chose no voice: "en-gb" for English if there, else the
    language itself ("-v de"); "" (espeak-ng's own default) for English without en-gb."""
    if language == "en":
        return DEFAULT_VOICE if DEFAULT_VOICE in voices.values() else ""
    return language


def words_per_minute(rate: float) -> int:
    """QTextToSpeech's -1…1 rate as espeak-ng's words a minute (half to double speed)."""
    return round(NORMAL_WORDS_PER_MINUTE * float(2.0 ** max(-1.0, min(1.0, rate))))


def make_private_folder(folder: Path) -> None:
    """Create `folder` readable by the user only (0700), and make it so if it exists. A failure
    is only logged: espeak-ng then cannot write there, and its phrases are skipped."""
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
    except OSError as error:
        log.warning("could not make %s private: %s", folder, error)


class PhraseRenderer(QObject):
    """Renders WAV files one at a time in espeak-ng child processes, each killed after 5 s."""

    finished_file = Signal(object)

    def __init__(self, program: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._program = program
        self._queue: deque[tuple[Path, list[str], str]] = deque()
        self._process: QProcess | None = None
        self._target: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self.rendered: set[Path] = set()

    def request(self, target: Path, options: list[str], text: str) -> None:
        if target in self.rendered or target == self._target:
            return
        if target.is_file():
            self.rendered.add(target)
            return
        self._queue.append((target, options, text))
        self._next()

    def shutdown(self) -> None:
        self._queue.clear()
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None and process.state() is not QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)

    def _next(self) -> None:
        if self._process is not None or not self._queue:
            return
        target, options, text = self._queue.popleft()
        make_private_folder(target.parent)
        process = QProcess(self)
        process.setProgram(self._program)
        process.setArguments([*options, "-w", str(target.with_suffix(".part")), "--", text])
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(self._finished)
        self._process, self._target = process, target
        self._timer.start(RENDER_TIMEOUT_MS)
        process.start()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._timer.stop()
        target, self._target, self._process = self._target, None, None
        part = target.with_suffix(".part") if target else None
        normal = code == 0 and status is QProcess.ExitStatus.NormalExit
        if target and part and normal and part.is_file():
            if os.name == "posix":
                part.chmod(PRIVATE_FILE_MODE)  # espeak-ng wrote it with the umask's mode
            part.replace(target)
            self.rendered.add(target)
            self.finished_file.emit(target)
        elif part is not None:
            part.unlink(missing_ok=True)
        self._next()

    def _timed_out(self) -> None:
        log.warning("espeak-ng did not finish within %d ms", RENDER_TIMEOUT_MS)
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.waitForFinished(2000)
        self._target = None
        self._next()


class EspeakBackend:
    """Plays pre-rendered phrases; the routine's phrases are rendered when it opens.

    `voices` are those of `language`; `listing` (`espeak-ng --voices`) holds every
    language's, for set_language."""

    description = "espeak-ng"

    def __init__(
        self,
        program: str,
        voices: dict[str, str],
        cache_dir: Path,
        owner: QObject,
        *,
        language: str = "en",
        listing: str = "",
    ) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        self._effect_type = QSoundEffect
        self._language = language
        self._listing = listing
        self._voices = voices
        self._cache_dir = cache_dir
        make_private_folder(cache_dir)  # also one an older version made world-readable
        self._owner = owner
        self.renderer = PhraseRenderer(program, owner)
        self._effects: dict[Path, QSoundEffect] = {}
        self._voice = default_voice(language, voices)
        self._chosen = ""
        self._rate = 0.0
        self._volume = 0.8
        self._phrases: list[str] = []
        self._play_when_rendered: Path | None = None
        self.renderer.finished_file.connect(self._rendered)

    def _options(self) -> list[str]:
        voice = ["-v", self._voice] if self._voice else []
        return [*voice, "-s", str(words_per_minute(self._rate))]

    def wav_for(self, text: str) -> Path:
        key = f"{self._voice}|{words_per_minute(self._rate)}|{text}"
        return self._cache_dir / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.wav"

    def prepare(self, phrases: list[str]) -> None:
        self._phrases = list(phrases)
        for text in phrases:
            self.renderer.request(self.wav_for(text), self._options(), text)

    def say(self, text: str) -> bool:
        path = self.wav_for(text)
        if path not in self.renderer.rendered:
            self.renderer.request(path, self._options(), text)  # for next time; now is too late
            return False
        self._play(path)
        return True

    def _play(self, path: Path) -> None:
        effect = self._effects.get(path)
        if effect is None:
            effect = self._effect_type(self._owner)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[path] = effect
        effect.setVolume(self._volume)
        effect.play()

    def say_soon(self, text: str) -> None:
        """Says `text` as soon as it is rendered: for "Test voice", never for a timed cue."""
        if not self.say(text):
            self._play_when_rendered = self.wav_for(text)

    def _rendered(self, path: Path) -> None:
        if path == self._play_when_rendered:
            self._play_when_rendered = None
            self._play(path)

    def stop(self) -> None:
        self._play_when_rendered = None
        for effect in self._effects.values():
            if effect.isPlaying():
                effect.stop()

    def is_speaking(self) -> bool:
        return any(effect.isPlaying() for effect in self._effects.values())

    def voice_names(self) -> list[str]:
        return list(self._voices)

    @property
    def voice(self) -> str:
        """The voice `-v` names ("de", "en-gb"; "" for espeak-ng's default)."""
        return self._voice

    def set_voice(self, name: str) -> None:
        self._chosen = name
        code = self._voices.get(name, default_voice(self._language, self._voices))
        if code != self._voice:
            self._voice = code
            self.prepare(self._phrases)

    def set_language(self, language: str) -> bool:
        """The voices of `language` (from the listing); False when espeak-ng has none."""
        if language == self._language:
            return bool(self._voices) or language == "en"
        voices = parse_voices(self._listing, language)
        if not voices:
            return False
        self._language, self._voices = language, voices
        self.set_voice(self._chosen)
        return True

    def set_rate(self, rate: float) -> None:
        if words_per_minute(rate) != words_per_minute(self._rate):
            self._rate = rate
            self.prepare(self._phrases)

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))

    def set_error_handler(self, handler: ErrorHandler) -> None:
        pass  # a phrase that fails to render is skipped; there is no engine to fail later


class EspeakLoader(EngineLoader):
    """Finds espeak-ng and an audio output, lists its voices (time-limited) and keeps those of
    the cues' language."""

    def __init__(
        self,
        parent: QObject | None,
        cache_dir: Path,
        *,
        program: str | None = None,
        need_audio_output: bool = True,
    ) -> None:
        super().__init__(parent)
        self._program = program or shutil.which("espeak-ng")
        self._cache_dir = cache_dir
        self._need_audio_output = need_audio_output

    def _probe_command(self) -> list[str] | None:
        return [self._program, "--voices"] if self._program else None

    def start(self) -> None:
        heard = not self._need_audio_output or _has_audio_output()
        self.nothing_heard = not heard
        if not heard and self._program:
            text = translate(
                "speech_espeak",
                "no audio output device was found: start PulseAudio or PipeWire, or connect "
                "speakers or headphones, then restart the app (espeak-ng is installed and will "
                "speak then)",
            )
            self._give_up(text)
        elif not heard:
            text = translate(
                "speech_espeak",
                "no audio output device was found: start PulseAudio or PipeWire, or connect "
                "speakers or headphones; and install the espeak-ng package, then restart the app",
            )
            self._give_up(text)
        elif not self._program:
            text = translate(
                "speech_espeak",
                "espeak-ng is not installed: install the espeak-ng package, then restart the app",
            )
            self._give_up(text)
        else:
            super().start()

    def _accept_probe_output(self, output: str) -> None:
        assert self._program is not None
        voices = parse_voices(output, self.language)
        if not voices and self.language != "en":
            self.language_missing = True
            self._give_up(no_voice_reason("espeak-ng", self.language))
            return
        self._done = True
        backend = EspeakBackend(
            self._program,
            voices,
            self._cache_dir,
            self,
            language=self.language,
            listing=output,
        )
        self.ready.emit(backend)

    def shutdown(self) -> None:
        super().shutdown()
        for renderer in self.findChildren(PhraseRenderer):
            renderer.shutdown()


def _has_audio_output() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError):
        return False
    return bool(QMediaDevices.audioOutputs())

"""Cue sounds through QtMultimedia, degrading to silence with a reason when audio is missing."""

# Each cue plays through its own short-lived QAudioSink. QSoundEffect (Qt 6.10+) shares one
# audio stream per device and leaves the end of the last sound in it, so every beep began
# with 10-30 ms of the one before (issue #18); a fresh stream starts empty.

from __future__ import annotations

import logging
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer, Signal

from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.i18n import translate

log = logging.getLogger(__name__)

CLEANUP_MARGIN_MS = 500
"""A finished sink is closed this long after its clip's end (the audio server still plays
what it was given when the sink reports idle)."""


@dataclass(frozen=True)
class Clip:
    """A cue sound as 16-bit PCM, read once from its WAV file."""

    pcm: bytes
    rate: int
    channels: int

    @property
    def duration_ms(self) -> int:
        return round(1000 * len(self.pcm) / (2 * self.channels * self.rate))


def read_clip(path: Path) -> Clip:
    """Raises OSError or wave.Error for a file that is not a 16-bit PCM WAV."""
    with wave.open(str(path), "rb") as source:
        if source.getsampwidth() != 2:
            raise wave.Error(f"{path.name}: only 16-bit WAV files are supported")
        pcm = source.readframes(source.getnframes())
        return Clip(pcm, source.getframerate(), source.getnchannels())


class SoundPlayer(QObject):
    """Plays cue sounds. `availability_changed` carries a user-facing reason when sound is off."""

    availability_changed = Signal(bool, str)

    def __init__(
        self,
        sound_file: Callable[[SoundCue], Path],
        *,
        muted: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound_file = sound_file
        self._clips: dict[SoundCue, Clip] = {}
        self._current: tuple[Any, QBuffer] | None = None
        """The QAudioSink playing (or last played) and the buffer it reads."""
        self._cleanup = QTimer(self)
        self._cleanup.setSingleShot(True)
        self._cleanup.timeout.connect(self._stop_current)
        self._available = False
        self._loaded = False
        self._reason = translate("sound", "Sound is starting…")
        self.muted = muted
        self._volume = 0.8

    @property
    def available(self) -> bool:
        return self._available

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def load(self) -> None:
        """Import QtMultimedia and read the cue sounds, once; the audio stack costs ~15 MB,
        so an app waiting in the background loads it only when a routine or window opens."""
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except (ImportError, OSError) as error:  # missing libpulse or the Addons wheel
            text = translate("sound", "Sound is off: audio libraries missing ({error}).")
            self._set_available(False, text.format(error=error))
            return
        try:
            if not QMediaDevices.audioOutputs():
                text = translate("sound", "Sound is off: no audio output device was found.")
                self._set_available(False, text)
                return
        except Exception as error:  # a broken audio stack must never take the app down
            log.warning("audio set-up failed: %s", error)
            text = translate("sound", "Sound is off: the audio system reported an error.")
            self._set_available(False, text)
            return
        for cue in SoundCue:
            try:
                self._clips[cue] = read_clip(self._sound_file(cue))
            except (OSError, EOFError, wave.Error) as error:
                log.warning("cue sound %s not readable: %s", cue.value, error)
        if not self._clips:
            text = translate("sound", "Sound is off: the cue sounds could not be read.")
            self._set_available(False, text)
            return
        self._set_available(True, "")

    def set_volume(self, fraction: float) -> None:
        """Cue loudness, 0.0–1.0 (the Settings dialog's volume)."""
        self._volume = min(max(fraction, 0.0), 1.0)
        if self._current is not None:
            self._current[0].setVolume(self._volume)

    def _set_available(self, available: bool, reason: str) -> None:
        self._available = available
        self._reason = reason
        self.availability_changed.emit(available, reason)

    @property
    def playing(self) -> bool:
        """Whether a cue sound is being played now."""
        if self._current is None:
            return False
        from PySide6.QtMultimedia import QtAudio

        return bool(self._current[0].state() is QtAudio.State.ActiveState)

    def play(self, cue: SoundCue) -> None:
        if self.muted or not self._available:
            return
        clip = self._clips.get(cue)
        if clip is not None:
            self._start(clip)

    def _start(self, clip: Clip) -> None:
        """Plays `clip` on a new sink, cutting the cue before: one cue sounds at a time."""
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        self._stop_current()
        audio_format = QAudioFormat()
        audio_format.setSampleRate(clip.rate)
        audio_format.setChannelCount(clip.channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        try:
            sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio_format, self)
            sink.setVolume(self._volume)
            buffer = QBuffer(self)
            buffer.setData(QByteArray(clip.pcm))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._current = (sink, buffer)
            sink.start(buffer)
        except Exception as error:  # a cue is never worth an exception in the player
            log.warning("cue sound not played: %s", error)
            self._stop_current()
            return
        self._cleanup.start(clip.duration_ms + CLEANUP_MARGIN_MS)

    def _stop_current(self) -> None:
        self._cleanup.stop()
        current, self._current = self._current, None
        if current is None:
            return
        sink, buffer = current
        sink.stop()
        sink.deleteLater()
        buffer.close()
        buffer.deleteLater()

"""Cue sounds through QtMultimedia, degrading to silence with a reason when audio is missing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from lbh_desktop.core.cues import SoundCue

log = logging.getLogger(__name__)


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
        self._effects: dict[SoundCue, object] = {}
        self._available = False
        self._loaded = False
        self._reason = "Sound is starting…"
        self.muted = muted
        self._volume = 0.8

    @property
    def available(self) -> bool:
        return self._available

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def load(self) -> None:
        """Import QtMultimedia and prepare the effects, once; the audio stack costs ~15 MB,
        so an app waiting in the background loads it only when a routine or window opens."""
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except (ImportError, OSError) as error:  # missing libpulse or the Addons wheel
            self._set_available(False, f"Sound is off: audio libraries missing ({error}).")
            return
        try:
            if not QMediaDevices.audioOutputs():
                self._set_available(False, "Sound is off: no audio output device was found.")
                return
            for cue in SoundCue:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(self._sound_file(cue))))
                effect.setVolume(self._volume)
                self._effects[cue] = effect
        except Exception as error:  # a broken audio stack must never take the app down
            log.warning("audio set-up failed: %s", error)
            self._effects.clear()
            self._set_available(False, "Sound is off: the audio system reported an error.")
            return
        self._set_available(True, "")

    def set_volume(self, fraction: float) -> None:
        """Cue loudness, 0.0–1.0 (the Settings dialog's volume)."""
        self._volume = min(max(fraction, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._volume)  # type: ignore[attr-defined]

    def _set_available(self, available: bool, reason: str) -> None:
        self._available = available
        self._reason = reason
        self.availability_changed.emit(available, reason)

    def play(self, cue: SoundCue) -> None:
        if self.muted or not self._available:
            return
        effect = self._effects.get(cue)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

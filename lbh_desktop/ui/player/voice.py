"""What the player needs of a voice; the speech feature's Speech fits it, so does a test double."""

from __future__ import annotations

from typing import Protocol

from lbh_desktop.core.voice_cues import CueKind, VoiceCue


class Voice(Protocol):
    """Handed to the player by the app shell; the player never imports the speech feature."""

    @property
    def active(self) -> bool: ...

    @property
    def kinds(self) -> frozenset[CueKind]: ...

    @property
    def wants_phrases(self) -> bool: ...

    def prepare(self, phrases: list[str]) -> None: ...

    def speak(self, cue: VoiceCue) -> bool: ...

"""Per batch of player events: say the voice cue when there is one, otherwise play the beep."""

from __future__ import annotations

from lbh_desktop.core.catalogue import Catalogue
from lbh_desktop.core.clock import Clock
from lbh_desktop.core.cues import cue_to_play
from lbh_desktop.core.player import PlayerEvent, PlayerSnapshot
from lbh_desktop.core.timeline import Timeline
from lbh_desktop.core.voice_cues import VoiceCoach
from lbh_desktop.core.voice_script import script_phrases
from lbh_desktop.ui.player.sound import SoundPlayer
from lbh_desktop.ui.player.voice import Voice


class CueAnnouncer:
    """Speech replaces the batch's beep; with no engine, voice off or that kind of cue off,
    the beeps play as before. Mute silences both."""

    def __init__(
        self, sound: SoundPlayer, speech: Voice | None, catalogue: Catalogue, clock: Clock
    ) -> None:
        self._sound = sound
        self._speech = speech
        self._catalogue = catalogue
        self._clock = clock
        self._coach: VoiceCoach | None = None

    def open(self, timeline: Timeline) -> None:
        self._coach = VoiceCoach(timeline, self._catalogue, ())
        self._prepare(timeline)

    def follow(self, timeline: Timeline) -> None:
        """The player went on with another variation of a move ("This hurts" → easier):
        later cues ("Next: …") name the variation now in the timeline."""
        if self._coach is not None and self._coach.timeline is not timeline:
            self._coach.timeline = timeline
            self._prepare(timeline)

    def _prepare(self, timeline: Timeline) -> None:
        if self._speech is not None and self._speech.wants_phrases:
            self._speech.prepare(script_phrases(timeline, self._catalogue))

    def announce(self, events: list[PlayerEvent], snapshot: PlayerSnapshot) -> None:
        speech, coach = self._speech, self._coach
        if speech is not None and coach is not None:
            coach.kinds = speech.kinds if speech.active and not self._sound.muted else frozenset()
            cue = coach.cue(events, snapshot, self._clock.monotonic())
            if cue is not None and speech.speak(cue):
                return
        beep = cue_to_play(events)
        if beep is not None:
            self._sound.play(beep)

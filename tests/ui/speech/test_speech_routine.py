"""The strength routine played in the real app with the mock speech engine, and without one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.core.player import PlayerState
from lbh_desktop.core.voice_cues import TIME_CRITICAL, CueKind
from lbh_desktop.core.voice_script import cue_script
from lbh_desktop.shell.app import App
from lbh_desktop.storage import bundled
from lbh_desktop.ui.speech.speech import Speech, VoiceSettings
from tests.ui.speech.test_speech import FakeLoader, mock_loader


def load_speech(app: App, qtbot: QtBot, loader: object) -> Speech:
    speech = app.speech
    assert speech is not None
    speech.make_loader = loader  # type: ignore[assignment]
    Speech.load(speech)  # the fixture stubs the instance's load
    qtbot.waitUntil(lambda: speech.available or bool(speech.fallback_reason), timeout=10_000)
    return speech


def play(app: App, clock: FakeClock, routine_name: str) -> None:
    """Ticks as the real timer would and presses Done when reps reach their planned time."""
    routine = app.repository.find_routine(routine_name)
    assert routine is not None
    app.open_routine(routine)
    app.window.player.start_pause_requested.emit()
    player = app.player.player
    assert player is not None
    while player.state is PlayerState.RUNNING:
        clock.advance(0.25)
        app.player.tick()
        segment = player.current
        if player.can("done") and segment and player.snapshot().elapsed >= segment.planned_seconds:
            app.window.player.done_requested.emit()


def test_strength_routine_speaks_its_whole_script_with_the_mock_engine(
    app: App, clock: FakeClock, qtbot: QtBot, played_cues: list[SoundCue]
) -> None:
    speech = load_speech(app, qtbot, mock_loader)
    assert speech.status_text == "Voice: on (mock)"
    heard: list[tuple[str, bool]] = []
    speech.said.connect(lambda text: heard.append((text, True)))
    speech.dropped.connect(lambda text: heard.append((text, False)))

    play(app, clock, "Lower back & hip strength")

    assert app.player.player is not None
    script = cue_script(app.player.player.timeline, bundled.load_catalogue())
    assert [text for text, _said in heard] == [cue.text for cue in script]
    said = [text for text, was_said in heard if was_said]
    for expected in ("Halfway", "Switch sides", "Rest, 20 seconds. Next: superman"):
        assert expected in said
    assert said[0] == "Next: marching in place, 30 seconds"
    assert said[-1] == "Routine complete"
    # Only countdown/halfway/breathing cues are ever dropped, and only over an announcement.
    kinds = {cue.text: cue.kind for cue in script}
    assert all(kinds[text] in TIME_CRITICAL for text, was_said in heard if not was_said)
    # Spoken numbers replace the 3-2-1 beeps; the "go" beep after each rest stays.
    assert SoundCue.COUNTDOWN not in played_cues
    assert SoundCue.SEGMENT_START in played_cues


def test_without_an_engine_the_routine_beeps_and_the_status_bar_says_why(
    app: App, clock: FakeClock, qtbot: QtBot, played_cues: list[SoundCue]
) -> None:
    speech = load_speech(app, qtbot, lambda owner: FakeLoader(owner, None))
    label = app.window.findChild(QLabel, "voice_status")
    assert label is not None
    assert label.text() == "Voice: not available — using beeps"
    assert "(no speech engine is installed)" in label.toolTip()
    said: list[str] = []
    speech.said.connect(said.append)
    play(app, clock, "Desk stretch break")
    assert not said
    assert played_cues.count(SoundCue.COUNTDOWN) >= 3
    assert played_cues[-1] is SoundCue.ROUTINE_FINISHED


@pytest.mark.parametrize("muted", [True, False])
def test_mute_silences_the_voice_too(app: App, clock: FakeClock, qtbot: QtBot, muted: bool) -> None:
    speech = load_speech(app, qtbot, mock_loader)
    speech.apply(VoiceSettings(kinds=frozenset({CueKind.COMPLETE})))
    app.sound.muted = muted
    said: list[str] = []
    speech.said.connect(said.append)
    play(app, clock, "Desk stretch break")
    assert said == ([] if muted else ["Routine complete"])

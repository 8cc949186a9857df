"""With a real (null-sink) PulseAudio server, the cue sounds load and the countdown beep plays."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xvfb import require_tools

PLAY_COUNTDOWN = """
import tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lbh_desktop.shell.build import build_app
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.core.cues import SoundCue
clock = FakeClock()
built = build_app(Path(tempfile.mkdtemp()), clock)
built.sound.load()
assert built.sound.available, built.sound.unavailable_reason
deadline = time.monotonic() + 10
while time.monotonic() < deadline and not all(
    e.isLoaded() for e in built.sound._effects.values()
):
    app.processEvents()
    time.sleep(0.02)
assert all(e.isLoaded() for e in built.sound._effects.values()), "sounds did not load"
built.open_routine(built.repository.find_routine("Desk stretch break"))
built.player._command("toggle")
clock.advance(2.5)  # prepare has 5 s: "3" is due
built.player.tick()
effect = built.sound._effects[SoundCue.COUNTDOWN]
deadline = time.monotonic() + 5
while time.monotonic() < deadline and not effect.isPlaying():
    app.processEvents()
    time.sleep(0.01)
print("playing" if effect.isPlaying() else "silent")
print("button", built.window.player.mute_button.isEnabled())
"""


@pytest.fixture
def audio_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    require_tools("pulseaudio", "pactl")
    runtime = tmp_path / "pulse"
    runtime.mkdir()
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(runtime), HOME=str(tmp_path))
    subprocess.run(
        [
            "pulseaudio",
            "--daemonize",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "-n",
            "--load=module-native-protocol-unix",
            "--load=module-null-sink sink_name=test",
        ],
        env=env,
        check=True,
        timeout=30,
        capture_output=True,
    )
    try:
        yield env
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, timeout=30, capture_output=True)


def test_countdown_beep_plays_through_a_real_audio_server(audio_server: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PLAY_COUNTDOWN],
        env=audio_server,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["playing", "button", "True"]

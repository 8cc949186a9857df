"""With a real (null-sink) PulseAudio server, the cue sounds load and the countdown beep plays."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.e2e.xvfb import require_tools

PLAY_COUNTDOWN = """
import tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lbh_desktop.shell.build import build_app
from lbh_desktop.core.clock import FakeClock
clock = FakeClock()
built = build_app(Path(tempfile.mkdtemp()), clock)
built.sound.load()
assert built.sound.available, built.sound.unavailable_reason
built.open_routine(built.repository.find_routine("Desk stretch break"))
built.player._command("toggle")
clock.advance(2.5)  # prepare has 5 s: "3" is due
built.player.tick()
deadline = time.monotonic() + 5
while time.monotonic() < deadline and not built.sound.playing:
    app.processEvents()
    time.sleep(0.01)
print("playing" if built.sound.playing else "silent")
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


# Each cue played after another must start with its own sound. Qt 6.10+'s QSoundEffect shares
# one audio stream per device and leaves the end of the previous sound in it: every beep began
# with 20-40 ms of the one before (issue #18). The null sink's monitor is recorded with parec.

PLAY_SEQUENCE = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lbh_desktop.core.cues import SoundCue
from lbh_desktop.storage import bundled
from lbh_desktop.ui.player.sound import SoundPlayer

def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)

sound = SoundPlayer(lambda cue: bundled.resource_path("sounds", f"{cue.value}.wav"))
sound.load()
assert sound.available, sound.unavailable_reason
spin(1.0)  # let every sound load
for name in sys.argv[1:]:
    sound.play(SoundCue(name))
    spin(0.7)
print("done")
"""

RATE = 44_100
WINDOW = 441  # 10 ms
WINDOW_MS = 10


def dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)), n=8192))
    return float(np.fft.rfftfreq(8192, 1 / RATE)[int(np.argmax(spectrum))])


def bursts(recording: np.ndarray) -> list[np.ndarray]:
    """The sounds in a recording: stretches of 10 ms windows louder than silence."""
    found: list[np.ndarray] = []
    start = None
    for offset in range(0, len(recording) - WINDOW, WINDOW):
        loud = np.abs(recording[offset : offset + WINDOW]).max() > 300
        if loud and start is None:
            start = offset
        elif not loud and start is not None:
            found.append(recording[start:offset])
            start = None
    if start is not None:
        found.append(recording[start:])
    return [b for b in found if len(b) >= 5 * WINDOW]


def leading_ms_at(burst: np.ndarray, hz: float) -> int:
    """How long the burst starts with a tone near `hz` (the previous cue's last note)."""
    count = 0
    for offset in range(0, len(burst) - WINDOW, WINDOW):
        if abs(dominant_hz(burst[offset : offset + WINDOW]) - hz) > 40:
            break
        count += 1
    return count * 10


def test_a_cue_never_starts_with_the_tail_of_the_one_before(
    audio_server: dict[str, str], tmp_path: Path
) -> None:
    require_tools("parec")
    raw = tmp_path / "monitor.raw"
    with raw.open("wb") as out:
        recorder = subprocess.Popen(
            [
                "parec",
                "-d",
                "test.monitor",
                "--format=s16le",
                "--rate=44100",
                "--channels=1",
                "--latency-msec=5",
            ],
            env=audio_server,
            stdout=out,
        )
        try:
            played = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    PLAY_SEQUENCE,
                    "countdown",
                    "segment-start",
                    "countdown",
                    "segment-end",
                    "countdown",
                ],
                env=audio_server,
                capture_output=True,
                text=True,
                timeout=120,
            )
        finally:
            recorder.terminate()
            recorder.wait(timeout=10)
    assert played.returncode == 0, played.stderr[-3000:]
    recording = np.frombuffer(raw.read_bytes(), dtype="<i2").astype(float)
    # The idle null sink's monitor starts late: the first countdown may be cut or missing.
    sounds = bursts(recording)[-4:]
    # countdown 880 Hz; segment-start 660 then 990 Hz; segment-end 990 then 660 Hz
    lasts = [round(dominant_hz(b[-4 * WINDOW : -2 * WINDOW])) for b in sounds]
    assert len(sounds) == 4, lasts
    assert all(abs(f - want) < 40 for f, want in zip(lasts, (990, 880, 660, 880), strict=True)), (
        lasts
    )
    tails = {
        "segment-start after countdown": leading_ms_at(sounds[0], 880),
        "countdown after segment-start": leading_ms_at(sounds[1], 990),
        "segment-end after countdown": leading_ms_at(sounds[2], 880),
        "countdown after segment-end": leading_ms_at(sounds[3], 660),
    }
    # Before the fix every change began with 10-30 ms of the previous cue. One analysis
    # window (10 ms) at one change can be the window straddling the start of the sound.
    assert max(tails.values()) <= WINDOW_MS, tails
    assert sum(1 for ms in tails.values() if ms) <= 1, tails

"""Generates the short cue sounds in resources/sounds/ (16-bit mono WAV) from pure tones."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# (frequency Hz, duration s) notes played one after another
SOUNDS: dict[str, list[tuple[float, float]]] = {
    "countdown.wav": [(880.0, 0.11)],
    "segment-start.wav": [(660.0, 0.09), (990.0, 0.16)],
    "segment-end.wav": [(990.0, 0.09), (660.0, 0.16)],
    "routine-finished.wav": [(523.25, 0.14), (659.25, 0.14), (783.99, 0.14), (1046.5, 0.32)],
}


def tone(frequency: float, seconds: float, volume: float = 0.45) -> list[int]:
    count = int(RATE * seconds)
    fade = min(int(RATE * 0.012), count // 2)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade) if fade else 1.0
        # a little second harmonic makes the beep audible on small laptop speakers
        value = math.sin(2 * math.pi * frequency * i / RATE)
        value += 0.25 * math.sin(4 * math.pi * frequency * i / RATE)
        samples.append(int(32767 * volume * envelope * value / 1.25))
    return samples


def write_sound(path: Path, notes: list[tuple[float, float]]) -> None:
    samples: list[int] = []
    for frequency, seconds in notes:
        samples += tone(frequency, seconds)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main() -> None:
    SOUNDS_DIR.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        write_sound(SOUNDS_DIR / name, notes)
        print(SOUNDS_DIR / name)


if __name__ == "__main__":
    main()

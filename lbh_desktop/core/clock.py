"""Clock seam: monotonic time for deadlines and wall time for records and suspend detection."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (stops during suspend on Linux)."""
        ...

    def wall(self) -> float:
        """Seconds since the Unix epoch, UTC."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class ScaledClock:
    """Runs `speed` times faster than real time: for demos and end-to-end tests."""

    def __init__(self, speed: float, base: Clock | None = None) -> None:
        if speed <= 0:
            raise ValueError(f"clock speed must be > 0, not {speed}")
        self._base = base or SystemClock()
        self._speed = speed
        self._mono0 = self._base.monotonic()
        self._wall0 = self._base.wall()

    def monotonic(self) -> float:
        return self._mono0 + (self._base.monotonic() - self._mono0) * self._speed

    def wall(self) -> float:
        return self._wall0 + (self._base.monotonic() - self._mono0) * self._speed


class FakeClock:
    """A clock tests move by hand. `suspend` advances wall time only, as a Linux suspend does."""

    def __init__(self, monotonic: float = 1000.0, wall: float = 1_767_225_600.0) -> None:
        self._mono = monotonic
        self._wall = wall

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._mono += seconds
        self._wall += seconds

    def suspend(self, seconds: float) -> None:
        self._wall += seconds

    def set_wall(self, wall: float) -> None:
        self._wall = wall

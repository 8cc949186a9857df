"""Clock seam: monotonic time for deadlines and wall time for records and suspend detection."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards. It stops during suspend on Linux and
        macOS but keeps counting on Windows: see `suspended_seconds`."""
        ...

    def wall(self) -> float:
        """Seconds since the Unix epoch, UTC."""
        ...

    def suspended_seconds(self) -> float:
        """Seconds of suspend that `monotonic()` counted, from an arbitrary start; it only
        grows. Always 0 where monotonic time stops during suspend."""
        ...


def _windows_sleep_counter() -> Callable[[], float] | None:
    """Seconds Windows has slept since boot (interrupt time minus its unbiased form), or None
    where the API is missing. time.monotonic() counts this time on Windows (GetTickCount64 up
    to Python 3.12, QueryPerformanceCounter from 3.13)."""
    if sys.platform != "win32":
        return None
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32")
        unbiased = kernel32.QueryUnbiasedInterruptTime
        biased = getattr(kernel32, "QueryInterruptTime", None)  # Windows 10 and later
        tick_count = kernel32.GetTickCount64
        tick_count.restype = ctypes.c_ulonglong
    except (AttributeError, OSError):
        return None

    def slept() -> float:
        with_sleep, without_sleep = ctypes.c_ulonglong(), ctypes.c_ulonglong()
        # Read the biased count first: a clock interrupt between the reads can then only
        # shrink the difference, never make a spurious sleep.
        if biased is not None:
            biased(ctypes.byref(with_sleep))
            total = with_sleep.value / 1e7
        else:
            total = tick_count() / 1e3
        if not unbiased(ctypes.byref(without_sleep)):
            return 0.0
        return max(0.0, total - without_sleep.value / 1e7)

    try:
        slept()
    except OSError:
        return None
    return slept


class SystemClock:
    def __init__(self) -> None:
        self._sleep_counter = _windows_sleep_counter()

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def suspended_seconds(self) -> float:
        return self._sleep_counter() if self._sleep_counter is not None else 0.0


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

    def suspended_seconds(self) -> float:
        return self._base.suspended_seconds() * self._speed


class FakeClock:
    """A clock tests move by hand. `suspend` advances wall time only, as a Linux suspend does;
    with `monotonic_counts=True` both clocks move, as on Windows."""

    def __init__(self, monotonic: float = 1000.0, wall: float = 1_767_225_600.0) -> None:
        self._mono = monotonic
        self._wall = wall
        self._suspended = 0.0

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._wall

    def suspended_seconds(self) -> float:
        return self._suspended

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._mono += seconds
        self._wall += seconds

    def suspend(self, seconds: float, *, monotonic_counts: bool = False) -> None:
        if monotonic_counts:
            self.advance(seconds)
            self._suspended += seconds
        else:
            self._wall += seconds

    def set_wall(self, wall: float) -> None:
        self._wall = wall

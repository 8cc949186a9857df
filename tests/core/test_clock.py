"""FakeClock, ScaledClock and SystemClock behaviour."""

from __future__ import annotations

import sys

import pytest

from lbh_desktop.core.clock import Clock, FakeClock, ScaledClock, SystemClock


def test_fake_clock_starts_where_told() -> None:
    clock = FakeClock(monotonic=5.0, wall=100.0)

    assert clock.monotonic() == 5.0
    assert clock.wall() == 100.0


def test_fake_clock_advance_moves_both_clocks() -> None:
    clock = FakeClock(monotonic=5.0, wall=100.0)

    clock.advance(2.5)
    clock.advance(0)

    assert clock.monotonic() == 7.5
    assert clock.wall() == 102.5


def test_fake_clock_refuses_to_go_backwards() -> None:
    clock = FakeClock(monotonic=5.0)

    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)
    assert clock.monotonic() == 5.0


def test_fake_clock_suspend_moves_only_wall_time() -> None:
    clock = FakeClock(monotonic=5.0, wall=100.0)

    clock.suspend(3600)

    assert clock.monotonic() == 5.0
    assert clock.wall() == 3700.0


def test_fake_clock_set_wall_can_move_wall_time_back() -> None:
    clock = FakeClock(monotonic=5.0, wall=100.0)

    clock.set_wall(40.0)

    assert clock.wall() == 40.0
    assert clock.monotonic() == 5.0


def test_scaled_clock_runs_faster_than_its_base() -> None:
    base = FakeClock(monotonic=10.0, wall=1000.0)
    clock = ScaledClock(30.0, base)
    assert clock.monotonic() == 10.0
    assert clock.wall() == 1000.0

    base.advance(2.0)

    assert clock.monotonic() == 70.0
    assert clock.wall() == 1060.0


def test_scaled_clock_can_run_slower_too() -> None:
    base = FakeClock(monotonic=0.0, wall=0.0)
    clock = ScaledClock(0.5, base)

    base.advance(4.0)

    assert clock.monotonic() == 2.0


def test_scaled_clock_ignores_base_wall_jumps() -> None:
    base = FakeClock(monotonic=10.0, wall=1000.0)
    clock = ScaledClock(2.0, base)

    base.suspend(500)
    base.advance(1)

    assert clock.wall() == 1002.0
    assert clock.wall() - clock.monotonic() == 1000.0 - 10.0


@pytest.mark.parametrize("speed", [0.0, -1.0])
def test_scaled_clock_needs_a_positive_speed(speed: float) -> None:
    with pytest.raises(ValueError, match="speed"):
        ScaledClock(speed, FakeClock())


def test_system_clock_monotonic_never_goes_backwards() -> None:
    clock: Clock = SystemClock()

    readings = [clock.monotonic() for _ in range(100)]

    assert readings == sorted(readings)
    assert clock.wall() > 1_600_000_000


def test_fake_clock_suspend_that_monotonic_counts_moves_both_clocks_and_is_reported() -> None:
    clock = FakeClock(monotonic=5.0, wall=100.0)

    clock.suspend(3600, monotonic_counts=True)
    clock.suspend(60)  # a Linux-style suspend is not counted by monotonic time

    assert clock.monotonic() == 3605.0
    assert clock.wall() == 3760.0
    assert clock.suspended_seconds() == 3600.0


def test_scaled_clock_scales_suspended_seconds_like_its_monotonic_time() -> None:
    base = FakeClock(monotonic=10.0, wall=1000.0)
    clock = ScaledClock(3.0, base)

    base.suspend(100, monotonic_counts=True)

    assert clock.suspended_seconds() == 300.0
    assert clock.monotonic() - clock.suspended_seconds() == 10.0


@pytest.mark.skipif(sys.platform == "win32", reason="monotonic time counts sleep on Windows")
def test_system_clock_reports_no_counted_suspend_where_monotonic_stops_in_suspend() -> None:
    assert SystemClock().suspended_seconds() == 0.0


@pytest.mark.skipif(sys.platform != "win32", reason="Windows interrupt-time API")
def test_system_clock_reads_windows_sleep_time() -> None:
    readings = [SystemClock().suspended_seconds() for _ in range(3)]

    assert all(reading >= 0.0 for reading in readings)


def test_system_clock_degrades_to_no_suspend_info_where_the_windows_api_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if sys.platform == "win32":
        import ctypes

        monkeypatch.setattr(ctypes, "WinDLL", lambda name: object())
    else:
        monkeypatch.setattr(sys, "platform", "win32")  # ctypes.WinDLL does not exist here

    assert SystemClock().suspended_seconds() == 0.0

"""Idle time: the X11 backend for real under Xvfb, D-Bus backends on a private bus, fallbacks."""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from lbh_desktop.platform import idle_macos, idle_x11
from lbh_desktop.platform.idle import (
    NoIdleSource,
    Probe,
    default_probes,
    describe,
    detect_idle_source,
    is_x11_session,
)
from lbh_desktop.platform.idle_dbus import open_freedesktop, open_mutter
from lbh_desktop.platform.idle_source import IdleSource, IdleUnavailable
from lbh_desktop.platform.idle_windows import WindowsIdleSource, idle_milliseconds
from lbh_desktop.platform.idle_x11 import X11IdleSource
from tests.e2e.xvfb import xdotool, xvfb_display
from tests.platform import dbus_rig

HELPER = Path(__file__).with_name("helper.py")
ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 15.0


def wait_for(check: Callable[[], bool], what: str, timeout: float = DEADLINE) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with xvfb_display(640, 480) as display:
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
        yield display


@pytest.fixture
def no_bus(qapp: object) -> Iterator[QDBusConnection]:
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/lbh-test-bus", "lbh-test-no-bus")
    yield bus
    QDBusConnection.disconnectFromBus("lbh-test-no-bus")


@pytest.fixture
def private_bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    with dbus_rig.private_bus("lbh-test-private-bus") as bus:
        yield bus


def test_x11_idle_time_grows_and_input_resets_it(x_display: str) -> None:
    source = X11IdleSource()
    try:
        assert source.name == "X11 screen saver extension"
        first = source.idle_seconds()
        assert first is not None and first >= 0
        wait_for(lambda: (source.idle_seconds() or 0) >= 1.0, "idle time to reach 1 s")
        xdotool(x_display, "mousemove", "10", "10")
        xdotool(x_display, "key", "shift")
        wait_for(lambda: (source.idle_seconds() or 99) < 0.5, "input to reset idle time")
    finally:
        source.close()
    assert source.idle_seconds() is None
    source.close()  # twice is fine


def test_detection_falls_back_to_x11_without_a_session_bus(
    x_display: str, no_bus: QDBusConnection
) -> None:
    diagnostics: list[str] = []
    source = detect_idle_source(diagnostics, default_probes("linux", no_bus, x11_first=False))
    try:
        assert source.name == "X11 screen saver extension"
        assert diagnostics[0].startswith("GNOME (Mutter): no D-Bus session bus")
        assert source.reason == diagnostics[0]
        assert describe(source) == "Idle time from X11 screen saver extension."
    finally:
        source.close()


def test_x11_is_skipped_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(IdleUnavailable, match="DISPLAY is not set"):
        X11IdleSource()
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    with pytest.raises(IdleUnavailable, match="Wayland"):
        X11IdleSource()
    with pytest.raises(IdleUnavailable, match="cannot open X display"):
        X11IdleSource(display_name=":54329")


def test_a_missing_libxss_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    monkeypatch.setitem(idle_x11.SONAMES, "Xss", ("libXss-not-here.so.1",))
    with pytest.raises(IdleUnavailable, match="libxss1"):
        X11IdleSource(display_name=":54329")


def test_dbus_backends_without_a_session_bus_say_so(no_bus: QDBusConnection) -> None:
    for open_source in (open_mutter, open_freedesktop):
        with pytest.raises(IdleUnavailable, match="no D-Bus session bus"):
            open_source(no_bus)


def test_dbus_backends_absent_from_the_bus_are_skipped(
    private_bus: tuple[str, QDBusConnection], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    diagnostics: list[str] = []
    probes = default_probes("linux", private_bus[1], x11_first=False)
    source = detect_idle_source(diagnostics, probes)
    assert isinstance(source, NoIdleSource)
    assert source.idle_seconds() is None
    assert diagnostics == [
        "GNOME (Mutter): org.gnome.Mutter.IdleMonitor not running on the session bus",
        "X11 screen saver extension: DISPLAY is not set",
        "freedesktop ScreenSaver: org.freedesktop.ScreenSaver not running on the session bus",
    ]
    assert (
        describe(source) == f"No idle detection: {'; '.join(diagnostics)} — breaks use plain time."
    )


def test_mutter_idle_monitor_is_preferred(private_bus: tuple[str, QDBusConnection]) -> None:
    address, bus = private_bus
    service = subprocess.Popen(
        [sys.executable, str(HELPER), "fake-mutter", "4242"],
        env={
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "PYTHONPATH": str(ROOT),
        },
        stdout=subprocess.DEVNULL,
    )
    try:
        found: list[IdleSource] = []

        def mutter_found() -> bool:
            source = detect_idle_source(probes=default_probes("linux", bus, x11_first=False))
            found.append(source)
            return source.name == "GNOME (Mutter)"

        wait_for(mutter_found, "the fake Mutter service")
        assert found[-1].idle_seconds() == pytest.approx(4.242)
        assert found[-1].reason == ""
    finally:
        service.terminate()
        service.wait(timeout=10)
    assert found[-1].idle_seconds() is None  # the service went away: no answer, no crash


def test_a_crashing_probe_is_skipped_and_named() -> None:
    def broken() -> IdleSource:
        raise RuntimeError("binding exploded")

    working = NoIdleSource("stand-in")
    working.name = "working"
    diagnostics: list[str] = []
    source = detect_idle_source(
        diagnostics, [Probe("Broken", broken), Probe("Working", lambda: working)]
    )
    assert source is working
    assert diagnostics == ["Broken: RuntimeError: binding exploded"]
    nothing = detect_idle_source(probes=[Probe("Broken", broken)])
    assert nothing.name == "none"
    assert describe(nothing) == (
        "No idle detection: Broken: RuntimeError: binding exploded — breaks use plain time."
    )
    assert "no idle backend" in detect_idle_source(probes=[]).reason


def test_windows_and_macos_backends_are_chosen_on_their_platforms() -> None:
    assert [probe.name for probe in default_probes("win32")] == ["Windows"]
    assert [probe.name for probe in default_probes("darwin")] == ["macOS"]
    assert [probe.name for probe in default_probes("linux", x11_first=False)] == [
        "GNOME (Mutter)",
        "X11 screen saver extension",
        "freedesktop ScreenSaver",
    ]
    assert [probe.name for probe in default_probes("linux", x11_first=True)] == [
        "X11 screen saver extension",
        "GNOME (Mutter)",
        "freedesktop ScreenSaver",
    ]


X11_SESSION_CHECK = """
import sys
from PySide6.QtGui import QGuiApplication
from lbh_desktop.platform.idle import detect_idle_source, is_x11_session
app = QGuiApplication([])
source = detect_idle_source()
loaded = "PySide6.QtDBus" in sys.modules
print(QGuiApplication.platformName(), is_x11_session(), source.name, loaded, sep="|")
"""


def test_an_x11_session_uses_x11_without_loading_qt_dbus(x_display: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", X11_SESSION_CHECK],
        env=env,
        capture_output=True,
        text=True,
        timeout=DEADLINE,
    )
    assert result.stdout.strip().split("|") == [
        "xcb",
        "True",
        "X11 screen saver extension",
        "False",  # PySide6.QtDBus not imported
    ], result.stderr


def test_outside_x11_d_bus_comes_first(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    assert is_x11_session() is False  # the tests' Qt platform is offscreen
    assert default_probes("linux")[0].name == "GNOME (Mutter)"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="checks the non-native refusal")
def test_windows_and_macos_backends_refuse_politely_elsewhere() -> None:
    with pytest.raises(IdleUnavailable, match="only available on Windows"):
        WindowsIdleSource()
    with pytest.raises(IdleUnavailable, match="only available on macOS"):
        idle_macos.MacIdleSource()


def test_windows_tick_difference_survives_the_49_day_wrap() -> None:
    assert idle_milliseconds(5_000, 2_000) == 3_000
    assert idle_milliseconds(500, 2**32 - 1_500) == 2_000

"""Do not disturb: the notification server's Inhibited flag and dunst's pause on a private bus,
and the active window's full-screen state on a private Xvfb display."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from lbh_desktop.platform.do_not_disturb import (
    DO_NOT_DISTURB,
    FULL_SCREEN,
    DoNotDisturbWatch,
    FullScreenUnavailable,
    X11FullScreen,
)
from tests.e2e.xvfb import require_tools, xvfb_display
from tests.platform.dbus_rig import fake_service, private_bus, pump_until

NEVER_FULL_SCREEN = lambda: False  # noqa: E731


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    with private_bus("lbh-test-dnd-bus") as found:
        yield found


def test_the_notification_servers_inhibited_flag_holds_reminders(
    bus: tuple[str, QDBusConnection],
) -> None:
    address, connection = bus
    with fake_service(address, "notifications", "inhibited"):
        watch = DoNotDisturbWatch(bus=connection, full_screen=NEVER_FULL_SCREEN)
        assert watch.reason() == DO_NOT_DISTURB
        assert watch.quiet_flags == {"the notification server's do not disturb"}
        watch.close()


def test_a_server_coming_and_going_is_followed_at_once(bus: tuple[str, QDBusConnection]) -> None:
    address, connection = bus
    watch = DoNotDisturbWatch(bus=connection, full_screen=NEVER_FULL_SCREEN)
    changes: list[str] = []
    watch.changed.connect(lambda: changes.append(watch.reason()))
    assert watch.reason() == ""  # no notification server: nothing to follow, no error
    with fake_service(address, "notifications", "inhibited"):
        pump_until(lambda: changes == [DO_NOT_DISTURB], "do not disturb to be seen")
    pump_until(lambda: changes == [DO_NOT_DISTURB, ""], "the server leaving to be seen")
    watch.close()


def test_a_server_without_do_not_disturb_holds_nothing(bus: tuple[str, QDBusConnection]) -> None:
    address, connection = bus
    with fake_service(address, "notifications", "free"):
        watch = DoNotDisturbWatch(bus=connection, full_screen=NEVER_FULL_SCREEN)
        assert watch.reason() == ""
        watch.close()


def test_without_a_session_bus_it_says_so(qapp: object) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/lbh-dnd-bus", "lbh-no-dnd-bus")
    try:
        watch = DoNotDisturbWatch(bus=dead, full_screen=NEVER_FULL_SCREEN)
        assert watch.reason() == ""
        assert "do not disturb (no D-Bus session bus)" in watch.describe()
    finally:
        QDBusConnection.disconnectFromBus("lbh-no-dnd-bus")


def test_pausing_dunst_holds_reminders_and_unpausing_releases_them(
    bus: tuple[str, QDBusConnection],
) -> None:
    require_tools("dunst", "dunstctl")
    address, connection = bus
    with xvfb_display(640, 480) as display:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
        dunst = subprocess.Popen(
            ["dunst"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            watch = DoNotDisturbWatch(bus=connection, full_screen=NEVER_FULL_SCREEN)
            pump_until(
                lambda: (
                    connection.interface()
                    .isServiceRegistered("org.freedesktop.Notifications")
                    .value()
                ),
                "dunst on the bus",
            )
            assert watch.reason() == ""
            subprocess.run(["dunstctl", "set-paused", "true"], env=env, check=True, timeout=10)
            pump_until(lambda: watch.reason() == DO_NOT_DISTURB, "dunst's pause to be seen")
            assert watch.quiet_flags == {"dunst's pause (dunstctl set-paused)"}
            subprocess.run(["dunstctl", "set-paused", "false"], env=env, check=True, timeout=10)
            pump_until(lambda: watch.reason() == "", "dunst's pause ending to be seen")
            watch.close()
        finally:
            dunst.terminate()
            dunst.wait(timeout=10)


def set_property(display: str, *arguments: str) -> None:
    subprocess.run(
        ["xprop", *arguments], env={**os.environ, "DISPLAY": display}, check=True, timeout=10
    )


def test_a_full_screen_active_window_is_seen() -> None:
    require_tools("xprop", "xmessage")
    with xvfb_display(640, 480) as display:
        env = {**os.environ, "DISPLAY": display}
        window = subprocess.Popen(["xmessage", "-name", "lbh-presentation", "slides"], env=env)
        try:
            probe = X11FullScreen(display)
            assert probe() is False  # no window manager has named an active window
            window_id = ""
            deadline = time.monotonic() + 10
            while not window_id and time.monotonic() < deadline:
                window_id = subprocess.run(
                    ["xdotool", "search", "--name", "lbh-presentation"],
                    env=env,
                    capture_output=True,
                    text=True,
                ).stdout.split("\n")[0]
            assert window_id, "xmessage did not open a window"
            # What a window manager does when the user presses F11 in a presentation.
            set_property(display, "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set",
                         "_NET_ACTIVE_WINDOW", hex(int(window_id)))  # fmt: skip
            assert probe() is False
            set_property(display, "-id", window_id, "-f", "_NET_WM_STATE", "32a", "-set",
                         "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")  # fmt: skip
            assert probe() is True
            watch = DoNotDisturbWatch(full_screen=probe, bus=QDBusConnection("none"))
            assert watch.reason() == FULL_SCREEN
            set_property(display, "-id", window_id, "-remove", "_NET_WM_STATE")
            assert watch.reason() == ""
            window.kill()
            window.wait(timeout=10)
            assert probe() is False  # the active window is gone: no error, not full-screen
            probe.close()
        finally:
            window.kill()
            window.wait(timeout=10)


def test_without_a_display_full_screen_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(FullScreenUnavailable, match="no X11 display"):
        X11FullScreen()

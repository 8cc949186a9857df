"""Start at login inside Flatpak: RequestBackground to a fake XDG portal on a private bus."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pytest
from PySide6.QtDBus import QDBusConnection

from lbh_desktop.platform.autostart import (
    AutostartError,
    autostart_enabled,
    autostart_supported,
    set_autostart,
)
from tests.platform.dbus_rig import private_bus, pump_until

SYSTEM_PYTHON = "/usr/bin/python3"
FAKE_PORTAL = Path(__file__).with_name("fake_portal.py")
COMMAND = ["/usr/bin/python3.12", "-m", "lbh_desktop", "--background"]


@pytest.fixture
def bus(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Inside Flatpak (FLATPAK_ID), with a fresh config folder and a private session bus."""
    monkeypatch.setenv("FLATPAK_ID", "io.github.lbh_desktop.LBHDesktop")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with private_bus("lbh-test-portal-bus") as found:
        yield found


@contextmanager
def fake_portal(address: str, *arguments: str) -> Iterator[IO[str]]:
    """fake_portal.py with `arguments`; yields where it writes each request as JSON."""
    check = [SYSTEM_PYTHON, "-c", "from gi.repository import Gio"]
    if (
        not os.access(SYSTEM_PYTHON, os.X_OK)
        or subprocess.run(check, capture_output=True).returncode
    ):
        pytest.skip(f"the fake portal needs PyGObject for {SYSTEM_PYTHON} (python3-gi)")
    portal = subprocess.Popen(
        [SYSTEM_PYTHON, str(FAKE_PORTAL), *arguments],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert portal.stdout is not None
        assert portal.stdout.readline().strip() == "ready"
        yield portal.stdout
    finally:
        portal.terminate()
        portal.wait(timeout=10)


def ask(enabled: bool, connection: QDBusConnection) -> list[str]:
    """Turns start at login on or off and waits for the portal's answer; returns failures."""
    failures: list[str] = []
    was = autostart_enabled()
    set_autostart(enabled, COMMAND, failures.append, bus=connection)
    # Back at once, undecided: the user's answer is awaited without blocking the UI thread.
    assert autostart_enabled() == was and failures == []
    pump_until(lambda: failures or autostart_enabled() == enabled, "the portal's answer")
    return failures


def test_flatpak_offers_start_at_login_through_the_portal(bus: Any) -> None:
    assert autostart_supported()


def test_the_portal_is_asked_for_autostart_with_the_command_and_the_yes_is_kept(
    bus: tuple[str, QDBusConnection],
) -> None:
    address, connection = bus
    assert not autostart_enabled()
    with fake_portal(address, "0") as requests:
        assert ask(True, connection) == []
        request = json.loads(requests.readline())
        assert request["options"]["autostart"] is True
        assert request["options"]["commandline"] == ["lbh-desktop", "--background"]
        assert request["options"]["dbus-activatable"] is False
        assert "LBH Desktop" in request["options"]["reason"]
        assert request["types"] == {
            "autostart": "b",
            "commandline": "as",
            "dbus-activatable": "b",
            "handle_token": "s",
            "reason": "s",
        }
        assert autostart_enabled()  # the sandbox cannot see the host's entry: remembered

        assert ask(False, connection) == []
        assert json.loads(requests.readline())["options"]["autostart"] is False
        assert not autostart_enabled()


def test_an_older_portals_own_handle_is_followed(bus: tuple[str, QDBusConnection]) -> None:
    address, connection = bus
    with fake_portal(address, "0", "old"):
        assert ask(True, connection) == []
    assert autostart_enabled()


def test_declining_in_the_portal_says_so_and_changes_nothing(
    bus: tuple[str, QDBusConnection],
) -> None:
    address, connection = bus
    with fake_portal(address, "1"):
        failures = ask(True, connection)
    assert len(failures) == 1
    assert "You declined or cancelled" in failures[0]
    assert not autostart_enabled()


def test_a_portal_error_is_reported(bus: tuple[str, QDBusConnection]) -> None:
    address, connection = bus
    with fake_portal(address, "2"):
        failures = ask(True, connection)
    assert failures == [
        "The desktop could not change start at login: its background portal reported an error."
    ]
    assert not autostart_enabled()


def test_without_a_portal_the_reason_is_given(bus: tuple[str, QDBusConnection]) -> None:
    _address, connection = bus
    failures = ask(True, connection)
    assert len(failures) == 1
    assert "background portal (xdg-desktop-portal) is not running" in failures[0]
    assert not autostart_enabled()


def test_an_unanswered_request_does_not_block(bus: tuple[str, QDBusConnection]) -> None:
    address, connection = bus
    failures: list[str] = []
    with fake_portal(address, "none") as requests:
        set_autostart(True, COMMAND, failures.append, bus=connection)  # returns: no answer comes
        assert json.loads(requests.readline())["options"]["autostart"] is True
    assert failures == []
    assert not autostart_enabled()


def test_without_a_session_bus_it_says_so_at_once(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLATPAK_ID", "io.github.lbh_desktop.LBHDesktop")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    nowhere = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", "lbh-test-no-bus")
    try:
        with pytest.raises(AutostartError, match="no D-Bus session bus"):
            set_autostart(True, COMMAND, bus=nowhere)
    finally:
        QDBusConnection.disconnectFromBus("lbh-test-no-bus")
    assert not autostart_enabled()

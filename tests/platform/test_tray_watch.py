"""The tray watch: a StatusNotifierWatcher appearing on the bus is reported at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from lbh_desktop.platform.tray_watch import WATCHER_SERVICE, TrayWatch
from tests.platform.dbus_rig import fake_service, private_bus, pump_until

NEVER_MS = 3_600_000  # the fallback poll cannot be what reports the tray in these tests


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    with private_bus("lbh-test-tray-bus") as found:
        yield found


def test_a_status_notifier_watcher_appearing_is_reported_at_once(
    bus: tuple[str, QDBusConnection],
) -> None:
    address, connection = bus
    watch = TrayWatch(bus=connection, poll_ms=NEVER_MS)
    seen: list[bool] = []
    watch.appeared.connect(lambda: seen.append(True))
    assert f"the {WATCHER_SERVICE} name on D-Bus" in watch.sources
    with fake_service(address, "watcher"):
        pump_until(lambda: bool(seen), "the watch to report the tray host")
        assert connection.interface().isServiceRegistered(WATCHER_SERVICE).value()
    watch.stop()


def test_after_stop_nothing_is_reported(bus: tuple[str, QDBusConnection]) -> None:
    address, connection = bus
    watch = TrayWatch(bus=connection, poll_ms=NEVER_MS)
    seen: list[bool] = []
    watch.appeared.connect(lambda: seen.append(True))
    watch.stop()
    with fake_service(address, "watcher"):
        pump_until(
            lambda: connection.interface().isServiceRegistered(WATCHER_SERVICE).value(),
            "the fake watcher",
        )
        for _ in range(20):
            pump_until(lambda: True, "events")
    assert seen == []


def test_without_a_session_bus_the_watch_still_polls(qapp: object) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/lbh-tray-bus", "lbh-no-tray-bus")
    try:
        watch = TrayWatch(bus=dead, poll_ms=NEVER_MS)
        assert not any("D-Bus" in source for source in watch.sources)
        assert watch.sources[0] == "a check every 3600 s"
        watch.stop()
    finally:
        QDBusConnection.disconnectFromBus("lbh-no-tray-bus")

"""A private session bus and fake desktop services on it, for the D-Bus watchers' tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection

SERVICES = Path(__file__).with_name("fake_desktop_services.py")
ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 15.0


def pump_until(check: Callable[[], bool], what: str, timeout: float = DEADLINE) -> None:
    """Runs Qt's events until `check` holds; fails naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


@contextmanager
def private_bus(name: str) -> Iterator[tuple[str, QDBusConnection]]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected(), bus.lastError().message()
        yield address, bus
        QDBusConnection.disconnectFromBus(name)
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def fake_service(address: str, *arguments: str) -> Iterator[None]:
    """Runs fake_desktop_services.py with `arguments` on the bus until the block ends."""
    service = subprocess.Popen(
        [sys.executable, str(SERVICES), *arguments],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert service.stdout is not None
        assert service.stdout.readline().strip() == "ready"
        yield
    finally:
        service.terminate()
        service.wait(timeout=10)

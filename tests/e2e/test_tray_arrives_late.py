"""Started before the panel at login: the app moves from its small window to the tray as soon
as a tray host appears (an XEmbed tray, or a StatusNotifierWatcher on D-Bus)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.e2e.real_window import run_in_window
from tests.e2e.xvfb import require_tools

pytestmark = pytest.mark.e2e

SERVICES = Path(__file__).resolve().parents[1] / "platform" / "fake_desktop_services.py"

LATE_TRAY = """
import subprocess
from lbh_desktop.platform import tray_watch
from lbh_desktop.shell.breaks_wiring import build_breaks

# Only the tray's own announcement can attach it: the fallback poll waits an hour.
tray_watch.FALLBACK_POLL_MS = 3_600_000
app = build(show=False)
breaks = build_breaks(app, clock, 5)
breaks.show_in_background()
settle(1.0)
result["tray_at_start"] = breaks.tray is not None
result["mini_at_start"] = breaks.mini.isVisible()
host = subprocess.Popen(HOST_COMMAND, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
started = time.monotonic()
while breaks.tray is None and time.monotonic() - started < 20:
    settle(0.05)
result["seconds_to_tray"] = time.monotonic() - started
result["tray_attached"] = breaks.tray is not None
settle(0.5)
result["mini_after"] = breaks.mini.isVisible()
result["tray_icon_visible"] = breaks.tray is not None and breaks.tray.icon.isVisible()
host.terminate()
host.wait(timeout=10)
"""


def check_switch(found: dict[str, object]) -> None:
    assert found["tray_at_start"] is False and found["mini_at_start"] is True
    assert found["tray_attached"] is True, found
    assert found["mini_after"] is False
    assert found["tray_icon_visible"] is True
    # The old 30 s recheck is gone and the poll was set to an hour: the announcement did it.
    seconds = found["seconds_to_tray"]
    assert isinstance(seconds, float) and seconds < 20


def test_an_xembed_tray_started_late_takes_over_from_the_small_window() -> None:
    require_tools("trayer")
    command = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel"]
    found = run_in_window(f"HOST_COMMAND = {command!r}\n" + LATE_TRAY)
    check_switch(found)


def test_a_status_notifier_watcher_started_late_takes_over_from_the_small_window() -> None:
    command = [sys.executable, str(SERVICES), "watcher"]
    found = run_in_window(f"HOST_COMMAND = {command!r}\n" + LATE_TRAY)
    check_switch(found)

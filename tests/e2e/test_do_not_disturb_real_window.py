"""The real app on Xvfb with dunst running: pausing dunst holds the break reminder, and the
status says why until dunst is unpaused."""

from __future__ import annotations

import pytest

from tests.e2e.real_window import run_in_window
from tests.e2e.xvfb import require_tools

pytestmark = pytest.mark.e2e

DUNST_PAUSED = """
import subprocess
from datetime import time as clock_time
from lbh_desktop.shell.breaks_wiring import build_breaks

dunst = subprocess.Popen(["dunst"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    app = build()
    app.preferences.working_days = frozenset(range(7))
    app.preferences.working_hours = (clock_time(0, 0), clock_time(23, 59))
    breaks = build_breaks(app, clock, 5)
    controller = breaks.controller
    started = time.monotonic()
    while time.monotonic() - started < 10:
        if subprocess.run(["dunstctl", "is-paused"], capture_output=True).returncode == 0:
            break
        settle(0.1)
    subprocess.run(["dunstctl", "set-paused", "true"], check=True)
    settle(1.0)
    result["status_paused"] = controller.status().text
    for _ in range(12):
        clock.advance(30)
        controller.check()
    settle()
    result["reminder_while_paused"] = breaks.reminder.isVisible()
    result["status_due"] = controller.status().text
    subprocess.run(["dunstctl", "set-paused", "false"], check=True)
    settle(1.0)
    result["status_unpaused"] = controller.status().text
    result["reminder_after"] = breaks.reminder.isVisible()
finally:
    dunst.terminate()
    dunst.wait(timeout=10)
"""


def test_pausing_dunst_holds_the_reminder() -> None:
    require_tools("dunst", "dunstctl")
    found = run_in_window(DUNST_PAUSED)
    assert found["status_paused"] == "Held: do not disturb is on — next break in 5 min"
    assert found["reminder_while_paused"] is False
    assert found["status_due"] == "Held: do not disturb is on — time for a stretch break"
    # Unpausing shows at once in the status; the break missed meanwhile is not pushed at you.
    assert found["status_unpaused"] == "Time for a stretch break"
    assert found["reminder_after"] is False

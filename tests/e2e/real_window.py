"""Runs a check against the real app in a real X window (Xvfb, optionally with a tray)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.e2e.xvfb import require_tools, x_env, xvfb_display

PRELUDE = """
import json, os, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from lbh_desktop.core.clock import FakeClock
from lbh_desktop.shell.build import build_app
from lbh_desktop.shell.qt_application import create_application

qt_app = create_application([])
clock = FakeClock(wall=time.time())
data_dir = Path(tempfile.mkdtemp(prefix="lbh-real-window-"))
result = {}


def settle(seconds=0.3):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def build(show=True):
    app = build_app(data_dir, clock)
    app.preferences.safety_notice_accepted = True
    app.sound.load = lambda: None  # no audio device on the test display
    if show:
        app.window.show()
        app.window.activateWindow()
        settle()
    return app
"""

EPILOGUE = """
print("RESULT " + json.dumps(result))
"""


@contextmanager
def tray_host(display: str) -> Iterator[None]:
    """An XEmbed system tray (trayer) on the display, as a panel would offer."""
    require_tools("trayer")
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "120"],
        env=x_env(display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)  # trayer takes the _NET_SYSTEM_TRAY selection once it is mapped
        yield
    finally:
        tray.terminate()
        tray.wait(timeout=10)


def run_in_window(
    check: str,
    *,
    width: int = 1280,
    height: int = 800,
    tray: bool = False,
    timeout: float = 120,
    extra_env: dict[str, str] | None = None,
) -> dict[str, object]:
    """Runs `check` (Python using `build()`, `settle()`, `clock`, `qt_app`; it fills the dict
    `result`) in a fresh process on a private Xvfb screen of the given size, with a session
    bus and `extra_env` (e.g. LANG), and returns `result`."""
    require_tools("dbus-run-session")
    code = PRELUDE + textwrap.dedent(check) + EPILOGUE
    with xvfb_display(width, height) as display:
        env = x_env(display)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.update(extra_env or {})
        command = ["dbus-run-session", "--", sys.executable, "-c", code]
        if tray:
            with tray_host(display):
                completed = subprocess.run(
                    command, env=env, capture_output=True, text=True, timeout=timeout
                )
        else:
            completed = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=timeout
            )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("RESULT ")]
    if completed.returncode != 0 or not lines:
        pytest.fail(f"the check failed (exit {completed.returncode}):\n{completed.stderr[-4000:]}")
    found: dict[str, object] = json.loads(lines[-1].removeprefix("RESULT "))
    return found

"""A screen reader's view of the real app over AT-SPI: named controls, a live countdown, charts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.atspi_client import LAUNCHERS
from tests.e2e.xvfb import require_tools, x_env, xvfb_display
from tests.ui.progress.real_window_history import SAVE_HISTORY

SYSTEM_PYTHON = "/usr/bin/python3"
CLIENT = Path(__file__).with_name("atspi_client.py")
REPO = Path(__file__).resolve().parents[2]
CLOCK_SPEED = 10.0
"""Like --clock-speed 10: a 30 s hold lasts 3 s."""

DRIVER = (
    """
import shutil, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSocketNotifier
from lbh_desktop.core.clock import ScaledClock
from lbh_desktop.shell.build import build_app
from lbh_desktop.shell.qt_application import create_application

qt_app = create_application([])
clock = ScaledClock(float(sys.argv[1]))
data_dir = Path(tempfile.mkdtemp(prefix="lbh-atspi-"))
"""
    + SAVE_HISTORY
    + """
app = build_app(data_dir, clock)
app.preferences.safety_notice_accepted = True
app.sound.load = lambda: None  # no audio device on the test display
save_history(app, 40)
for days_ago, pain in ((9, 4), (2, 3)):  # the Pain chart draws weekly averages
    day = date.fromtimestamp(clock.wall()) - timedelta(days=days_ago)
    app.repository.save_session(session(day, STRETCH, 10, pain=pain, hour=20))
app.window.show()
app.window.activateWindow()


def run(command):
    window, player = app.window, app.player
    if command == "play":
        app.open_routine(app.repository.routine("beginner-strength"))
        player.start_playing()
    elif command == "stop":
        player.confirm_stop = lambda: True  # no question: the walk goes on to Progress
        player.session_reviewed.disconnect()
        player.request_leave()
    elif command.startswith("progress "):
        if window.pages.currentWidget() is not app.progress_view:
            window.progress_action.trigger()
        app.progress_view.tabs.setCurrentIndex(int(command.split()[1]))
    elif command == "quit":
        print("ACK quit", flush=True)
        shutil.rmtree(data_dir, ignore_errors=True)
        qt_app.exit(0)
        return
    print("ACK " + command, flush=True)


def on_input():
    line = sys.stdin.readline()
    if not line:
        qt_app.exit(0)
    elif line.strip():
        run(line.strip())


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(on_input)
print("ACK ready", flush=True)
qt_app.exec()
"""
)


def require_atspi() -> None:
    """Skips (fails on CI) without Xvfb, a session bus, at-spi2-core or pyatspi."""
    require_tools("Xvfb", "xdotool", "dbus-run-session")
    missing = []
    if not any(os.access(path, os.X_OK) for path in LAUNCHERS):
        missing.append("at-spi2-core (at-spi-bus-launcher)")
    has_pyatspi = os.access(SYSTEM_PYTHON, os.X_OK) and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    if not has_pyatspi:
        missing.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    if missing:
        message = f"missing {', '.join(missing)}: run packaging/install-system-deps.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def walk(tmp_path: Path) -> dict[str, Any]:
    driver = tmp_path / "driver.py"
    driver.write_text(textwrap.dedent(DRIVER), encoding="utf-8")
    with xvfb_display(1280, 800) as display:
        env = x_env(display)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env["PYTHONPATH"] = str(REPO)
        command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(CLIENT)]
        completed = subprocess.run(
            [*command, sys.executable, str(driver), str(CLOCK_SPEED)],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=90,
        )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("RESULT ")]
    if completed.returncode != 0 or not lines:
        pytest.fail(f"the walk failed (exit {completed.returncode}):\n{completed.stderr[-4000:]}")
    found: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    return found


@pytest.mark.e2e
def test_a_screen_reader_hears_named_controls_a_live_countdown_and_each_chart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_atspi()
    found = walk(tmp_path)
    pages: dict[str, dict[str, Any]] = found["pages"]
    charts: dict[str, dict[str, Any]] = found["charts"]
    checked = sum(page["controls"] for page in pages.values())
    unnamed = {name: page["unnamed"] for name, page in pages.items() if page["unnamed"]}
    player = pages["player"]
    with capsys.disabled():
        print(
            f"\nAT-SPI walk: {checked} controls checked on {len(pages)} views, "
            f"{sum(len(u) for u in unnamed.values())} unnamed {unnamed}; "
            f"{found['events']} events heard, announcements {player['announcements']}; "
            f"clock {player['clock']}; library combos {pages['library']['combos']}"
        )
    assert checked > 50 and unnamed == {}, unnamed
    # A combo's name is its current item on Linux; its label comes by a labelled-by relation.
    combos = [combo for page in pages.values() for combo in page["combos"]]
    assert "Level: Standard" in pages["library"]["combos"], combos
    assert all(": " in combo and not combo.startswith(": ") for combo in combos), combos

    first, second, later = player["clock"]
    assert first and second and first != second, player["clock"]  # it counts down, live
    assert player["move"], "the current move's name is exposed"
    move = player["move"][0]
    assert later and not later.endswith(move), "the next move shows in the countdown's name"
    assert player["primary"] == ["Pause"] and player["level"] == ["Level: Standard"]
    assert player["clock_name_changes"], "the countdown's name changes are signalled"
    announcements: list[str] = player["announcements"]
    assert any(text.startswith(("Next: ", "Now: ")) for text in announcements), announcements

    for title, chart in charts.items():
        assert chart["summary"] and chart["summary_focusable"], (title, chart)
        assert chart["chart_description"] == chart["summary"], (title, chart)

"""End to end: in the background, a 1-minute break reminder opens the desk break; it is logged."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_desk_break_e2e import SCREENSHOT_DIR, play_until_completed, wait_for
from tests.e2e.xvfb import grab_screen, x_env, xdotool, xvfb_display

ALL_DAY = (
    "[safety]\nnotice_accepted=true\n"
    "[breaks]\nworking_days=0,1,2,3,4,5,6\nworking_start=00:00\nworking_end=23:59\n"
)


@pytest.mark.e2e
def test_background_reminder_starts_the_desk_break_and_logs_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "settings.ini").write_text(ALL_DAY)
    with xvfb_display() as display:
        env = x_env(display) | {"XDG_RUNTIME_DIR": str(tmp_path / "run")}
        (tmp_path / "run").mkdir(mode=0o700)
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lbh_desktop",
                "--data-dir",
                str(data_dir),
                "--background",
                "--break-interval",
                "1",
                "--clock-speed",
                "60",  # the minute to the reminder in 1 s, the 5-minute break in 5 s
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            # No tray under plain Xvfb: the small window keeps reminders running.
            wait_for(
                lambda: xdotool(display, "search", "--name", "LBH Desktop — breaks"),
                60,
                "the no-tray window",
            )
            wait_for(
                lambda: xdotool(display, "search", "--name", "^Stretch break$"), 60, "the reminder"
            )
            SCREENSHOT_DIR.mkdir(exist_ok=True)
            grab_screen(display, SCREENSHOT_DIR / "e2e-break-reminder.png")
            time.sleep(0.3)
            # It appears without the keyboard (no stray key starts a break): focus it first.
            xdotool(display, "search", "--name", "^Stretch break$", "windowfocus", "key", "Return")
            db = data_dir

            (logged,) = play_until_completed(display, db)
            assert logged["routine_kind"] == "desk-break"
            assert logged["routine_id"] == "desk-stretch-break"
        finally:
            app.terminate()
            output = app.communicate(timeout=20)[0]
        assert "Traceback" not in output, output

"""End to end: the real app in a window under Xvfb plays the desk break and logs it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.xvfb import grab_screen, x_env, xdotool, xvfb_display
from tests.stored_history import stored_sessions

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO / "screenshots"


def wait_for(predicate, timeout: float, what: str, *, fail: bool = True):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    if fail:
        pytest.fail(f"timed out waiting for {what}")
    return None


def sessions(data_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    return stored_sessions(data_dir)


def play_until_completed(display: str, db: Path, timeout: float = 90) -> list[dict]:  # type: ignore[type-arg]
    """Presses Enter as a person would (Done on rep steps, nothing on timers) until the
    routine's session is logged as completed."""

    def press_done() -> list[dict]:  # type: ignore[type-arg]
        xdotool(display, "key", "Return")
        return [s for s in sessions(db) if s["status"] == "completed"]

    return wait_for(press_done, timeout, "the completed session")  # type: ignore[no-any-return]


@pytest.mark.e2e
def test_desk_break_plays_to_the_end_in_a_real_window(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with xvfb_display() as display:
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lbh_desktop",
                "--data-dir",
                str(data_dir),
                "--routine",
                "Desk stretch break",
                "--clock-speed",
                "60",  # the 5-minute break in 5 s
            ],
            env=x_env(display),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            wait_for(
                lambda: xdotool(display, "search", "--name", "Before you start"),
                60,
                "the safety notice",
            )
            notice = ("search", "--name", "^Before you start$")

            def accept_notice() -> bool:
                # Xvfb has no window manager: give the dialog the focus before the key.
                xdotool(display, *notice, "windowfocus", "--sync", "key", "Return")
                time.sleep(0.5)
                return not xdotool(display, *notice)

            wait_for(accept_notice, 30, "the safety notice to close")
            main_window = ("search", "--name", "^LBH Desktop")
            wait_for(lambda: xdotool(display, *main_window), 30, "the main window")
            db = data_dir

            def press_start() -> list[dict]:  # type: ignore[type-arg]
                # Under load the first key can reach the window before it has the focus;
                # the record is written the moment the routine starts, so a second press
                # only happens when the first one was lost.
                xdotool(display, *main_window, "windowfocus", "--sync", "key", "space")  # Start
                return wait_for(lambda: sessions(db), 5, "the session record", fail=False)

            try:
                started = wait_for(press_start, 30, "the session record")
            except BaseException:
                SCREENSHOT_DIR.mkdir(exist_ok=True)
                grab_screen(display, SCREENSHOT_DIR / "e2e-no-session-record.png")
                raise
            assert started[0]["routine_id"] == "desk-stretch-break"
            time.sleep(1.0)
            SCREENSHOT_DIR.mkdir(exist_ok=True)
            grab_screen(display, SCREENSHOT_DIR / "e2e-player-running.png")
            done = play_until_completed(display, db)
            grab_screen(display, SCREENSHOT_DIR / "e2e-player-finished.png")
            held = [step for step in done[0]["steps"] if step["holds"]]  # timed steps
            assert held and all(
                step["done_seconds"] == pytest.approx(step["planned_seconds"]) for step in held
            )
            assert all(step["completed"] for step in done[0]["steps"])
            assert (SCREENSHOT_DIR / "e2e-player-finished.png").stat().st_size > 10_000
        finally:
            app.terminate()
            output = app.communicate(timeout=20)[0]
        assert "Traceback" not in output, output

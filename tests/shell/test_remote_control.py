"""`lbh-desktop COMMAND` end to end: real background apps driven by real command processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 20.0
SETTINGS = """[safety]
notice_accepted=true

[breaks]
working_days="0,1,2,3,4,5,6"
working_start="00:00"
working_end="23:59"
"""
"""Any day and hour counts, so the test passes at night too."""


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR on a short path (a socket path holds about 103 bytes)."""
    base = Path(tempfile.mkdtemp(prefix="lbh-"))
    path = base / "run"
    path.mkdir(mode=0o700)
    path.chmod(0o700)
    yield path
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def env(runtime: Path) -> dict[str, str]:
    return dict(
        os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime)
    )


@pytest.fixture
def apps() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=TIMEOUT)


def data_dir(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    (path / "settings.ini").write_text(SETTINGS)
    return path


def launch(
    data: Path, env: dict[str, str], apps: list[subprocess.Popen[bytes]], *options: str
) -> subprocess.Popen[bytes]:
    log = data.with_suffix(".log").open("wb")  # a file, not a pipe nobody reads
    command = [sys.executable, "-m", "lbh_desktop", "--data-dir", str(data), "--background"]
    command += options
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    apps.append(process)
    return process


def lbh(data: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """A command as a script runs it: no display, no Qt platform chosen."""
    headless = {
        k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    return subprocess.run(
        [sys.executable, "-m", "lbh_desktop", "--data-dir", str(data), *args],
        env=headless,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def status(data: Path, env: dict[str, str]) -> dict[str, Any]:
    result = lbh(data, env, "status", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a status bar's log stays clean: no Qt warnings
    fields = json.loads(result.stdout)
    assert isinstance(fields, dict)
    return fields


def wait_for_status(
    data: Path, env: dict[str, str], wanted: str, value: object = None
) -> dict[str, Any]:
    """Polls until the field `wanted` is `value` (or set, for None): apps start, breaks open."""
    deadline = time.monotonic() + TIMEOUT
    last: object = None
    while time.monotonic() < deadline:
        result = lbh(data, env, "status", "--json")
        last = (result.returncode, result.stdout, result.stderr)
        if result.returncode == 0:
            fields = json.loads(result.stdout)
            if (fields.get(wanted) is not None) if value is None else fields.get(wanted) == value:
                return dict(fields)
        time.sleep(0.1)
    pytest.fail(f"status never had {wanted}={value!r}; last: {last}")


def minutes_from_now(iso: str) -> float:
    return (datetime.fromisoformat(iso) - datetime.now().astimezone()) / timedelta(minutes=1)


def test_scripts_control_the_running_app_and_hear_when_none_runs(
    tmp_path: Path, runtime: Path, env: dict[str, str], apps: list[subprocess.Popen[bytes]]
) -> None:
    nobody = data_dir(tmp_path, "nobody")
    not_running = lbh(nobody, env, "status", "--json")
    assert not_running.returncode == 3
    assert "LBH Desktop is not running" in not_running.stderr
    assert "lbh-desktop --background" in not_running.stderr
    assert not_running.stdout == ""
    assert list(runtime.iterdir()) == []  # it started no app and left no lock behind

    settings, breaking, quitting = (data_dir(tmp_path, name) for name in ("a", "b", "c"))
    for data in (settings, breaking, quitting):
        launch(data, env, apps)
    first = wait_for_status(settings, env, "state", "counting")
    assert first["minutes_to_break"] == 50 and first["paused"] is False
    assert 49 <= minutes_from_now(first["next_break"]) <= 50.1
    assert lbh(settings, env, "status").stdout.strip() == "Next break in 50 min"

    paused = lbh(settings, env, "pause", "30")
    assert paused.returncode == 0 and paused.stdout.startswith("Reminders paused until")
    fields = status(settings, env)
    assert fields["state"] == "paused" and fields["paused"] is True
    assert 29 <= minutes_from_now(fields["paused_until"]) <= 30.1
    assert lbh(settings, env, "resume").stdout.strip() == "Reminders resumed"
    fields = status(settings, env)
    assert fields["paused"] is False and fields["paused_until"] is None

    assert lbh(settings, env, "quiet", "on").stdout.startswith("Quiet mode on until")
    fields = status(settings, env)
    assert fields["quiet"] is True and 59 <= minutes_from_now(fields["quiet_until"]) <= 60.1
    assert lbh(settings, env, "quiet", "off").stdout.strip() == "Quiet mode off"
    assert status(settings, env)["quiet"] is False

    bad = lbh(settings, env, "pause", "0")
    assert bad.returncode == 2 and "must be 1 to 1440 minutes, not 0" in bad.stderr
    unknown = lbh(settings, env, "start", "Yoga flow")
    assert unknown.returncode == 1
    assert "no routine called “Yoga flow”" in unknown.stderr
    assert "“Desk stretch break”" in unknown.stderr and "“Warm-up”" in unknown.stderr

    started = lbh(settings, env, "start", "Desk stretch break")
    assert (started.returncode, started.stdout.strip()) == (0, "Starting “Desk stretch break”")
    playing = wait_for_status(settings, env, "routine", "Desk stretch break")
    assert playing["move"]
    busy = lbh(settings, env, "break")
    assert busy.returncode == 1 and "is playing; stop it in LBH Desktop first" in busy.stderr

    took = lbh(breaking, env, "break")
    assert (took.returncode, took.stdout.strip()) == (0, "Starting a stretch break")
    on_break = wait_for_status(breaking, env, "routine")
    assert on_break["state"] == "on-break" and on_break["move"]
    assert "playing" in lbh(breaking, env, "status").stdout

    wait_for_status(quitting, env, "state", "counting")
    quit_result = lbh(quitting, env, "quit")
    assert (quit_result.returncode, quit_result.stdout.strip()) == (0, "LBH Desktop is quitting")
    assert apps[2].wait(timeout=TIMEOUT) == 0
    gone = lbh(quitting, env, "status")
    assert gone.returncode == 3 and "LBH Desktop is not running" in gone.stderr
    assert apps[0].poll() is None and apps[1].poll() is None  # the others run on


def test_quit_works_while_the_break_reminder_is_up(
    tmp_path: Path, env: dict[str, str], apps: list[subprocess.Popen[bytes]]
) -> None:
    # Before, the reminder refused to close during its 2-second guard, which Qt took as
    # "do not quit"; the prompt's text was refreshed often enough to keep the guard on.
    data = data_dir(tmp_path, "due")
    app = launch(data, env, apps, "--break-interval", "1", "--clock-speed", "60")
    wait_for_status(data, env, "state", "due")
    result = lbh(data, env, "quit")
    assert (result.returncode, result.stdout.strip()) == (0, "LBH Desktop is quitting")
    assert app.wait(timeout=TIMEOUT) == 0

"""Restart: the same command line, and the new process takes over the single instance."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lbh_desktop.platform.single_instance import user_tag
from lbh_desktop.shell import restart
from lbh_desktop.shell.qt_application import data_dir_key
from lbh_desktop.shell.restart import DROPPED_ON_RESTART, app_arguments, relaunch_command

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 20.0

# Runs the real app (shell/run.py); the first run restarts it as soon as its event loop runs,
# and is slow to shut down, as with a big history to save: long enough for a new process
# started too early to find it still holding the single instance.
HARNESS = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from lbh_desktop.shell import run as shell_run
from lbh_desktop.shell.restart import restart_app

runs = Path(os.environ["LBH_TEST_RUNS"])
first = not runs.exists()
with runs.open("a") as log:
    log.write(f"{os.getpid()} {' '.join(sys.argv[1:])}\\n")
if first:
    create = shell_run.create_application

    def create_then_restart(qt_args):
        qt_app = create(qt_args)
        qt_app.aboutToQuit.connect(lambda: time.sleep(2))
        QTimer.singleShot(0, lambda: print("restarting:", restart_app(), flush=True))
        return qt_app

    shell_run.create_application = create_then_restart
sys.exit(shell_run.run(sys.argv[1:]))
"""


def test_window_only_options_are_left_out_and_the_rest_kept() -> None:
    arguments = ["--data-dir", "/d", "--background", "--routine", "Desk break", "-platform", "xcb"]
    assert app_arguments(arguments, DROPPED_ON_RESTART) == ["--data-dir", "/d", "-platform", "xcb"]
    assert app_arguments(["--routine=Desk", "--clock-speed=2"], DROPPED_ON_RESTART) == [
        "--clock-speed=2"
    ]


def test_python_runs_the_same_module_with_the_same_options(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "executable", "/venv/bin/python3")
    monkeypatch.setattr(
        sys, "orig_argv", ["python3", "-X", "dev", "-m", "lbh_desktop", "--debug", "--background"]
    )
    monkeypatch.setattr(sys, "argv", ["/src/lbh_desktop/__main__.py", "--debug", "--background"])
    assert relaunch_command() == ["/venv/bin/python3", "-X", "dev", "-m", "lbh_desktop", "--debug"]


def test_the_installed_script_and_the_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/venv/bin/python3")
    monkeypatch.setattr(sys, "orig_argv", ["/venv/bin/python3", "/venv/bin/lbh-desktop"])
    monkeypatch.setattr(sys, "argv", ["/venv/bin/lbh-desktop"])
    assert relaunch_command() == ["/venv/bin/python3", "/venv/bin/lbh-desktop"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/LBH Desktop/lbh-desktop")
    monkeypatch.setattr(sys, "argv", ["lbh-desktop", "--data-dir", "/d"])
    assert relaunch_command() == ["/opt/LBH Desktop/lbh-desktop", "--data-dir", "/d"]


def test_a_refused_quit_restarts_nothing_now_or_later(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered: list[Callable[..., object]] = []
    monkeypatch.setattr(atexit, "register", lambda f, *args: registered.append(f))
    assert restart.restart_app(quit_app=lambda: None) is False  # e.g. kept unsaved changes
    assert registered == []


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR on a short path (a socket path has about 103 bytes)."""
    base = Path(tempfile.mkdtemp(prefix="lbh-"))
    path = base / "run"
    path.mkdir(mode=0o700)
    yield path
    shutil.rmtree(base, ignore_errors=True)


def alive(pid: int) -> bool:
    """Running (an ended process nobody has reaped yet is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[-1].split()[0] == "Z")


def wait_for(what: str, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {TIMEOUT} s for {what}")
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform == "win32", reason="the runtime folder and signals are POSIX")
def test_the_new_process_holds_the_single_instance_instead_of_handing_over(
    tmp_path: Path, runtime: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[safety]\nnotice_accepted=true\n")
    runs = tmp_path / "runs.txt"
    harness = tmp_path / "harness.py"
    harness.write_text(HARNESS)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        LBH_TEST_RUNS=str(runs),
    )
    log = tmp_path / "app.log"
    arguments = ["--data-dir", str(data), "--background"]
    with log.open("wb") as out:
        first = subprocess.run(
            [sys.executable, str(harness), *arguments],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=TIMEOUT,
        )
    assert first.returncode == 0, log.read_text()
    wait_for("the second start", lambda: len(runs.read_text().splitlines()) == 2)
    (first_pid, first_args), (second_pid, second_args) = (
        line.split(" ", 1) for line in runs.read_text().splitlines()
    )
    try:
        assert first_args == " ".join(arguments)
        assert second_args == " ".join(arguments[:2])  # the window comes back
        lock = runtime / f"lbh-desktop-{data_dir_key(data)}-{user_tag()}.lock"

        def holds_the_lock() -> bool:
            return read_pid(lock) == int(second_pid)

        wait_for("the new process", lambda: holds_the_lock() or not alive(int(second_pid)))
        assert holds_the_lock(), f"it handed over and ended:\n{log.read_text()}"
        assert alive(int(second_pid))
        output = log.read_text()
        assert "restarting: True" in output and "already running" not in output
    finally:
        if alive(int(second_pid)):
            os.kill(int(second_pid), signal.SIGTERM)
            wait_for("the new process to end", lambda: not alive(int(second_pid)))
    assert first_pid != second_pid


def read_pid(lock: Path) -> int:
    """The first line of a QLockFile is its holder's process id."""
    try:
        return int(lock.read_text().splitlines()[0])
    except (OSError, ValueError, IndexError):
        return -1

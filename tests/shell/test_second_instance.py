"""One app per data folder, checked by launching the real app as separate processes."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lbh_desktop.platform.single_instance import user_tag
from lbh_desktop.shell.qt_application import data_dir_key

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 10.0


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR on a short path: the app's socket goes there, and a socket
    path may be at most about 103 bytes."""
    base = Path(tempfile.mkdtemp(prefix="lbh-"))
    path = base / "run"
    path.mkdir(mode=0o700)
    path.chmod(0o700)  # Qt ignores an XDG_RUNTIME_DIR other users could enter
    yield path
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def env(runtime: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
    )


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def data_dir(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    (path / "settings.ini").write_text("[safety]\nnotice_accepted=true\n")
    return path


def command(data: Path) -> list[str]:
    return [sys.executable, "-m", "lbh_desktop", "--data-dir", str(data), "--background"]


def launch(
    data: Path, env: dict[str, str], processes: list[subprocess.Popen[bytes]], log: Path
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:  # a file, not a pipe nobody reads, so the app never blocks
        process = subprocess.Popen(command(data), env=env, stdout=out, stderr=subprocess.STDOUT)
    processes.append(process)
    return process


def server_name(data: Path) -> str:
    return f"lbh-desktop-{data_dir_key(data)}-{user_tag()}"


def wait_until_listening(process: subprocess.Popen[bytes], runtime: Path, data: Path) -> None:
    """The lock file, then the socket a second launch talks to, both in the runtime folder."""
    lock = runtime / f"{server_name(data)}.lock"
    socket = runtime / f"{server_name(data)}.sock"
    deadline = time.monotonic() + START_TIMEOUT
    while not (lock.exists() and socket.exists()):
        assert process.poll() is None, f"the app exited early with {process.returncode}"
        if time.monotonic() > deadline:
            pytest.fail(f"no {lock} and {socket} after {START_TIMEOUT} s")
        time.sleep(0.05)


def test_a_second_launch_on_the_same_data_folder_exits_at_once(
    tmp_path: Path,
    runtime: Path,
    env: dict[str, str],
    processes: list[subprocess.Popen[bytes]],
) -> None:
    data = data_dir(tmp_path, "data")
    first = launch(data, env, processes, tmp_path / "first.log")
    wait_until_listening(first, runtime, data)
    socket_mode = (runtime / f"{server_name(data)}.sock").stat().st_mode
    assert stat.S_ISSOCK(socket_mode) and stat.S_IMODE(socket_mode) == 0o600

    began = time.monotonic()
    second = subprocess.run(command(data), env=env, capture_output=True, timeout=START_TIMEOUT)
    assert second.returncode == 0, second.stderr.decode()
    assert "already running" in second.stderr.decode()
    assert "could not be asked to show" not in second.stderr.decode()  # the first answered
    assert time.monotonic() - began < START_TIMEOUT
    assert first.poll() is None, "the first instance must keep running"

    other_data = data_dir(tmp_path, "other")
    other = launch(other_data, env, processes, tmp_path / "other.log")
    wait_until_listening(other, runtime, other_data)  # not blocked by the first
    assert other.poll() is None
    assert "already running" not in (tmp_path / "other.log").read_text()

    for process in (other, first):
        process.terminate()
        process.wait(timeout=START_TIMEOUT)

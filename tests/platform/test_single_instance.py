"""One instance per user, checked with real processes: activation, races and crash leftovers."""

from __future__ import annotations

import gc
import os
import queue
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from lbh_desktop.platform.single_instance import SingleInstance, default_runtime_dir

HELPER = Path(__file__).with_name("helper.py")
ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 20.0


class Helper:
    """A helper process whose output lines arrive on a queue, read with a deadline."""

    def __init__(self, *args: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [sys.executable, str(HELPER), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def expect(self, wanted: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while wanted not in self.seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"expected {wanted!r}, saw {self.seen!r}")
            try:
                self.seen.append(self.lines.get(timeout=remaining))
            except queue.Empty:
                continue

    def finish(self, timeout: float = TIMEOUT) -> int:
        code = self.process.wait(timeout=timeout)
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return code

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=TIMEOUT)


@pytest.fixture
def helpers() -> Iterator[list[Helper]]:
    started: list[Helper] = []
    yield started
    for helper in started:
        helper.stop()


def start(
    helpers: list[Helper], key: str, runtime: Path, activations: int = 1, channel: str = "unix"
) -> Helper:
    helper = Helper("instance", key, str(runtime), str(activations), channel)
    helpers.append(helper)
    return helper


@pytest.mark.parametrize("channel", ["unix", "qt"])  # qt: QLocalServer, as on Windows
def test_second_launch_activates_the_first_and_exits(
    key: str, runtime: Path, helpers: list[Helper], channel: str
) -> None:
    first = start(helpers, key, runtime, channel=channel)
    first.expect("first")
    second = start(helpers, key, runtime, channel=channel)
    second.expect("second")
    assert second.finish(timeout=10) == 0
    assert not any(line.startswith("reason:") for line in second.seen), second.seen
    first.expect("activated")
    assert first.finish() == 0
    assert not (runtime / f"{SingleInstance(key, runtime).server_name}.lock").exists()


def test_a_killed_first_instance_does_not_block_the_next(
    key: str, runtime: Path, helpers: list[Helper]
) -> None:
    crashed = start(helpers, key, runtime)
    crashed.expect("first")
    os.kill(crashed.process.pid, signal.SIGKILL)
    crashed.finish()
    assert list(runtime.glob("*.lock")), "SIGKILL should leave the lock file behind"
    assert Path(SingleInstance(key, runtime).address).is_socket(), "and the socket file"

    after = start(helpers, key, runtime)
    after.expect("first")
    second = start(helpers, key, runtime)
    second.expect("second")
    assert second.finish() == 0
    after.expect("activated")


def test_simultaneous_launches_have_exactly_one_first(
    key: str, runtime: Path, helpers: list[Helper]
) -> None:
    count = 4
    launched = [start(helpers, key, runtime, activations=count - 1) for _ in range(count)]
    for helper in launched:
        assert helper.finish() == 0
    firsts = [helper for helper in launched if "first" in helper.seen]
    seconds = [helper for helper in launched if "second" in helper.seen]
    assert len(firsts) == 1, [helper.seen for helper in launched]
    assert len(seconds) == count - 1
    assert firsts[0].seen.count("activated") == count - 1


def test_in_process_acquire_release_and_reacquire(qapp: object, key: str, runtime: Path) -> None:
    one = SingleInstance(key, runtime)
    assert one.acquire() is True
    assert one.reason == ""
    assert one.lock_path.exists()
    one.release()
    assert not one.lock_path.exists()
    again = SingleInstance(key, runtime)
    assert again.acquire() is True
    again.release()


def test_name_includes_the_user(key: str, runtime: Path) -> None:
    name = SingleInstance(key, runtime).server_name
    assert name.startswith(f"{key}-")
    assert str(os.getuid()) in name
    assert "/" not in name


def test_an_unusable_runtime_dir_still_lets_the_app_start(
    qapp: object, key: str, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the folder should be")
    instance = SingleInstance(key, blocker / "runtime")
    assert instance.acquire() is True
    assert "lock" in instance.reason or "cannot create" in instance.reason
    instance.release()


def test_default_runtime_dir_is_xdg_runtime_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "xdg-runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert default_runtime_dir() == runtime
    assert SingleInstance("lbh-test").lock_path.parent == runtime


def test_an_activation_in_pieces_is_answered_and_the_instance_can_go(
    qtbot: QtBot, key: str, runtime: Path
) -> None:
    first = SingleInstance(key, runtime)
    assert first.acquire() is True
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(TIMEOUT)
        client.connect(first.address)
        with qtbot.waitSignal(first.activation_requested, timeout=int(TIMEOUT * 1000)):
            client.sendall(b"activ")  # a line split in two still counts, once whole
            client.sendall(b"ate\n")
        assert client.recv(16) == b"ok\n"
    first.release()
    del first
    gc.collect()  # the server's notifiers go with it, and the event loop keeps running:
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout):
        timer.start(0)


def test_the_socket_is_private_and_released(qapp: object, key: str, runtime: Path) -> None:
    instance = SingleInstance(key, runtime)
    assert instance.acquire() is True
    address = Path(instance.address)
    assert address.parent == runtime
    assert stat.S_IMODE(address.stat().st_mode) == 0o600
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    instance.release()
    assert not address.exists()


def test_a_runtime_path_too_long_for_a_socket_uses_the_temp_folder(
    key: str, runtime: Path, tmp_path: Path
) -> None:
    deep = tmp_path / ("d" * 90) / "runtime"
    assert Path(SingleInstance(key, deep).address).parent == Path(tempfile.gettempdir())
    assert Path(SingleInstance(key, runtime).address).parent == runtime


def test_something_else_at_the_socket_path_is_left_alone(
    qapp: object, key: str, runtime: Path
) -> None:
    instance = SingleInstance(key, runtime)
    runtime.mkdir(mode=0o700)
    Path(instance.address).write_text("not ours to delete")
    assert instance.acquire() is True  # the app still starts, and says activation is broken
    assert "a second launch cannot reach this one" in instance.reason
    assert Path(instance.address).read_text() == "not ours to delete"
    instance.release()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses QLocalServer")
def test_the_unix_channel_leaves_qt_network_unloaded(key: str, runtime: Path) -> None:
    """QtNetwork would add about 3 MB to the app waiting in the background (issue #4)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from lbh_desktop.platform.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        f"instance = SingleInstance({key!r}, __import__('pathlib').Path({str(runtime)!r}))\n"
        "print(instance.acquire(), 'PySide6.QtNetwork' in sys.modules)\n"
        "instance.release()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT, env=env
    )
    assert result.stdout.split() == ["True", "False"], result.stderr[-2000:]

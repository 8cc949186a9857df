"""Requests over the single-instance channel: one line in, the handler's line back, or why not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from lbh_desktop.platform import single_instance
from lbh_desktop.platform.instance_channel_unix import NoAnswer
from lbh_desktop.platform.single_instance import Channel, NotRunning, SingleInstance
from tests.platform.test_single_instance import Helper

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 15_000


@pytest.fixture
def server(qapp: object, key: str, runtime: Path) -> Iterator[Callable[..., SingleInstance]]:
    made: list[SingleInstance] = []

    def make(channel: Channel = "unix", handler: Callable[[bytes], bytes] | None = None):
        instance = SingleInstance(key, runtime, channel=channel)
        instance.request_handler = handler
        assert instance.acquire() is True
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.release()


ASK = """
import sys
from pathlib import Path
from lbh_desktop.platform.single_instance import SingleInstance
key, runtime, channel, line, timeout = sys.argv[1:]
client = SingleInstance(key, Path(runtime), channel=channel)
try:
    print("answer", client.send_request(line.encode(), float(timeout)).decode())
except Exception as error:
    print(type(error).__name__, error)
"""


def ask(
    qtbot: QtBot, key: str, runtime: Path, channel: Channel, line: str, timeout_s: float = 3.0
) -> str:
    """A client in its own process (QLocalSocket's blocking calls need one); the server
    answers from this process's event loop meanwhile."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    args = [key, str(runtime), channel, line, str(timeout_s)]
    with subprocess.Popen(
        [sys.executable, "-c", ASK, *args], stdout=subprocess.PIPE, text=True, env=env
    ) as client:
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=TIMEOUT_MS)
        assert client.stdout is not None
        return client.stdout.read().strip()


@pytest.mark.parametrize("channel", ["unix", "qt"])  # qt: QLocalServer, as on Windows
def test_a_request_gets_the_handlers_answer_and_activation_still_works(
    qtbot: QtBot, key: str, runtime: Path, server: Callable[..., SingleInstance], channel: Channel
) -> None:
    heard: list[bytes] = []

    def handler(line: bytes) -> bytes:
        heard.append(line)
        return b'{"echo": ' + line + b"}"

    first = server(channel, handler)
    assert ask(qtbot, key, runtime, channel, '{"v": 1}') == 'answer {"echo": {"v": 1}}'
    answer = ask(qtbot, key, runtime, channel, '{"v": 1, "n": 2}\n')
    assert answer == 'answer {"echo": {"v": 1, "n": 2}}'
    assert heard == [b'{"v": 1}', b'{"v": 1, "n": 2}']
    with qtbot.waitSignal(first.activation_requested, timeout=TIMEOUT_MS):
        second = Helper("instance", key, str(runtime), "1", channel)  # a plain second launch
        try:
            second.expect("second")
        finally:
            second.stop()
    assert heard == [b'{"v": 1}', b'{"v": 1, "n": 2}']


@pytest.mark.parametrize("channel", ["unix", "qt"])
def test_an_instance_that_knows_no_requests_gives_no_answer_in_time(
    qtbot: QtBot, key: str, runtime: Path, server: Callable[..., SingleInstance], channel: Channel
) -> None:
    server(channel)  # no handler: as an app from before the commands existed
    began = time.monotonic()
    answer = ask(qtbot, key, runtime, channel, '{"v": 1}', timeout_s=0.3)
    assert answer == "NoAnswer it did not answer in time"
    assert time.monotonic() - began < 5


def test_with_no_instance_the_client_hears_not_running_and_leaves_nothing(
    key: str, runtime: Path
) -> None:
    runtime.mkdir(mode=0o700)
    client = SingleInstance(key, runtime)
    with pytest.raises(NotRunning):
        client.send_request(b'{"v": 1}')
    assert list(runtime.iterdir()) == []
    with pytest.raises(NotRunning):  # no runtime folder at all: nothing runs either
        SingleInstance(key, runtime / "missing").send_request(b'{"v": 1}')
    assert not (runtime / "missing").exists()


def test_a_killed_instance_counts_as_not_running(key: str, runtime: Path) -> None:
    crashed = Helper("instance", key, str(runtime))
    try:
        crashed.expect("first")
        os.kill(crashed.process.pid, signal.SIGKILL)
        crashed.finish()
    finally:
        crashed.stop()
    assert list(runtime.glob("*.sock")), "SIGKILL leaves the socket file behind"
    with pytest.raises(NotRunning):
        SingleInstance(key, runtime).send_request(b'{"v": 1}')


def test_a_lock_holder_that_never_listens_is_reported_after_the_deadline(
    key: str, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "CONNECT_DEADLINE_S", 0.3)
    runtime.mkdir(mode=0o700)
    client = SingleInstance(key, runtime)
    holder = QLockFile(str(client.lock_path))  # as an app between locking and listening
    assert holder.tryLock(0)
    try:
        with pytest.raises(NoAnswer, match="does not listen"):
            client.send_request(b'{"v": 1}')
    finally:
        holder.unlock()

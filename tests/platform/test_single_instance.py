"""One instance per user, checked with real processes: activation, races and crash leftovers."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

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
def key() -> str:
    return f"lbh-test-{uuid.uuid4().hex[:12]}"  # the socket name is global to the user


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    return tmp_path / "runtime"


@pytest.fixture
def helpers() -> Iterator[list[Helper]]:
    started: list[Helper] = []
    yield started
    for helper in started:
        helper.stop()


def start(helpers: list[Helper], key: str, runtime: Path, activations: int = 1) -> Helper:
    helper = Helper("instance", key, str(runtime), str(activations))
    helpers.append(helper)
    return helper


def test_second_launch_activates_the_first_and_exits(
    key: str, runtime: Path, helpers: list[Helper]
) -> None:
    first = start(helpers, key, runtime)
    first.expect("first")
    second = start(helpers, key, runtime)
    second.expect("second")
    assert second.finish(timeout=10) == 0
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

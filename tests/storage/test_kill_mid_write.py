"""Kill drill: SIGKILL saving processes 200 times; the files always open and keep every save."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from lbh_desktop.core.models import SessionStatus
from lbh_desktop.storage.repository import Repository

from .layout import device_folder, month_file
from .write_loop import BUILTINS, COMPLETED, MONTHS, PID, READY, REAPED, SAVED

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL and fork")

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITE_LOOP = Path(__file__).with_name("write_loop.py")
KILLS = 200
KILLS_PER_FOLDER = 50
"""A fresh data folder every 50 kills keeps the history, and so each open, small and fast."""
EARLY_KILL_SHARE = 0.25
"""Part of the kills that land while the writer opens the folder (which may write, finalizing
the sessions the previous kill interrupted) instead of after its first save."""
MAX_KILL_DELAY_SECONDS = 0.04
LINE_TIMEOUT_SECONDS = 30.0


class WriterPool:
    """The long-lived parent of write_loop.py and the lines its writers print."""

    def __init__(self, stderr: IO[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITE_LOOP)],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._forward, daemon=True).start()
        assert self.next_line() == READY

    def _forward(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def next_line(self) -> str:
        line = self.lines.get(timeout=LINE_TIMEOUT_SECONDS)
        assert line is not None, "the writer pool exited"
        return line

    def start_writer(self, prefix: str, data_dir: Path) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"run {prefix} {data_dir}\n")
        self.process.stdin.flush()
        event, pid = self.next_line().split()
        assert event == PID
        return int(pid)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=LINE_TIMEOUT_SECONDS)


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[WriterPool]:
    with (tmp_path / "stderr.txt").open("w", encoding="utf-8") as stderr:
        writers = WriterPool(stderr)
        try:
            yield writers
        finally:
            writers.close()


def kill_one(pool: WriterPool, prefix: str, data_dir: Path, rng: random.Random) -> list[str]:
    """Start a writer, SIGKILL it at a random moment, and return the lines it printed (each
    one a save that had returned), once its parent has reaped it."""
    pid = pool.start_writer(prefix, data_dir)
    printed: list[str] = []
    if rng.random() >= EARLY_KILL_SHARE:
        printed.append(pool.next_line())  # its first save returned
    time.sleep(rng.uniform(0, MAX_KILL_DELAY_SECONDS))
    os.kill(pid, signal.SIGKILL)
    while not (line := pool.next_line()).startswith(REAPED):
        printed.append(line)
    _, reaped_pid, exit_code = line.split()
    assert (int(reaped_pid), int(exit_code)) == (pid, -signal.SIGKILL), "it died of something else"
    return printed


def assert_no_pile_of_temp_files(data_dir: Path, where: str) -> None:
    """A kill may leave the temp file of the write it cut short, but no more than one per file:
    the next write of that file tidies it away."""
    folders = (data_dir, device_folder(data_dir))
    temp_files = [path.name for folder in folders for path in folder.glob(".*.tmp")]
    # ".sessions-2026-01.json.k2j4_x.tmp" is a temp file of "sessions-2026-01.json"
    per_file = Counter(name[1:].removesuffix(".tmp").rsplit(".", 1)[0] for name in temp_files)
    assert all(count <= 1 for count in per_file.values()), f"{where}: pile up: {temp_files}"


def test_sigkill_during_saves_never_corrupts_or_loses_a_saved_session(
    tmp_path: Path, pool: WriterPool, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    saved: set[str] = set()
    completed: set[str] = set()
    total_saved = 0
    data_dir = tmp_path
    started = time.perf_counter()

    for kill_number in range(KILLS):
        if kill_number % KILLS_PER_FOLDER == 0:
            data_dir = tmp_path / f"kill-test-{kill_number // KILLS_PER_FOLDER}"
            total_saved += len(saved)
            saved, completed = set(), set()
        where = f"kill {kill_number + 1}/{KILLS}, seed {seed}"
        for line in kill_one(pool, f"k{kill_number}", data_dir, rng):
            event, session_id = line.split(" ", 1)
            assert event in (SAVED, COMPLETED), where
            (saved if event == SAVED else completed).add(session_id)

        with Repository.open(data_dir, BUILTINS) as repository:
            records = {record.id: record for record in repository.sessions()}
            assert repository.routine(BUILTINS[0].id) == BUILTINS[0], where

        assert saved <= records.keys(), f"{where}: lost {sorted(saved - records.keys())}"
        assert all(records[i].status is SessionStatus.COMPLETED for i in completed), where
        assert not [r for r in records.values() if r.status is SessionStatus.IN_PROGRESS], where
        assert_no_pile_of_temp_files(data_dir, where)

    seconds = time.perf_counter() - started
    total_saved += len(saved)
    assert total_saved > KILLS / 2, "most writers should get some saves done before the kill"
    assert all(month_file(data_dir, month).is_file() for month in MONTHS), "saves in each month"
    with capsys.disabled():
        print(
            f"\nkill drill: {KILLS} SIGKILLs, all {total_saved} sessions whose save had returned "
            f"were there after each one; {seconds:.1f} s, seed {seed}"
        )
